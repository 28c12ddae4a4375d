/**
 * "Import past mail" with its own state: the worker's progress (four reports a second) re-renders this section only,
 * not the whole options page with its settings form and its list of time zones.
 */
import { ImportSection } from '../../components/options/ImportSection';
import { useMailImport } from './useMailImport';

export function MailImport({ onOpenTimeline }: { onOpenTimeline: () => void }) {
  const mailImport = useMailImport();
  return (
    <ImportSection
      view={mailImport.view}
      resumable={mailImport.resumable}
      onFiles={mailImport.start}
      onCancel={mailImport.cancel}
      onOpenTimeline={onOpenTimeline}
    />
  );
}
