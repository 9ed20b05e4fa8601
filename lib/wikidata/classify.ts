import { ACTOR_CLASSES, KIND_PRECEDENCE, NOT_ACTOR_CLASSES } from './classes';
import type { WikidataItem } from './item';
import type { ClassRule, Dropped } from './types';

/**
 * What an item is, from its classes (P31): an actor or event kind, or why it is none. A class item
 * (one with P279, "subclass of") is a kind of thing, not a thing, and so is dropped like a position.
 */
export function classify(item: WikidataItem, extra: Readonly<Record<string, ClassRule>> = {}): ClassRule | Dropped {
  const classes = (item.statements.P31 ?? []).map((statement) => statement.value);
  const drop = (reason: Dropped['reason'], detail: string): Dropped => ({ ok: false, id: item.id, reason, detail });
  if (item.statements.P279) return drop('class', `subclass of ${item.statements.P279[0]!.value}`);
  const notActor = classes.find((id) => NOT_ACTOR_CLASSES[id]);
  if (notActor) return drop(NOT_ACTOR_CLASSES[notActor]!, `instance of ${notActor}`);
  const rules = classes.flatMap((id) => {
    const rule = extra[id] ?? ACTOR_CLASSES[id];
    return rule ? [rule] : [];
  });
  const rank = (rule: ClassRule) => KIND_PRECEDENCE.indexOf(rule.kind);
  const best = rules.reduce<ClassRule | undefined>(
    (kept, rule) => (!kept || rank(rule) < rank(kept) ? rule : kept),
    undefined,
  );
  if (!best) {
    return drop(
      'unknown-class',
      classes.length ? `instance of ${classes.slice(0, 3).join(', ')}` : 'no instance of (P31)',
    );
  }
  const eventType = best.kind === 'event' ? rules.find((rule) => rule.eventType)?.eventType : undefined;
  return eventType ? { kind: best.kind, eventType } : { kind: best.kind };
}
