import { h, render } from 'preact';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { ContextCard, type ContextCardProps } from '@/components/card/ContextCard';
import cardCss from '@/components/card/card.css?inline';

export const HOST_TAG = 'backstory-card-host';

/**
 * The one element Backstory adds to a page. Its card sits in a closed shadow root, so the
 * page's scripts cannot read a reader's notes and the page's CSS cannot restyle the card.
 * The host's own few styles are inline and `!important`, the only author styles a page
 * rule cannot beat.
 */
export class CardHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;

  constructor() {
    this.element = document.createElement(HOST_TAG);
    const style = this.element.style;
    const hostStyles = { all: 'initial', position: 'fixed', top: '0', left: '0', 'z-index': '2147483647', display: 'none' };
    for (const [name, value] of Object.entries(hostStyles)) style.setProperty(name, value, 'important');
    this.element.dataset.state = 'closed';
    this.root = this.element.attachShadow({ mode: 'closed' });
    const sheet = document.createElement('style');
    sheet.textContent = cardCss;
    this.mount = document.createElement('div');
    this.mount.setAttribute('role', 'dialog');
    this.mount.setAttribute('aria-labelledby', 'backstory-card-title');
    this.root.append(sheet, this.mount);
  }

  get isOpen(): boolean {
    return this.element.dataset.state === 'open';
  }

  show(entityId: string, entityName: string, props: ContextCardProps, anchor: Range): void {
    if (!this.element.isConnected) document.documentElement.append(this.element);
    this.element.dataset.entityId = entityId;
    this.element.dataset.state = 'open';
    this.element.setAttribute('aria-label', `Backstory card: ${entityName}`);
    this.element.style.setProperty('display', 'block', 'important');
    render(h(ContextCard, props), this.mount);
    void this.place(anchor);
  }

  update(props: ContextCardProps, anchor: Range): void {
    if (!this.isOpen) return;
    render(h(ContextCard, props), this.mount);
    void this.place(anchor);
  }

  hide(): void {
    this.element.dataset.state = 'closed';
    this.element.style.setProperty('display', 'none', 'important');
    render(null, this.mount);
  }

  /** Moves keyboard focus into the card, for readers who opened it from the keyboard. */
  focus(): void {
    this.mount.querySelector<HTMLElement>('button, a[href]')?.focus();
  }

  containsFocus(): boolean {
    return this.root.activeElement !== null;
  }

  destroy(): void {
    render(null, this.mount);
    this.element.remove();
  }

  private async place(anchor: Range): Promise<void> {
    const { x, y } = await computePosition(anchor, this.element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    this.element.style.setProperty('left', `${x}px`, 'important');
    this.element.style.setProperty('top', `${y}px`, 'important');
  }
}
