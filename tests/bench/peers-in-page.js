/* global Mark -- mark.js, injected before this runs */
// The peers, run in the page's main world (peers.ts injects this file with addScriptTag).
// Plain JavaScript on purpose: functions compiled by Node's TypeScript loader carry helper
// calls (`__name`) that do not exist in a page. Each peer marks its start and end
// (performance.mark) so that trace.ts reads its CPU time off the trace.

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

function end(result) {
  performance.mark('bench-peer-end');
  return result;
}

globalThis.benchPeers = {
  /** The floor: read every text node once, the least any scan of the page must do. */
  floor() {
    performance.mark('bench-peer');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    let nodes = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      chars += node.data.length;
      nodes += 1;
    }
    return end({ chars, nodes, found: 0, capped: false });
  },

  /**
   * What many extensions do: one case-insensitive alternation of every alias, run over each
   * text node; hits painted with the same CSS highlights we use. Names split across
   * elements (`<a>First</a> Last`) are missed, as they are by this approach everywhere.
   */
  regex({ aliases, capMs }) {
    performance.mark('bench-peer');
    const start = performance.now();
    const sorted = [...aliases].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`\\b(?:${sorted.map((a) => a.replace(REGEX_SPECIALS, '\\$&')).join('|')})\\b`, 'gi');
    const highlight = new Highlight();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++count % 256 === 0 && performance.now() - start > capMs) return end({ found: highlight.size, capped: true });
      pattern.lastIndex = 0;
      for (let match = pattern.exec(node.data); match; match = pattern.exec(node.data)) {
        const range = new Range();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        highlight.add(range);
      }
    }
    CSS.highlights.set('peer-regex', highlight);
    return end({ found: highlight.size, capped: false });
  },

  /**
   * mark.js, the common highlighter, with the options a name list needs: whole names
   * (no splitting into words), whole words with punctuation as a boundary, its default
   * diacritics folding. It searches one keyword per pass over the page, longest first, as
   * mark.js itself does for an array; calling it per keyword lets the cap stop it.
   */
  markjs({ aliases, capMs }) {
    performance.mark('bench-peer');
    const start = performance.now();
    const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
    const instance = new Mark(document.body);
    let found = 0;
    const options = {
      separateWordSearch: false,
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '’', '(', ')'] },
      done(count) {
        found += count;
      },
    };
    for (const alias of sorted) {
      instance.mark(alias, options);
      if (performance.now() - start > capMs) return end({ found, capped: true });
    }
    return end({ found, capped: false });
  },
};
