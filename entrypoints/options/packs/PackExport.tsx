import { useState } from 'preact/hooks';
import { SelectField, TextField } from '@/components/editor/Field';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { KIND_LABELS } from '@/components/record-labels';
import { plural } from '@/components/count-and-time-text';
import { LiveStatus } from '@/components/live/LiveStatus';
import { callBackground } from '@/lib/messaging';
import { ENTITY_KINDS, type EntityKind, type PackRecord } from '@/lib/store';
import { saveFile } from '../download';
import type { TagCount } from '../entities/entity-filter';
import { defaultPackId } from './pack-id';

interface PackExportProps {
  packs: readonly PackRecord[];
  tags: readonly TagCount[];
}

const KIND_OPTIONS = [
  { value: '', label: 'Any kind' },
  ...ENTITY_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
];
const given = (value: string) => (value === '' ? undefined : value);

/** A selection of the store (by tag, kind and/or pack) as a pack file for a colleague. */
export function PackExport({ packs, tags }: PackExportProps) {
  const [selection, setSelection] = useState({ tag: '', kind: '', packId: '' });
  const [meta, setMeta] = useState({ id: '', name: '', version: '1' });
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const fallbackId = defaultPackId({ ...selection, name: meta.name });
  const exportPack = async () => {
    setError(undefined);
    setStatus(undefined);
    try {
      const file = await callBackground('packs/export', {
        selection: {
          tag: given(selection.tag),
          kind: given(selection.kind) as EntityKind | undefined,
          packId: given(selection.packId),
        },
        meta: { id: meta.id.trim() || fallbackId, name: meta.name, version: Number(meta.version) },
      });
      saveFile(file);
      setStatus(`Saved ${file.fileName} with ${plural(file.entities, 'entity', 'entities')}.`);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <section aria-labelledby="export-pack-heading">
      <h3 id="export-pack-heading">Export a pack</h3>
      <form
        class="pack-export"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void exportPack();
        }}
      >
        <div class="inline-fields">
          <SelectField
            label="Entities tagged"
            value={selection.tag}
            options={[{ value: '', label: 'Any tag' }, ...tags.map((t) => ({ value: t.tag, label: t.tag }))]}
            onChange={(tag) => setSelection({ ...selection, tag })}
          />
          <SelectField
            label="Of kind"
            value={selection.kind}
            options={KIND_OPTIONS}
            onChange={(kind) => setSelection({ ...selection, kind })}
          />
          <SelectField
            label="From pack"
            value={selection.packId}
            options={[{ value: '', label: 'Any pack' }, ...packs.map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(packId) => setSelection({ ...selection, packId })}
          />
        </div>
        <div class="inline-fields">
          <TextField
            label="Pack id"
            value={meta.id}
            placeholder={fallbackId}
            onInput={(id) => setMeta({ ...meta, id })}
          />
          <TextField
            label="Pack name"
            value={meta.name}
            placeholder="Aleppo, autumn 2016"
            onInput={(name) => setMeta({ ...meta, name })}
          />
          <TextField label="Version" value={meta.version} onInput={(version) => setMeta({ ...meta, version })} />
        </div>
        <p class="muted">
          The pack id is how a store knows this pack again: importing a file with the same id updates that pack instead
          of adding another. Left empty, it is “{fallbackId}”.
        </p>
        <button type="submit">Export pack</button>
      </form>
      <ErrorMessage error={error} />
      <LiveStatus text={status} />
    </section>
  );
}
