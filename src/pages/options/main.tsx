import { render } from 'preact';
import browser from 'webextension-polyfill';
import { applyPageStyle } from '../shared/styles.ts';
import { t } from '../../platform/i18n.ts';
import { Options } from './Options.tsx';

applyPageStyle(document, 'auto');
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<Options ext={browser} />, document.getElementById('app')!);
