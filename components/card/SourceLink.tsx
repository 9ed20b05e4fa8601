import { isWebUrl } from '@/components/web-url';
import type { FactRecord } from '@/lib/store';
import { asText } from './card-model';

/** "https://www.reuters.com/article/…" → "reuters.com": the site a reader recognises. */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'source';
  }
}

/**
 * A fact's source as a link named by its title ("Palmyra", "Russia, Iran and Turkey agree on
 * Syria ceasefire"), the site after it as plain text: a list of links all called
 * "en.wikipedia.org" tells a screen-reader user, who hears links listed, nothing apart.
 * Without a title the site names the link. Sources are validated on the way in; checking
 * again here keeps a record written some other way inert: a `javascript:` or `data:`
 * address is never a link, only a plain note that the link was left out.
 */
export function SourceLink({ fact }: { fact: FactRecord }) {
  const url = asText(fact.sourceUrl).trim();
  const title = asText(fact.sourceTitle);
  if (!url) return null;
  if (!isWebUrl(url)) {
    return (
      <span class="source unsafe" title="Not a web address, so not shown as a link">
        {title || 'source'} (link not shown)
      </span>
    );
  }
  return (
    <span class="source">
      <a href={url} target="_blank" rel="noreferrer noopener" title={url}>
        {title.trim() || siteName(url)}
      </a>
      {title.trim() && <span class="site"> ({siteName(url)})</span>}
    </span>
  );
}
