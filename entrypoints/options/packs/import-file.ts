import { MAX_IMPORT_BYTES } from '@/lib/backup/input';
import type { ChangeCounts, ImportKind, ImportReport } from '@/lib/backup/report';
import { plural } from '@/components/count-and-time-text';

const MB = 1024 * 1024;

/**
 * Checked before the file is read: a 600 MB file would otherwise be read whole into the
 * page and sent to the background only to be refused there. Worded as the background words it.
 */
export function fileSizeProblem(fileName: string, bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `“${fileName}” is ${Math.ceil(bytes / MB)} MB; Backstory imports files up to ${MAX_IMPORT_BYTES / MB} MB`;
}

/**
 * A CSV is named so; a JSON file says what it is in its first key (a backup starts with
 * `"format": "backstory-backup"`). Anything else is read as a pack, whose checks then say
 * what is wrong with it.
 */
export function importKindOf(fileName: string, text: string): ImportKind {
  if (/\.csv$/i.test(fileName)) return 'csv';
  return /"format"\s*:\s*"backstory-backup"/.test(text.slice(0, 4096)) ? 'backup' : 'pack';
}

type Tense = 'preview' | 'done';

const VERBS: Record<Tense, [string, string, string, string]> = {
  preview: ['Adds', 'updates', 'removes', 'leaves'],
  done: ['Added', 'updated', 'removed', 'left'],
};

/** "Adds 120 entities, updates 5, leaves your 3 edited entities alone": counted in entities, the unit a reader knows. */
export function importSentence(report: ImportReport, tense: Tense): string {
  const counts: ChangeCounts = report.byTable.entities ?? report;
  const [add, update, remove, leave] = VERBS[tense];
  const parts = [
    `${add} ${plural(counts.added, 'entity', 'entities')}`,
    `${update} ${counts.updated.toLocaleString('en')}`,
  ];
  if (counts.removed > 0) parts.push(`${remove} ${counts.removed.toLocaleString('en')}`);
  const kept = counts.keptReaderEdits;
  if (kept > 0) {
    const noun = kept === 1 ? 'entity' : 'entities';
    // A backup's "kept" are the reader's records newer than the file's, not necessarily edited ones.
    const which = report.kind === 'backup' ? `${noun} that ${kept === 1 ? 'is' : 'are'} newer` : `edited ${noun}`;
    parts.push(`${leave} your ${kept.toLocaleString('en')} ${which} alone`);
  }
  const known = report.alreadyInStore ?? 0;
  // An export imported back: the reader hears that the store knows these, not that they are new.
  if (known > 0) {
    const verb = tense === 'preview' ? (known === 1 ? 'is' : 'are') : known === 1 ? 'was' : 'were';
    parts[0] = parts[0]!.toLowerCase();
    parts.unshift(`${plural(known, 'entity', 'entities')} ${verb} already in your store`);
  }
  const settings = report.settingsChanged
    ? tense === 'preview'
      ? ' Replaces your settings with the file’s.'
      : ' Settings replaced.'
    : '';
  return `${parts.join(', ')}.${settings}`;
}

export const TABLE_LABELS: Record<string, string> = {
  entities: 'Entities',
  aliases: 'Aliases',
  facts: 'Facts',
  relations: 'Relations',
  notes: 'Notes',
  packs: 'Packs',
};

/** The per-kind counts under the sentence, only for kinds of record the import touches. */
export function tableRows(report: ImportReport): { table: string; counts: ChangeCounts }[] {
  return Object.entries(report.byTable)
    .filter((entry): entry is [string, ChangeCounts] => entry[1] !== undefined)
    .filter(([, c]) => c.added + c.updated + c.removed + c.keptReaderEdits > 0)
    .map(([table, counts]) => ({ table, counts }));
}
