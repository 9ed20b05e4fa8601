/**
 * What the content script reads off a page and both the marking and the card stand on: the
 * mentions found in it (ranges in the composed tree) and the clues to the article's date. It sits
 * below `lib/page` and `lib/page/card`, and imports neither, so the two never reach into each other.
 */
export { readArticleInfo, readDateClues } from './article-date';
export {
  compareMentions,
  containsComposed,
  indexByNode,
  shadowRootsAround,
  sortMentions,
  type Mention,
} from './mentions';
