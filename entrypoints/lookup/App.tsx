import { LookupPanel } from '@/components/lookup/LookupPanel';
import { lookupTargetFromQuery } from '@/lib/lookup';

/** "Look up" on a selection: the look-up panel in a small window of its own, closed when done. */
export function App({ search }: { search: string }) {
  const target = lookupTargetFromQuery(search);
  return (
    <main class="popup">
      <h1 class="app-name">Backstory</h1>
      {target ? (
        <LookupPanel target={target} onClose={() => window.close()} />
      ) : (
        <p class="problem" role="alert">
          Select a name on the page first, then choose “Look up”.
        </p>
      )}
    </main>
  );
}
