import MiniSearch, { type SearchOptions } from 'minisearch';
import { foldText } from '@/lib/matcher';
import type { SearchDocument } from './documents';

const FIELDS = ['name', 'aliases', 'summary', 'facts', 'notes'] as const;

/**
 * Typed words are prefixes of the words wanted ("solei" as the reader types); from four
 * letters on, one typo in five letters is forgiven ("suleimani"). Every word must match
 * somewhere, so a second word narrows the list instead of widening it. A name outranks an
 * alias, which outranks a word buried in a fact or a note.
 */
const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  combineWith: 'AND',
  boost: { name: 4, aliases: 3, summary: 1.5, facts: 1, notes: 1 },
};

/** Folded as the matcher folds page text, so "erdogan" finds Erdoğan and "it's" finds "it’s". */
function processTerm(term: string): string | null {
  const folded = foldText(term).trim();
  return folded === '' ? null : folded;
}

function signature(document: SearchDocument): string {
  return FIELDS.map((field) => document[field]).join('\u0000');
}

export interface IndexChanges {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Full-text search over the reader's whole store, kept in step with it document by document:
 * `update` is given the whole store each time and re-indexes only what differs, so a
 * one-entity edit in a 10,000-entity store costs one document, not a rebuild.
 */
export class EntityIndex {
  private readonly mini = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    processTerm,
    searchOptions: SEARCH_OPTIONS,
  });
  private readonly held = new Map<string, string>();

  get size(): number {
    return this.held.size;
  }

  update(documents: readonly SearchDocument[]): IndexChanges {
    const changes: IndexChanges = { added: 0, changed: 0, removed: 0 };
    const seen = new Set<string>();
    const fresh: SearchDocument[] = [];
    for (const document of documents) {
      seen.add(document.id);
      const next = signature(document);
      const before = this.held.get(document.id);
      if (before === next) continue;
      if (before === undefined) changes.added += 1;
      else {
        this.mini.discard(document.id);
        changes.changed += 1;
      }
      this.held.set(document.id, next);
      fresh.push(document);
    }
    this.mini.addAll(fresh);
    for (const id of [...this.held.keys()].filter((held) => !seen.has(held))) {
      this.mini.discard(id);
      this.held.delete(id);
      changes.removed += 1;
    }
    return changes;
  }

  /** Entity ids, best match first; an empty query finds nothing. */
  search(query: string): string[] {
    if (query.trim() === '') return [];
    return this.mini.search(query).map((result) => result.id as string);
  }
}
