// Real-looking companies and quotes shared by the card's tests (values as the public datasets give them).
import type { Company, Quote } from '../../core/types.ts';

export const SONY: Company = {
  symbol: 'SONY',
  name: 'Sony Group Corporation',
  mic: 'XNYS',
  exchange: 'NYSE',
  country: 'JP',
  sector: 'Information Technology',
  industry: 'Electronic Equipment, Instruments & Components',
  marketCap: 'Large Cap',
  website: 'http://www.sony.com',
  isin: 'US8356993076',
  cik: 313838,
  formerSymbol: 'SNE',
  symbolChangedYear: 2021,
  formerNames: ['Sony Corporation'],
  summary:
    'Sony Group Corporation designs, develops, produces, and sells electronic equipment, instruments, and ' +
    'devices for the consumer, professional, and industrial markets worldwide. The company distributes ' +
    'software titles and add-on content through digital networks; network services related to game, video, ' +
    'and music content.',
};

export const SONY_TOKYO: Company = {
  symbol: '6758',
  name: 'Sony Group Corporation',
  mic: 'XTKS',
  exchange: 'TYO',
  country: 'Japan',
  website: 'http://www.sony.com',
};

export const MANDIANT: Company = {
  symbol: 'MNDT',
  name: 'Mandiant, Inc.',
  mic: 'XNAS',
  exchange: 'NASDAQ',
  country: 'US',
  cik: 1370880,
  formerSymbol: 'FEYE',
  symbolChangedYear: 2021,
  formerNames: ['FireEye, Inc.'],
  notes: [{ id: 'noteAcquiredBy', args: ['Alphabet (Google)', 2022] }],
  delisted: true,
};

export const SONY_QUOTE: Quote = {
  symbol: 'SONY',
  price: 24.31,
  change: -0.42,
  changePercent: -1.698,
  currency: 'USD',
  marketTime: Date.UTC(2026, 0, 9, 21, 0),
  marketState: 'closed',
  source: 'yahoo',
  delayMinutes: 15,
  sparkline: [25.1, 25.4, 24.9, 25.8, 26.0, 25.2, 24.73, 24.31],
};

export const SNE_MENTION = { text: 'NYSE:SNE', symbol: 'SNE', exchange: 'NYSE' };
