import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { readPopupSnapshot } from '../../lib/schedule/snapshot-storage';
import { PopupApp } from './PopupApp';

performance.mark('popup:start');
// The first view's data is asked for before React's first render, which then runs while storage answers.
const firstView = readPopupSnapshot(new Date());
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><PopupApp firstView={firstView} /></StrictMode>);
