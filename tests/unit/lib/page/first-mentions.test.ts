import { describe, expect, it } from 'vitest';
import { firstMentionsOnly } from '@/lib/page/first-mentions';
import type { Mention } from '@/lib/page/reading';

/** Only what firstMentionsOnly reads of a mention: its entity and the section it sits in. */
function mention(entityId: string, section: object): Mention {
  const parentElement = { closest: () => section };
  return {
    entity: { id: entityId, name: entityId, kind: 'person' },
    range: { startContainer: { parentElement } },
  } as unknown as Mention;
}

describe('first mention only', () => {
  const intro = {};
  const body = {};
  const mentions = [
    mention('putin', intro),
    mention('assad', intro),
    mention('putin', intro),
    mention('putin', body),
    mention('assad', body),
  ];
  const ids = (list: Mention[]) => list.map((m) => m.entity.id);

  it('shows every mention when off', () => {
    expect(firstMentionsOnly(mentions, 'off')).toHaveLength(5);
  });

  it('shows the first mention of each entity on the page', () => {
    expect(ids(firstMentionsOnly(mentions, 'page'))).toEqual(['putin', 'assad']);
  });

  it('shows the first mention of each entity in each section', () => {
    expect(ids(firstMentionsOnly(mentions, 'section'))).toEqual(['putin', 'assad', 'putin', 'assad']);
  });
});
