import { describeDate, type Standing } from '@/lib/dates';

/**
 * A word on how something stood at the card's date, in text rather than colour alone so
 * that screen readers say it too. What simply held then needs no word, nor does an event
 * that was over: it is history the article could draw on.
 */
export function StandingBadge({
  standing,
  end,
  of = 'fact',
}: {
  standing: Standing;
  end?: unknown;
  of?: 'fact' | 'event';
}) {
  if (standing === 'later') return <span class="badge later">later</span>;
  if (of === 'event') {
    return standing === 'changed-since' ? (
      <span class="badge changed">ongoing then, ended {describeDate(end)}</span>
    ) : null;
  }
  if (standing === 'changed-since') return <span class="badge changed">changed since {describeDate(end)}</span>;
  if (standing === 'earlier') return <span class="badge earlier">ended</span>;
  return null;
}
