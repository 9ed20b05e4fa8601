import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreAliases } from './dictionary';
import { Prose } from './prose';
import { Random } from './random';

/**
 * Generated news pages of a given amount of text: a site header and navigation, an article
 * with subheads, figures, quotes and "related" asides, then a long comment thread, as a
 * long-read or a live blog with its comments looks. Links and emphasis sit inside the
 * paragraphs, so text is spread over many nodes as on real pages.
 */
export interface BenchPage {
  label: string;
  file: string;
  /** Loads of the extension per measurement: its few-ms figures on the small page are the noisiest. */
  repeats: number;
  /** Names inserted into the page: what every dictionary should mark. */
  mentions: number;
}

export const PAGE_SIZES = [
  { label: '50 KB', chars: 50_000, repeats: 5 },
  { label: '500 KB', chars: 500_000, repeats: 3 },
  { label: '2 MB', chars: 2_000_000, repeats: 3 },
] as const;

const STYLE = `body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:0 auto;padding:0 1rem;color:#222}
nav ul{display:flex;flex-wrap:wrap;gap:.8rem;list-style:none;padding:0}aside{border-left:3px solid #ccc;padding-left:1rem;margin:1.5rem 0}
.comment{border-top:1px solid #eee;padding:.5rem 0}.meta{font-size:.8rem;color:#666}figure{margin:1.5rem 0}`;

const SECTIONS = [
  'World',
  'Africa',
  'Europe',
  'Analysis',
  'Opinion',
  'Business',
  'Science',
  'Culture',
  'Sport',
  'Podcasts',
  'Newsletters',
  'Video',
];

function header(): string {
  const links = SECTIONS.map((s) => `<li><a href="#">${s}</a></li>`).join('');
  return `<header class="site-header"><p class="site-name"><a href="#">The Evening Ledger</a></p><nav aria-label="Sections"><ul>${links}</ul></nav></header>`;
}

function aside(prose: Prose): string {
  const items = Array.from({ length: 4 }, () => `<li><a href="#">${prose.headline()}</a></li>`).join('');
  return `<aside class="related"><h2>Related coverage</h2><ul>${items}</ul></aside>`;
}

function article(prose: Prose, random: Random, budget: number): string {
  const parts = [
    `<h1>${prose.headline()}</h1>`,
    `<p class="standfirst">${prose.paragraph(2).html}</p>`,
    '<p class="byline">By <a href="#">our correspondent</a> <time datetime="2017-01-04">4 January 2017</time></p>',
  ];
  let text = 0;
  for (let n = 1; text < budget; n++) {
    const paragraph = prose.paragraph(2 + random.int(5));
    parts.push(`<p>${paragraph.html}</p>`);
    text += paragraph.text;
    if (n % 9 === 0) parts.push(`<h2>${prose.headline()}</h2>`);
    if (n % 13 === 0) parts.push(aside(prose));
    if (n % 17 === 0)
      parts.push(
        `<figure><div class="photo" role="img" aria-label="Photograph"></div><figcaption>${prose.paragraph(1).html}</figcaption></figure>`,
      );
    if (n % 23 === 0) parts.push(`<blockquote><p>${prose.paragraph(1).html}</p></blockquote>`);
  }
  return `<article class="story">${parts.join('\n')}</article>`;
}

function comments(prose: Prose, random: Random, budget: number): string {
  const parts = ['<h2>Comments</h2>'];
  let text = 0;
  for (let n = 1; text < budget; n++) {
    const body = prose.comment();
    text += body.text;
    parts.push(
      `<div class="comment"><div class="meta"><span class="author">reader${1000 + random.int(9000)}</span> <time>${1 + random.int(23)} hours ago</time></div>` +
        `<p>${body.html}</p><div class="actions"><button type="button">Reply</button> <button type="button">Like (${random.int(90)})</button></div></div>`,
    );
  }
  return `<section class="comments">${parts.join('\n')}</section>`;
}

function footer(): string {
  const links = ['About us', 'Contact', 'Corrections', 'Privacy', 'Terms', 'Advertise', 'Jobs']
    .map((s) => `<a href="#">${s}</a>`)
    .join(' · ');
  return `<footer><p>${links}</p><p>Published by the Evening Ledger. All rights reserved.</p></footer>`;
}

export function generatePage(chars: number, seed: number): { html: string; mentions: number } {
  const random = new Random(seed);
  const prose = new Prose(random, coreAliases());
  const body = [
    header(),
    '<main>',
    article(prose, random, chars * 0.6),
    comments(prose, random, chars * 0.35),
    '</main>',
    footer(),
  ].join('\n');
  const html =
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${prose.headline()} | The Evening Ledger</title>` +
    `<style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
  return { html, mentions: prose.mentions };
}

/** Writes every page size into `folder`, to be served by the static server. */
export async function writePages(folder: string): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  for (const [index, size] of PAGE_SIZES.entries()) {
    const file = `news-${index}.html`;
    const { html, mentions } = generatePage(size.chars, 1000 + index);
    await writeFile(join(folder, file), html);
    pages.push({ label: size.label, file, mentions, repeats: size.repeats });
  }
  return pages;
}
