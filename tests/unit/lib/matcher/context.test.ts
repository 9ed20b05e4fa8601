import { describe, expect, it } from 'vitest';
import { buildMatcher } from '@/lib/matcher';
import { WORLD } from './world-aliases';

const world = buildMatcher(WORLD);
const marks = (text: string): string[] => world.findMentions(text).map((h) => text.slice(h.start, h.end));

describe('a name inside a longer capitalised name of something else', () => {
  it.each([
    ['The Washington Post reported on Monday that talks had stalled.'],
    ['She spoke to Good Morning America about the campaign.'],
    ['Growth in Latin America slowed for the third year.'],
    ['Our North America editor has the details.'],
    ['Bushfires spread across New South Wales this week.'],
    ['The governor of New Mexico signed the bill.'],
    ['Jordan Peterson gave a lecture at the university.'],
    ['A professor at Georgia Tech built the model.'],
    ["Fighters of the Sudan People's Liberation Army crossed the river."],
    ['Oil spilled into the Gulf of Mexico for weeks.'],
    ['Traffic in Mexico City was at a standstill.'],
  ])('leaves the shorter name unmarked in "%s"', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('marks the longer name when it is itself in the dictionary', () => {
    expect(marks('Rents in New York rose again.')).toEqual(['New York']);
  });

  it('keeps a mark whose capitalised neighbour is a title or a role', () => {
    const text =
      'Talks between President Putin, Prime Minister Netanyahu, Chancellor Merkel, Foreign Minister Lavrov, ' +
      'King Salman and Mr Putin went on; General Suleimani was not there.';
    expect(marks(text)).toEqual(['Putin', 'Netanyahu', 'Merkel', 'Lavrov', 'Salman', 'Putin', 'Suleimani']);
  });

  it("keeps a person's surname after a given name the dictionary does not hold", () => {
    expect(marks('Officials said Bibi Netanyahu would travel.')).toEqual(['Netanyahu']);
  });

  it('keeps a mark next to a weekday or a month', () => {
    expect(marks('Officials said Syria Monday that Russia March deliveries would go ahead.')).toEqual([
      'Syria',
      'Russia',
    ]);
  });

  it('keeps a state whose capitalised neighbour is one of its institutions', () => {
    const text =
      'the Syrian Army advanced, the Russian Foreign Ministry said, and the Iranian Government agreed, as did the US Supreme Court.';
    expect(marks(text)).toEqual(['Syrian', 'Russian', 'Iranian', 'US']);
  });

  it('keeps a state whose capitalised neighbour is one of its peoples', () => {
    expect(marks('Leaders of the Syrian Kurds met Russian Christians in Erbil.')).toEqual(['Syrian', 'Russian']);
  });

  it('keeps a place after the name of one of its parts', () => {
    expect(marks('Shelling hit the Province of Aleppo again.')).toEqual(['Aleppo']);
  });

  it('keeps a company whose name is followed by its legal form', () => {
    expect(marks('Officials said Facebook Inc. and Facebook Ltd would appeal.')).toEqual(['Facebook', 'Facebook']);
  });

  it('keeps both of two names side by side', () => {
    expect(marks('the border between Russia Georgia was closed')).toEqual(['Russia', 'Georgia']);
  });

  it('keeps a mark whose neighbour is capitalised only because a sentence starts there', () => {
    expect(marks('In Washington, officials met. Yesterday Washington said nothing.')).toEqual([
      'Washington',
      'Washington',
    ]);
  });

  it('keeps a mark after a capitalised determiner, number or prefix', () => {
    expect(marks('His Syrian counterpart left. Two Russian diplomats stayed. Pro-Russian crowds cheered.')).toEqual([
      'Syrian',
      'Russian',
      'Russian',
    ]);
    expect(marks('Sino-Russian trade grew.')).toEqual(['Russian']);
  });

  it('keeps a mark beside a label in capitals', () => {
    expect(marks('LATEST Russian diplomats leave Syria')).toEqual(['Russian', 'Syria']);
  });

  it('keeps a mark after "of" when the capital before it only starts the line', () => {
    expect(marks('Start of Russian air strikes')).toEqual(['Russian']);
  });

  it('keeps a dateline in capitals before its sentence, joined by a dash or a space', () => {
    expect(marks('WASHINGTON—The administration said on Friday that talks would resume.')).toEqual(['WASHINGTON']);
    expect(marks('WASHINGTON The administration said on Friday that talks would resume.')).toEqual(['WASHINGTON']);
  });

  it('keeps a mark after a direction, which names part of the same place', () => {
    expect(marks('Fighting spread in Northern Syria overnight.')).toEqual(['Syria']);
  });

  it('keeps the marks of a title-case headline, where every word is capitalised', () => {
    expect(marks('Trump Moves to Lift Sudan Sanctions After Talks')).toEqual(['Sudan']);
  });

  it('still leaves a masthead of three words unmarked', () => {
    expect(marks('The Washington Post')).toEqual([]);
  });

  it('leaves German marks standing, though German capitalises every noun', () => {
    const text =
      'Gestern griff Israel Ziele in Syrien an, und die Hauptstadt Damaskus meldete nach Angaben aus Berlin Schäden.';
    expect(marks(text)).toEqual(['Israel', 'Syrien', 'Damaskus', 'Berlin']);
  });

  it('keeps titles in German and in French', () => {
    expect(marks('Das sagte Präsident Putin am Montag.')).toEqual(['Putin']);
    expect(marks('Selon le président Macron, la réunion a eu lieu.')).toEqual(['Macron']);
  });

  it('still leaves a name part that makes a longer name unmarked in German', () => {
    expect(marks('Das berichtete die Washington Post am Montag.')).toEqual([]);
  });
});

describe('names that are also common words', () => {
  it('marks a common-word city only as a capitalised name, not as the word', () => {
    expect(marks('It was a nice day for reading about the turkey and the chad of a ballot.')).toEqual([]);
    expect(marks('The festival in Nice drew crowds, and fans in Reading cheered.')).toEqual(['Nice', 'Reading']);
  });

  it('does not mark a common word whose capital comes only from a sentence start', () => {
    expect(marks('Nice work, everyone. Turkey is on the menu tonight.')).toEqual([]);
  });

  it('marks a common word standing alone on its line, as a tag or a section link does', () => {
    expect(marks('World\nTurkey\n Nice \nSport')).toEqual(['Turkey', 'Nice']);
    expect(marks('Nice!')).toEqual([]);
  });

  it('marks a common-word alias in a script without capitals, where capitals cannot tell', () => {
    const matcher = buildMatcher([{ text: 'نيس', entityId: 'nice', caseSensitive: true, common: true }]);
    expect(matcher.findMentions('نيس مدينة فرنسية').map((h) => h.entityId)).toEqual(['nice']);
  });

  it('does not mark a common word in a title-case headline', () => {
    expect(marks('How to Cook the Perfect Turkey for Christmas')).toEqual([]);
  });

  it('marks a common word in German only after a preposition of place or in a list of other marks', () => {
    const essen = buildMatcher([{ text: 'Essen', entityId: 'essen', caseSensitive: true, common: true }]);
    const text =
      'Die Stimmung sei schon beim Essen gekippt, sagte ein Abgeordneter aus Essen, der nicht genannt werden will.';
    expect(essen.findMentions(text).map((h) => h.start)).toEqual([text.lastIndexOf('Essen')]);
    const china = buildMatcher([
      ...WORLD,
      { text: 'China', entityId: 'country-cn', caseSensitive: true, common: true },
      { text: 'Japan', entityId: 'country-jp', caseSensitive: false },
    ]);
    const forscher = 'Die Forscher kommen aus den USA, aus Russland, China und Japan, sagte sie.';
    expect(china.findMentions(forscher).map((h) => h.entityId)).toEqual(['country-ru', 'country-cn', 'country-jp']);
  });

  it('marks a common name of several words at a sentence start when a later word is capitalised, but not in German', () => {
    const papers = buildMatcher([
      { text: 'Le Monde', entityId: 'le-monde', caseSensitive: true, common: true },
      { text: 'Die Zeit', entityId: 'die-zeit', caseSensitive: true, common: true },
    ]);
    expect(papers.findMentions('Le Monde a révélé l’affaire.').map((h) => h.entityId)).toEqual(['le-monde']);
    expect(papers.findMentions('Die Zeit ist reif, sagte er, und das ist nicht alles.')).toEqual([]);
  });

  it('matches a common word only as written, even when its alias states no case rule', () => {
    const nice = buildMatcher([{ text: 'Nice', entityId: 'nice', caseSensitive: false, common: true }]);
    expect(nice.findMentions('officials in NICE and in nice said').map((h) => h.start)).toEqual([]);
    expect(nice.findMentions('officials in Nice said').map((h) => h.start)).toEqual([13]);
  });

  it('marks a sentence start too when another block of the same page names it mid-sentence', () => {
    const [headline, body] = world.findMentionsInBlocks([
      'Turkey Closes Its Border',
      'Officials in Turkey said the border would close.',
    ]);
    expect(headline!.map((h) => h.entityId)).toEqual(['country-tr']);
    expect(body!.map((h) => h.entityId)).toEqual(['country-tr']);
  });

  it('marks a sentence start too when the page names the same actor by another name', () => {
    const matcher = buildMatcher([...WORLD, { text: 'Turkish', entityId: 'country-tr', caseSensitive: false }]);
    const [first] = matcher.findMentionsInBlocks(['Turkey closed its border.', 'The Turkish army moved in.']);
    expect(first!.map((h) => h.entityId)).toEqual(['country-tr']);
  });

  it('does not mark a sentence start when the page names only another common word mid-sentence', () => {
    const [first] = world.findMentionsInBlocks([
      'Turkey Closes Its Border',
      'Officials in Chad said the border would close.',
    ]);
    expect(first).toEqual([]);
  });
});

describe('acronyms in capitals', () => {
  it('does not mark IS inside an all-caps byline', () => {
    expect(marks('CHRIS UHLMANN IS THE NINE NETWORK POLITICAL EDITOR')).toEqual([]);
  });

  it('does not mark US inside an all-caps headline, and marks it after a colon in ordinary case', () => {
    expect(marks('US STRIKES HIT TARGETS')).toEqual([]);
    expect(marks('BREAKING: US troops crossed the border')).toEqual(['US']);
  });

  it('marks acronyms side by side and an acronym in an ordinary sentence', () => {
    expect(marks('The US UK talks ended, and IS claimed the attack.')).toEqual(['US', 'UK', 'IS']);
  });

  it('still marks a longer name that matches in any case inside an all-caps headline', () => {
    expect(marks('VLADIMIR PUTIN ENVOY SHOT')).toEqual(['VLADIMIR PUTIN']);
    expect(marks('PUTIN ENVOY SHOT')).toEqual(['PUTIN']);
  });
});
