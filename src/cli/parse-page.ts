// Parses a saved page into a jsdom document that the core can walk without overflowing the stack.
// jsdom's own parser books every insertion on each ancestor, recursively (Node-impl's _descendantAdded and
// _clearMemoizedQueries): a page 20,000 elements deep costs nodes x depth and then "Maximum call stack size
// exceeded", and so do the core's later changes (wrapping a ticker) at that depth. Browsers do not build such
// trees either: Chromium's parser attaches anything deeper than 512 open elements to the parent's parent
// (HTMLConstructionSite, kMaximumHTMLParserDOMTreeDepth). So the page is first parsed with parse5 (the parser jsdom
// uses; iterative, linear) under the same limit; a page within it goes to jsdom unchanged (the common case, so the
// output stays exactly what it was), a deeper one goes as the limited tree, serialized, with a warning.
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The deepest an element may sit (the <html> element is at depth 1), as in Chromium's parser. */
export const MAX_DEPTH = 512;

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

export interface ParsedPage {
  dom: JSDOM;
  /** Said to the user: e.g. that the page was nested deeper than MAX_DEPTH and was flattened below it. */
  warnings: string[];
}

/**
 * parse5's default tree, with every node that would sit below MAX_DEPTH attached to its parent's parent instead
 * (so deep content becomes a run of siblings at MAX_DEPTH, in document order). `flattened` counts the moved nodes.
 */
export function parseLimited(html: string, maxDepth = MAX_DEPTH): { document: DefaultTreeAdapterMap['document']; flattened: number } {
  const depth = new WeakMap<P5Node, number>(); // the document and fragments are at 0
  const depthOf = (n: P5Node) => depth.get(n) ?? 0;
  let flattened = 0;
  const parentFor = (parent: P5Parent): P5Parent => {
    if (depthOf(parent) < maxDepth) return parent;
    const up = defaultTreeAdapter.getParentNode(parent as DefaultTreeAdapterMap['childNode']);
    if (!up) return parent;
    flattened++;
    return up;
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      const to = parentFor(parent);
      defaultTreeAdapter.appendChild(to, node);
      depth.set(node, depthOf(to) + 1);
    },
    insertBefore(parent, node, ref) {
      const to = parentFor(parent);
      // A lifted insertion has no reference among the new parent's children: it goes at the end, as appends do.
      if (to === parent) defaultTreeAdapter.insertBefore(to, node, ref);
      else defaultTreeAdapter.appendChild(to, node);
      depth.set(node, depthOf(to) + 1);
    },
    insertText(parent, text) {
      defaultTreeAdapter.insertText(parentFor(parent), text);
    },
    insertTextBefore(parent, text, ref) {
      const to = parentFor(parent);
      if (to === parent) defaultTreeAdapter.insertTextBefore(to, text, ref);
      else defaultTreeAdapter.insertText(to, text);
    },
    setTemplateContent(template, content) {
      defaultTreeAdapter.setTemplateContent(template, content);
      depth.set(content, depthOf(template));
    },
  };
  // jsdom parses with scripting off when page scripts do not run (as here): <noscript> content is markup.
  const document = parse(html, { treeAdapter: adapter, scriptingEnabled: false });
  return { document, flattened };
}

export function parsePage(html: string, url: string | null): ParsedPage {
  const { document, flattened } = parseLimited(html);
  const warnings: string[] = [];
  let markup = html;
  if (flattened) {
    warnings.push(
      `the page nests elements deeper than ${MAX_DEPTH} levels; as browsers do, ${flattened} node(s) below that depth were attached higher up`,
    );
    markup = serialize(document, { scriptingEnabled: false });
  }
  const virtualConsole = new VirtualConsole(); // page scripts never run; keep jsdom's CSS parse noise off stderr
  return { dom: new JSDOM(markup, { url: url ?? 'about:blank', virtualConsole }), warnings };
}
