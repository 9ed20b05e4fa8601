import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChromeFilter, findArticleRoots, isChrome } from '@/lib/page/article-body';
import { Slicer } from '@/lib/page/slicing';
import { openPage } from './page-dom';

afterEach(() => vi.unstubAllGlobals());

const rootsOf = async (page: string) => {
  const document = openPage(page);
  return (await findArticleRoots(document, new Slicer())).map(
    (root) => `${root.localName}.${root.getAttribute('class') ?? ''}`,
  );
};

describe('where the article’s text is', () => {
  it('is the articleBody inside <article>, not the share bar, newsletter box or related stories next to it', async () => {
    expect(await rootsOf('article-pages/facebook-fine.html')).toEqual(['div.story-body']);
  });

  it('is the <article> that holds the most paragraph text when the body has no holder of its own', async () => {
    expect(await rootsOf('article-pages/loi-renseignement-fr.html')).toEqual(['article.']);
  });

  it('is both halves of a body split around a promotion, on a page with no <article> or <main>', async () => {
    expect(await rootsOf('article-pages/netanyahu-beijing.html')).toEqual(['div.text-part', 'div.text-part']);
  });

  it('is the story, not the comments under it', async () => {
    expect(await rootsOf('article-pages/lebron-sponsor.html')).toEqual(['div.story-column']);
  });

  it('is the whole page when the page has no paragraphs', async () => {
    expect(await rootsOf('<html><body><div>Only a <b>list</b> of things</div></body></html>')).toEqual(['body.']);
  });
});

describe('the page’s furniture', () => {
  it('is known by its tag, its role or its class; an article’s header and a quotation’s footer are not furniture', () => {
    const document = openPage(`<html><body>
      <nav id="a"></nav><div id="b" role="complementary"></div><div id="c" class="share-tools"></div>
      <div id="d" class="cookie-banner"></div><div id="e" class="story-body"></div><header id="f"></header>
      <article><header id="g"></header></article><div id="h" class="headline"></div><footer id="i"></footer>
      <blockquote><p>We will go on.</p><footer id="j">— Leila Farhadi, researcher</footer></blockquote></body></html>`);
    const chrome = [...'abcdefghij'].filter((id) => isChrome(document.getElementById(id)!));
    expect(chrome).toEqual(['a', 'b', 'c', 'd', 'f', 'i']);
  });

  it('is judged only below the article, so a class on the page around it does not hide the story', () => {
    const document = openPage(`<html><body><div class="has-ads"><article id="root">
      <p id="text">Sudan welcomed the decision.</p><div class="related"><p id="other">More news.</p></div>
      </article></div></body></html>`);
    const filter = new ChromeFilter([document.getElementById('root')!]);
    expect(filter.isInChrome(document.getElementById('text')!)).toBe(false);
    expect(filter.isInChrome(document.getElementById('other')!)).toBe(true);
  });
});
