import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { TimelineApp } from './TimelineApp';

performance.mark('timeline:start');
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><TimelineApp /></StrictMode>);
