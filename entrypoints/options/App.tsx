import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { EntitiesView } from './entities/EntitiesView';
import { useEntityScope } from './entities/entity-scope';
import { NoticeProvider } from './notice';
import { PacksView } from './packs/PacksView';
import { PicturesView } from './pictures/PicturesView';
import { SettingsView } from './settings/SettingsView';
import { SnapshotsView } from './snapshots/SnapshotsView';
import { StoreStatusLine } from './StoreStatusLine';
import { SyncView } from './sync/SyncView';
import { useStoreContents, type LiveStore, type StoreContents } from './store-reads';
import { Tabs, type Tab } from './Tabs';

type Section = 'entities' | 'pictures' | 'packs' | 'snapshots' | 'settings' | 'sync';

const SECTIONS: readonly Tab<Section>[] = [
  { id: 'entities', label: 'Entities' },
  { id: 'pictures', label: 'Pictures' },
  { id: 'packs', label: 'Packs & import' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'settings', label: 'Sites & settings' },
  { id: 'sync', label: 'Sync' },
];

/** The section is kept in the address (#packs), so a reload or a link lands on it. */
function sectionFromHash(): Section {
  const wanted = location.hash.slice(1);
  return SECTIONS.find((s) => s.id === wanted)?.id ?? 'entities';
}

function Panel({ id, current, children }: { id: Section; current: Section; children: ComponentChildren }) {
  return (
    <section id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== current} class="panel">
      {children}
    </section>
  );
}

type StoreSection = Exclude<Section, 'settings' | 'sync'>;
const STORE_SECTIONS: readonly StoreSection[] = ['entities', 'pictures', 'packs', 'snapshots'];

function needsStore(section: Section): section is StoreSection {
  return (STORE_SECTIONS as readonly Section[]).includes(section);
}

interface SectionsProps {
  section: Section;
  /** Sections shown so far: each is built the first time it is shown, then kept. */
  shown: ReadonlySet<Section>;
  onSection: (id: Section) => void;
}

/** The sections that show what the store holds, sharing one search and one open entity. */
function StoreSections({ section, shown, contents, onSection }: SectionsProps & { contents: StoreContents }) {
  const scope = useEntityScope(contents);
  const openEntity = (id: string) => {
    scope.open(id);
    onSection('entities');
  };
  const views: Record<StoreSection, () => ComponentChildren> = {
    entities: () => <EntitiesView contents={contents} scope={scope} />,
    pictures: () => <PicturesView contents={contents} onOpen={openEntity} />,
    packs: () => <PacksView contents={contents} />,
    snapshots: () => <SnapshotsView contents={contents} />,
  };
  return (
    <>
      {STORE_SECTIONS.map(
        (id) =>
          shown.has(id) && (
            <Panel key={id} id={id} current={section}>
              {views[id]()}
            </Panel>
          ),
      )}
    </>
  );
}

/**
 * Settings and sync live apart from the store, so they show at once: with the world pack
 * installed, reading the store takes seconds on a slow machine, and they need none of it.
 */
function Sections({ section, store, onSection }: Omit<SectionsProps, 'shown'> & { store: LiveStore }) {
  // A half-typed pack name or a scrolled list survives a look at another section.
  const seen = useRef(new Set<Section>());
  seen.current.add(section);
  const { contents, error } = store;
  return (
    <>
      {contents ? (
        <StoreSections section={section} shown={seen.current} contents={contents} onSection={onSection} />
      ) : (
        !error && needsStore(section) && <p class="muted">Reading your store…</p>
      )}
      {seen.current.has('settings') && (
        <Panel id="settings" current={section}>
          <SettingsView />
        </Panel>
      )}
      {seen.current.has('sync') && (
        <Panel id="sync" current={section}>
          <SyncView />
        </Panel>
      )}
    </>
  );
}

export function App() {
  const [section, setSection] = useState<Section>(sectionFromHash);
  const store = useStoreContents();
  useEffect(() => {
    const follow = () => setSection(sectionFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const select = (id: Section) => {
    history.replaceState(null, '', `#${id}`);
    setSection(id);
  };
  return (
    <NoticeProvider>
      <header class="page-head">
        <h1>Backstory editor</h1>
        <Tabs tabs={SECTIONS} current={section} onSelect={select} />
      </header>
      <main class="page-main">
        <ErrorMessage error={store.error} />
        <Sections section={section} store={store} onSection={select} />
      </main>
      {store.contents && <StoreStatusLine storeVersion={store.contents.version} />}
    </NoticeProvider>
  );
}
