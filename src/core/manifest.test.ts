// @vitest-environment node
// Pins what the extension asks the browser for. A new permission, host or CSP relaxation changes what users
// consent to (and what store reviewers check), so it must be a deliberate edit of this test, never a side effect.
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { EARLY_CONTENT_SCRIPT, GECKO_ID, manifestFor } from '../../vite.config.ts';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; js?: string[] }[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
};

const base = manifest as Manifest;

function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

// The builds, not manifest.json: the build adds the quote providers' hosts from the registry.
describe.each<[string, Manifest]>([
  ['chrome build', manifestFor('chrome') as unknown as Manifest],
  ['firefox build', manifestFor('firefox') as unknown as Manifest],
])('%s permissions', (_label, m) => {
  it('asks only for storage, with no host permissions at install', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m).not.toHaveProperty('host_permissions');
  });

  it('lists exactly the quote providers as optional hosts, all https', () => {
    expect(m.optional_host_permissions).toEqual([
      'https://query1.finance.yahoo.com/*',
      'https://query2.finance.yahoo.com/*',
      'https://finnhub.io/*',
      'https://financialmodelingprep.com/*',
    ]);
  });

  it('runs one content script on http(s) pages in the top frame only, and the build adds the early script', () => {
    expect(m.content_scripts).toHaveLength(1);
    const [cs] = m.content_scripts!;
    expect(cs!.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(cs!.all_frames).toBe(false);
    // The early stylesheet's script (vite.config.ts adds it to the built manifest): same pages, before the first paint.
    expect(EARLY_CONTENT_SCRIPT).toEqual({ matches: cs!.matches, js: ['early.js'], run_at: 'document_start', all_frames: false });
  });

  it("locks extension pages to the extension's own scripts", () => {
    const csp = m.content_security_policy?.extension_pages ?? '';
    const d = directives(csp);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:|data:|blob:/);
    expect(m.content_security_policy).not.toHaveProperty('sandbox');
  });

  it('exposes only the two frame pages (card, reader) to web pages, at a dynamic id only, and no externally connectable pages', () => {
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['src/pages/card/frame.html', 'src/pages/reader/frame.html'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
    expect(m).not.toHaveProperty('externally_connectable');
  });
});

describe('firefox build manifest', () => {
  const ff = manifestFor('firefox') as unknown as Manifest;

  it('carries a fixed gecko id and a minimum version', () => {
    const gecko = ff.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.id).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
    expect(gecko?.strict_min_version).toMatch(/^\d+\.\d+$/);
    // MV3 content scripts, optional host permissions and background scripts with type=module need 128+.
    expect(Number.parseFloat(gecko!.strict_min_version!)).toBeGreaterThanOrEqual(128);
  });

  it('uses background scripts instead of a service worker, and does not alter the base manifest', () => {
    expect(ff.background).toEqual({ scripts: [(base.background as { service_worker: string }).service_worker], type: 'module' });
    expect(base).not.toHaveProperty('browser_specific_settings');
    expect(manifestFor('chrome')).not.toHaveProperty('browser_specific_settings');
  });
});

describe('version', () => {
  it('has one source: package.json flows into both builds, manifest.json carries none', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(base).not.toHaveProperty('version');
    expect((manifestFor('chrome') as unknown as Manifest).version).toBe(pkg.version);
    expect((manifestFor('firefox') as unknown as Manifest).version).toBe(pkg.version);
  });
});
