import { askBackground, type PageEntity } from '@/lib/messaging';
import type { EntityDetail } from '@/lib/store';
import { CardHost } from './card-host';
import type { Mention } from './mentions';

export interface CardContext {
  /** Entities mentioned on this page. */
  onPage(): ReadonlySet<string>;
  /** Moves to the first mention of an entity and opens its card (for "on this page" relations). */
  reveal(entityId: string): void;
}

/**
 * Opens, fills and closes the one context card. Details are fetched from the background
 * once per entity and kept until the store changes, so a second hover paints at once.
 */
export class CardController {
  readonly host = new CardHost();
  private current: { mention: Mention; detail?: EntityDetail; error?: string } | undefined;
  private readonly details = new Map<string, EntityDetail>();
  private returnFocus: HTMLElement | undefined;

  constructor(private readonly context: CardContext) {}

  get openMention(): Mention | undefined {
    return this.current?.mention;
  }

  async open(mention: Mention, options: { takeFocus: boolean }): Promise<void> {
    if (options.takeFocus && document.activeElement instanceof HTMLElement) this.returnFocus = document.activeElement;
    const entity = mention.entity;
    this.current = { mention, detail: this.details.get(entity.id) };
    this.host.show(entity.id, entity.name, this.props(), mention.range);
    if (!this.current.detail) await this.load(entity);
    if (options.takeFocus && this.current?.mention === mention) this.host.focus();
  }

  close(options: { restoreFocus: boolean } = { restoreFocus: false }): void {
    if (!this.current) return;
    this.current = undefined;
    this.host.hide();
    if (options.restoreFocus) this.returnFocus?.focus();
    this.returnFocus = undefined;
  }

  /** After a store change: forget cached details and refresh the open card in place. */
  async storeChanged(reanchor: (mention: Mention) => Mention | undefined): Promise<void> {
    this.details.clear();
    if (!this.current) return;
    const mention = reanchor(this.current.mention);
    if (!mention) return this.close();
    this.current = { ...this.current, mention };
    await this.load(mention.entity);
  }

  destroy(): void {
    this.host.destroy();
  }

  private async load(entity: PageEntity): Promise<void> {
    const result = await askBackground('entity/get', { id: entity.id });
    if (this.current?.mention.entity.id !== entity.id) return;
    if (result.ok) {
      this.details.set(entity.id, result.value);
      this.current = { mention: this.current.mention, detail: result.value };
    } else {
      this.current = { mention: this.current.mention, error: result.error };
    }
    this.host.update(this.props(), this.current.mention.range);
  }

  private props() {
    return {
      detail: this.current?.detail,
      error: this.current?.error,
      onPage: this.context.onPage(),
      onChooseRelated: (id: string) => this.context.reveal(id),
      onClose: () => this.close({ restoreFocus: true }),
    };
  }
}
