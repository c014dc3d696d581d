// Readability's cheap gate on its own, so the content script does not bundle the whole Readability parser.
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: (
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ) => boolean;
  export default isProbablyReaderable;
}
