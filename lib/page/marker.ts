import { isInSkippedSubtree } from './hidden-text';
import { askBackground } from '@/lib/messaging';
import type { PageMarks } from './page-marks';
import { matchText } from './scanner';
import { styleShadowRoot } from './shadow-styles';
import { afterFirstFrame, Slicer } from './slicing';
import { collectText } from './text-blocks';
import { watchDom, type DomWatch } from './dom-watch';
import { partsInView } from './in-view';

/**
 * Keeps the marks in step with the page: a full scan at start, after a store change and
 * after single-page navigation; partial rescans of what changed on live pages. Scans never
 * overlap: a request that arrives during one is folded into the next. A full scan marks
 * what is in view first, then the whole page in the page's idle time.
 */
export class Marker {
  private running: Promise<void> | undefined;
  private fullPending = false;
  private readonly dirty = new Set<Element>();
  private watch: DomWatch | undefined;
  private href = location.href;
  private enabled = false;

  constructor(
    private readonly marks: PageMarks,
    private readonly ownHost: Element,
    private readonly afterScan: () => void,
  ) {}

  start(signal: AbortSignal): void {
    this.watch = watchDom(
      (node) => node === this.ownHost,
      (roots) => this.changed(roots),
      signal,
    );
    // pushState in the page's world is invisible to us, but the Navigation API reports it
    // (Chromium); elsewhere the URL check on each DOM change catches the new article.
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('currententrychange', () => this.changed([]), { signal });
    window.addEventListener('popstate', () => this.changed([]), { signal });
  }

  /** Off (paused, or this site switched off): no scanning at all. Back on: a full scan. */
  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    this.enabled = on;
    this.dirty.clear();
    if (!on) return;
    // A stopped service worker takes tens of ms to start: an empty request wakes it (and
    // its index) while the page is read, rather than after.
    void askBackground('mentions/find', { chunks: [] });
    this.rescanAll();
  }

  rescanAll(): void {
    this.fullPending = true;
    this.kick();
  }

  private changed(roots: Element[]): void {
    // Single-page apps navigate without a load; their new article is a new page to us.
    if (location.href !== this.href) {
      this.href = location.href;
      return this.rescanAll();
    }
    for (const root of roots) this.dirty.add(root);
    this.kick();
  }

  private kick(): void {
    if (!this.enabled) return;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private async drain(): Promise<void> {
    while (this.enabled && (this.fullPending || this.dirty.size)) {
      if (this.fullPending) {
        this.fullPending = false;
        this.dirty.clear();
        await this.scanInView();
        await this.scan([document.body], true);
      } else {
        const roots = [...this.dirty].filter((root) => root.isConnected && !isInSkippedSubtree(root, this.ownHost));
        this.dirty.clear();
        await this.scan(roots, false);
      }
      this.afterScan();
    }
  }

  /** The parts of the page in view, marked ahead of the full scan that follows. */
  private async scanInView(): Promise<void> {
    await afterFirstFrame();
    const parts = partsInView(this.ownHost).filter((part) => !isInSkippedSubtree(part, this.ownHost));
    if (parts.length) await this.scan(parts, false);
  }

  private async scan(roots: Element[], full: boolean): Promise<void> {
    await afterFirstFrame();
    // The rest of the page waits for the page's idle time: what is in view is marked already.
    const slicer = new Slicer({ idle: full });
    const options = {
      ownHost: this.ownHost,
      slicer,
      onShadowRoot: (root: ShadowRoot) => {
        styleShadowRoot(root);
        this.watch?.observe(root);
      },
    };
    const text = await collectText(roots, options);
    const { mentions, entities } = await matchText(text, this.ownHost, slicer);
    if (full) this.marks.replaceAll(mentions, entities);
    else this.marks.replaceWithin(roots, mentions, entities);
    slicer.end();
  }
}
