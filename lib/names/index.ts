/**
 * Names in an article's text that a reader may want to add ("Not yet in your store"). Pure:
 * text in, ranked names out; the background runs it, so the content script carries none of it.
 */
export { isRunningText, rankNames, type NameCount } from './candidates';
