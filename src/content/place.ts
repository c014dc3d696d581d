// Where the card frame goes: below its ticker, above it when there is no room below, shifted to stay inside
// the viewport, its height limited to the room it has (the frame scrolls beyond that). A few lines instead
// of @floating-ui in every tab; the card and reader pages, loaded on demand, may use richer tools.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const GAP_PX = 6;
export const EDGE_PX = 8;

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(n, max));

/**
 * Places a box of `size` next to `anchor` within a viewport of `view` (all in viewport pixels). The box
 * starts at the ticker's start edge in the page's reading direction.
 */
export function placeNextTo(
  anchor: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
  dir: 'ltr' | 'rtl' = 'ltr',
): Placement {
  const width = Math.max(0, Math.min(size.width, view.width - 2 * EDGE_PX));
  const left = clamp(dir === 'rtl' ? anchor.right - width : anchor.left, EDGE_PX, Math.max(EDGE_PX, view.width - EDGE_PX - width));
  const below = view.height - EDGE_PX - (anchor.bottom + GAP_PX);
  const above = anchor.top - GAP_PX - EDGE_PX;
  const maxHeight = Math.max(0, view.height - 2 * EDGE_PX);
  let top: number;
  let height: number;
  if (size.height <= below || below >= above) {
    height = Math.min(size.height, Math.max(below, 0) || maxHeight);
    top = anchor.bottom + GAP_PX;
  } else {
    height = Math.min(size.height, above);
    top = anchor.top - GAP_PX - height;
  }
  // A ticker scrolled (partly) out of view still gets a card inside the viewport.
  height = Math.min(height, maxHeight);
  top = clamp(top, EDGE_PX, Math.max(EDGE_PX, view.height - EDGE_PX - height));
  return { left, top, width, height };
}
