import { KIND_LABELS } from '@/components/record-labels';
import type { EntityKind } from '@/lib/store';
import { asText } from './card-model';

interface CardHeaderProps {
  name: unknown;
  kind: EntityKind;
  pinned: boolean;
  onTogglePin: () => void;
  onClose: () => void;
}

export function CardHeader({ name, kind, pinned, onTogglePin, onClose }: CardHeaderProps) {
  return (
    <header>
      <h2 id="backstory-card-title" dir="auto">
        {asText(name)}
      </h2>
      <p class="kind">{KIND_LABELS[kind] ?? asText(kind)}</p>
      <div class="header-buttons">
        <button
          type="button"
          class={pinned ? 'pin pinned' : 'pin'}
          aria-pressed={pinned}
          aria-label="Pin card"
          title={pinned ? 'Pinned: stays open until you close it' : 'Pin: keep this card open'}
          onClick={onTogglePin}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 1h4l-1 5 3 3H9l-1 6-1-6H4l3-3z" />
          </svg>
        </button>
        <button type="button" class="close" aria-label="Close card" title="Close (Escape)" onClick={onClose}>
          ×
        </button>
      </div>
    </header>
  );
}
