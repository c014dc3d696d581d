import { describe, expect, it } from 'vitest';
import { EDGE_PX, GAP_PX, placeNextTo } from './place.ts';

const VIEW = { width: 1280, height: 900 };
const SIZE = { width: 360, height: 300 };
const at = (left: number, top: number, w = 60, h = 18) => ({ left, top, right: left + w, bottom: top + h });

describe('placeNextTo', () => {
  it('goes below the ticker, at its start edge', () => {
    expect(placeNextTo(at(100, 200), SIZE, VIEW)).toEqual({ left: 100, top: 218 + GAP_PX, width: 360, height: 300, sheet: false });
  });

  it("ends at the ticker's end edge on a right-to-left page", () => {
    expect(placeNextTo(at(700, 200), SIZE, VIEW, 'rtl').left).toBe(760 - 360);
  });

  it('flips above when the room below is too small, and never covers the ticker', () => {
    const anchor = at(100, 800);
    const p = placeNextTo(anchor, SIZE, VIEW);
    expect(p.top + p.height).toBe(anchor.top - GAP_PX);
    expect(p.height).toBe(300);
  });

  it('takes the larger side and limits the height when neither side fits', () => {
    const anchor = at(100, 300);
    const p = placeNextTo(anchor, { width: 360, height: 2000 }, VIEW);
    expect(p.top).toBe(anchor.bottom + GAP_PX);
    expect(p.top + p.height).toBe(VIEW.height - EDGE_PX);
    const up = placeNextTo(at(100, 600), { width: 360, height: 2000 }, VIEW);
    expect(up.top).toBe(EDGE_PX);
    expect(up.top + up.height).toBe(600 - GAP_PX);
  });

  it('shifts inside the viewport at the right edge and in a viewport barely wider than the card', () => {
    expect(placeNextTo(at(1250, 100), SIZE, VIEW).left).toBe(VIEW.width - EDGE_PX - 360);
    const narrow = placeNextTo(at(10, 100), { width: 560, height: 300 }, { width: 560, height: 600 });
    expect(narrow).toMatchObject({ left: EDGE_PX, width: 560 - 2 * EDGE_PX, sheet: false });
  });

  it('keeps the card inside the viewport when the ticker is out of view', () => {
    for (const anchor of [at(100, -400), at(100, 1400), at(-500, 100), at(2000, 100)]) {
      const p = placeNextTo(anchor, SIZE, VIEW);
      expect(p.left).toBeGreaterThanOrEqual(EDGE_PX);
      expect(p.left + p.width).toBeLessThanOrEqual(VIEW.width - EDGE_PX);
      expect(p.top).toBeGreaterThanOrEqual(EDGE_PX);
      expect(p.top + p.height).toBeLessThanOrEqual(VIEW.height - EDGE_PX);
    }
  });
});

describe('placeNextTo: a card that fits the viewport is shown whole', () => {
  it('goes beside the ticker when it fits neither above nor below (1280x900, ticker mid-screen)', () => {
    const anchor = at(148, 449, 85, 21);
    const p = placeNextTo(anchor, { width: 360, height: 475 }, VIEW);
    expect(p.height).toBe(475);
    expect(p.left).toBe(anchor.right + GAP_PX);
    expect(p.top + p.height).toBeLessThanOrEqual(VIEW.height - EDGE_PX);
    expect(p.sheet).toBe(false);
  });

  it('goes before the ticker on a right-to-left page, and on the other side when one side has no room', () => {
    const rtl = placeNextTo(at(700, 449, 85, 21), { width: 360, height: 475 }, VIEW, 'rtl');
    expect(rtl.left + rtl.width).toBe(700 - GAP_PX);
    const atRightEdge = placeNextTo(at(1100, 449, 85, 21), { width: 360, height: 475 }, VIEW);
    expect(atRightEdge.left + atRightEdge.width).toBe(1100 - GAP_PX);
  });

  it('becomes a full-width bottom sheet on a narrow viewport, at most 85% of its height', () => {
    const view = { width: 400, height: 800 };
    expect(placeNextTo(at(20, 400), { width: 360, height: 475 }, view)).toEqual({
      left: 0,
      top: 325,
      width: 400,
      height: 475,
      sheet: true,
    });
    const tall = placeNextTo(at(20, 400), { width: 360, height: 2000 }, view);
    expect(tall).toEqual({ left: 0, top: 800 - 680, width: 400, height: 680, sheet: true });
    expect(placeNextTo(at(20, 400), SIZE, { width: 520, height: 800 }).sheet).toBe(false);
  });
});
