import type { Run } from './runs';
import { germanStem, hasGermanNounEnding, hasGermanPluralEnding, isGermanAdjective, isGermanDeterminer } from './words';

/**
 * German capitalises every noun, so a capital says little there. A single word is a name
 * only if no article ever stands before it (nor before another form of it: "die Flüchtlinge",
 * "den Flüchtlingen") and it has no common noun's ending; a longer name may not end on such
 * a noun ("Tausende Menschen"). An article can also be a relative pronoun ("den Mugabe
 * entlassen hatte"), so a longer name is judged by its ending alone.
 */
export class GermanNouns {
  /** Stems of the words seen after an article. */
  private readonly stems = new Set<string>();

  /**
   * Notes the noun after an article, and drops a noun that stands before a name: "seine
   * Ehefrau Grace Mugabe", "in zwanzig Jahren Politik" (a plural, with no article).
   */
  read(run: Run): Run {
    const [first, ...rest] = run.words;
    if (!first) return run;
    const afterArticle = isGermanDeterminer(run.before);
    if (afterArticle) this.stems.add(germanStem(first));
    const noun = afterArticle ? !isGermanAdjective(first) : hasGermanPluralEnding(first);
    if (rest.length === 0 || !noun) return run;
    return { ...run, words: rest, opensSentence: false, before: first.toLowerCase() };
  }

  /** A surname may end like a plural ("von der Leyen", "Frederiksen"): only a single word is judged by that. */
  isNoun(word: string, alone: boolean): boolean {
    if (!alone) return hasGermanNounEnding(word);
    return hasGermanNounEnding(word) || hasGermanPluralEnding(word) || this.stems.has(germanStem(word));
  }
}
