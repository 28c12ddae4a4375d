import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { t } from '../../lib/ui-text/i18n';
import { localizePage } from './page-actions';
import { readPopupSnapshot } from '../../lib/popup/snapshot-storage';
import { PopupApp } from './PopupApp';

performance.mark('popup:start');
// The first view's data is asked for before React's first render, which then runs while storage answers.
const firstView = readPopupSnapshot(new Date());
localizePage(t('ext_name'));
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><PopupApp firstView={firstView} /></StrictMode>);
