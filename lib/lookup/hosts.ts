/**
 * The only hosts a look-up reaches, asked for when the reader turns look-ups on (never at install):
 * Wikidata for the items, Wikipedia (in the reader's language) for the summaries.
 */
export const WIKIMEDIA_HOST_PATTERNS = ['https://www.wikidata.org/*', 'https://*.wikipedia.org/*'];

/** What the reader is told before turning look-ups on: what leaves the browser, and to whom. */
export const LOOKUP_DISCLOSURE =
  'When you look a name up, Backstory sends that name and the language of the page (and of your browser) ' +
  'to Wikidata (www.wikidata.org) and, for a summary, to Wikipedia (wikipedia.org), both run by the Wikimedia ' +
  'Foundation. Nothing else is sent: not the page, its address, your store or your notes. ' +
  'Wikidata is CC0; Wikipedia summaries are CC BY-SA and are shown with their link.';
