import { render } from 'preact';
import browser from 'webextension-polyfill';
import { applyPageStyle } from '../shared/styles.ts';
import { Popup } from './Popup.tsx';

applyPageStyle(document, 'auto');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup ext={browser} closeWindow={() => window.close()} />, document.getElementById('app')!);
