/** What a page shows a reader, as one string, and where each Backstory mark lies in it. */
export interface PageReading {
  /** The visible text: whitespace collapsed, `\n` between blocks. */
  text: string;
  marks: ReadMark[];
}

/** A highlight range, as offsets into `PageReading.text`, or `null` offsets when it is not in visible text. */
export interface ReadMark {
  kind: string;
  start: number | null;
  end: number | null;
  /** The range's own text, for marks outside the visible text. */
  raw: string;
}

/**
 * Runs inside the page (see tests/eval/README.md for why it reads text this way). Must be
 * self-contained: it is sent to the page as source text.
 */
export function readPage(): PageReading {
  const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
  const INLINE = /^(inline|contents|ruby)/;
  // One string per character, joined at the end: appending to a long string char by char is quadratic.
  const out: string[] = [];
  // For each visible text node, the position in the text of each of its characters, and of its end.
  const positions = new Map<Node, number[]>();
  const last = () => out[out.length - 1];

  function breakBlock(): void {
    if (!out.length || last() === '\n') return;
    if (last() === ' ') out.pop();
    out.push('\n');
  }

  function flatChildren(node: Node): Node[] {
    if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      if (assigned.length) return assigned;
    }
    return [...node.childNodes];
  }

  function flatParent(node: Node): Element | null {
    const parent = node.parentNode;
    return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }

  function addText(node: Text): void {
    const parent = flatParent(node);
    const shown =
      parent &&
      (parent.checkVisibility({ visibilityProperty: true }) || getComputedStyle(parent).display === 'contents');
    if (!shown) return;
    const at: number[] = [];
    for (const char of node.data.split('')) {
      at.push(out.length);
      // CSS collapses only these; a no-break space stays what it is, as in innerText.
      if (!/[ \t\n\r\f]/.test(char)) out.push(char);
      else if (out.length && last() !== ' ' && last() !== '\n') out.push(' ');
    }
    at.push(out.length);
    positions.set(node, at);
  }

  function visit(node: Node): void {
    if (node instanceof Text) return addText(node);
    if (!(node instanceof Element)) return;
    if (SKIPPED.has(node.localName)) return;
    if (node.localName === 'br') return breakBlock();
    const display = getComputedStyle(node).display;
    if (display === 'none') return;
    const block = !INLINE.test(display);
    if (block) breakBlock();
    for (const child of flatChildren(node)) visit(child);
    if (block) breakBlock();
  }

  visit(document.body);
  const offsetOf = (node: Node, offset: number) => positions.get(node)?.[offset] ?? null;
  const marks = [...CSS.highlights]
    .filter(([name]) => name.startsWith('backstory-'))
    .flatMap(([name, highlight]) =>
      [...highlight].map((range) => ({
        kind: name.slice('backstory-'.length),
        start: offsetOf(range.startContainer, range.startOffset),
        end: offsetOf(range.endContainer, range.endOffset),
        raw: String(range),
      })),
    );
  return { text: out.join(''), marks };
}
