import type { AsOf, ContextCardProps } from '@/components/card/ContextCard';
import { todayAsPartialDate } from '@/lib/dates';
import { askBackground, type PageEntity } from '@/lib/messaging';
import type { EntityDetail } from '@/lib/store';
import { readArticleInfo } from '../reading';
import { CardHost } from './host';
import { CardTimings } from './timing';
import type { Mention } from '../reading';
import { stopPhraseFor } from './stop-phrase';

export interface CardContext {
  /** Entities mentioned on this page. */
  onPage(): ReadonlySet<string>;
  /** Moves to the first mention of an entity and opens its card (for "on this page" relations). */
  reveal(entityId: string): void;
}

interface OpenCard {
  mention: Mention;
  /** The focused link the card was opened from, which stays focused until the reader enters the card. */
  link?: Element;
  detail?: EntityDetail;
  error?: string;
}

/**
 * Opens, fills and closes the one context card. Details are fetched from the background
 * once per entity and kept until the store changes, so a second hover paints at once.
 */
export class CardController {
  readonly timings = new CardTimings();
  readonly host = new CardHost((entityId) => this.timings.notesShown(entityId));
  private current: OpenCard | undefined;
  private readonly details = new Map<string, EntityDetail>();
  private returnFocus: HTMLElement | undefined;
  private pinned = false;
  private trapped = false;
  /** Focus is being given back after a close: the link it lands on must not reopen the card. */
  private restoringFocus = false;
  private article: { url: string; asOf: AsOf } | undefined;

  constructor(private readonly context: CardContext) {}

  get openMention(): Mention | undefined {
    return this.current?.mention;
  }

  /** Pinned, or the reader is working inside it: the pointer wandering off neither closes nor replaces it. */
  get held(): boolean {
    return this.current !== undefined && (this.pinned || this.host.containsFocus());
  }

  async open(mention: Mention, options: { takeFocus: boolean; link?: Element }): Promise<void> {
    if (options.link && this.restoringFocus) return;
    const askedAt = performance.now();
    this.timings.asked(mention.entity.id, askedAt);
    // A card opened from inside the card ("on this page" relations) keeps the reader's focus.
    const focusWasInCard = this.host.containsFocus();
    if (options.takeFocus && !focusWasInCard && document.activeElement instanceof HTMLElement)
      this.returnFocus = document.activeElement;
    if (this.current?.mention.entity.id !== mention.entity.id) this.pinned = false;
    this.trapped = options.takeFocus || (focusWasInCard && this.trapped);
    const detail = this.details.get(mention.entity.id);
    this.current = { mention, detail, link: options.takeFocus ? undefined : options.link };
    this.render();
    if (options.takeFocus || focusWasInCard) this.host.focus();
    void this.loadAlternatives(mention);
    if (detail) {
      if ((await this.readAsOf()) && this.current?.mention === mention) this.render();
      return this.timings.detailsShown(askedAt, true);
    }
    await this.load(mention.entity);
    if (this.current?.mention === mention && this.current.detail) this.timings.detailsShown(askedAt, false);
  }

  /** The reader asked to enter a card opened from a focused link: it takes focus and keeps Tab, as a stepped-to card does. */
  enter(): void {
    if (!this.current || this.host.containsFocus()) return;
    // The link itself, not the web component a focused link inside an open shadow root retargets to.
    const link = this.current.link ?? document.activeElement;
    if (link instanceof HTMLElement) this.returnFocus = link;
    this.trapped = true;
    this.current = { ...this.current, link: undefined };
    this.render();
    this.host.focus();
  }

  /** The other entities a shared name could mean, read once each so the card can name them. */
  private async loadAlternatives(mention: Mention): Promise<void> {
    const missing = (mention.alternatives ?? []).filter((id) => !this.details.has(id));
    if (!missing.length) return;
    for (const id of missing) {
      const result = await askBackground('entity/get', { id });
      if (result.ok) this.details.set(id, result.value);
    }
    if (this.current?.mention === mention) this.render();
  }

  /** The reader says the shared name means another of its entities: the card shows that one, on the same mark. */
  private chooseAlternative(mention: Mention, id: string): void {
    const chosen = this.details.get(id);
    if (!chosen) return;
    const { entity } = chosen;
    const others = [mention.entity.id, ...(mention.alternatives ?? []).filter((other) => other !== id)];
    void this.open(
      { entity: { id: entity.id, name: entity.name, kind: entity.kind }, range: mention.range, alternatives: others },
      { takeFocus: this.host.containsFocus() },
    );
  }

  close(options: { restoreFocus: boolean } = { restoreFocus: false }): void {
    if (!this.current) return;
    this.current = undefined;
    this.pinned = false;
    this.trapped = false;
    this.host.hide();
    this.restoringFocus = true;
    try {
      if (options.restoreFocus) this.returnFocus?.focus();
    } finally {
      this.restoringFocus = false;
    }
    this.returnFocus = undefined;
  }

  /** The store changed: cached details are stale. The open card reloads at the next re-anchor. */
  forget(): void {
    this.details.clear();
  }

  /** After a scan: the open card follows its mention (or closes if it left the page), reloading if forgotten. */
  async reanchor(find: (mention: Mention) => Mention | undefined): Promise<void> {
    if (!this.current) return;
    const mention = find(this.current.mention);
    if (!mention) return this.close();
    this.current = { ...this.current, mention };
    if (this.details.has(mention.entity.id)) return this.render();
    await this.load(mention.entity);
  }

  destroy(): void {
    this.host.destroy();
  }

  private async load(entity: PageEntity): Promise<void> {
    const [result] = await Promise.all([askBackground('entity/get', { id: entity.id }), this.readAsOf()]);
    if (this.current?.mention.entity.id !== entity.id) return;
    if (result.ok) this.details.set(entity.id, result.value);
    this.current = result.ok
      ? { ...this.current, detail: result.value, error: undefined }
      : { ...this.current, detail: undefined, error: result.error };
    this.render();
  }

  private render(): void {
    if (this.current)
      this.host.show(this.props(this.current), this.current.mention.range, this.trapped, this.current.link);
  }

  private props({ mention, detail, error }: OpenCard): ContextCardProps {
    return {
      entity: mention.entity,
      detail,
      error,
      asOf: this.asOf(),
      onPage: this.context.onPage(),
      pinned: this.pinned,
      reject: { phrase: stopPhraseFor(mention.range), reject: () => this.reject(mention) },
      alternatives: (mention.alternatives ?? []).flatMap((id) => {
        const known = this.details.get(id)?.entity;
        return known ? [{ id: known.id, name: known.name, kind: known.kind }] : [];
      }),
      onChooseAlternative: (id) => this.chooseAlternative(mention, id),
      onChooseRelated: (id) => this.context.reveal(id),
      onTogglePin: () => {
        this.pinned = !this.pinned;
        this.render();
      },
      onClose: () => this.close({ restoreFocus: true }),
    };
  }

  /**
   * Facts are read as of the article's date, asked once per page (a single-page app's new
   * article is a new page) while the card's details load; until it is known, as of today.
   */
  private asOf(): AsOf {
    return this.article?.url === location.href ? this.article.asOf : { date: todayAsPartialDate(), fromArticle: false };
  }

  /** Reads the article's date unless it is known for this page; answers whether it was read. */
  private async readAsOf(): Promise<boolean> {
    const url = location.href;
    if (this.article?.url === url) return false;
    const { published, dateWithoutYear } = await readArticleInfo();
    const asOf = published
      ? { date: published, fromArticle: true }
      : { date: todayAsPartialDate(), fromArticle: false, dateWithoutYear };
    this.article = { url, asOf };
    return true;
  }

  /**
   * The mark is wrong: the background keeps its phrase from being marked, and the store's
   * broadcast re-marks every tab, this one too, so the card closes as its mark goes.
   */
  private async reject(mention: Mention): Promise<string | undefined> {
    const result = await askBackground('mention/reject', {
      entityId: mention.entity.id,
      phrase: stopPhraseFor(mention.range),
    });
    if (!result.ok) return `Not done: ${result.error}`;
    this.close({ restoreFocus: true });
    return undefined;
  }
}
