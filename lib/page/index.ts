import { servePageRequests } from '@/lib/messaging';
import { isMarkingOn, onSettingsChanged, readSettings, type Settings } from '@/lib/settings';
import { CardController } from './card';
import { clearMentions } from './highlights';
import { followKeyboard } from './keyboard';
import { compareMentions, readArticleInfo, type Mention } from './reading';
import { Marker } from './marker';
import { findNamesNotInStore } from './not-in-store';
import { followPageDarkness } from './page-darkness';
import { PageMarks } from './page-marks';
import { followPointer } from './pointer';
import { useHighlightStyle, usePageDarkness } from './shadow-styles';
import { mainThreadUse } from './slicing';

/**
 * Everything Backstory does on a page: mark mentions and keep them current, open cards on
 * hover, focus and keyboard steps, answer the popup, and re-mark when the store changes.
 */
export function startPage(signal: AbortSignal): void {
  const marks = new PageMarks();
  let stepIndex = -1;
  const card = new CardController({ onPage: () => marks.entityIds(), reveal: (id) => reveal(id) });
  const marker = new Marker(
    marks,
    card.host.element,
    () => void card.reanchor((old) => sameMentionIn(marks.mentions, old)),
  );

  const open = (mention: Mention, takeFocus = false) => {
    stepIndex = marks.mentions.indexOf(mention);
    void card.open(mention, { takeFocus });
  };
  const reveal = (entityId: string): boolean => {
    const mention = marks.mentions.find((m) => m.entity.id === entityId);
    if (!mention) return false;
    scrollTo(mention);
    open(mention);
    return true;
  };
  const step = (direction: 1 | -1) => {
    const count = marks.mentions.length;
    if (!count) return;
    stepIndex = (stepIndex + direction + count) % count;
    const mention = marks.mentions[stepIndex]!;
    scrollTo(mention);
    open(mention, true);
  };

  servePageRequests({
    'page/mentions': async () => marks.counts(),
    'page/reveal': async ({ entityId }) => reveal(entityId),
    'page/step': async ({ direction }) => {
      step(direction);
      return null;
    },
    'store/changed': async () => {
      card.forget();
      marker.rescanAll();
      return null;
    },
    'page/stats': async () => ({
      firstMarkAt: marks.firstMarkAt,
      firstMarksInView: marks.firstMarksInView,
      wholePagePaintedAt: marks.wholePagePaintedAt,
      mentionCount: marks.mentions.length,
      ...mainThreadUse,
      cardOpens: card.timings.list(),
    }),
    'page/article': async () => readArticleInfo(),
    'page/unknown-names': ({ limit }) => findNamesNotInStore(card.host.element, limit),
    'page/selection': async () => ({ text: window.getSelection()?.toString() ?? '' }),
  });
  const cardTarget = {
    host: () => card.host.element,
    openMention: () => card.openMention,
    held: () => card.held,
    open: (mention: Mention) => open(mention),
  };
  followPointer({ ...cardTarget, byNode: () => marks.byNode, close: () => card.close() }, signal);
  followKeyboard(
    {
      ...cardTarget,
      mentions: () => marks.mentions,
      openFromLink: (mention, link) => {
        stepIndex = marks.mentions.indexOf(mention);
        void card.open(mention, { takeFocus: false, link });
      },
      enter: () => card.enter(),
      close: (restoreFocus) => card.close({ restoreFocus }),
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    card.destroy();
    clearMentions();
  });
  const applySettings = (settings: Settings) => {
    const on = isMarkingOn(settings, location.hostname);
    if (!on) card.close();
    marks.useSettings(settings, on);
    useHighlightStyle(settings.highlightStyle);
    marker.setEnabled(on);
  };
  followPageDarkness(usePageDarkness, signal);
  marker.start(signal);
  void readSettings().then(applySettings);
  signal.addEventListener('abort', onSettingsChanged(applySettings));
}

function scrollTo(mention: Mention): void {
  const element = mention.range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** After a rescan, the open card follows the same entity's mention nearest to where it was. */
function sameMentionIn(mentions: Mention[], old: Mention): Mention | undefined {
  if (mentions.includes(old)) return old;
  const same = mentions.filter((m) => m.entity.id === old.entity.id);
  return same.find((m) => compareMentions(m, old) >= 0) ?? same[0];
}
