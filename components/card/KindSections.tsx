import { describeRange } from '@/lib/dates';
import type { EntityDetail, EventView } from '@/lib/store';
import {
  asOfWords,
  asText,
  datedEvents,
  leadersAt,
  outcomeOf,
  participantsOf,
  rolesOf,
  type AsOf,
  type Dated,
} from './card-model';
import { RelatedName, RelationItem, type RelatedProps } from './RelationItem';
import { SourceLink } from './SourceLink';
import { StandingBadge } from './Standing';

interface SectionProps extends RelatedProps {
  detail: EntityDetail;
  asOf: AsOf;
}

/** A person's roles (what they led or belonged to), each with its dates and how it stood then. */
export function Roles({ detail, asOf, ...related }: SectionProps) {
  const roles = rolesOf(detail, asOf.date);
  if (!roles.length) return null;
  return (
    <section aria-labelledby="backstory-roles">
      <h3 id="backstory-roles">Roles</h3>
      <ul>
        {roles.map(({ item, standing }) => (
          <RelationItem key={item.id} relation={item} standing={standing} {...related} />
        ))}
      </ul>
    </section>
  );
}

/** Who led a state (or organisation, or armed group) on the card's date. */
export function Leaders({ detail, asOf, ...related }: SectionProps) {
  const { kind } = detail.entity;
  const hasAny = detail.relations.some((r) => r.type === 'leads' && r.direction === 'in');
  if (kind === 'person' || kind === 'event' || !hasAny) return null;
  const leaders = leadersAt(detail, asOf.date);
  return (
    <section aria-labelledby="backstory-leaders">
      <h3 id="backstory-leaders">Leaders on {asOfWords(asOf)}</h3>
      {leaders.length ? (
        <ul>
          {leaders.map(({ item, standing }) => (
            <RelationItem key={item.id} relation={item} standing={standing} bare {...related} />
          ))}
        </ul>
      ) : (
        <p class="empty">No leader on record for that date.</p>
      )}
    </section>
  );
}

/** An event's when, where, who and (when the store dates it) how it ended. */
export function EventDetails({ detail, ...related }: SectionProps) {
  if (detail.entity.kind !== 'event') return null;
  const when = describeRange(detail.entity.start, detail.entity.end);
  const participants = participantsOf(detail);
  const outcome = outcomeOf(detail);
  return (
    <section aria-labelledby="backstory-event">
      <h3 id="backstory-event">The event</h3>
      <dl class="event-facts">
        {when && (
          <>
            <dt>When</dt>
            <dd>{when}</dd>
          </>
        )}
        {detail.place && (
          <>
            <dt>Where</dt>
            <dd>
              <RelatedName id={detail.place.id} name={detail.place.name} {...related} />
            </dd>
          </>
        )}
        {participants.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>
              <ul class="inline">
                {participants.map((r) => (
                  <li key={r.id}>
                    <RelatedName id={r.other.id} name={r.other.name} {...related} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {outcome && (
          <>
            <dt>Outcome</dt>
            <dd>
              <span dir="auto">{asText(outcome.text)}</span> <SourceLink fact={outcome} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function EventItem({ item, standing, ...related }: Dated<EventView> & RelatedProps) {
  const when = describeRange(item.start, item.end);
  return (
    <li class={`event standing-${standing}`}>
      {when && <span class="when">{when}</span>}
      <StandingBadge standing={standing} end={item.end} of="event" />
      <RelatedName id={item.id} name={item.name} {...related} />
    </li>
  );
}

const EVENT_HEADINGS: Record<EventView['link'], string> = { place: 'Events here', participant: 'Took part in' };

/** Events that happened at the entity, and events it took part in, read at the card's date. */
export function Events({ detail, asOf, ...related }: SectionProps) {
  const events = datedEvents(detail, asOf.date);
  return (['place', 'participant'] as const).map((link) => {
    const listed = events.filter(({ item }) => item.link === link);
    if (!listed.length) return null;
    return (
      <section key={link} aria-labelledby={`backstory-events-${link}`}>
        <h3 id={`backstory-events-${link}`}>{EVENT_HEADINGS[link]}</h3>
        <ul>
          {listed.map((event) => (
            <EventItem key={event.item.id} {...event} {...related} />
          ))}
        </ul>
      </section>
    );
  });
}
