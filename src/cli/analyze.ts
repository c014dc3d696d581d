// Analyses one saved page in Node with jsdom, through the same core pipeline as the content script.
import { readFile } from 'node:fs/promises';
import { runPipeline } from '../core/pipeline.ts';
import { selectorMaker } from '../core/selector.ts';
import { nodeResolver } from './node-resolver.ts';
import { notesText } from '../platform/notes.ts';
import { parsePage } from './parse-page.ts';

export interface AnalyzeReport {
  file: string;
  url: string | null;
  isArticle: boolean;
  /** The page's publication date (YYYY-MM-DD, or YYYY-MM when only the month is known); null when unknown. */
  publishedAt: string | null;
  signals: string[];
  removed: { kind: string; text: string; selector: string; evidence: string[] }[];
  tickers: {
    text: string;
    symbol: string;
    exchange: string | null;
    form: string;
    resolved: {
      symbol: string;
      name: string;
      mic: string;
      formerSymbol?: string;
      formerNames?: string[];
      /** The card's notes in English ("Listed on NASDAQ, not NYSE"). */
      note?: string;
      /** For a recycled symbol resolved to its earlier holder: the company that holder became part of. */
      successorSymbol?: string;
      successorName?: string;
      delisted?: true;
    } | null;
  }[];
  timingsMs: { detect: number; clean: number; tickers: number; total: number };
  /** What the reader of the output should know about how the page was read (e.g. flattened nesting); absent when none. */
  warnings?: string[];
}

const MAX_BYTES = 64 * 1024 * 1024;

/** The text a reader would see in a block: whitespace collapsed, scripts and styles left out. */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && p.closest('script,style,noscript,template')) continue;
    parts.push((n as Text).data);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function pageUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      /* a relative or broken canonical link is not an address */
    }
  }
  return null;
}

export async function analyzeHtml(html: string, file: string, givenUrl: string | null): Promise<AnalyzeReport> {
  const { dom, warnings } = parsePage(html, givenUrl);
  try {
    const doc = dom.window.document;
    const url = givenUrl ?? pageUrl(doc);
    const result = await runPipeline(doc, { url, resolver: nodeResolver() });
    const selectorFor = selectorMaker(doc);
    return {
      file,
      url,
      isArticle: result.detection.isArticle,
      publishedAt: result.publishedAt,
      signals: result.detection.signals,
      removed: result.blocks.map((b) => ({
        kind: b.kind,
        text: visibleText(b.element),
        selector: selectorFor(b.element),
        evidence: b.evidence,
      })),
      tickers: result.mentions.map(({ candidate: c, company }) => ({
        text: c.text,
        symbol: c.symbol,
        exchange: c.exchange,
        form: c.form,
        resolved: company
          ? {
              symbol: company.symbol,
              name: company.name,
              mic: company.mic,
              ...(company.formerSymbol ? { formerSymbol: company.formerSymbol } : {}),
              ...(company.formerNames?.length ? { formerNames: company.formerNames } : {}),
              ...(company.notes?.length ? { note: notesText(company.notes) } : {}),
              ...(company.successor ? { successorSymbol: company.successor.symbol, successorName: company.successor.name } : {}),
              ...(company.delisted ? { delisted: true as const } : {}),
            }
          : null,
      })),
      timingsMs: result.timings,
      ...(warnings.length ? { warnings } : {}),
    };
  } finally {
    dom.window.close();
  }
}

export async function analyzeFile(file: string, url: string | null): Promise<AnalyzeReport> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? e})`, { cause: e });
  }
  if (buf.length > MAX_BYTES) throw new Error(`too large (${buf.length} bytes; the limit is ${MAX_BYTES})`);
  if (buf.includes(0)) throw new Error('not an HTML file (it contains NUL bytes)');
  return analyzeHtml(buf.toString('utf8'), file, url);
}
