import { describe, expect, it, vi } from 'vitest';
import { onInstalled, WELCOME_PAGE } from './first-run.ts';

describe('first run', () => {
  it('opens the welcome page on a new install only', async () => {
    const open = vi.fn(async () => undefined);
    await onInstalled({ reason: 'install' }, open);
    expect(open).toHaveBeenCalledWith(WELCOME_PAGE);
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) onInstalled({ reason }, open);
    expect(open).toHaveBeenCalledOnce();
  });
});
