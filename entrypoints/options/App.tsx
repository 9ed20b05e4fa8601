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
import { useStoreContents, type StoreContents } from './store-reads';
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

function Sections({ section, contents, onSection }: { section: Section; contents: StoreContents; onSection: (id: Section) => void }) {
  const scope = useEntityScope(contents);
  // A section is built the first time it is shown and then kept, so a half-typed pack name
  // or a scrolled list survives a look at another section.
  const seen = useRef(new Set<Section>());
  seen.current.add(section);
  const openEntity = (id: string) => {
    scope.open(id);
    onSection('entities');
  };
  const views: Record<Section, () => ComponentChildren> = {
    entities: () => <EntitiesView contents={contents} scope={scope} />,
    pictures: () => <PicturesView contents={contents} scope={scope} onOpen={openEntity} />,
    packs: () => <PacksView contents={contents} />,
    snapshots: () => <SnapshotsView contents={contents} />,
    settings: () => <SettingsView />,
    sync: () => <SyncView />,
  };
  return (
    <>
      {SECTIONS.map(({ id }) => seen.current.has(id) && (
        <Panel key={id} id={id} current={section}>{views[id]()}</Panel>
      ))}
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
        {store.contents ? <Sections section={section} contents={store.contents} onSection={select} /> : !store.error && <p class="muted">Reading your store…</p>}
      </main>
      {store.contents && <StoreStatusLine storeVersion={store.contents.version} />}
    </NoticeProvider>
  );
}
