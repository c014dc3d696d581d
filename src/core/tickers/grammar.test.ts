import { describe, expect, it } from 'vitest';
import { EXCHANGE_CODES } from '../exchange-codes.ts';
import { exchangeCode } from './exchange-names.ts';
import { findBare, findMarked, hrefSymbols, linkSymbol, standaloneSymbol } from './grammar.ts';
import crypto from './crypto.json' with { type: 'json' };

/** "text|symbol|exchange|form" for each match, as the page wrote it. */
function marked(text: string): string[] {
  return findMarked(text).map((m) => {
    expect(m.end).toBeGreaterThan(m.start);
    return `${text.slice(m.start, m.end)}|${m.symbol}|${m.exchange ?? ''}|${m.form}`;
  });
}

describe('exchange-prefixed mentions', () => {
  it('reads one or several bracketed listings', () => {
    expect(marked('Despite a lack of announcements from Sony Corp (ADR) (NYSE:SNE) (TYO:6758), researchers said')).toEqual([
      'ADR|ADR||name-bracket',
      'NYSE:SNE|SNE|NYSE|exchange-prefix',
      'TYO:6758|6758|TYO|exchange-prefix',
    ]);
    expect(marked('Sony hired security specialists FireEye Inc (NASDAQ: FEYE) to get to the bottom of it')).toEqual([
      'NASDAQ: FEYE|FEYE|NASDAQ|exchange-prefix',
    ]);
    expect(marked('Ballard Power Systems (NASDAQ: BLDP; TSX: BLDP) today announced an order')).toEqual([
      'NASDAQ: BLDP|BLDP|NASDAQ|exchange-prefix',
      'TSX: BLDP|BLDP|TSX|exchange-prefix',
    ]);
  });

  it('reads every symbol of a list the prefix heads, when a bracket or semicolon closes it', () => {
    expect(marked('Alphabet Inc. (NASDAQ: GOOGL, GOOG) reported revenue')).toEqual([
      'NASDAQ: GOOGL|GOOGL|NASDAQ|exchange-prefix',
      'GOOG|GOOG|NASDAQ|exchange-prefix',
    ]);
    expect(marked('Berkshire Hathaway (NYSE:BRK.A,BRK.B; TSX: BRK) rose')).toEqual([
      'NYSE:BRK.A|BRK.A|NYSE|exchange-prefix',
      'BRK.B|BRK.B|NYSE|exchange-prefix',
      'TSX: BRK|BRK|TSX|exchange-prefix',
    ]);
    // Not closed by a bracket: prose after a prefix, not a list.
    expect(marked('The bank, which trades as NYSE: JPM, CEO Jamie Dimon said, will pay more.')).toEqual([
      'NYSE: JPM|JPM|NYSE|exchange-prefix',
    ]);
    // Too long to be one company's share classes.
    expect(marked('(NYSE: AA, BB, CC, DD, EE)')).toEqual(['NYSE: AA|AA|NYSE|exchange-prefix']);
    // A second prefix in the list is its own mention, not an item of the first.
    expect(marked('(NYSE: IBM, NASDAQ: MSFT)')).toEqual(['NYSE: IBM|IBM|NYSE|exchange-prefix', 'NASDAQ: MSFT|MSFT|NASDAQ|exchange-prefix']);
  });

  it('keeps the name before a bracket the prefix opens, for the listing that held the symbol then', () => {
    const names = (text: string) => findMarked(text).map((m) => `${m.symbol}:${m.nameBefore ?? ''}`);
    expect(names('Sprint Corp. (NYSE: S) said')).toEqual(['S:Sprint Corp.']);
    expect(names('Alphabet Inc. ( NASDAQ: GOOGL, GOOG) rose')).toEqual(['GOOGL:Alphabet Inc.', 'GOOG:Alphabet Inc.']);
    // Not the first thing in the bracket, or no bracket at all: no name.
    expect(names('Barrick Gold Corp (TSX, NYSE: GOLD) rose')).toEqual(['GOLD:']);
    expect(names('The carrier, which trades as NYSE: S, said')).toEqual(['S:']);
    expect(names('((NYSE: S) said')).toEqual(['S:']);
  });

  it('highlights the prefix that touches the symbol in a shared list: "TSX, NYSE: GOLD"', () => {
    expect(marked('Barrick Gold Corp (TSX, NYSE: GOLD) raised its dividend')).toEqual(['NYSE: GOLD|GOLD|NYSE|exchange-prefix']);
  });

  it('reads unbracketed prefixes in running text', () => {
    expect(marked('The foundry, whose American depositary shares trade as NYSE: TSM, has said it will double capacity.')).toEqual([
      'NYSE: TSM|TSM|NYSE|exchange-prefix',
    ]);
  });

  it('folds spelled variants onto the shared codes', () => {
    const cases: [string, string][] = [
      ['NYSE American: UAMY', 'NYSEAMERICAN'],
      ['NYSE MKT: UAMY', 'NYSEAMERICAN'],
      ['AMEX: UAMY', 'NYSEAMERICAN'],
      ['NYSE Arca: SPY', 'NYSEARCA'],
      ['NYSEARCA:SPY', 'NYSEARCA'],
      ['Nasdaq GS: AAPL', 'NASDAQ'],
      ['NasdaqGM: ABCD', 'NASDAQ'],
      ['Nasdaq CM: ABCD', 'NASDAQ'],
      ['Nasdaq: AAPL', 'NASDAQ'],
      ['Cboe: ABC', 'CBOE'],
      ['OTC: ABCD', 'OTC'],
      ['OTCQX: NSRGY', 'OTCQX'],
      ['OTCQB: ABCD', 'OTCQB'],
      ['OTC Pink: ABCD', 'OTCPINK'],
      ['OTCMKTS: ABCD', 'OTC'],
      ['TSX: RY', 'TSX'],
      ['TSXV: ABC', 'TSXV'],
      ['TSX-V: ABC', 'TSXV'],
      ['TSX Venture: ABC', 'TSXV'],
      ['CSE: ABC', 'CSE'],
      ['NEO: ABC', 'NEO'],
      ['LON: SHEL', 'LON'],
      ['LSE:VOD', 'LSE'],
      ['AIM: ABC', 'AIM'],
      ['TYO: 6758', 'TYO'],
      ['TSE: 9984', 'TSE'],
      ['HKG: 0700', 'HKG'],
      ['HKEX: 00700', 'HKEX'],
      ['ASX: BHP', 'ASX'],
      ['ETR: SAP', 'ETR'],
      ['XETRA: SAP', 'XETRA'],
      ['Xetra: SAP', 'XETRA'],
      ['FRA: SAP', 'FRA'],
      ['EPA: MC', 'EPA'],
      ['AMS: ASML', 'AMS'],
      ['EBR: ABI', 'EBR'],
      ['BIT: ENI', 'BIT'],
      ['SWX: NESN', 'SWX'],
      ['SIX: NESN', 'SIX'],
      ['BME: SAN', 'BME'],
      ['STO: VOLV', 'STO'],
      ['CPH: NOVO', 'CPH'],
      ['HEL: NOKIA', 'HEL'],
      ['OSL: EQNR', 'OSL'],
      ['NSE: INFY', 'NSE'],
      ['BSE: 500209', 'BSE'],
      ['KRX: 005930', 'KRX'],
      ['KOSDAQ: 035720', 'KOSDAQ'],
      ['TPE: 2330', 'TPE'],
      ['TWSE: 2330', 'TWSE'],
      ['SGX: D05', 'SGX'],
      ['JSE: NPN', 'JSE'],
      ['NZX: FPH', 'NZX'],
      ['SHA: 600519', 'SHA'],
      ['SHE: 000858', 'SHE'],
      ['TLV: TEVA', 'TLV'],
      ['B3: PETR4', 'B3'],
      ['BMV: WALMEX', 'BMV'],
      ['BOM: 500209', 'BSE'],
      ['Nasdaq Stockholm: SAND', 'STO'],
      ['Nasdaq Copenhagen: DSV', 'CPH'],
      ['Nasdaq Helsinki: NOKIA', 'HEL'],
    ];
    for (const [text, code] of cases) {
      const [m] = findMarked(`(${text})`);
      expect(m?.exchange, text).toBe(code);
      expect(m?.form, text).toBe('exchange-prefix');
    }
  });

  it('reads a Nordic share class written after a space, and nowhere else', () => {
    expect(marked('Novo Nordisk (CPH: NOVO B) and Volvo (Nasdaq Stockholm: VOLV B; STO: VOLV A) rose')).toEqual([
      'CPH: NOVO B|NOVO B|CPH|exchange-prefix',
      'Nasdaq Stockholm: VOLV B|VOLV B|STO|exchange-prefix',
      'STO: VOLV A|VOLV A|STO|exchange-prefix',
    ]);
    expect(marked('(CPH: NOVO Bank) and (NYSE: GE A)')).toEqual(['CPH: NOVO|NOVO|CPH|exchange-prefix', 'NYSE: GE|GE|NYSE|exchange-prefix']);
  });

  it('produces only codes from EXCHANGE_CODES', () => {
    for (const w of ['NYSE American', 'Nasdaq GS', 'TSX-V', 'OTC Pink', 'Xetra', 'SEHK', 'Euronext Paris']) {
      expect(EXCHANGE_CODES).toContain(exchangeCode(w));
    }
  });

  it('accepts full-width colons, no-break spaces and odd spacing', () => {
    expect(marked('ソニー（NYSE：SNE）')).toEqual(['NYSE：SNE|SNE|NYSE|exchange-prefix']);
    expect(marked('Sony (NYSE\u00a0:\u00a0SNE)')).toEqual(['NYSE\u00a0:\u00a0SNE|SNE|NYSE|exchange-prefix']);
    expect(marked('Tencent (HKG:0700) and (HKEX: 00700)')).toEqual([
      'HKG:0700|0700|HKG|exchange-prefix',
      'HKEX: 00700|00700|HKEX|exchange-prefix',
    ]);
  });

  it('ignores lower-case and sentence-initial lookalikes', () => {
    expect(marked('She: OK, we will see. Six: The end. nyse: sne. Nasdaq: The index fell.')).toEqual([]);
    expect(marked('ANYSE:SNE and NYSE:SNEx')).toEqual([]);
  });
});

describe('cashtags', () => {
  it('reads stock cashtags, share classes and suffixes', () => {
    expect(marked("$TSLA, $AMD, Nestlé Among Tuesday's Premarket Movers")).toEqual(['$TSLA|TSLA||cashtag', '$AMD|AMD||cashtag']);
    expect(marked('Buffett added to $BRK.B and $BF-B; $RY.TO rose')).toEqual([
      '$BRK.B|BRK.B||cashtag',
      '$BF-B|BF-B||cashtag',
      '$RY.TO|RY|TSX|cashtag',
    ]);
  });

  it('never reads money amounts', () => {
    expect(marked('thinly traded names, especially when the float is under $5 million, or $10bn, $1.2B, US$5, $3 trillion')).toEqual([]);
  });

  it('leaves crypto cashtags alone', () => {
    expect(marked('$BTC and $ETH rallied while $SOL, $DOGE and $XRP lagged')).toEqual([]);
  });

  it('keeps the crypto list sorted, unique and upper case', () => {
    const list = crypto.symbols;
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    expect(list.every((s) => s === s.toUpperCase())).toBe(true);
  });
});

describe('name + bracketed symbol', () => {
  it('records the words before the bracket', () => {
    const [m] = findMarked(
      'Memory makers are feeling the pull as well. Equipment suppliers stand to benefit. Applied Materials (AMAT) sells tools',
    );
    expect(m).toMatchObject({ symbol: 'AMAT', form: 'name-bracket' });
    expect(m!.nameBefore).toMatch(/Applied Materials$/);
    expect(findMarked('Apple Inc. (AAPL) rose')[0]!.nameBefore).toBe('Apple Inc.');
    expect(findMarked('ServiceNow (NOW) rose')[0]).toMatchObject({ symbol: 'NOW', nameBefore: 'ServiceNow' });
  });

  it('leaves the symbol alone as the highlighted text, brackets outside', () => {
    const text = 'Nvidia (NVDA) faces a new bottleneck';
    const [m] = findMarked(text);
    expect(text.slice(m!.start, m!.end)).toBe('NVDA');
  });

  it('treats a cashtag in brackets as a cashtag, recording the name', () => {
    expect(marked('SK Hynix and Micron Technology ($MU) both said')).toEqual(['$MU|MU||cashtag']);
    expect(findMarked('SK Hynix and Micron Technology ( $MU) both said')[0]!.nameBefore).toBe('SK Hynix and Micron Technology');
    expect(findMarked('Shares of $MU rose (sharply)')[0]!.nameBefore).toBeUndefined();
  });

  it('reads each symbol of a bracketed share-class list after the name', () => {
    expect(marked('Shares of Alphabet Inc. (GOOGL, GOOG) were flat')).toEqual(['GOOGL|GOOGL||name-bracket', 'GOOG|GOOG||name-bracket']);
    expect(findMarked('Shares of Alphabet Inc. (GOOGL, GOOG) were flat').map((m) => m.nameBefore)).toEqual([
      'Shares of Alphabet Inc.',
      'Shares of Alphabet Inc.',
    ]);
    expect(marked('Alphabet (GOOGL, GOOG, X, Y, Z) and (GOOGL,)')).toEqual([]);
  });

  it('reads Asian numeric codes after a name, but never a year', () => {
    expect(marked('Toyota Motor (7203) and Tencent (0700) rose; Samsung Electronics (005930) and Daiwa (8601, 8604) fell')).toEqual([
      '7203|7203||name-bracket',
      '0700|0700||name-bracket',
      '005930|005930||name-bracket',
      '8601|8601||name-bracket',
      '8604|8604||name-bracket',
    ]);
    expect(marked('Apple (2019) and the film (1999) and Revenue (123) and IDs (1234567) and (2023, 7203)')).toEqual([]);
  });

  it('skips earlier asides when reading the name', () => {
    expect(findMarked('Sony Corp (ADR) (SNE) fell')[1]!.nameBefore).toBe('Sony Corp');
  });

  it('needs words before the bracket', () => {
    expect(findMarked('(AAPL) rose')).toEqual([]);
  });
});

describe('suffixed and wire forms', () => {
  it('reads Yahoo, Reuters and Globe and Mail suffixes', () => {
    expect(
      marked(
        'Sony 6758.T, BP (BP.L), RY.TO, Tencent 0700.HK, SAP.DE, Samsung 005930.KS, Toyota (7203.T), Apple (AAPL.O), Royal Bank (RY-T), Reliance (RELIANCE.NS), ABC (500209.BO)',
      ),
    ).toEqual([
      '6758.T|6758|TYO|suffix',
      'BP.L|BP|LON|suffix',
      'RY.TO|RY|TSX|suffix',
      '0700.HK|0700|HKG|suffix',
      'SAP.DE|SAP|XETRA|suffix',
      '005930.KS|005930|KRX|suffix',
      '7203.T|7203|TYO|suffix',
      'AAPL.O|AAPL|NASDAQ|suffix',
      'RY-T|RY|TSX|suffix',
      'RELIANCE.NS|RELIANCE|NSE|suffix',
      '500209.BO|500209|BSE|suffix',
    ]);
  });

  it('reads Reuters codes of one-letter US symbols in brackets only', () => {
    expect(marked('Ford Motor Co (F.N) and AT&T Inc (T.N) fell; Qorvo (Q.OQ) rose')).toEqual([
      'F.N|F|NYSE|suffix',
      'T.N|T|NYSE|suffix',
      'Q.OQ|Q|NASDAQ|suffix',
    ]);
    expect(marked('The U.N. and the U.N (and F.N) said (U.N.) or (X.NY)')).toEqual([]);
  });

  it('ignores abbreviations, domains, decimals, file names and figure numbers', () => {
    const text =
      "The U.S. and U.K. regulators, e.g. the SEC, ranked No.1 on St. Patrick's day; see apple.com, NEWS.CO.UK and " +
      'REPORT.PDF, Fig.1, 3.5T of revenue, 1,000.T yen, P.S. and the A-T team, IMG_2024.JPG, version 2.0.T';
    expect(marked(text)).toEqual([]);
  });

  it('trusts dash suffixes only in brackets', () => {
    expect(marked('the COVID-T cell study and AB-N')).toEqual([]);
  });
});

describe('bare symbols', () => {
  const symbols = new Set(['AAPL', 'TD', 'A', 'NVDA', 'IBM']);
  const bare = (text: string) => findBare(text, symbols, []).map((m) => text.slice(m.start, m.end));

  it('finds only the given symbols, as whole words', () => {
    expect(bare('Shares of IBM fell while AAPL. rose and AAPLX did not; IBMs neither')).toEqual(['IBM', 'AAPL']);
  });

  it('never reads a possessive or a hyphenated word', () => {
    expect(bare("TD's provisions rose; TD’s CEO said; the A-team; NVDA-linked funds")).toEqual([]);
  });

  it('never reads the word in the name position before a bracket', () => {
    const text = 'TD (TSX:TD) rose, TD fell';
    expect(findBare(text, symbols, findMarked(text)).map((m) => m.start)).toEqual([text.lastIndexOf('TD')]);
  });

  it('skips spans already taken by a marked form', () => {
    const text = 'Apple (AAPL) and AAPL';
    const taken = findMarked(text);
    expect(findBare(text, symbols, taken).map((m) => m.start)).toEqual([text.lastIndexOf('AAPL')]);
  });

  it('never reads a cashtag or a single letter', () => {
    expect(bare('$AAPL and A rally')).toEqual([]);
  });
});

describe('whole-text symbols (table cells, quote links)', () => {
  it('accepts a cell or link that is only a symbol', () => {
    expect(['PG', '$PG', 'BRK.B', '7203', 'Procter', 'PG 2.4%', 'pg'].map(standaloneSymbol)).toEqual([
      'PG',
      'PG',
      'BRK.B',
      '7203',
      null,
      null,
      null,
    ]);
  });

  it('reads quote-page addresses', () => {
    expect(
      [
        'https://www.benzinga.com/quote/TSLA',
        'https://markets.businessinsider.com/stocks/nvda-stock',
        'https://www.valuewalk.com/stock/SNE/',
        'https://www.google.com/finance/quote/AAPL:NASDAQ',
        'https://www.bloomberg.com/quote/AAPL:US',
        'https://seekingalpha.com/symbol/AAPL',
        'https://www.thisismoney.co.uk/money/markets/quote/VOD',
        'https://finance.yahoo.com/quote/BP.L/',
        'https://www.marketwatch.com/investing/stock/aapl?mod=x',
        'https://www.globenewswire.com/search/organization/Ballard',
        'https://www.businessinsider.com/markets/stocks/',
      ].map((h) => hrefSymbols(h).join(' ') || null),
    ).toEqual(['TSLA', 'NVDA', 'SNE', 'AAPL NASDAQ', 'AAPL US', 'AAPL', 'VOD', 'BP.L', 'AAPL', null, null]);
  });
});

describe('real-web forms', () => {
  it('reads country and kind chips, spelled labels and mixed-case prefixes', () => {
    expect(marked('Nvidia US:NVDA rose; Toyota JP:7203 and ADR: TOYOY fell.')).toEqual([
      'US:NVDA|NVDA||exchange-prefix',
      'JP:7203|7203|TYO|exchange-prefix',
      'ADR: TOYOY|TOYOY||exchange-prefix',
    ]);
    expect(marked('Nvidia (ticker: NVDA) and Apple (Nasdaq: AAPL) rose.')).toEqual([
      'ticker: NVDA|NVDA||exchange-prefix',
      'Nasdaq: AAPL|AAPL|NASDAQ|exchange-prefix',
    ]);
    // A country code needs the chip's touching colon; a sentence never reads as one.
    expect(marked('In the US: GDP rose. JP: 7203 is not a chip.')).toEqual([]);
  });

  it('reads Japanese listing lines', () => {
    expect(marked('ハウスコム株式会社（東証一部 コード番号：3275）は')).toEqual(['東証一部 コード番号：3275|3275|TYO|exchange-prefix']);
    expect(marked('トヨタ自動車（東証プライム：7203）')).toEqual(['東証プライム：7203|7203|TYO|exchange-prefix']);
    expect(marked('東京証券取引所 証券コード：6758')).toEqual(['東京証券取引所 証券コード：6758|6758|TYO|exchange-prefix']);
    expect(marked('東証は2020年に')).toEqual([]);
  });

  it('reads Bloomberg codes in brackets after a name', () => {
    expect(marked('Nvidia Corp. (NVDA US) and Reliance Industries (RELIANCE IN) and Toyota (7203 JT)')).toEqual([
      'NVDA US|NVDA||name-bracket',
      'RELIANCE IN|RELIANCE|NSE|name-bracket',
      '7203 JT|7203|TYO|name-bracket',
    ]);
    expect(marked('(NVDA US)')).toEqual([]);
    expect(marked('the deal (WHO US) and (IT XX)')).toEqual(['WHO US|WHO||name-bracket']);
  });

  it('reads Reuters codes with lower-case share markers', () => {
    expect(marked('Volkswagen’s ( VOWG_p.DE ) Skoda and Siemens (SIEGn.DE) and Infosys (INFY.NS)')).toEqual([
      'VOWG_p.DE|VOWG_p|XETRA|suffix',
      'SIEGn.DE|SIEGn|XETRA|suffix',
      'INFY.NS|INFY|NSE|suffix',
    ]);
    expect(marked('Main.DE and Un.DE and the Berlin.DE site')).toEqual([]);
  });

  it('reads quote addresses under any path or parameter that names a quote page', () => {
    expect(
      [
        'http://fortune.com/company/aapl',
        '//www.reuters.com/companies/VOWG_p.DE',
        'https://example.com/quote.asp?sym=NVDA',
        'https://example.com/markets/equities/7203:JP',
        'https://example.com/search?ticker=GOOGL,GOOG',
        'https://economictimes.com/markets/stocks/stock-quotes?ticker=A',
        'https://example.com/news/2019/apple-results',
        'https://example.com/markets',
        // A markets section is not a quote page (an Economic Times menu's "IPO" link): a quote word must follow.
        'https://economictimes.indiatimes.com/markets/ipo',
        'https://example.com/markets/live',
        'https://example.com/money/markets/quote/VOD',
      ].map((h) => hrefSymbols(h).join(' ') || null),
    ).toEqual(['AAPL', 'VOWG_P.DE', 'NVDA', '7203 JP', 'GOOGL GOOG', 'STOCK-QUOTES', null, null, null, null, 'VOD']);
  });

  it('reads a quote link written in one case, bare or in brackets', () => {
    expect(['(aapl)', 'NVDA', 'nvda', '( MSFT )', 'Apple', '(aapl', 'Nvda'].map((t) => linkSymbol(t)?.symbol ?? null)).toEqual([
      'AAPL',
      'NVDA',
      'NVDA',
      'MSFT',
      // A name in a quote link is a name (Boeing Co.), mixed case never reads as a symbol.
      null,
      null,
      null,
    ]);
  });
});
