// Symbol spelling differs by source and by page: SEC writes BRK-B, Nasdaq Trader BRK.B, the Nasdaq screener
// BRK/B, and pages use all three. Every symbol is folded to one key before it is stored or looked up.

/** Upper-case, trimmed, with `-` and `/` class separators folded onto `.` (BRK-B, BRK/B -> BRK.B). */
export function symbolKey(symbol: string): string {
  // A share class after a space is the Nordic exchanges' own spelling: "NOVO B" is NOVO.B (Yahoo's NOVO-B.CO).
  return symbol
    .trim()
    .toUpperCase()
    .replace(/\s+(?=[A-C]$)/, '.')
    .replace(/\s+/g, '')
    .replace(/[-/]/g, '.');
}

/**
 * Hong Kong codes are written with and without leading zeros (700, 0700, 00700); the data stores four
 * digits at least. Returns the stored spelling, or null when the symbol is not a Hong Kong-style number.
 */
export function hongKongKey(symbol: string): string | null {
  const key = symbolKey(symbol);
  if (!/^\d{1,5}$/.test(key)) return null;
  const trimmed = key.replace(/^0+(?=\d)/, '');
  return trimmed.length >= 4 ? trimmed : trimmed.padStart(4, '0');
}

export function isNumericSymbol(symbol: string): boolean {
  return /^\d+$/.test(symbol.trim());
}
