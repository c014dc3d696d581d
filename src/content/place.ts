// Where the card frame goes. On a wide viewport: below its ticker, above it when there is no room below,
// beside it when the whole card fits neither above nor below but fits the viewport's height (so a card that
// could be shown whole is never cut to the strip under its ticker), else on the larger side with its height
// limited to that room (the frame scrolls inside). On a narrow viewport (a phone, a split window) a card next
// to its ticker would cover most of the text anyway: it becomes a bottom sheet, full width, at most
// SHEET_MAX_SHARE of the viewport's height. A few lines instead of @floating-ui in every tab.

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
  /** True for the bottom sheet (full width, flush with the viewport's bottom edge). */
  sheet: boolean;
}

export const GAP_PX = 6;
export const EDGE_PX = 8;
/** Below this viewport width the card is a bottom sheet. */
export const SHEET_BELOW_PX = 520;
/** The sheet leaves the top of the viewport (and the text there) in view. */
export const SHEET_MAX_SHARE = 0.85;

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
  if (view.width < SHEET_BELOW_PX) {
    const height = Math.max(0, Math.min(size.height, Math.floor(view.height * SHEET_MAX_SHARE)));
    return { left: 0, top: view.height - height, width: view.width, height, sheet: true };
  }
  const width = Math.max(0, Math.min(size.width, view.width - 2 * EDGE_PX));
  const maxHeight = Math.max(0, view.height - 2 * EDGE_PX);
  const below = view.height - EDGE_PX - (anchor.bottom + GAP_PX);
  const above = anchor.top - GAP_PX - EDGE_PX;
  const fitTop = (top: number, height: number) => clamp(top, EDGE_PX, Math.max(EDGE_PX, view.height - EDGE_PX - height));
  const startLeft = clamp(dir === 'rtl' ? anchor.right - width : anchor.left, EDGE_PX, Math.max(EDGE_PX, view.width - EDGE_PX - width));

  if (size.height > below && size.height > above && size.height <= maxHeight) {
    // Beside the ticker: after it in reading order when there is room, else before it.
    const right = view.width - EDGE_PX - (anchor.right + GAP_PX) >= width;
    const left = anchor.left - GAP_PX - EDGE_PX >= width;
    if (right || left) {
      const onRight = dir === 'rtl' ? !left : right;
      const x = onRight ? anchor.right + GAP_PX : anchor.left - GAP_PX - width;
      return { left: x, top: fitTop(anchor.top, size.height), width, height: size.height, sheet: false };
    }
  }
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
  return { left: startLeft, top: fitTop(top, height), width, height, sheet: false };
}
