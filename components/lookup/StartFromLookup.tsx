import { useState } from 'preact/hooks';
import type { LookupAdded } from '@/lib/lookup';
import { LookupPanel } from './LookupPanel';

/**
 * A new entity's form can start from Wikidata: the name typed so far is looked up, and the entity
 * Add makes (or updates) opens in the form's place, with its names, facts and sources filled in.
 */
export function StartFromLookup({
  name,
  tabId,
  onAdded,
}: {
  name: string;
  tabId?: number;
  onAdded: (added: LookupAdded) => void;
}) {
  const [lookingUp, setLookingUp] = useState<string>();
  const wanted = name.trim();
  if (lookingUp) {
    return (
      <LookupPanel
        key={lookingUp}
        target={{ name: lookingUp, ...(tabId !== undefined ? { tabId } : {}) }}
        onAdded={onAdded}
        onClose={() => setLookingUp(undefined)}
      />
    );
  }
  return (
    <div class="start-from-lookup">
      <button type="button" class="quiet" disabled={!wanted} onClick={() => setLookingUp(wanted)}>
        {wanted ? `Start from Wikidata: look up “${wanted}”` : 'Start from Wikidata: type a name first'}
      </button>
    </div>
  );
}
