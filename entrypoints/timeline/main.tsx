import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { TimelineApp } from './TimelineApp';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><TimelineApp /></StrictMode>);
