// A post body that writes its prose as lines between <br>s beside a block child (Blogger's post-body: an image
// div, then the text, no <p>) is article text; detection must not pass it over for the comments' paragraphs.
// Lines of links beside a block (menus, label lists) are not prose.
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect.ts';
import { ArticleText } from './region.ts';
import { lineDivs, scanPage } from './scan.ts';
import { PARSERS, collapse } from './test-support.ts';

const line = (n: number) =>
  `Line ${n} of the release: the hotel group announced the opening of a resort with villas, four restaurants and a spa on the island.`;
const comment = (n: number) =>
  `<div class="comment"><p>Comment ${n}: what a lovely place, we stayed there last spring and the staff were wonderful to us and our kids every day.</p></div>`;

function bloggerPage(body: string): string {
  return `<!doctype html><html><head><title>Resort opens</title><meta property="og:type" content="article"></head><body>
<div class="post"><h1 class="post-title">Resort officially opens</h1>
<div class="post-body" id="post-body-1">${body}</div></div>
<div class="comments"><h4>8 comments</h4>${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</div></body></html>`;
}

const proseBody = `<div style="text-align: justify;"><div class="separator"><a href="/i.jpg"><img src="/i.jpg"></a></div>
<div style="text-align: center;"><span>Nam Nghi Phu Quoc</span></div>
Hyatt Hotels Corporation (NYSE: H) announced the opening today. ${line(0)}<br />${Array.from({ length: 12 }, (_, i) => `<i>${line(i + 1)}</i> ${line(i + 20)}<br /><br />`).join('\n')}</div>`;

describe.each(Object.entries(PARSERS))('prose written in <br> lines beside blocks (%s)', (_name, parse) => {
  it('is the article region, not the comments below it', () => {
    const doc = parse(bloggerPage(proseBody));
    const d = detectArticle(doc, 'https://blog.example.com/2019/05/resort-opens.html');
    expect(d.isArticle).toBe(true);
    expect(collapse(d.region?.textContent)).toContain('Hyatt Hotels Corporation (NYSE: H)');
    expect(d.region?.closest('.comments')).toBeNull();
  });

  it('counts a line div once: its own lines, without the blocks inside it', () => {
    const doc = parse(bloggerPage(proseBody));
    const scan = scanPage(doc);
    expect(scan.lineDivs).toHaveLength(1);
    const text = new ArticleText(scan);
    const div = scan.lineDivs[0]!;
    const own = collapse(
      [...div.childNodes]
        .filter((c) => !(c as Element).matches?.('div'))
        .map((c) => c.textContent)
        .join(' '),
    );
    expect(text.within(div)).toBeGreaterThan(own.length - 40);
    expect(text.within(div)).toBeLessThanOrEqual(own.length);
  });

  it('leaves out lines of links beside a block, and divs without a block child (text blocks already)', () => {
    const links = Array.from({ length: 10 }, (_, i) => `<a href="/label/${i}">Travel and luxury hotel label ${i}</a><br>`).join('');
    const doc = parse(bloggerPage(`<div class="labels"><div class="head">Labels</div>${links}</div><div>${line(1)}<br>${line(2)}</div>`));
    const scan = scanPage(doc);
    expect(scan.lineDivs.map((d) => d.className)).toEqual(['labels']);
    const text = new ArticleText(scan);
    expect(text.within(doc.querySelector('.labels')!)).toBe(0);
    // The comments stay the densest prose: no line div won it.
    expect(detectArticle(doc, 'https://blog.example.com/2019/05/resort-opens.html').region?.closest('.comments')).not.toBeNull();
  });
});

describe('line divs by selector query and by script', () => {
  it('agree', () => {
    const doc = PARSERS['happy-dom'](
      bloggerPage(proseBody + '<div><p>x</p>a<br>b</div><div>only<br>lines</div><div><p>no</p><span>br</span></div>'),
    );
    const ids = (els: Element[]) => els.map((e) => collapse(e.textContent).slice(0, 20));
    expect(ids(lineDivs(doc, true))).toEqual(ids(lineDivs(doc, false)));
    expect(lineDivs(doc, true)).toHaveLength(2);
  });
});
