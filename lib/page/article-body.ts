import type { Slicer } from './slicing';

/**
 * Where the article's own text is, found cheaply: Mozilla's Readability, the field's
 * standard, is bigger than the content script's whole 30 KB budget. As in Readability, each
 * paragraph's text scores its parent, and half of it its grandparent; the best holder is
 * taken with the sibling holders nearly as good (a body split into columns between ads),
 * or, when it sits in one, its `<article>` or `articleBody`. Inside it, the page's furniture
 * (navigation, asides, share and subscribe boxes, cookie banners) is not the article's text.
 */

/** Shorter paragraphs are labels, bylines and captions, which say nothing of where the story is. */
const MIN_PARAGRAPH_CHARS = 40;
const ARTICLE = '[itemprop~="articleBody"], article';

const CHROME_TAGS = new Set(['nav', 'aside', 'form', 'button', 'dialog', 'menu']);
const CHROME_ROLES = /^(?:navigation|complementary|contentinfo|banner|dialog|alertdialog|search|menu|menubar|toolbar)$/;
/** Class and id words (or their starts: "sharing", "related-links") of furniture. */
const CHROME_NAMES = new RegExp(
  '(?:^|[\\s_-])(?:(?:ads?|tags)(?:$|[\\s_-])|shar|social|subscri|newsletter|signup|relat|recommend|promo|cookie|consent|gdpr' +
    '|advert|sponsor|outbrain|taboola|comment|breadcrumb|most-?read|popular|trending|paywall|byline|meta|credit|author|skip)',
  'i',
);

/** Furniture by its tag, role or class: the page says what the element is for. */
export function isChrome(element: Element): boolean {
  const tag = element.localName;
  if (CHROME_TAGS.has(tag) || CHROME_ROLES.test(element.getAttribute('role') ?? '')) return true;
  // A page's own header is furniture; an article's header holds its headline and standfirst.
  if (tag === 'header' && !element.parentElement?.closest('article')) return true;
  // A quotation's footer names who said it: "— Leila Farhadi, researcher".
  if (tag === 'footer') return !element.parentElement?.closest('blockquote, figure');
  return CHROME_NAMES.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

export async function findArticleRoots(doc: Document, slicer: Slicer): Promise<Element[]> {
  const scores = new Map<Element, number>();
  const add = (element: Element | null, score: number) => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + score);
  };
  let count = 0;
  for (const paragraph of doc.body.querySelectorAll('p')) {
    if (++count % 32 === 0 && slicer.shouldYield()) await slicer.yieldToPage();
    const length = paragraph.textContent?.trim().length ?? 0;
    // A paragraph inside a link is a teaser for another story.
    if (length < MIN_PARAGRAPH_CHARS || paragraph.closest('a')) continue;
    add(paragraph.parentElement, length);
    add(paragraph.parentElement?.parentElement ?? null, length / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore && !isChrome(element)) [best, bestScore] = [element, score];
  }
  if (!best) return [doc.body];
  const article = best.closest(ARTICLE);
  if (article) return [article];
  const siblings = best.parentElement ? [...best.parentElement.children] : [best];
  return siblings.filter((element) => element === best || (scores.get(element) ?? 0) >= bestScore / 4);
}

/** Whether a block inside one of the roots sits in furniture; each element is asked once. */
export class ChromeFilter {
  private readonly verdicts = new Map<Element, boolean>();

  constructor(private readonly roots: readonly Element[]) {}

  isInChrome(holder: Node): boolean {
    const chain: Element[] = [];
    let verdict = false;
    for (
      let at = holder instanceof Element ? holder : holder.parentElement;
      at && !this.roots.includes(at);
      at = at.parentElement
    ) {
      const known = this.verdicts.get(at);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(at);
      if (isChrome(at)) {
        verdict = true;
        break;
      }
    }
    for (const at of chain) this.verdicts.set(at, verdict);
    return verdict;
  }
}
