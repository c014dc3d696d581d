import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Welcome } from './Welcome.tsx';
import { WELCOME_PAGE } from '../../background/first-run.ts';

describe('the first-run page', () => {
  it('shows the demo article as Clearfolio leaves one, and where the switches are', () => {
    const root = document.createElement('div');
    let opened = 0;
    render(<Welcome openOptions={() => opened++} />, root);
    const text = (root.textContent ?? '').replace(/\s+/g, ' ');
    expect(root.querySelector('h1')!.textContent).toBe('Clearfolio is ready');
    expect(root.querySelector('.demo .shown-label')!.textContent).toBe('Clearfolio hid this: Newsletter sign-up');
    expect(root.querySelector('.demo .ticker')!.textContent).toBe('NYSE:SONY');
    expect(text).toContain('The Clearfolio button in the toolbar');
    expect(text).toContain('The small note in a corner of the page');
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(opened).toBe(1);
  });

  it('is the page the background opens', () => {
    const repo = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');
    expect(existsSync(join(repo, WELCOME_PAGE))).toBe(true);
  });
});
