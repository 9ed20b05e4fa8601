import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What a corpus page's author says Backstory must and must not mark. `occurrence` counts,
 * from 1, the occurrences of that exact text in the page's visible text in document order.
 */
export interface Gold {
  title: string;
  notes: string;
  mustMark: GoldMention[];
  mustNotMark: GoldTrap[];
}

export interface GoldMention {
  text: string;
  entityId: string;
  occurrence: number;
  /** A reader action after which the text exists, e.g. `click #load-more`. */
  after?: string;
}

export interface GoldTrap {
  text: string;
  occurrence: number;
  why: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
const STARTER_PACK = fileURLToPath(new URL('../../lib/packs/starter-pack.json', import.meta.url));

/** Corpus pages that have both their page and their gold, in name order. */
export function corpusPageNames(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(CORPUS_DIR, name, 'index.html')) && existsSync(join(CORPUS_DIR, name, 'gold.json')))
    .sort();
}

export function readGold(name: string): Gold {
  return JSON.parse(readFileSync(join(CORPUS_DIR, name, 'gold.json'), 'utf8')) as Gold;
}

/** The kind of a gold entity id (`starter:<id>`) in the bundled starter pack. */
export function starterKinds(): Map<string, string> {
  const pack = JSON.parse(readFileSync(STARTER_PACK, 'utf8')) as { id: string; entities: { id: string; kind: string }[] };
  return new Map(pack.entities.map((entity) => [`${pack.id}:${entity.id}`, entity.kind]));
}
