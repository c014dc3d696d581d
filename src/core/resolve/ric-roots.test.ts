import { describe, expect, it } from 'vitest';
import { realDataset } from '../../cli/node-dataset.ts';
import ricRoots from './ric-roots.json' with { type: 'json' };

const ds = realDataset();

describe('Reuters roots', () => {
  it('finds the local listing of a RIC whose root differs: RELI.NS is Reliance, VOWG_p.DE Volkswagen', () => {
    expect(ds.lookup({ symbol: 'RELI', exchange: 'NSE' })?.name).toMatch(/Reliance Industries/i);
    expect(ds.lookup({ symbol: 'VOWG_p', exchange: 'XETRA' })?.name).toMatch(/Volkswagen/i);
    expect(ds.lookup({ symbol: 'INFY', exchange: 'NSE' })?.name).toMatch(/Infosys/i);
  });

  it('keeps the table to roots that differ, on exchanges Reuters suffixes name', () => {
    for (const [key, local] of Object.entries(ricRoots.roots)) {
      const [exchange, root] = key.split(':');
      expect(['NSE', 'BSE', 'XETRA', 'EPA', 'SWX', 'LON']).toContain(exchange);
      expect(root).not.toBe(local);
    }
  });
});
