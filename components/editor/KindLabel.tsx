import type { EntityKind } from '@/lib/store';
import { KIND_LABELS } from '@/components/record-labels';

export function KindLabel({ kind }: { kind: EntityKind }) {
  return <span class={`kind kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}
