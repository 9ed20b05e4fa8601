import { askBackground, type UnknownName } from '@/lib/messaging';
import { ChromeFilter, findArticleRoots } from './article-body';
import { HiddenText } from './hidden-text';
import { BLOCK_BREAK, indexAt, isTextNode, locate, type PageText, type TextPiece } from './page-text';
import { Slicer } from './slicing';
import { collectText } from './text-blocks';

/** A block mostly made of links is a list of other stories or of the site's sections. */
const MAX_LINK_SHARE = 0.5;
/**
 * A long read is 50,000 characters; a page past this is not one article. The background ranks
 * about a megabyte of text a second (unit timing), so this also bounds its work to 0.2 s.
 */
const MAX_TEXT_CHARS = 200_000;

/** Per block, how many of its characters are link text. */
async function linkChars(text: PageText, slicer: Slicer): Promise<number[]> {
  const chars = text.blockStarts.map(() => 0);
  for (let at = 0; at < text.nodes.length; at++) {
    if (at % 64 === 63 && slicer.shouldYield()) await slicer.yieldToPage();
    chars[indexAt(text.blockStarts, text.starts[at]!, false)]! += linkCharsOf(text.nodes[at]!);
  }
  return chars;
}

/** How much of a piece's text is link text: a text node in a link, or the links of a whole block. */
function linkCharsOf(piece: TextPiece): number {
  if (isTextNode(piece)) return piece.parentElement?.closest('a') ? piece.data.length : 0;
  if (piece.closest('a')) return piece.textContent?.length ?? 0;
  let chars = 0;
  for (const link of piece.querySelectorAll('a')) chars += link.textContent?.length ?? 0;
  return chars;
}

/** The text of each block of the article a reader sees: not hidden, not furniture, not a list of links. */
export async function articleBlocks(
  text: PageText,
  roots: Element[],
  ownHost: Element,
  slicer: Slicer,
): Promise<string[]> {
  const hidden = new HiddenText(ownHost);
  const chrome = new ChromeFilter(roots);
  const links = await linkChars(text, slicer);
  const all = text.batches.map((batch) => batch.parts.join('')).join('');
  const blocks: string[] = [];
  let total = 0;
  for (const [block, start] of text.blockStarts.entries()) {
    if (block % 32 === 31 && slicer.shouldYield()) await slicer.yieldToPage();
    const end = all.indexOf(BLOCK_BREAK, start);
    const body = all.slice(start, end < 0 ? all.length : end);
    const holder = text.blockHolders[block]!;
    const [node] = locate(text, start, false);
    if (links[block]! > body.length * MAX_LINK_SHARE || chrome.isInChrome(holder) || hidden.isHidden(node, holder))
      continue;
    total += body.length;
    if (total > MAX_TEXT_CHARS) break;
    blocks.push(body);
  }
  return blocks;
}

/** Names in the article that the store does not know; the background ranks them and asks its matcher. */
export async function findNamesNotInStore(ownHost: Element, limit: number): Promise<UnknownName[]> {
  const slicer = new Slicer();
  const roots = await findArticleRoots(document, slicer);
  const text = await collectText(roots, { ownHost, slicer });
  const blocks = await articleBlocks(text, roots, ownHost, slicer);
  const language = document.documentElement.lang;
  const result = await slicer.wait(askBackground('names/unknown', { blocks, language, limit }));
  slicer.end();
  return result.ok ? result.value : [];
}
