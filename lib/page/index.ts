import { servePageRequests, type PageMention } from '@/lib/messaging';
import { CardController } from './card-controller';
import { clearMentions } from './highlights';
import { followKeyboard } from './keyboard';
import type { Mention } from './mentions';
import { followPointer } from './pointer';
import { scanPage, type PageScan } from './scanner';

/**
 * Everything Backstory does on a page: mark mentions, open cards on hover, focus and
 * keyboard steps, answer the popup, and re-mark when the reader edits the store.
 */
export function startPage(signal: AbortSignal): void {
  let scan: PageScan = { mentions: [], byNode: new Map(), entities: new Map() };
  let stepIndex = -1;
  const card = new CardController({ onPage: () => new Set(scan.entities.keys()), reveal: (id) => reveal(id) });

  const open = (mention: Mention, takeFocus = false) => {
    stepIndex = scan.mentions.indexOf(mention);
    void card.open(mention, { takeFocus });
  };
  const reveal = (entityId: string): boolean => {
    const mention = scan.mentions.find((m) => m.entity.id === entityId);
    if (!mention) return false;
    scrollTo(mention);
    open(mention);
    return true;
  };
  const step = (direction: 1 | -1) => {
    const count = scan.mentions.length;
    if (!count) return;
    stepIndex = (stepIndex + direction + count) % count;
    const mention = scan.mentions[stepIndex]!;
    scrollTo(mention);
    open(mention, true);
  };
  const rescan = async () => {
    scan = await scanPage(document.body, card.host.element);
    await card.storeChanged((old) => sameMentionIn(scan.mentions, old));
  };

  servePageRequests({
    'page/mentions': async () => countMentions(scan),
    'page/reveal': async ({ entityId }) => reveal(entityId),
    'page/step': async ({ direction }) => { step(direction); return null; },
    'store/changed': async () => { await rescan(); return null; },
  });
  followPointer({
    byNode: () => scan.byNode,
    host: () => card.host.element,
    openMention: () => card.openMention,
    open: (mention) => open(mention),
    close: () => card.close(),
  }, signal);
  followKeyboard({
    mentions: () => scan.mentions,
    host: () => card.host.element,
    openMention: () => card.openMention,
    open: (mention) => open(mention),
    close: (restoreFocus) => card.close({ restoreFocus }),
  }, signal);
  signal.addEventListener('abort', () => { card.destroy(); clearMentions(); });
  void rescan();
}

function scrollTo(mention: Mention): void {
  const element = mention.range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** After a rescan, the open card follows the same entity's mention nearest to where it was. */
function sameMentionIn(mentions: Mention[], old: Mention): Mention | undefined {
  const same = mentions.filter((m) => m.entity.id === old.entity.id);
  return same.find((m) => m.range.compareBoundaryPoints(Range.START_TO_START, old.range) >= 0) ?? same[0];
}

function countMentions(scan: PageScan): PageMention[] {
  const counts = new Map<string, number>();
  for (const mention of scan.mentions) counts.set(mention.entity.id, (counts.get(mention.entity.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ ...scan.entities.get(id)!, count }));
}
