import { foldTablesFor, foldText } from './fold';
import { letterKey } from './words';

/**
 * The words the context rules know, folded as the matcher folds (so "Präsident" is listed
 * once and found as "Prasident" too). Kept as data apart from the rules, so the choices can
 * be read and argued about on their own. A word list cannot be complete; each list errs
 * towards keeping a mark, since a missing word only costs a mark beside it.
 */

/** Titles and roles before a name ("President Putin", "Kanzlerin Merkel") or after a state ("Russian President"). */
const TITLES = `
  president presidents vice deputy acting former interim prime minister ministers premier chancellor secretary
  secretary-general general gen colonel col lieutenant lt major maj captain capt sergeant sgt admiral marshal
  brigadier commander commanders chief chiefs leader leaders head spokesman spokeswoman spokesperson envoy envoys
  ambassador ambassadors consul diplomat diplomats negotiator adviser advisor aide official officials officer
  governor mayor senator sen rep representative congressman congresswoman speaker lawmaker lawmakers judge justice
  prosecutor attorney commissioner chair chairman chairwoman director ceo founder king queen prince princess
  crown emir sheikh sheik sultan shah tsar czar ayatollah imam cleric pope cardinal archbishop bishop patriarch
  rabbi mr mrs ms miss dr prof professor sir dame lord lady duke mullah supreme
  herr frau präsident präsidentin kanzler kanzlerin ministerin staatschef regierungschef ministerpräsident
  monsieur madame mme président présidente ministre général presidente ministro señor señora sr sra rey reina
`;

/**
 * Words that often start a sentence or stand capitalised before a name without being part
 * of it ("In Washington", "Yesterday Washington said", "Le Caire", "Pro-Russian",
 * "Sino-Russian"): in the languages news comes in. Only function words and prefixes:
 * "Latin" or "New" at a sentence start still block.
 */
const FUNCTION_WORDS = `
  the a an in on at by for from to of with without after before since until during as if when while although
  though because but and or nor so yet then now today yesterday tonight tomorrow meanwhile however also still only
  even both this that these those why how what where who whom whose which like unlike under over against across
  near inside outside within between among despite once last next every each many some most all no not has had
  have is was were will would could should did does do can may might must let here there earlier later finally
  already indeed instead perhaps nearly almost about around through via per including according while whether
  neither either his her its their our my your we they he she it i you one two three four five six seven eight nine
  ten dozens hundreds thousands millions several few such another other any much more less pro anti ex non post pre
  anglo franco sino indo afro euro russo greco austro
  le la les l un une des du de en au aux à dans pour selon mais et ou depuis après avant lors si quand alors hier
  aujourd'hui il elle ils elles on pendant sans sur sous vers chez contre son sa ses leur leurs notre nos votre vos
  el los las una del al con por para según pero y ayer hoy desde tras durante sin sobre entre su sus
  lo gli il nel nella per ma da dopo ieri oggi con tra fra
  der die das ein eine einen im am auch aber und nach seit bei mit von für gestern heute laut wie als in auf aus
  zu zum zur vom dass doch noch schon nun dann sein seine seinen ihr ihre ihren unser unsere
`;

/** Weekdays and months, in English and German where they are capitalised ("Aleppo Monday"). */
const CALENDAR = `
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember
`;

/**
 * Institutions a demonym or a state is the subject of ("Syrian Army", "US Senate", "the
 * Iranian Government"): the mark of the state stays.
 */
const INSTITUTIONS = `
  army armies navy government governments ministry ministries parliament parliaments embassy embassies consulate
  consulates military forces force troops police authorities regime administration cabinet senate congress council
  court courts department office agency agencies guard guards mission delegation constitution election elections
  economy media tv television treasury command border borders airspace territory waters capital leadership
  opposition diplomacy intelligence assembly judiciary legislature organisation organization navy team squad
  nationals citizens
`;

/** The state's own peoples and faiths ("Iraqi Kurds", "Syrian Christians"): still about the state. */
const PEOPLES = `
  kurds kurdish christians christian muslims muslim jews jewish shia shias shiite shiites sunni sunnis arabs arab druze
  alawite alawites armenians catholics catholic protestants orthodox
`;

/** A company's legal form after its name ("Amazon.com Inc.", "Siemens AG"): the same company. */
const COMPANY_FORMS = 'inc corp corporation co ltd llc plc ag sa se nv bv gmbh spa holdings';

/** Parts of a place a name of it may follow in "<part> of <name>" ("Province of Idlib"). */
const PLACE_PARTS = 'province provinces governorate region regions district districts';

/** Words that stand between a state and its institution ("Russian Foreign Ministry", "US Supreme Court"). */
const QUALIFIERS = `
  foreign defence defense interior home armed air naval security national federal central supreme state justice
  finance trade health energy oil economic special secret public high civil education transport labour labor
  information emergency customs immigration atomic nuclear coast prime vice deputy general aerospace
`;

/** Words before a name that make a longer name of another place ("Latin America", "New Mexico"), in any case. */
const NAME_PREFIXES = `
  new north south east west latin upper lower greater little saint st san santa fort port mount lake cape neu nueva
  nuevo nova nouvelle nouveau
`;

/** Words after a name that make a longer name of something else ("Washington Post", "Mexico City"), in any case. */
const NAME_HEADS = `
  post times tech journal herald tribune gazette chronicle street square avenue university college institute airport
  city county park
`;

/** A capitalised adjective of direction names a part of the place, not another place ("Northern Syria"). */
const DIRECTIONS = `
  northern southern eastern western northeastern northwestern southeastern southwestern north-eastern north-western
  south-eastern south-western
`;

/** German compounds end in their role ("Außenminister", "Regierungssprecher"), so the suffix says title. */
const TITLE_SUFFIXES = [
  'minister',
  'ministerin',
  'prasident',
  'prasidentin',
  'kanzler',
  'kanzlerin',
  'sprecher',
  'sprecherin',
  'chef',
  'chefin',
  'botschafter',
  'botschafterin',
];

/** Frequent German words, few of them English ones: two of them near a hit mean German text. */
const GERMAN = `
  der die das und den dem des nicht ist sind mit von auf für ein eine einen einem einer eines sich im zu wird wurde
  werden haben hat sein sei nach bei aus auch dass vom zum zur als über sagte oder aber durch noch nur mehr sie er es
`;

/**
 * German capitalises every noun, so a common-word name ("Essen", "Münster") reads as a place
 * only after a bare preposition of place: "aus Essen", not "beim Essen".
 */
const GERMAN_PLACE_PREPOSITIONS = 'in aus nach von bis nahe';

export interface ContextWords {
  titles: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
  institutions: ReadonlySet<string>;
  peoples: ReadonlySet<string>;
  companyForms: ReadonlySet<string>;
  placeParts: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  namePrefixes: ReadonlySet<string>;
  nameHeads: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  /** As letterKeys: read for the words around many hits, so no string is made for each. */
  german: ReadonlySet<number>;
  germanPlacePrepositions: ReadonlySet<string>;
}

let words: ContextWords | undefined;

/** Folded once, on the first hit that needs them. */
export function contextWords(): ContextWords {
  words ??= {
    titles: folded(TITLES),
    functionWords: folded(FUNCTION_WORDS),
    calendar: folded(CALENDAR),
    institutions: folded(INSTITUTIONS),
    peoples: folded(PEOPLES),
    companyForms: folded(COMPANY_FORMS),
    placeParts: folded(PLACE_PARTS),
    qualifiers: folded(QUALIFIERS),
    namePrefixes: folded(NAME_PREFIXES),
    nameHeads: folded(NAME_HEADS),
    directions: folded(DIRECTIONS),
    // A word no letterKey stands for (too long, not a-z) could never be found, so it is left out.
    german: new Set(
      [...folded(GERMAN)]
        .map((word) => letterKey(word, 0, word.length, foldTablesFor(word).fold))
        .filter((k) => k >= 0),
    ),
    germanPlacePrepositions: folded(GERMAN_PLACE_PREPOSITIONS),
  };
  return words;
}

/** A title by the list or by a German compound's last part. */
export function isTitle(word: string): boolean {
  if (contextWords().titles.has(word)) return true;
  // A loop, not some(): this runs for most capitalised neighbours of most hits.
  for (const suffix of TITLE_SUFFIXES) if (word.length > suffix.length && word.endsWith(suffix)) return true;
  return false;
}

function folded(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(foldText));
}
