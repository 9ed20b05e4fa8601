import { useUniqueId } from '@/components/ids/unique-id';
import type { JSX } from 'preact';
import {
  arrowDirection,
  nearestInDirection,
  placeLabels,
  toScreen,
  type ForceLayoutState,
  type GraphData,
  type GraphRelation,
  type Viewport,
  type ViewTransform,
} from '@/lib/pictures';
import { EdgeMark, NodeMark, nodeRadius, type MarkState } from './GraphMarks';
import { labelWidth } from './text-width';

export interface GraphSvgProps {
  graph: GraphData;
  layout: ForceLayoutState;
  view: ViewTransform;
  port: Viewport;
  visible: (relation: GraphRelation) => boolean;
  colourOf: (id: string) => string;
  highlightIds?: ReadonlySet<string>;
  hoverId: string | null;
  /** The node that takes the graph's one Tab stop; arrow keys move it. */
  activeId: string;
  onActivate: (id: string) => void;
  onHover: (id: string | null) => void;
  onOpen: (id: string) => void;
  wasDrag: () => boolean;
  handlers: Partial<JSX.SVGAttributes<SVGSVGElement>>;
}

const LABEL_RANK: Record<MarkState, number> = { lit: 2, marked: 1, plain: 0, faded: -1 };

/**
 * How each mark is drawn: a hovered or focused node lights up with its neighbours and its own
 * edges; otherwise the editor's highlight, if any, is drawn strong and the rest faint.
 */
function markStates(
  hoverId: string | null,
  highlightIds: ReadonlySet<string> | undefined,
  drawn: readonly GraphRelation[],
) {
  const lit = new Set(hoverId ? [hoverId] : []);
  for (const r of drawn) {
    if (r.fromId === hoverId) lit.add(r.toId);
    if (r.toId === hoverId) lit.add(r.fromId);
  }
  const marked = highlightIds?.size ? highlightIds : undefined;
  const node = (id: string): MarkState => {
    if (hoverId) return lit.has(id) ? 'lit' : 'faded';
    if (marked) return marked.has(id) ? 'marked' : 'faded';
    return 'plain';
  };
  const edge = (r: GraphRelation): MarkState => {
    if (hoverId) return r.fromId === hoverId || r.toId === hoverId ? 'lit' : 'faded';
    return marked && !marked.has(r.fromId) && !marked.has(r.toId) ? 'faded' : 'plain';
  };
  return { node, edge };
}

function Markers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(['plain', 'leads'] as const).map((style) => (
        <marker
          key={style}
          id={`${prefix}-${style}`}
          class={`arrow ${style}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="9"
          markerHeight="9"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" />
        </marker>
      ))}
    </defs>
  );
}

export function GraphSvg(props: GraphSvgProps) {
  const { graph, layout, view, port, hoverId } = props;
  const markerPrefix = useUniqueId('graph');
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const screen = graph.nodes.map((_, i) => toScreen(view, port, layout.xs[i]!, layout.ys[i]!));
  const drawn = graph.relations.filter(props.visible);
  const states = markStates(hoverId, props.highlightIds, drawn);
  const labels = placeLabels(
    graph.nodes.map((node, i) => ({
      id: node.id,
      x: screen[i]![0],
      y: screen[i]![1],
      radius: nodeRadius(node),
      width: labelWidth(node.name),
      priority: LABEL_RANK[states.node(node.id)] * 1e6 + node.degree,
    })),
    port,
  );
  // One Tab stop for the whole graph (issue 17: 306 of them before); arrows go to the nearest
  // node that way on screen, and focus there names it (its label shows, its neighbours light up).
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<SVGGElement>) => {
    const direction = arrowDirection(event.key);
    const from = index.get(props.activeId);
    if (!direction || from === undefined) return;
    event.preventDefault();
    const next = graph.nodes[nearestInDirection(screen, from, direction)]!.id;
    props.onActivate(next);
    event.currentTarget.querySelector<SVGGElement>(`[data-node="${CSS.escape(next)}"]`)?.focus();
  };
  const end = (id: string) => {
    const i = index.get(id)!;
    return { name: graph.nodes[i]!.name, at: screen[i]!, radius: nodeRadius(graph.nodes[i]!) };
  };
  return (
    <svg
      class="graph-svg"
      viewBox={`0 0 ${port.width} ${port.height}`}
      width={port.width}
      height={port.height}
      role="group"
      aria-label={`Relation graph: ${graph.nodes.length} actors and ${drawn.length} relations; arrow keys move between actors, Enter opens one`}
      {...props.handlers}
    >
      <Markers prefix={markerPrefix} />
      <g class="edges">
        {drawn.map((r) => (
          <EdgeMark
            key={r.id}
            relation={r}
            from={end(r.fromId)}
            to={end(r.toId)}
            state={states.edge(r)}
            markerPrefix={markerPrefix}
          />
        ))}
      </g>
      <g class="nodes" onKeyDown={onKeyDown}>
        {graph.nodes.map((node, i) => (
          <NodeMark
            key={node.id}
            node={node}
            at={screen[i]!}
            colour={props.colourOf(node.id)}
            state={states.node(node.id)}
            active={node.id === props.activeId}
            onActivate={props.onActivate}
            label={labels.get(node.id) ?? (node.id === hoverId ? 'right' : undefined)}
            onOpen={props.onOpen}
            onHover={props.onHover}
            wasDrag={props.wasDrag}
          />
        ))}
      </g>
    </svg>
  );
}
