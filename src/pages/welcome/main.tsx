import { render } from 'preact';
import browser from 'webextension-polyfill';
import { applyPageStyle } from '../shared/styles.ts';
import { t } from '../../platform/i18n.ts';
import { Welcome } from './Welcome.tsx';

applyPageStyle(document, 'auto');
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('welcomeTitle');
render(<Welcome openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
