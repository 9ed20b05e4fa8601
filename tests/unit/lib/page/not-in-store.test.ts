import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankNames } from '@/lib/names';
import { findArticleRoots } from '@/lib/page/article-body';
import { articleBlocks } from '@/lib/page/not-in-store';
import { Slicer } from '@/lib/page/slicing';
import { collectText } from '@/lib/page/text-blocks';
import { openPage } from './page-dom';

afterEach(() => vi.unstubAllGlobals());

/** What the content script sends the background for "Not yet in your store", and the language it says. */
async function readArticle(page: string): Promise<{ blocks: string[]; language: string }> {
  const document = openPage(page);
  const slicer = new Slicer();
  const ownHost = document.createElement('div');
  const roots = await findArticleRoots(document, slicer);
  const text = await collectText(roots, { ownHost, slicer });
  return { blocks: await articleBlocks(text, roots, ownHost, slicer), language: document.documentElement.lang };
}

async function topTen(page: string): Promise<string[]> {
  const { blocks, language } = await readArticle(page);
  return rankNames(blocks, language)
    .slice(0, 10)
    .map((name) => name.text);
}

/** Per page we wrote, the names a reader could want a card for (the store's own included: no store here). */
const REAL_NAMES: Record<string, string[]> = {
  'facebook-fine.html': [
    'Facebook',
    'WhatsApp',
    'Margrethe Vestager',
    'European Commission',
    'Mark Zuckerberg',
    'Mountain View',
    'Tomasz Wieczorek',
    'New York',
    'United States',
    'Federal Trade Commission',
    'Jan Koum',
    'Germany',
    'France',
    'Brussels',
  ],
  'netanyahu-beijing.html': [
    'Benjamin Netanyahu',
    'China',
    'Israel',
    'Iran',
    'Beijing',
    'United States',
    'Xi Jinping',
    'Li Keqiang',
    'Ofer Dagan',
    'Haifa',
    'Tnuva',
    'Tel Aviv University',
    'Sara Netanyahu',
    'European Union',
    'Jerusalem',
  ],
  'lebron-sponsor.html': [
    'LeBron James',
    "McDonald's",
    'Blaze Pizza',
    'Maverick Carter',
    'Cleveland Cavaliers',
    'Big Mac',
    'Beats Electronics',
    'Miami Heat',
    'Apple',
    'Nike',
    'Coca-Cola',
    'Samsung',
    'Cleveland',
    'Pasadena',
  ],
  'loi-renseignement-fr.html': [
    'Conseil constitutionnel',
    'Manuel Valls',
    'Bernard Cazeneuve',
    'François Hollande',
    'Quadrature du Net',
    'Cour européenne',
    'Commission nationale',
    'Jean-Marie Delarue',
    'Assemblée nationale',
    'Jean-Jacques Urvoas',
    'Paris',
    'France',
    'Parlement',
  ],
  'mugabe-de.html': [
    'Robert Mugabe',
    'Emmerson Mnangagwa',
    'Simbabwe',
    'Harare',
    'Jacob Mudenda',
    'Grace Mugabe',
    'Afrikanische Union',
    'Morgan Tsvangirai',
    'Constantino Chiwenga',
    'Zanu-PF',
    'Südafrika',
    'London',
  ],
  'ballenas-es.html': [
    'Andrew Lamason',
    'Farewell Spit',
    'Isla Sur de Nueva Zelanda',
    'Departamento de Conservación',
    'Golden Bay',
    'Project Jonah',
    'Nueva Zelanda',
    'Isla Sur',
  ],
};

describe('"Not yet in your store" on news pages we wrote', () => {
  for (const [page, real] of Object.entries(REAL_NAMES)) {
    it(`lists real names first on ${page}: at least 8 of the top 10, or all when fewer`, async () => {
      const top = await topTen(`article-pages/${page}`);
      const wrong = top.filter((name) => !real.includes(name));
      expect(top.length).toBeGreaterThanOrEqual(7);
      expect(wrong.length, `not names: ${wrong.join(', ')}`).toBeLessThanOrEqual(Math.max(0, top.length - 8));
    });
  }

  it('puts the story’s central actor first, though it is a single word', async () => {
    expect((await topTen('article-pages/facebook-fine.html'))[0]).toBe('Facebook');
    expect((await topTen('article-pages/netanyahu-beijing.html'))[0]).toBe('Benjamin Netanyahu');
    expect((await topTen('article-pages/mugabe-de.html'))[0]).toBe('Robert Mugabe');
  });
});

describe('the article text the content script sends', () => {
  it('leaves out the cookie banner, navigation, share bar, advert, newsletter, related stories and footer', async () => {
    const text = (await readArticle('article-pages/facebook-fine.html')).blocks.join('\n');
    for (const furniture of [
      'Accept All',
      "Today's Paper",
      'Share on Twitter',
      'Skip Ad',
      'Subscribe Now',
      'Whole Foods',
      'Privacy Policy',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(text).toContain("Mark Zuckerberg, the company's chief executive");
  });

  it('leaves out a block that is mostly links, inside the article too', async () => {
    const text = (await readArticle('article-pages/loi-renseignement-fr.html')).blocks.join('\n');
    expect(text).not.toContain('Partager sur Facebook');
    expect(text).not.toContain('Boîtes Noires Expliquées');
    expect(text).toContain('Jean-Jacques Urvoas');
  });

  it('leaves out text the page hides from its readers', async () => {
    const page = `<html><body><article>
      <p>Officials in Khartoum welcomed the decision on Friday, calling it a positive step for Sudan.</p>
      <p hidden>Officials in Juba were not consulted, said a spokesman for the government of South Sudan.</p>
      <p aria-hidden="true">Readers also liked: Inside the Long Fight to Lift Sudan Sanctions and more.</p></article></body></html>`;
    expect((await readArticle(page)).blocks).toEqual([
      'Officials in Khartoum welcomed the decision on Friday, calling it a positive step for Sudan.',
    ]);
  });

  it('says the page’s language, for the names to be read in it', async () => {
    expect((await readArticle('article-pages/mugabe-de.html')).language).toBe('de');
  });
});
