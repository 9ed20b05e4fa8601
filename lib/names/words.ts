/**
 * Capitalised words that are not names, by what they are rather than by long lists: the
 * article's own lower-case words (runs.ts) already rule out the function words of any
 * language ("The"/"the", "Selon"/"selon"); these are what that cannot catch.
 */

/** Titles before a name, in the languages news uses ("Prime Minister Theresa May", "Außenminister Maas"). */
const TITLE = new RegExp(
  '^(?:mr|mrs|ms|dr|sir|lord|lady|king|queen|prince|princess|pope|prime|president|secretary|senator|sen|rep|gov|governor' +
    '|general|gen|judge|justice|ambassador|chairman|chief|leader|ayatollah|sheikh|emir|foreign|defen[cs]e|interior|finance' +
    '|deputy|vice|former|supreme|chancellor|premier|m|mme|monsieur|madame|señor|sra|frau|herr' +
    '|\\p{L}*(?:minister|kanzler|präsident|sprecher|sekretär|chef|leiter|direktor|vorsitzende|gründer)(?:in|innen|en|r)?)$',
  'iu',
);

/** English capitalises these mid-sentence; French, Spanish and German write them as ordinary words. */
const CALENDAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;

/**
 * Words that open sentences and often stand before a name ("Selon Manuel Valls", "Laut
 * Merkel"), for when the article happens never to write them in lower case.
 */
const OPENERS = new Set(
  (
    'a an the this that these those he she it its his her they their we our all both each every many most some such' +
    ' as at by if of so to yet once now still even only here there instead later earlier last next' +
    ' according after also although and asked before but despite during for from however in like meanwhile on since then' +
    ' though today under unlike when while with without yesterday' +
    ' le la les un une ce cette ces il elle ils elles' +
    ' alors après aussi avec car chez contre depuis donc lorsque mais malgré pendant pour quand sans selon' +
    ' el los las una este esta' +
    ' ante aunque con contra cuando desde durante mientras para pero según sin tras' +
    ' aber als auch auf bei doch für gegen laut mit nach ohne seit vor wenn wie'
  ).split(' '),
);

export function isOpener(word: string): boolean {
  return OPENERS.has(word.toLowerCase());
}

/** English adjectives of peoples: "Sudanese banks", "Chinese companies", "European regulators". */
const DEMONYM_ENDING = /(?:ese|ian|ean|ish|ican)$/;

export function hasDemonymEnding(word: string): boolean {
  return DEMONYM_ENDING.test(word);
}

export function isTitle(word: string): boolean {
  return TITLE.test(word.replace(/\.$/, ''));
}

export function isCalendarWord(word: string): boolean {
  return CALENDAR.test(word.replace(/\.$/, ''));
}

/** German articles and determiners, and prepositions fused with one ("im", "zum"): a noun follows them. */
const GERMAN_DETERMINER =
  /^(?:d(?:er|ie|as|en|em|es)|(?:k?ein|sein|ihr|unser|dies|jed|manch|welch)(?:e[mnrs]?)?|im|am|zum|zur|vom|beim|ins|ans|aufs)$/;

/** Endings only common nouns take: "Regierung", "Freiheit", "Sanktionen", "Mädchen". */
const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|chen|tum)(?:en|e|n|s|se)?$/;

export function isGermanDeterminer(word: string | null): boolean {
  return word !== null && GERMAN_DETERMINER.test(word);
}

/** Plural and dative endings ("Jahren", "Menschen", "Wahlen"): names do not decline so. */
export function hasGermanPluralEnding(word: string): boolean {
  return /(?:en|ern)$/.test(word);
}

export function hasGermanNounEnding(word: string): boolean {
  return GERMAN_NOUN_ENDING.test(word);
}

/** "die Europäische Union", "der Deutschen Bank": an adjective after the article is part of the name. */
export function isGermanAdjective(word: string): boolean {
  return /(?:sch|ische?|te|e[mnrs])$/.test(word);
}

/** A word without its German case and plural endings, so "Flüchtlinge" and "den Flüchtlingen" meet. */
export function germanStem(word: string): string {
  return word.replace(/(?:en|er|es|e|n|s)$/, '');
}
