/**
 * When an article was published, from the clues its page holds. Pure: the content script
 * reads the clues (lib/page/reading/article-date.ts) and the background decides, so the date
 * parsing in four languages is not carried into every page.
 */
export { dateFromText, findDayInText, type DayInText } from './date-text';
export { datePublished, toPartialDate, type ArticleDating, type DateClues } from './published';
