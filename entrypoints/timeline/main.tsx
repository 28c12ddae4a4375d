import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { t } from '../../lib/ui-text/i18n';
import { localizePage } from '../popup/page-actions';
import { TimelineApp } from './TimelineApp';

performance.mark('timeline:start');
localizePage(t('timeline_page_title'));
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><TimelineApp /></StrictMode>);
