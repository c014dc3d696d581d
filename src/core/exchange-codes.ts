// The exchange codes a mention can carry (`TickerCandidate.exchange`), shared by the ticker grammar
// (which produces them from what the page wrote) and the resolver (which maps them to MICs).
// A code is the page's own prefix upper-cased when it is already one of these; spelled-out variants are
// folded onto one ("NYSE American", "NYSE MKT", "AMEX" -> NYSEAMERICAN). TSE is kept as written: it is Tokyo
// for a numeric code and Toronto otherwise, which only the resolver can decide.
export const EXCHANGE_CODES = [
  'NYSE', 'NYSEAMERICAN', 'NYSEARCA', 'NASDAQ', 'CBOE',
  'OTC', 'OTCQX', 'OTCQB', 'OTCPINK',
  'TSX', 'TSXV', 'CSE', 'NEO',
  'LON', 'LSE', 'AIM',
  'TYO', 'TSE',
  'HKG', 'HKEX',
  'ASX',
  'ETR', 'XETRA', 'FRA',
  'EPA', 'AMS', 'EBR', 'BIT', 'SWX', 'SIX', 'BME',
  'STO', 'CPH', 'HEL', 'OSL',
  'NSE', 'BSE',
  'KRX', 'KOSDAQ',
  'TPE', 'TWSE',
  'SGX', 'JSE', 'NZX', 'SHA', 'SHE', 'TLV', 'B3', 'BMV',
] as const;

export type ExchangeCode = (typeof EXCHANGE_CODES)[number];

/** Exchange implied by a Yahoo-style or wire suffix (BP.L, 6758.T, AAPL.O) or a Globe and Mail suffix (RY-T). */
export const SUFFIX_EXCHANGE: Readonly<Record<string, ExchangeCode>> = {
  '.L': 'LON', '.IL': 'LON', '.T': 'TYO', '.TO': 'TSX', '.V': 'TSXV', '.CN': 'CSE', '.NE': 'NEO',
  '.O': 'NASDAQ', '.OQ': 'NASDAQ', '.N': 'NYSE', '.K': 'NYSE',
  '.DE': 'XETRA', '.F': 'FRA', '.PA': 'EPA', '.AS': 'AMS', '.BR': 'EBR', '.MI': 'BIT', '.SW': 'SWX', '.S': 'SWX',
  '.MC': 'BME', '.ST': 'STO', '.CO': 'CPH', '.HE': 'HEL', '.OL': 'OSL',
  '.NS': 'NSE', '.BO': 'BSE', '.KS': 'KRX', '.KQ': 'KOSDAQ', '.TW': 'TWSE', '.TWO': 'TPE',
  '.HK': 'HKG', '.AX': 'ASX', '.SI': 'SGX', '.JO': 'JSE', '.NZ': 'NZX', '.SS': 'SHA', '.SZ': 'SHE',
  '.TA': 'TLV', '.SA': 'B3', '.MX': 'BMV',
  '-T': 'TSX', '-X': 'TSXV', '-N': 'NYSE', '-Q': 'NASDAQ',
};
