import { useMemo, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { LiveStatus } from '@/components/live/LiveStatus';
import { errorText } from '@/components/editor/error-text';
import { countsText } from '../store-size-text';
import { callBackground } from '@/lib/messaging';
import { saveFile } from '../download';
import { tagCounts } from '../entities/entity-filter';
import type { StoreContents } from '../store-reads';
import { ImportPanel } from './ImportPanel';
import { PackExport } from './PackExport';
import { PackList } from './PackList';
import { Subscriptions } from './Subscriptions';

/** Every record of every kind, and the settings, in one JSON file: what the import here reads back. */
function BackupExport() {
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const exportAll = async () => {
    setError(undefined);
    try {
      const file = await callBackground('backup/export', {});
      saveFile(file);
      setStatus(`Saved ${file.fileName}: ${countsText(file.counts)}, and your settings.`);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <section aria-labelledby="backup-heading">
      <h3 id="backup-heading">Your whole store</h3>
      <button type="button" onClick={() => void exportAll()}>
        Export everything
      </button>
      <ErrorMessage error={error} />
      <LiveStatus text={status} />
    </section>
  );
}

export function PacksView({ contents }: { contents: StoreContents }) {
  const tags = useMemo(() => tagCounts(contents.entities), [contents.entities]);
  return (
    <div class="packs-view">
      <h2>Packs &amp; import</h2>
      <PackList storeVersion={contents.version} />
      <PackExport packs={contents.packs} tags={tags} />
      <ImportPanel />
      <Subscriptions storeVersion={contents.version} />
      <BackupExport />
    </div>
  );
}
