// Where the on-page note sits: in a bottom corner clear of the article's column. The side with room for the
// whole note wins (the reading direction's end first); with room only for the icon the note shrinks to it;
// with no room either side (a phone-width column) it is the icon in the end corner, the least it can cover.

export interface Column {
  left: number;
  right: number;
}

export interface NotePlacement {
  side: 'left' | 'right';
  compact: boolean;
}

/** Gap between the note and the column, and between the note and the window's edge (px). */
export const NOTE_MARGIN = 16;

export function placeNote(
  column: Column | null,
  viewportWidth: number,
  size: { full: number; icon: number },
  dir: 'ltr' | 'rtl' = 'ltr',
): NotePlacement {
  const end: NotePlacement['side'] = dir === 'rtl' ? 'left' : 'right';
  const start: NotePlacement['side'] = dir === 'rtl' ? 'right' : 'left';
  // No article region to measure (or an empty one): the end corner, as before.
  if (!column || column.right <= column.left) return { side: end, compact: false };
  const room = { left: Math.max(0, column.left), right: Math.max(0, viewportWidth - column.right) };
  const fits = (side: NotePlacement['side'], width: number) => room[side] >= width + 2 * NOTE_MARGIN;
  for (const compact of [false, true]) {
    const width = compact ? size.icon : size.full;
    if (fits(end, width)) return { side: end, compact };
    if (fits(start, width)) return { side: start, compact };
  }
  return { side: end, compact: true };
}
