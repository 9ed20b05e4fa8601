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
  /**
   * Mentions a reader could take either way (a section link "US", "Milwaukee" in "Milwaukee
   * Bucks"): a mark there is neither a true nor a false positive.
   */
  ambiguous?: GoldAmbiguity[];
  /** What "Not yet in your store" should and should not offer for the page (everyday corpus). */
  suggestions?: GoldSuggestions;
  /**
   * The article's publication day ("2015-06-26"), or null when the page does not tell it and the
   * card should say it is unsure; absent when the gold does not judge the date.
   */
  published?: string | null;
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
  /** The kind of trap ("inside-longer-name", "common-word"...), so false marks can be counted by kind. */
  category?: string;
}

export interface GoldAmbiguity {
  text: string;
  occurrence: number;
  why: string;
}

export interface GoldSuggestions {
  /** Names a reader would add, that no pack has: people, companies, places. */
  good: string[];
  /** What a reader would never add: page furniture, headline fragments, cut names. */
  bad: string[];
}

/** A folder of pages, each with its `index.html` and `gold.json`. */
export interface Corpus {
  /** Its folder in tests/fixtures, which is also its path on the fixtures' server. */
  folder: string;
  dir: string;
}

const corpusIn = (folder: string): Corpus => ({
  folder,
  dir: fileURLToPath(new URL(`../fixtures/${folder}`, import.meta.url)),
});

/** The Syria pages the starter pack was written for. */
export const SYRIA_CORPUS = corpusIn('corpus');
/** Everyday news from everywhere, in four languages. */
export const EVERYDAY_CORPUS = corpusIn('everyday');
export const CORPORA: Corpus[] = [SYRIA_CORPUS, EVERYDAY_CORPUS];

/** A corpus's pages that have both their page and their gold, in name order. */
export function corpusPageNames(corpus: Corpus = SYRIA_CORPUS): string[] {
  return readdirSync(corpus.dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter(
      (name) => existsSync(join(corpus.dir, name, 'index.html')) && existsSync(join(corpus.dir, name, 'gold.json')),
    )
    .sort();
}

export function readGold(name: string, corpus: Corpus = SYRIA_CORPUS): Gold {
  return JSON.parse(readFileSync(join(corpus.dir, name, 'gold.json'), 'utf8')) as Gold;
}
