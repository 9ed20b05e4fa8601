import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@/lib/backup';
import { fileSizeProblem, importKindOf, importSentence, tableRows } from '@/entrypoints/options/packs/import-file';

const none = { added: 0, updated: 0, removed: 0, keptReaderEdits: 0 };

function packReport(entities: Partial<typeof none>, aliases: Partial<typeof none> = {}): ImportReport {
  const e = { ...none, ...entities };
  const a = { ...none, ...aliases };
  return {
    kind: 'pack',
    added: e.added + a.added,
    updated: e.updated + a.updated,
    removed: e.removed + a.removed,
    keptReaderEdits: e.keptReaderEdits + a.keptReaderEdits,
    byTable: { entities: e, aliases: a },
  };
}

describe('choosing a file to import', () => {
  it('refuses a file over 50 MB before reading it, naming its size', () => {
    expect(fileSizeProblem('syria.json', 60 * 1024 * 1024)).toBe(
      '“syria.json” is 60 MB; Backstory imports files up to 50 MB',
    );
    expect(fileSizeProblem('syria.json', 50 * 1024 * 1024)).toBeUndefined();
  });

  it('reads a .csv as an actor list, a backup by its format key, and any other JSON as a pack', () => {
    expect(importKindOf('actors.CSV', '{"format": "backstory-backup"}')).toBe('csv');
    expect(importKindOf('store.json', '{\n  "format": "backstory-backup",\n  "formatVersion": 1')).toBe('backup');
    expect(importKindOf('astana.json', '{"format":"backstory-pack"}')).toBe('pack');
    expect(importKindOf('broken.json', '{"format": ')).toBe('pack');
  });
});

describe('what an import says it will do', () => {
  it('counts in entities: "Adds 120 entities, updates 5, leaves your 3 edited entities alone"', () => {
    const report = packReport({ added: 120, updated: 5, keptReaderEdits: 3 }, { added: 400 });
    expect(importSentence(report, 'preview')).toBe(
      'Adds 120 entities, updates 5, leaves your 3 edited entities alone.',
    );
    expect(importSentence(report, 'done')).toBe('Added 120 entities, updated 5, left your 3 edited entities alone.');
  });

  it('says what a backup would remove and that it replaces the settings', () => {
    const report: ImportReport = {
      ...packReport({ added: 1, removed: 2, keptReaderEdits: 1 }),
      kind: 'backup',
      settingsChanged: true,
    };
    expect(importSentence(report, 'preview')).toBe(
      'Adds 1 entity, updates 0, removes 2, leaves your 1 entity that is newer alone. Replaces your settings with the file’s.',
    );
  });

  it('says an export coming back is already in the store rather than that it adds it', () => {
    const report: ImportReport = { ...packReport({}), alreadyInStore: 3 };
    expect(importSentence(report, 'preview')).toBe('3 entities are already in your store, adds 0 entities, updates 0.');
    expect(importSentence(report, 'done')).toBe('3 entities were already in your store, added 0 entities, updated 0.');
  });

  it('lists only the kinds of record the import touches', () => {
    expect(tableRows(packReport({ added: 2 })).map((row) => row.table)).toEqual(['entities']);
  });
});
