/**
 * Runs of capitalised words in a block of an article's text ("Omar al-Bashir", "LeBron
 * James", "Bank of England"), each with what judging it needs: whether its first word
 * opens a sentence (where every word is capitalised) and the word right before it (in
 * German, an article before a capitalised word makes it a common noun).
 */
export interface Run {
  words: string[];
  opensSentence: boolean;
  /** The word right before the run, lower-cased; null after punctuation or at the block's start. */
  before: string | null;
  /** The "’s" the run ended on, kept apart: "Sudan’s" is Sudan, but "McDonald’s" may be the name. */
  possessive: string;
  /** The "’s" stood before punctuation or the block's end: "at McDonald’s." is a name, not a possessive. */
  possessiveAtEnd: boolean;
  /** A lower-case word follows: "Sudanese banks", "Chinese companies" use an adjective, not a name. */
  followedByWord: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** One name word: "Sudan", "LeBron", "McDonald", "O’Brien", "Okafor-Smith", "al-Bashir". */
const PART = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*`;
const PREFIX = '(?:al|el|ad|ash|as|at|az|bin|ibn|abu|abd)-';
const NAME_WORD = new RegExp(String.raw`^(?:${PREFIX})?(?:\p{Lu}['’])?${PART}(?:-(?:${PREFIX})?${PART})*$`, 'u');
const INITIAL = /^\p{Lu}$/u;
const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;
/** French and Italian elision before a name: "d’Israël", "l’Élysée", "qu’Obama". */
const ELISION = /^(?:[cdjlmnst]|qu)['’](?=\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;

/** Lower-case words that join the parts of one name. */
export const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'of',
  '&',
]);
/** The particles a name may also start with ("von der Leyen said"); French "de" is too common a word for that. */
const LEADING_PARTICLES = new Set(['van', 'von']);
/** A full stop after these continues the name: "Mr. Netanyahu", "George W. Bush", "St. Louis". */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Prof',
  'Jr',
  'Sr',
  'Mt',
  'Mme',
  'Sra',
]);
/** After these a new sentence or quotation starts, and its first capital says nothing. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '…', ':', ';', '"', '“', '„', '«', '(', '—', '–', '-', '•']);

/**
 * French, Spanish and Italian write an institution's adjective in lower case ("Conseil
 * constitutionnel", "Assemblée nationale", "Banco central"): these endings carry it into the name.
 */
const ROMANCE_ADJECTIVE =
  /^(?:\p{Ll}{3,}(?:el|elle|al|ale|ali|aux|éen|éenne|ien|ienne|ain|aine|aise?|ique|aire|iste|ano|ana|ico|ica|ivo|iva|ese)s?|unie?s?|unid[oa]s)$/u;
const MAX_ADJECTIVES = 2;

/** Builds the runs of one block, token by token. */
class RunReader {
  readonly runs: Run[] = [];
  private words: string[] = [];
  private particles: string[] = [];
  private adjectives = 0;
  private opens = true;
  private startsSentence = true;
  private before: string | null = null;
  private previous: string | null = null;

  constructor(private readonly joinAdjectives: boolean) {}

  word(token: string, next: string | undefined): void {
    const bare = token.replace(ELISION, '');
    const name = bare.replace(POSSESSIVE, '');
    // An adjective ends a name, unless a particle carries it on: "Conseil constitutionnel Laurent
    // Fabius" is two names, "Communauté économique des Etats" one.
    if (this.adjectives > 0 && !this.takesAdjective(token) && !PARTICLES.has(token)) this.close(/^\p{Ll}/u.test(token));
    if (NAME_WORD.test(name) || (INITIAL.test(name) && next === '.')) {
      // Inside a name the elision is part of it: "Côte d’Ivoire"; before one, it is the article's: "l’Élysée".
      const word = this.words.length > 0 ? token.slice(0, token.length - (bare.length - name.length)) : name;
      this.addWord(word, next === '.' && (INITIAL.test(name) || ABBREVIATIONS.has(name)) ? '.' : '');
      if (name !== bare) this.close(false, bare.slice(name.length), next === undefined || !/[\p{L}\p{N}]/u.test(next));
    } else if (this.isParticle(token)) {
      this.addParticle(token);
    } else if (this.takesAdjective(token)) {
      this.words.push(token);
      this.adjectives += 1;
    } else {
      this.close(/^\p{Ll}/u.test(token));
    }
    this.previous = token.toLowerCase();
    this.startsSentence = false;
  }

  /** A full stop after an initial or an abbreviation ("U.S.") belongs to it; "&" joins ("Procter & Gamble"); any other mark ends the run. */
  mark(token: string, last: string | undefined): void {
    if (token === '.' && last !== undefined && (last.includes('.') || this.words.at(-1) === `${last}.`)) return;
    if (token === '&' && this.isParticle(token)) {
      this.addParticle(token);
      return;
    }
    this.close(false);
    this.previous = null;
    if (SENTENCE_OPENERS.has(token)) this.startsSentence = true;
    else if (token === ',') this.startsSentence = false;
  }

  close(followedByWord: boolean, possessive = '', possessiveAtEnd = false): void {
    const { words } = this;
    if (words.some((word) => !INITIAL_WITH_STOP.test(word))) {
      this.runs.push({
        words,
        opensSentence: this.opens,
        before: this.before,
        possessive,
        possessiveAtEnd,
        followedByWord,
      });
    }
    this.words = [];
    this.particles = [];
    this.adjectives = 0;
  }

  /** A particle joins two name words ("Omar al-Bashir"), or starts a name ("von der Leyen"). */
  private isParticle(token: string): boolean {
    if (!PARTICLES.has(token) || this.particles.length >= 2) return false;
    return this.words.length > 0 || this.particles.length > 0 || LEADING_PARTICLES.has(token);
  }

  private addParticle(token: string): void {
    if (this.words.length === 0 && this.particles.length === 0) this.start();
    this.particles.push(token);
    this.adjectives = 0;
  }

  private takesAdjective(token: string): boolean {
    return (
      this.joinAdjectives &&
      this.words.length > 0 &&
      this.particles.length === 0 &&
      this.adjectives < MAX_ADJECTIVES &&
      ROMANCE_ADJECTIVE.test(token)
    );
  }

  private start(): void {
    this.opens = this.startsSentence;
    this.before = this.previous;
  }

  private addWord(word: string, stop: string): void {
    if (this.words.length === 0 && this.particles.length === 0) this.start();
    this.words.push(...this.particles, word + stop);
    this.particles = [];
  }
}

export function readRuns(block: string, joinAdjectives = false): Run[] {
  const tokens = block.match(TOKEN) ?? [];
  const reader = new RunReader(joinAdjectives);
  tokens.forEach((token, index) => {
    if (/[\p{L}\p{N}]/u.test(token)) reader.word(token, tokens[index + 1]);
    else reader.mark(token, tokens[index - 1]);
  });
  reader.close(false);
  return reader.runs;
}

/**
 * Every word of a block written all in lower case: a capitalised word the text also writes so
 * is not a name. "al-Bashir" and "iPhone" are not such words.
 */
export function lowerCaseWords(block: string, into: Set<string>): void {
  for (const token of block.match(TOKEN) ?? []) if (/^\p{Ll}/u.test(token) && !/\p{Lu}/u.test(token)) into.add(token);
}
