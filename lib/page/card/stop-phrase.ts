/**
 * The phrase a "Not this?" turns into a stop phrase: the mark with the neighbouring words that
 * make it another thing. A capitalised neighbour is the usual culprit ("The Washington *Post*",
 * "*Latin* America", "Georgia *Tech*"), so capitalised neighbours are taken when there are
 * any; otherwise both plain neighbours narrow the rule to this wording. Never across
 * punctuation: "in Washington, officials" gives "in Washington".
 */
export function phraseAround(text: string, start: number, end: number): string {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const capitalised = (word: Word | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
  const useBefore = capitalised(before) || (!capitalised(after) && before !== undefined);
  const useAfter = capitalised(after) || (!capitalised(before) && after !== undefined);
  const from = useBefore ? before!.start : start;
  const to = useAfter ? after!.end : end;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’.-]/u;
const MAX_WORD = 40;

function wordBefore(text: string, start: number): Word | undefined {
  let end = start;
  while (end > 0 && /[ \t\u00a0]/.test(text[end - 1]!)) end--;
  if (end === start || end === 0) return undefined;
  let from = end;
  while (from > 0 && end - from < MAX_WORD && WORD_CHAR.test(text[from - 1]!)) from--;
  return from < end ? { text: text.slice(from, end), start: from, end } : undefined;
}

function wordAfter(text: string, end: number): Word | undefined {
  let start = end;
  while (start < text.length && /[ \t\u00a0]/.test(text[start]!)) start++;
  if (start === end) return undefined;
  let to = start;
  while (to < text.length && to - start < MAX_WORD && WORD_CHAR.test(text[to]!)) to++;
  // A sentence's full stop is not part of its last word.
  while (to > start && /[.]/.test(text[to - 1]!)) to--;
  return to > start ? { text: text.slice(start, to), start, end: to } : undefined;
}

const BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'DD',
  'DT',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'BODY',
]);

/** The phrase around a marked range, read from the text of its block (inline elements included). */
export function stopPhraseFor(range: Range): string {
  let block: Node | null = range.startContainer;
  while (block && !(block instanceof Element && BLOCKS.has(block.tagName))) block = block.parentNode;
  if (!block) return range.toString();
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = block.textContent ?? '';
  return phraseAround(text, start, start + range.toString().length);
}
