import { useEffect, useRef, useState } from 'preact/hooks';
import { EntityEditor } from './EntityEditor';
import { NotInStore } from './NotInStore';
import { OnThisPage } from './OnThisPage';
import { SearchPanel } from './SearchPanel';
import { SiteSwitch } from './SiteSwitch';
import { useSiteMarking } from './site-marking';
import { SyncStatusLine } from './SyncStatusLine';
import { useTabId } from './tab-id';

type View = { screen: 'list' } | { screen: 'entity'; entityId?: string; initialName?: string; visit: number };

export function App({ search }: { search: string }) {
  const tabId = useTabId(search);
  const site = useSiteMarking(tabId);
  const [view, setView] = useState<View>({ screen: 'list' });
  const [storeVersion, setStoreVersion] = useState(0);
  const visits = useRef(0);
  const opener = useRef<HTMLElement | null>(null);

  /** Opens an entity's editor, or a new entity's with `initialName` filled in. */
  const open = (entityId?: string, initialName?: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    visits.current += 1;
    setView({ screen: 'entity', entityId, initialName, visit: visits.current });
  };
  const back = () => setView({ screen: 'list' });

  // A site switched back on marks its page again in a moment: the lists ask again, as after an edit.
  const wasMarking = useRef(site.marking);
  useEffect(() => {
    if (site.marking && !wasMarking.current) setStoreVersion((v) => v + 1);
    wasMarking.current = site.marking;
  }, [site.marking]);

  // Back on the list, a keyboard reader continues from the row or button that opened the editor.
  useEffect(() => {
    if (view.screen !== 'list' || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [view]);

  return (
    <main class="popup">
      <h1 class="app-name">Backstory</h1>
      {/* The list stays mounted while editing, so its search and its refresh after a save survive. */}
      <div class="list-view" hidden={view.screen !== 'list'}>
        {/* Search and the editor first: on a long article the mentions run for screens. */}
        <SearchPanel storeVersion={storeVersion} onOpen={open} onNew={() => open()} />
        <a class="editor-link" href="/options.html" target="_blank" rel="noopener">
          Open the editor
        </a>
        <SiteSwitch site={site} />
        {site.marking ? (
          <>
            <OnThisPage tabId={tabId} storeVersion={storeVersion} onEdit={open} />
            <NotInStore
              tabId={tabId}
              storeVersion={storeVersion}
              onAdd={(name) => open(undefined, name)}
              onStoreChanged={() => setStoreVersion((v) => v + 1)}
            />
          </>
        ) : (
          <p class="muted paused-note">
            {site.settings?.paused ? 'Backstory is paused everywhere' : `Backstory is off on ${site.host}`}: names on
            this page are not marked.
          </p>
        )}
        <SyncStatusLine />
      </div>
      {view.screen === 'entity' && (
        <EntityEditor
          key={view.visit}
          entityId={view.entityId}
          initialName={view.initialName}
          onBack={back}
          onStoreChanged={() => setStoreVersion((v) => v + 1)}
          onDeleted={back}
          onOpen={(id) => open(id)}
        />
      )}
    </main>
  );
}
