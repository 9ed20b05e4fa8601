import type { Settings } from '@/lib/settings';
import type { Mention } from './reading';

const SECTION_SELECTOR = 'article, section, [role="article"], main';

function sectionOf(mention: Mention): Element | null {
  return mention.range.startContainer.parentElement?.closest(SECTION_SELECTOR) ?? null;
}

/**
 * A reader who finds many marks noisy can ask for the first mention of each entity only,
 * on the whole page or in each section. Mentions arrive in document order.
 */
export function firstMentionsOnly(mentions: Mention[], mode: Settings['firstMentionOnly']): Mention[] {
  if (mode === 'off') return mentions;
  const seen = new Set<string>();
  const sections = new Map<Element | null, Set<string>>();
  return mentions.filter((mention) => {
    const scope = mode === 'page' ? seen : (sections.get(sectionOf(mention)) ?? new Set<string>());
    if (mode === 'section') sections.set(sectionOf(mention), scope);
    if (scope.has(mention.entity.id)) return false;
    scope.add(mention.entity.id);
    return true;
  });
}
