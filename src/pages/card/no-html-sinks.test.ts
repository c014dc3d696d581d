// The card shows strings from data; the guarantee that none of them is parsed as HTML is structural (Preact
// text nodes, no HTML sinks). This pins it so a later edit cannot quietly add one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A path, not a URL object: under happy-dom the global URL is the DOM's, which node:fs does not accept.
const dir = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

describe('card sources', () => {
  it('are found', () => {
    expect(sources).toEqual(expect.arrayContaining(['Card.tsx', 'mount.tsx', 'safe-url.ts']));
  });

  for (const file of sources) {
    it(`${file} uses no HTML sink and no dataset module`, () => {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|createContextualFragment/);
      expect(code).not.toMatch(/resolve\/dataset|listings\.json|history\.json/);
    });
  }
});
