import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { RelationGraph, type GraphEntity, type GraphRelation } from '@/components/pictures';

const entities: GraphEntity[] = [
  { id: 'russia', name: 'Russia', kind: 'state' },
  { id: 'syria', name: 'Syria', kind: 'state' },
  { id: 'turkey', name: 'Turkey', kind: 'state' },
  { id: 'putin', name: 'Vladimir Putin', kind: 'person' },
];
const relations: GraphRelation[] = [
  { id: 'r1', fromId: 'russia', toId: 'syria', type: 'ally-of' },
  { id: 'r2', fromId: 'turkey', toId: 'syria', type: 'adversary-of', start: '2011', end: '2024-12-08' },
  { id: 'r3', fromId: 'putin', toId: 'russia', type: 'leads', start: '2012-05-07' },
];
const noop = () => undefined;

describe('the relation graph', () => {
  const html = renderToString(
    <RelationGraph entities={entities} relations={relations} colourBy="kind" onOpen={noop} />,
  );

  it('draws a button for each actor, named with its kind and relation count, with one Tab stop on the hub', () => {
    expect(html.match(/class="node /g)).toHaveLength(4);
    expect(html).toContain('aria-label="Russia, State, 2 relations"');
    expect(html).toContain('aria-label="Vladimir Putin, Person, 1 relation"');
    expect(html.match(/tabindex="0" data-node="[^"]+" role="button"/g)).toEqual([
      'tabindex="0" data-node="russia" role="button"',
    ]);
    expect(html.match(/tabindex="-1" data-node/g)).toHaveLength(3);
  });

  it('draws each relation as a typed line titled with what it says and when', () => {
    expect(html).toMatch(/class="edge ally-of plain"><title>Russia ally of Syria<\/title>/);
    expect(html).toContain('<title>Turkey adversary of Syria (2011 – 8 Dec 2024)</title>');
    expect(html).toContain('<title>Vladimir Putin leads Russia (since 7 May 2012)</title>');
    expect(html).toMatch(/class="edge leads[^"]*">.*?marker-end="url\(#graph-[^)]+-leads\)"/);
  });

  it('offers a filter chip per relation type present, with zoom and fit buttons', () => {
    expect(html.match(/class="chip /g)).toHaveLength(3);
    expect(html).toContain('aria-pressed="true"');
    for (const name of ['Zoom in', 'Zoom out', 'Fit to view']) expect(html).toContain(`aria-label="${name}"`);
  });

  it('keys the colours to kinds, or to alliances when asked', () => {
    expect(html).toContain('Colour by kind');
    const bySide = renderToString(
      <RelationGraph entities={entities} relations={relations} colourBy="side" onOpen={noop} />,
    );
    expect(bySide).toContain('Colour by alliance');
    expect(bySide).toContain('Russia, Syria');
    expect(bySide).toMatch(/class="node kind-state side-0 plain"[^>]*aria-label="Russia/);
    expect(bySide).toMatch(/class="node kind-state side-none plain"[^>]*aria-label="Turkey/);
  });

  it('draws the highlighted actors stronger and the rest faded', () => {
    const marked = renderToString(
      <RelationGraph
        entities={entities}
        relations={relations}
        colourBy="kind"
        highlightIds={new Set(['putin'])}
        onOpen={noop}
      />,
    );
    expect(marked).toMatch(/class="node kind-person marked"/);
    expect(marked).toMatch(/class="node kind-state faded"[^>]*aria-label="Turkey/);
  });

  it('lays a big graph out between frames, and says which actors it left out past 300', () => {
    const many: GraphEntity[] = Array.from({ length: 320 }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'organisation',
    }));
    const links: GraphRelation[] = many
      .slice(1)
      .map((e, i) => ({ id: `l${i}`, fromId: 'a0', toId: e.id, type: 'member-of' }));
    const big = renderToString(<RelationGraph entities={many} relations={links} colourBy="kind" onOpen={noop} />);
    expect(big).toContain('Arranging 300 actors…');
    expect(big).toContain('Showing the 300 most connected of 320 entities.');
  });

  it('says so when there is nothing to draw', () => {
    expect(renderToString(<RelationGraph entities={[]} relations={[]} colourBy="kind" onOpen={noop} />)).toContain(
      'No actors to draw.',
    );
  });
});
