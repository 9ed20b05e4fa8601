/** The key that moves focus from a linked name into its open card (GitHub's hovercards use the same). */
export const ENTER_CARD_KEY = { altKey: true, key: 'ArrowUp' } as const;
export const ENTER_CARD_HINT = 'Alt+Up enters it';

export function isEnterCardKey(event: KeyboardEvent): boolean {
  return event.altKey === ENTER_CARD_KEY.altKey && event.key === ENTER_CARD_KEY.key && !event.ctrlKey && !event.metaKey;
}

const TIE_ATTRIBUTES = ['aria-describedby', 'aria-details'] as const;

/**
 * Ties the card to the focused link that opened it: the link is described by the card's host
 * (whose label names the entity and the key into the card) and points at it as its details,
 * so a screen reader announces the card with the link. The only change Backstory makes to a
 * page's own elements, and it is undone, attribute values and all, when the card closes.
 */
export class LinkTie {
  private link: Element | undefined;
  private readonly before = new Map<string, string | null>();

  constructor(private readonly hostId: string) {}

  get tiedTo(): Element | undefined {
    return this.link;
  }

  tie(link: Element): void {
    if (link === this.link) return;
    this.untie();
    this.link = link;
    for (const name of TIE_ATTRIBUTES) {
      const old = link.getAttribute(name);
      this.before.set(name, old);
      const ids = (old ?? '').split(/\s+/).filter((id) => id && id !== this.hostId);
      link.setAttribute(name, name === 'aria-details' ? this.hostId : [...ids, this.hostId].join(' '));
    }
  }

  untie(): void {
    const link = this.link;
    if (!link) return;
    for (const name of TIE_ATTRIBUTES) {
      const old = this.before.get(name);
      if (old === null || old === undefined) link.removeAttribute(name);
      else link.setAttribute(name, old);
    }
    this.before.clear();
    this.link = undefined;
  }
}
