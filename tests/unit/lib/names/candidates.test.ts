import { describe, expect, it } from 'vitest';
import { isRunningText, rankNames } from '@/lib/names';

const names = (blocks: string[], language = 'en') => rankNames(blocks, language).map((name) => name.text);

describe('names an article uses', () => {
  it('keeps names whole: LeBron James, McDonald’s, Omar al-Bashir, von der Leyen, de Gaulle, George W. Bush, Hale & Morrow', () => {
    expect(
      names([
        'LeBron James left McDonald’s after twelve years, and McDonald’s said it wished him well.',
        'Officials said President Omar al-Bashir had met Ursula von der Leyen, who quoted Charles de Gaulle.',
        'The speech was compared with one George W. Bush gave in 2002, said a lawyer at Hale & Morrow.',
      ]),
    ).toEqual([
      'McDonald’s',
      'LeBron James',
      'Omar al-Bashir',
      'Ursula von der Leyen',
      'Charles de Gaulle',
      'George W. Bush',
      'Hale & Morrow',
    ]);
  });

  it('lists a single word that recurs inside sentences, and not one named once or only at sentence starts', () => {
    expect(
      names([
        'The sanctions on Sudan will be lifted, officials said, and Facebook said it would not comment.',
        'Sudan welcomed the step. Diplomats say Sudan changed. Facebook users were told nothing. Analysts doubt it.',
        'Analysts expect more. Khartoum was quiet.',
      ]),
    ).toEqual(['Sudan', 'Facebook']);
  });

  it('cuts sentence openers, titles and weekdays off a name', () => {
    expect(
      names([
        'On Monday Prime Minister Theresa May met Foreign Secretary Boris Johnson. Selon Pierre Martin, it went well. The minister said on Monday that the talks were over.',
      ]),
    ).toEqual(['Theresa May', 'Boris Johnson', 'Pierre Martin']);
  });

  it('counts a surname alone for the full name named before it', () => {
    expect(
      rankNames(
        [
          'Prime Minister Benjamin Netanyahu flew to Beijing. Netanyahu met officials, and Mr. Netanyahu thanked them.',
          'His wife, Sara Netanyahu, joined him. Critics said Netanyahu had given little away.',
        ],
        'en',
      ),
    ).toEqual([
      { text: 'Benjamin Netanyahu', count: 4 },
      { text: 'Sara Netanyahu', count: 1 },
    ]);
  });

  it('does not count a country for a longer place named after it: Sudan is not South Sudan', () => {
    expect(
      rankNames(
        [
          'The United States will lift sanctions on Sudan, and officials in Sudan welcomed it.',
          'The country lost most of its oil when South Sudan became independent.',
        ],
        'en',
      ),
    ).toEqual([
      { text: 'Sudan', count: 2 },
      { text: 'United States', count: 1 },
      { text: 'South Sudan', count: 1 },
    ]);
  });

  it('does not list a word the article also writes in lower case, nor a people’s adjective before a noun', () => {
    expect(
      names([
        'Officials said the Police had been warned, and the police said Sudanese banks and Sudanese traders were told.',
        'The Police report came later; Sudanese officials declined to comment.',
      ]),
    ).toEqual([]);
  });

  it('takes "’s" for a possessive unless the name is never written without it', () => {
    expect(names(['Sudan’s economy shrank while Sudan’s neighbours grew. Trade with Sudan fell.'])).toEqual(['Sudan']);
  });

  it('ranks the most mentioned first, and the first mentioned first among equals', () => {
    expect(
      rankNames(['Talks between Emmanuel Macron and Angela Merkel, then Angela Merkel and Mark Rutte.'], 'en'),
    ).toEqual([
      { text: 'Angela Merkel', count: 2 },
      { text: 'Emmanuel Macron', count: 1 },
      { text: 'Mark Rutte', count: 1 },
    ]);
  });
});

describe('names in the page’s language', () => {
  it('in German, lists names and no common nouns, though German capitalises them all', () => {
    expect(
      names(
        [
          'Die Regierung in Berlin hat die Sanktionen kritisiert. Die Flüchtlinge kamen mit den Flüchtlingen aus Jahren der Not.',
          'Seine Ehefrau Grace Mugabe sagte, Tausende Menschen hätten der Regierung vertraut. Menschen feierten, sagte Mugabe.',
          'Nach Jahren in Harare sagte Mugabe, Harare sei sicher. Berlin schwieg.',
        ],
        'de',
      ),
    ).toEqual(['Grace Mugabe', 'Berlin', 'Harare']);
  });

  it('in German, keeps "von der Leyen" and an adjective after the article ("die Europäische Union")', () => {
    expect(
      names(['Kommissionschefin Ursula von der Leyen sprach für die Europäische Union in Brüssel.'], 'de'),
    ).toEqual(['Ursula von der Leyen', 'Europäische Union']);
  });

  it('reads a page without a lang attribute as German when its words are', () => {
    expect(
      names(['Die Regierung sagte, die Regierung und der Präsident seien nicht einig.', 'Die Regierung schwieg.'], ''),
    ).toEqual([]);
  });

  it('in French, keeps an institution with its lower-case adjective', () => {
    expect(
      names(
        [
          'Le Conseil constitutionnel a validé la loi. Selon Manuel Valls, le Conseil constitutionnel a tranché, et l’Assemblée nationale suivra.',
          'La Communauté économique des Etats de l’Afrique de l’Ouest et les Nations unies ont salué la Côte d’Ivoire.',
        ],
        'fr',
      ),
    ).toEqual([
      'Conseil constitutionnel',
      'Manuel Valls',
      'Assemblée nationale',
      'Communauté économique des Etats de l’Afrique de l’Ouest',
      'Nations unies',
      'Côte d’Ivoire',
    ]);
  });

  it('in French, counts "M. Cazeneuve" for Bernard Cazeneuve', () => {
    expect(
      rankNames(['Le ministre Bernard Cazeneuve a parlé. M. Cazeneuve a ajouté que la loi protège.'], 'fr'),
    ).toEqual([{ text: 'Bernard Cazeneuve', count: 2 }]);
  });

  it('in Spanish, drops the sentence’s opening word before a name', () => {
    expect(
      names(['Según Andrew Lamason, las ballenas volvieron a Farewell Spit. Tras Farewell Spit, nada.'], 'es'),
    ).toEqual(['Farewell Spit', 'Andrew Lamason']);
  });
});

describe('running text and headlines', () => {
  it('tells a sentence from a title-case headline or a label', () => {
    expect(isRunningText('The Trump administration said on Friday that it would lift sanctions on Sudan.', false)).toBe(
      true,
    );
    expect(isRunningText('Trump Administration to Lift Sudan Sanctions', false)).toBe(false);
    expect(isRunningText('Today’s Paper', false)).toBe(false);
    expect(isRunningText('By Jane Doe, Khartoum Correspondent', false)).toBe(false);
    expect(isRunningText('— Leila Farhadi, researcher on Gulf and Levant security', false)).toBe(true);
  });

  it('in German, takes a sentence with capitalised nouns for running text', () => {
    expect(isRunningText('Die Regierung in Khartum hat die Sanktionen der Vereinigten Staaten kritisiert.', true)).toBe(
      true,
    );
    expect(isRunningText('Regierung Kritisiert Sanktionen', true)).toBe(false);
  });

  it('takes no names from a headline', () => {
    expect(names(['Inside the Long Fight to Lift Sudan Sanctions', 'Skip Ad', 'Privacy Policy'])).toEqual([]);
  });
});
