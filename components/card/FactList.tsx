import { describeRange } from '@/lib/dates';
import type { FactRecord } from '@/lib/store';
import { asText, type Dated } from './card-model';
import { SourceLink } from './SourceLink';
import { StandingBadge } from './Standing';

function Fact({ item: fact, standing }: Dated<FactRecord>) {
  const when = describeRange(fact.date, fact.end);
  return (
    <li class={`fact standing-${standing}`}>
      {when && <span class="when">{when}</span>}
      <StandingBadge standing={standing} end={fact.end} />
      <span class="text" dir="auto">
        {asText(fact.text)}
      </span>
      <SourceLink fact={fact} />
    </li>
  );
}

/** Facts in the order they matter on the card's date: what held then, what had ended, what came later. */
export function FactList({ facts, title = 'Facts' }: { facts: Dated<FactRecord>[]; title?: string }) {
  if (!facts.length) return null;
  return (
    <section aria-labelledby="backstory-facts">
      <h3 id="backstory-facts">{title}</h3>
      <ul>
        {facts.map(({ item, standing }) => (
          <Fact key={item.id} item={item} standing={standing} />
        ))}
      </ul>
    </section>
  );
}
