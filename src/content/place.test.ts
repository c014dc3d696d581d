import { describe, expect, it } from 'vitest';
import { EDGE_PX, GAP_PX, placeNextTo } from './place.ts';

const VIEW = { width: 1280, height: 900 };
const SIZE = { width: 360, height: 300 };
const at = (left: number, top: number, w = 60, h = 18) => ({ left, top, right: left + w, bottom: top + h });

describe('placeNextTo', () => {
  it('goes below the ticker, at its start edge', () => {
    expect(placeNextTo(at(100, 200), SIZE, VIEW)).toEqual({ left: 100, top: 218 + GAP_PX, width: 360, height: 300 });
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

  it('shifts inside the viewport at the right edge and in a narrow viewport', () => {
    expect(placeNextTo(at(1250, 100), SIZE, VIEW).left).toBe(VIEW.width - EDGE_PX - 360);
    const narrow = placeNextTo(at(10, 100), SIZE, { width: 320, height: 600 });
    expect(narrow).toMatchObject({ left: EDGE_PX, width: 320 - 2 * EDGE_PX });
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
