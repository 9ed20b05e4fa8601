import { useMemo, useState } from 'preact/hooks';
import type { RelationType } from '@/lib/store';
import {
  allianceGroups,
  fitView,
  MAX_GRAPH_NODES,
  selectGraph,
  type GraphData,
  type GraphEntity,
  type GraphRelation,
} from '@/lib/pictures';
import { ColourLegend, RelationChips } from './GraphLegend';
import { allianceClass } from './graph-styles';
import { GraphSvg } from './GraphSvg';
import { useGraphLayout } from './use-force-layout';
import { useGraphView } from './use-graph-view';
import { useWidth } from './use-width';
import { ZoomButtons } from './ZoomButtons';

export interface RelationGraphProps {
  entities: readonly GraphEntity[];
  relations: readonly GraphRelation[];
  /** 'side' colours actors by alliance: groups joined by ally-of relations. */
  colourBy: 'kind' | 'side';
  /** Drawn stronger, everything else fainter: the entities the editor has selected or found. */
  highlightIds?: ReadonlySet<string>;
  onOpen: (entityId: string) => void;
  /** Pixels; by default about two-thirds of the width, which suits how the layout spreads. */
  height?: number;
}

function countByType(relations: readonly GraphRelation[]): Map<RelationType, number> {
  const counts = new Map<RelationType, number>();
  for (const r of relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return counts;
}

/** The node Tab lands on first: the most connected, whom the reader most likely came for. */
function hubOf(graph: GraphData): string {
  return graph.nodes.reduce((best, node) => (node.degree > best.degree ? node : best), graph.nodes[0]!).id;
}

/** Actors as nodes and their relations as typed lines, arranged by a force layout. */
export function RelationGraph({
  entities,
  relations,
  colourBy,
  highlightIds,
  onOpen,
  height: fixedHeight,
}: RelationGraphProps) {
  const graph = useMemo(() => selectGraph(entities, relations), [entities, relations]);
  const [hidden, setHidden] = useState<ReadonlySet<RelationType>>(new Set());
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [chosenId, setActiveId] = useState<string | null>(null);
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const height = fixedHeight ?? Math.round(Math.min(640, Math.max(360, width * 0.65)));
  const layout = useGraphLayout(graph);
  const port = { width, height };
  const view = useGraphView(port, layout ? fitView(layout.xs, layout.ys, port, 48) : { scale: 1, cx: 0, cy: 0 });
  const alliances = useMemo(
    () => (colourBy === 'side' ? allianceGroups(graph.nodes, graph.relations) : undefined),
    [colourBy, graph],
  );
  const colourOf = (id: string) => (alliances ? allianceClass(alliances.groupOf.get(id)) : '');
  const toggle = (type: RelationType) => {
    const next = new Set(hidden);
    if (!next.delete(type)) next.add(type);
    setHidden(next);
  };
  if (!graph.nodes.length)
    return (
      <div class="pictures relation-graph" ref={ref}>
        <p class="empty">No actors to draw.</p>
      </div>
    );
  const activeId = chosenId !== null && graph.nodes.some((n) => n.id === chosenId) ? chosenId : hubOf(graph);
  return (
    <div class="pictures relation-graph" ref={ref}>
      <div class="picture-bar">
        <RelationChips counts={countByType(graph.relations)} hidden={hidden} onToggle={toggle} />
        <ZoomButtons
          subject="graph"
          actions={[
            { label: '+', name: 'Zoom in', onClick: view.zoomIn },
            { label: '−', name: 'Zoom out', onClick: view.zoomOut },
            { label: 'Fit', name: 'Fit to view', onClick: view.fit },
          ]}
        />
      </div>
      {/* Above the picture, so the key is in view wherever the picture is (it was under a 580-pixel graph). */}
      <ColourLegend colourBy={colourBy} kinds={new Set(graph.nodes.map((n) => n.kind))} alliances={alliances?.groups} />
      {layout ? (
        <GraphSvg
          graph={graph}
          layout={layout}
          view={view.view}
          port={port}
          visible={(r) => !hidden.has(r.type)}
          colourOf={colourOf}
          highlightIds={highlightIds}
          hoverId={hoverId}
          activeId={activeId}
          onActivate={setActiveId}
          onHover={setHoverId}
          onOpen={onOpen}
          wasDrag={view.wasDrag}
          handlers={view.handlers}
        />
      ) : (
        <p class="arranging" role="status" style={{ height: `${height}px` }}>
          Arranging {graph.nodes.length} actors…
        </p>
      )}
      {graph.hiddenCount > 0 && (
        <p class="status">
          Showing the {MAX_GRAPH_NODES} most connected of {graph.nodes.length + graph.hiddenCount} entities.
        </p>
      )}
    </div>
  );
}
