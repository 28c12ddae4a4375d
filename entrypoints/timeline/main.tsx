import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { t } from '../../lib/ui-text/i18n';
import { localizePage } from '../popup/page-actions';
import { startEarlyPage } from './early-page';
import { TimelineApp } from './TimelineApp';
import { PAGE_SIZE } from './useTimelinePages';

performance.mark('timeline:start');
// The first page of applications is read before React's first render, beside it.
startEarlyPage(PAGE_SIZE);
localizePage(t('timeline_page_title'));
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><TimelineApp /></StrictMode>);
