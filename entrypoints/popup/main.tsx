import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { PopupApp } from './PopupApp';

performance.mark('popup:start');
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><PopupApp /></StrictMode>);
