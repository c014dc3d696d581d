// Injected as the first script of a test page (paint.test.ts): at every animation frame from the start of
// parsing, notes whether each watched text is visible. A frame's rAF callbacks run just before it is painted,
// so a text visible here is a text the reader saw.
(() => {
  const texts = JSON.parse(document.currentScript.dataset.texts);
  const probe = { frames: 0, seenAt: texts.map(() => -1), visibleAt: texts.map(() => []) };
  window.__visibilityProbe = probe;
  // Blocks the early judge marked (#16): the test knows the judge ran, not only the early stylesheet.
  probe.earlyMarks = 0;
  new MutationObserver((records) => {
    for (const r of records) if (r.oldValue === null && r.target.hasAttribute('data-clearfolio-early')) probe.earlyMarks++;
  }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-clearfolio-early'] });
  const nodes = texts.map(() => null);
  const find = (text) => {
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.replace(/\s+/g, ' ').includes(text)) return n;
    return null;
  };
  const frame = () => {
    probe.frames++;
    texts.forEach((text, i) => {
      if (!nodes[i]?.isConnected) nodes[i] = find(text);
      const el = nodes[i]?.parentElement;
      if (!el) return;
      if (probe.seenAt[i] < 0) probe.seenAt[i] = probe.frames;
      if (el.checkVisibility()) probe.visibleAt[i].push(probe.frames);
    });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
