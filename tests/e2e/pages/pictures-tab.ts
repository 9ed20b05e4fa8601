import type { Locator, Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The editor's Pictures tab, seen through its roles and names. */
export class PicturesTab {
  readonly panel: Locator;
  readonly graph: Locator;
  readonly timeline: Locator;
  readonly legend: Locator;
  /** The overview's box: a slider over the years. */
  readonly range: Locator;
  readonly scopeNote: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('#panel-pictures');
    this.graph = this.panel.getByRole('group', { name: /^Relation graph/ });
    this.timeline = this.panel.getByRole('group', { name: /^Timeline from/ });
    this.legend = this.panel.locator('.colour-legend');
    this.range = this.panel.getByRole('slider', { name: 'Range shown' });
    this.scopeNote = this.panel.locator('.scope-note');
  }

  /** The graph's actors, once laid out. */
  nodes(): Locator {
    return this.graph.locator('[data-node]');
  }

  lanes(): Locator {
    return this.timeline.getByRole('list');
  }

  async filterYears(from: number, to: number): Promise<void> {
    await this.panel.getByLabel('From year').fill(String(from));
    await this.panel.getByLabel('From year').press('Enter');
    await this.panel.getByLabel('To year').fill(String(to));
    await this.panel.getByLabel('To year').press('Enter');
  }

  /** The year labels along the timeline's axis, as numbers. */
  async axisYears(): Promise<number[]> {
    const labels = await this.timeline.locator('.axis text').allTextContents();
    return labels.map((l) => Number(/\d{4}/.exec(l)?.[0]));
  }

  /** Bounding boxes of the names drawn beside the graph's nodes. */
  async labelBoxes(): Promise<(Box & { name: string })[]> {
    return this.graph.locator('.node text').evaluateAll((texts) =>
      texts.map((t) => {
        const r = t.getBoundingClientRect();
        return { name: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  }

  /** What has focus: its accessible name as the page gives it (aria-label or text). */
  async focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      return active?.getAttribute('aria-label') ?? active?.textContent ?? '';
    });
  }

  /**
   * Tabs from the tab strip through the whole panel and back out, and answers every element
   * focus stopped on inside it: the reader's count of Tab stops.
   */
  async tabStops(limit = 400): Promise<string[]> {
    await this.page.getByRole('tab', { name: 'Pictures' }).focus();
    const stops: string[] = [];
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const where = await this.page.evaluate(() => {
        const active = document.activeElement;
        if (!active || !document.querySelector('#panel-pictures')?.contains(active)) return null;
        return `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.getAttribute('name') ?? active.textContent?.slice(0, 40) ?? ''}`;
      });
      if (where === null) {
        if (stops.length) break;
        continue;
      }
      stops.push(where);
    }
    return stops;
  }
}

export function overlapping(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    a.x + tolerance < b.x + b.width &&
    b.x + tolerance < a.x + a.width &&
    a.y + tolerance < b.y + b.height &&
    b.y + tolerance < a.y + a.height
  );
}
