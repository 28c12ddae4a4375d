import { EmptyState } from '../../components/EmptyState';

export function PopupApp() {
  return (
    <main className="popup">
      <h1>Callback</h1>
      <EmptyState />
    </main>
  );
}
