import type { JSX } from 'preact';
import type { GraphNode, GraphRelation, LabelSide } from '@/lib/pictures';
import { KIND_LABELS } from '@/components/record-labels';
import { ARROW_TYPES, relationSentence } from './graph-styles';

/** 'lit': hovered, focused or next to it; 'faded': outside the highlight; 'marked': in it. */
export type MarkState = 'plain' | 'lit' | 'faded' | 'marked';

export function nodeRadius(node: GraphNode): number {
  return Math.min(5 + Math.sqrt(node.degree) * 1.6, 16);
}

function relationsWord(count: number): string {
  return `${count} relation${count === 1 ? '' : 's'}`;
}

interface NodeProps {
  node: GraphNode;
  at: readonly [number, number];
  colour: string;
  state: MarkState;
  /** Where the name goes; none where it would cover another name or node. */
  label?: LabelSide;
  /** The graph's one Tab stop; the others are reached by arrow keys. */
  active: boolean;
  onActivate: (id: string) => void;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
  /** True when the press that ends in this click was a drag of the picture. */
  wasDrag: () => boolean;
}

export function NodeMark({ node, at, colour, state, label, active, onActivate, onOpen, onHover, wasDrag }: NodeProps) {
  const radius = nodeRadius(node);
  const kind = KIND_LABELS[node.kind];
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(node.id);
  };
  return (
    <g
      class={['node', `kind-${node.kind}`, colour, state].filter(Boolean).join(' ')}
      transform={`translate(${at[0].toFixed(1)} ${at[1].toFixed(1)})`}
      tabindex={active ? 0 : -1}
      data-node={node.id}
      role="button"
      aria-label={`${node.name}, ${kind}, ${relationsWord(node.degree)}`}
      onClick={() => {
        if (!wasDrag()) onOpen(node.id);
      }}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onHover(node.id)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => {
        onActivate(node.id);
        onHover(node.id);
      }}
      onBlur={() => onHover(null)}
    >
      <title>{`${node.name} (${kind}), ${relationsWord(node.degree)}`}</title>
      <circle r={radius} />
      {label && <NodeLabel name={node.name} side={label} radius={radius} />}
    </g>
  );
}

function NodeLabel({ name, side, radius }: { name: string; side: LabelSide; radius: number }) {
  const reach = radius + 3;
  const place = {
    right: { x: reach, y: 4, anchor: 'start' },
    left: { x: -reach, y: 4, anchor: 'end' },
    below: { x: 0, y: reach + 10, anchor: 'middle' },
    above: { x: 0, y: -reach - 3, anchor: 'middle' },
  }[side];
  return (
    <text x={place.x} y={place.y} text-anchor={place.anchor}>
      {name}
    </text>
  );
}

interface EdgeProps {
  relation: GraphRelation;
  from: { name: string; at: readonly [number, number] };
  to: { name: string; at: readonly [number, number]; radius: number };
  state: MarkState;
  markerPrefix: string;
}

export function EdgeMark({ relation, from, to, state, markerPrefix }: EdgeProps) {
  const [x1, y1] = from.at;
  const [tx, ty] = to.at;
  const arrow = ARROW_TYPES.has(relation.type);
  // An arrow stops at the rim of its target's circle, or the head would hide under the node.
  const length = Math.hypot(tx - x1, ty - y1) || 1;
  const back = arrow ? Math.min(to.radius + 2, length / 2) : 0;
  const x2 = tx - ((tx - x1) / length) * back;
  const y2 = ty - ((ty - y1) / length) * back;
  const marker = arrow ? `url(#${markerPrefix}-${relation.type === 'leads' ? 'leads' : 'plain'})` : undefined;
  const line = { x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1) };
  return (
    <g class={`edge ${relation.type} ${state}`}>
      <title>{relationSentence(relation, from.name, to.name)}</title>
      <line class="hit" {...line} />
      <line class="stroke" {...line} marker-end={marker} />
    </g>
  );
}
