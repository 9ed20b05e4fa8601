import type { CoreAlias } from './dictionary';
import type { Random } from './random';

/**
 * Sentences for the generated news pages. The prose holds no proper noun, nationality or
 * word that a dictionary name is built from (titles, "Brigade", "Province"...), so the only
 * marks on a page are the names inserted on purpose: every dictionary marks the same ones.
 */
const SENTENCES = [
  'Officials said on Tuesday that the talks would resume after the holiday weekend.',
  'The convoy left before dawn and reached the outskirts of the city by late afternoon.',
  'Residents described long queues for bread and fuel as prices doubled within a week.',
  'Aid workers warned that the winter would be harder than the last one.',
  'Satellite images reviewed by analysts show new trenches along the old road.',
  'The statement did not say how many people had been detained.',
  'Negotiators spent most of the night arguing over the wording of a single paragraph.',
  'Schools in the district have been closed since the shelling began in the spring.',
  'A hospital director said the generators had enough fuel for three more days.',
  'Shopkeepers reopened their stalls as soon as the firing stopped.',
  'The draft agreement, seen by this newspaper, runs to eleven pages.',
  'Diplomats privately concede that the deadline is unlikely to be met.',
  'Farmers in the valley say they have not been able to reach their fields for months.',
  'The road to the border crossing was reopened after engineers cleared the rubble.',
  'Families gathered outside the courthouse waiting for news of relatives.',
  'Prices of cooking gas have risen sharply since the pipeline was damaged.',
  'It was the third such incident this month, according to local monitors.',
  'The electricity came back for two hours in the evening and then failed again.',
  'Several journalists were turned away at the checkpoint without explanation.',
  'Observers expect the vote to be postponed until the security situation improves.',
  'The bridge, rebuilt twice since the war began, was damaged again overnight.',
  'A ceasefire announced last week has largely held in the south.',
  'Teachers have not been paid since the budget was frozen in the autumn.',
  'Water trucks now arrive every other day instead of every day.',
  'The report lists dozens of buildings destroyed in a single afternoon.',
  'Most of the displaced are staying with relatives rather than in camps.',
  'Economists say the currency has lost half its value since the summer.',
  'The talks were described by one participant as slow but serious.',
];

const MENTION_SENTENCES = [
  '{N} told reporters that the plan had not changed.',
  'According to {N}, the convoy was stopped twice on the way.',
  'A spokesman for {N} declined to comment on the reports.',
  '{N} has not responded to repeated requests for comment.',
  'The decision was welcomed by {N} in a brief statement.',
  'Critics of {N} say the promises were never meant to be kept.',
  'In an interview last month, {N} said the talks could take years.',
  'Supporters of {N} gathered in the square after sunset.',
  'Few expected {N} to agree so quickly.',
  'The letter, addressed to {N}, was never answered.',
];

const COMMENTS = [
  'Thank you for this reporting, it is rare to read something this detailed.',
  'I lived there for years and this matches what my family tells me.',
  'Does anyone know whether the border crossing is open this week?',
  'Good article, but the headline is misleading.',
  'This will not end well for anyone involved.',
  'Why is nobody talking about the refugees in the camps?',
];

/** ~1 mention per 40 words, as in a dense news story. */
const WORDS_PER_MENTION = 40;

/** Writes paragraphs of prose with core names sprinkled in, counting what it emits. */
export class Prose {
  mentions = 0;
  private wordsSinceMention = 0;
  private readonly names: CoreAlias[];

  constructor(
    private readonly random: Random,
    names: CoreAlias[],
  ) {
    this.names = names;
  }

  /** One paragraph's inner HTML and the length of its text. */
  paragraph(sentences: number, pool: readonly string[] = SENTENCES): { html: string; text: number } {
    let html = '';
    let text = 0;
    for (let i = 0; i < sentences; i++) {
      const piece = this.sentence(pool);
      html += (i ? ' ' : '') + piece.html;
      text += (i ? 1 : 0) + piece.text;
    }
    return { html, text };
  }

  comment(): { html: string; text: number } {
    return this.paragraph(1 + this.random.int(3), COMMENTS);
  }

  headline(): string {
    return this.random.pick(SENTENCES).replace(/\.$/, '');
  }

  private sentence(pool: readonly string[]): { html: string; text: number } {
    if (this.wordsSinceMention >= WORDS_PER_MENTION * (0.5 + this.random.next())) return this.mention();
    const sentence = this.random.pick(pool);
    this.wordsSinceMention += sentence.split(' ').length;
    // Some sentences carry a link or emphasis that names nobody, as news copy does.
    const roll = this.random.next();
    if (roll < 0.1) return { html: sentence.replace(/^(\S+ \S+ \S+)/, '<a href="#">$1</a>'), text: sentence.length };
    if (roll < 0.15) return { html: sentence.replace(/(\S+ \S+\.)$/, '<em>$1</em>'), text: sentence.length };
    return { html: sentence, text: sentence.length };
  }

  private mention(): { html: string; text: number } {
    const template = this.random.pick(MENTION_SENTENCES);
    const name = this.random.pick(this.names).text;
    this.mentions += 1;
    this.wordsSinceMention = 0;
    const text = template.replace('{N}', name);
    return { html: template.replace('{N}', this.markup(name)), text: text.length };
  }

  /** Names sit in links, emphasis, or split across elements (`<a>First</a> Last`). */
  private markup(name: string): string {
    const roll = this.random.next();
    const space = name.indexOf(' ');
    if (roll < 0.25) return `<a href="#">${name}</a>`;
    if (roll < 0.3) return `<em>${name}</em>`;
    if (roll < 0.35) return `<strong>${name}</strong>`;
    if (roll < 0.4 && space > 0) return `<a href="#">${name.slice(0, space)}</a>${name.slice(space)}`;
    return name;
  }
}
