// @vitest-environment node
// The emulator's own contract, which the e2e tests rely on: CORS for an extension background, a request
// log without keys, deterministic data, and a close() that does not hang on stalled requests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_MODES, startEmulator, type Emulator } from '../../../tests/emulator/server.ts';

const NOW = Date.UTC(2026, 0, 14, 17, 0);
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ now: () => NOW });
});
afterAll(() => emu.close());

describe('quote emulator', () => {
  it('answers cross-origin requests and exposes Retry-After to them', async () => {
    const pre = await fetch(`${emu.url}/api/v1/quote?symbol=AAPL`, { method: 'OPTIONS', headers: { origin: 'chrome-extension://abc' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    const limited = await fetch(`${emu.url}/v8/finance/chart/RATE429`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(limited.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });

  it('logs provider, endpoint, symbol and status, but never the key', async () => {
    emu.reset();
    await fetch(`${emu.url}/api/v1/quote?symbol=SONY&token=very-secret`);
    await fetch(`${emu.url}/stable/quote?symbol=UNKNOWN&apikey=very-secret`);
    expect(
      emu.requests.map(({ provider, endpoint, symbol, status, withKey }) => ({ provider, endpoint, symbol, status, withKey })),
    ).toEqual([
      { provider: 'finnhub', endpoint: 'quote', symbol: 'SONY', status: 200, withKey: true },
      { provider: 'fmp', endpoint: 'quote', symbol: 'UNKNOWN', status: 200, withKey: true },
    ]);
    expect(JSON.stringify(emu.requests)).not.toContain('very-secret');
  });

  it('serves the same data for the same clock, whichever provider is asked', async () => {
    const yahoo = await (await fetch(`${emu.url}/v8/finance/chart/SONY`)).json();
    const finnhub = await (await fetch(`${emu.url}/api/v1/quote?symbol=SONY&token=k`)).json();
    const fmp = await (await fetch(`${emu.url}/stable/quote?symbol=SONY&apikey=k`)).json();
    expect(yahoo.chart.result[0].meta.regularMarketPrice).toBe(finnhub.c);
    expect(fmp[0].price).toBe(finnhub.c);
    expect(fmp[0].previousClose).toBe(finnhub.pc);
  });

  it('setMode turns a real symbol into a failure and back', async () => {
    emu.setMode('AAPL', 'ERR503');
    expect((await fetch(`${emu.url}/v8/finance/chart/AAPL`)).status).toBe(503);
    emu.setMode('AAPL', null);
    expect((await fetch(`${emu.url}/v8/finance/chart/AAPL`)).status).toBe(200);
    expect(FAILURE_MODES).toContain('STALL');
  });

  it('close() ends requests that were left stalled', async () => {
    const other = await startEmulator({ stallMs: 'never' });
    const pending = fetch(`${other.url}/v8/finance/chart/STALL`).then(
      () => 'answered',
      () => 'dropped',
    );
    while (other.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await other.close();
    expect(await pending).toBe('dropped');
  });

  it('runs from the command line and prints its URL', async () => {
    const script = fileURLToPath(new URL('../../../tests/emulator/server.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const child = spawn(tsx, [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim()));
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/v8/finance/chart/BP.L`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
