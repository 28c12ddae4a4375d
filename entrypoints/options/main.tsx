import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { t } from '../../lib/ui-text/i18n';
import { localizePage } from '../popup/page-actions';
import { OptionsApp } from './OptionsApp';

localizePage(t('options_title'));
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><OptionsApp /></StrictMode>);
