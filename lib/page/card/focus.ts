const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select, iframe, [tabindex]:not([tabindex="-1"])';

export function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
}

/**
 * While `trapped()` holds, Tab and Shift+Tab cycle inside the card: a reader who opened it
 * from the keyboard stays in it until Escape or the close button gives focus back.
 */
export function trapTab(
  root: ShadowRoot,
  container: HTMLElement,
  trapped: () => boolean,
  enterFrameAtEnd: () => void,
): void {
  root.addEventListener('keydown', (event: Event) => {
    if (!(event instanceof KeyboardEvent) || event.key !== 'Tab' || !trapped()) return;
    const all = focusables(container);
    const first = all[0];
    const last = all.at(-1);
    const active = root.activeElement;
    if (!first || !last) {
      event.preventDefault();
    } else if (event.shiftKey && (active === first || !all.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
      // Focus on a frame is on its document; Shift+Tab means its last control.
      if (last instanceof HTMLIFrameElement) enterFrameAtEnd();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
}

/**
 * Keys pressed in the card stop at the card's edge: the page's own shortcuts must not fire,
 * and its bubbling listeners should not see the keys. Listeners a page registers for the
 * capture phase on window still see key events, which is why notes are written in the
 * card's extension frame (notes-frame.ts), whose keys never reach the page.
 */
export function containKeys(root: ShadowRoot): void {
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }
}
