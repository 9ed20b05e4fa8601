import { h, render } from 'preact';
import { ContextCard, type ContextCardProps } from '@/components/card/ContextCard';
import cardCss from '@/components/card/card.css?inline';
import { containKeys, focusables, trapTab } from './focus';
import { ENTER_CARD_HINT, LinkTie } from './link';
import { followAnchor } from './position';
import { NotesFrame } from './notes-frame';

export const HOST_TAG = 'backstory-card-host';

/**
 * A page may define a custom element under our tag and give it a shadow root of its own
 * first, which makes ours impossible to attach (tests/fixtures/hostile-card does). Then the
 * host takes a name the page cannot have guessed.
 */
function createHost(): [HTMLElement, ShadowRoot] {
  try {
    const element = document.createElement(HOST_TAG);
    return [element, element.attachShadow({ mode: 'closed' })];
  } catch {
    const element = document.createElement(`${HOST_TAG}-${crypto.randomUUID().slice(0, 8)}`);
    return [element, element.attachShadow({ mode: 'closed' })];
  }
}

/**
 * The one element Backstory adds to a page. Its card sits in a closed shadow root, so the
 * page's CSS cannot restyle it, and the reader's notes in a frame of the extension's own
 * inside it (notes-frame.ts), so the page's scripts can neither read nor hear them.
 * The host's own few styles are inline and `!important`, the only author styles a page
 * rule cannot beat.
 */
export class CardHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  /** Preact's root: the frame beside it is not Preact's, so no render ever replaces it. */
  private readonly cardRoot = document.createElement('div');
  private notesFrame: NotesFrame | undefined;
  private closeCard: (() => void) | undefined;
  private trapped = false;
  private pinned = false;
  private anchor: Range | undefined;
  private stopFollowing: (() => void) | undefined;
  private readonly tie: LinkTie;

  /** `onNotesShown` hears when the notes frame has painted an entity's notes (for the card's timings). */
  constructor(private readonly onNotesShown: (entityId: string) => void = () => {}) {
    [this.element, this.root] = createHost();
    // A name the page cannot have guessed: the focused link that opened the card refers to it.
    this.element.id = `backstory-card-${crypto.randomUUID().slice(0, 8)}`;
    this.tie = new LinkTie(this.element.id);
    const style = this.element.style;
    const hostStyles = {
      all: 'initial',
      position: 'fixed',
      top: '0',
      left: '0',
      'z-index': '2147483647',
      display: 'none',
    };
    for (const [name, value] of Object.entries(hostStyles)) style.setProperty(name, value, 'important');
    this.element.dataset.state = 'closed';
    const sheet = document.createElement('style');
    sheet.textContent = cardCss;
    this.mount = document.createElement('div');
    this.mount.setAttribute('role', 'dialog');
    this.mount.setAttribute('aria-labelledby', 'backstory-card-title');
    // The card speaks English whatever the page's language; names and notes set their own direction.
    this.mount.setAttribute('lang', 'en');
    this.mount.setAttribute('dir', 'ltr');
    this.mount.className = 'card-shell';
    this.cardRoot.className = 'card-root';
    this.mount.append(this.cardRoot);
    this.root.append(sheet, this.mount);
    trapTab(
      this.root,
      this.mount,
      () => this.trapped,
      () => this.notesFrame?.focus('last'),
    );
    containKeys(this.root);
  }

  get isOpen(): boolean {
    return this.element.dataset.state === 'open';
  }

  /**
   * Opens (or refills) the card beside `anchor`; `trapped` keeps Tab inside it. `link` is the
   * focused link that opened it, left focused: it is tied to the card until the reader enters it.
   */
  show(props: ContextCardProps, anchor: Range, trapped: boolean, link?: Element): void {
    if (!this.element.isConnected) document.documentElement.append(this.element);
    this.element.dataset.entityId = props.entity.id;
    this.element.dataset.state = 'open';
    if (link && !trapped) this.tie.tie(link);
    else this.tie.untie();
    const hint = this.tie.tiedTo ? `, ${ENTER_CARD_HINT}` : '';
    this.element.setAttribute('aria-label', `Backstory card: ${props.entity.name}${hint}`);
    this.element.style.setProperty('display', 'block', 'important');
    this.trapped = trapped;
    this.pinned = props.pinned;
    if (trapped) this.mount.setAttribute('aria-modal', 'true');
    else this.mount.removeAttribute('aria-modal');
    this.closeCard = props.onClose;
    render(h(ContextCard, props), this.cardRoot);
    this.notes().show(props.entity.id, trapped);
    if (anchor !== this.anchor) {
      this.stopFollowing?.();
      this.anchor = anchor;
      this.stopFollowing = followAnchor(anchor, this.element, () => this.pinned || this.containsFocus());
    }
  }

  hide(): void {
    this.tie.untie();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.anchor = undefined;
    this.trapped = false;
    this.element.dataset.state = 'closed';
    this.element.style.setProperty('display', 'none', 'important');
    render(null, this.cardRoot);
  }

  /** Moves keyboard focus to the card itself, so a screen reader announces it by its title. */
  focus(): void {
    this.mount.querySelector<HTMLElement>('.card')?.focus();
  }

  /** Made at the first card the page opens: a page whose names nobody points at gets no frame. */
  private notes(): NotesFrame {
    if (this.notesFrame) return this.notesFrame;
    const frame = new NotesFrame((event) => {
      if (event.type === 'escape') this.closeCard?.();
      else if (event.type === 'shown') this.onNotesShown(event.entityId);
      else this.focusCardEdge(event.direction);
    });
    this.mount.append(frame.element);
    this.notesFrame = frame;
    return frame;
  }

  /** Tab left the notes frame while the card keeps Tab: forward wraps to the card's first control. */
  private focusCardEdge(direction: 'forward' | 'backward'): void {
    const controls = focusables(this.cardRoot);
    (direction === 'forward' ? controls[0] : controls.at(-1))?.focus();
  }

  containsFocus(): boolean {
    return this.root.activeElement !== null;
  }

  destroy(): void {
    this.hide();
    this.element.remove();
  }
}
