import { ENTITY_KINDS } from '@/lib/store';
import type { BuiltPack } from './index';
import type { BuildOptions } from './options';

/** What each reason means, for a reader deciding whether the pack left out what they wanted. */
const WHY: Record<string, string> = {
  'few-sitelinks': 'fewer sitelinks than --min-sitelinks',
  duplicate: 'the same item read twice',
  malformed: 'not a Wikidata entity',
  missing: 'an answer saying no such entity',
  'not-an-item': 'a property or lexeme, not an item',
  class: 'a class (it has P279), not an actor',
  position: 'a position or office, not an actor',
  concept: 'a concept, not an actor',
  'wikimedia-page': 'a Wikimedia page (a list, a category, a disambiguation)',
  'unknown-class': 'its P31 names no class Backstory maps',
  'no-label': 'no label in the chosen languages',
};

const n = (count: number) => count.toLocaleString('en');
const MB = 1024 * 1024;

/** The builder's report: what the pack holds per kind, what it left out and why, the files written. */
export function describeBuild(built: BuiltPack, options: BuildOptions): string[] {
  const { pack, tally, files } = built;
  const byKind = ENTITY_KINDS.map(
    (kind) => [kind, pack.entities.filter((entity) => entity.kind === kind).length] as const,
  );
  const droppedTotal = [...tally.dropped.values()].reduce((sum, count) => sum + count, 0);
  const lines = [
    `pack "${pack.id}" v${String(pack.version)}: ${n(pack.entities.length)} entities from ${n(tally.read)} entities read ` +
      `(--min-sitelinks ${String(options.minSitelinks)}, --languages ${options.languages.join(',')}), in ${(built.milliseconds / 1000).toFixed(1)} s`,
    `  kept: ${byKind.map(([kind, count]) => `${kind} ${n(count)}`).join(', ')}`,
    `  dropped ${n(droppedTotal)}:`,
    ...[...tally.dropped.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]) => droppedLine(built, reason, count)),
  ];
  if (tally.unlabelled.size > 0) {
    lines.push(
      `  facts left out: ${n(tally.unlabelled.size)} items the facts name have no label in the input ` +
        `(e.g. ${[...tally.unlabelled].slice(0, 3).join(', ')}); add them to the input to keep those facts`,
    );
  }
  lines.push(
    `  ${n(built.sharedNames)} names are shared by two or more entities (the matcher resolves them from the page)`,
  );
  if (files.length === 1) lines.push(`  wrote ${files[0]!.file} (${(files[0]!.bytes / MB).toFixed(1)} MB)`);
  else {
    lines.push(
      `  over 4 MB: wrote a set of ${String(files.length)} files that import as one pack (choose them all together):`,
    );
    lines.push(
      ...files.map((file) => `    ${file.file} (${n(file.entities)} entities, ${(file.bytes / MB).toFixed(1)} MB)`),
    );
  }
  return lines;
}

function droppedLine({ tally }: BuiltPack, reason: string, count: number): string {
  const why = WHY[reason] ?? reason;
  const kinds =
    reason === 'few-sitelinks'
      ? ` (${[...tally.fewSitelinksByKind.entries()].map(([kind, k]) => `${kind} ${n(k)}`).join(', ')})`
      : '';
  const examples = tally.examples.get(reason) ?? [];
  return `    ${n(count)} ${reason}: ${why}${kinds}${examples.length ? `, e.g. ${examples.join(', ')}` : ''}`;
}
