import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import type { EntityDetail } from '@/lib/store';
import { draftFromForm, emptyForm, formFromDetail, type EntityForm } from './entity-form';
import { errorText } from './error-text';
import { hasUnsavedChanges } from './unsaved';

export interface EntityEditorEvents {
  /** After any write: the page re-marks itself, so its list is worth asking again. */
  onStoreChanged: () => void;
  onDeleted: () => void;
}

export interface EntityEditorState {
  /** The entity as last loaded or saved; undefined for one not saved yet. */
  detail?: EntityDetail;
  /** Undefined while loading. */
  form?: EntityForm;
  loadError?: string;
  error?: string;
  status?: string;
  busy: boolean;
  /** The form holds edits not saved yet. */
  dirty: boolean;
  change: (form: EntityForm) => void;
  save: (form?: EntityForm) => Promise<boolean>;
  remove: () => Promise<void>;
  /** Puts every field back as last loaded or saved (the form's Cancel). */
  revert: () => void;
  /** Reads the entity again, dropping unsaved edits: after a change made elsewhere (Refresh from Wikidata). */
  reload: () => void;
}

/**
 * Loads one entity, holds the reader's unsaved edits, and saves or deletes it. A refused
 * save leaves the form exactly as it was, so nothing typed is lost to an error.
 */
export function useEntityEditor(
  entityId: string | undefined,
  events: EntityEditorEvents,
  initialName = '',
): EntityEditorState {
  const [detail, setDetail] = useState<EntityDetail>();
  const [form, setForm] = useState<EntityForm | undefined>(
    entityId ? undefined : { ...emptyForm(), name: initialName },
  );
  /** The form as last loaded or saved: what "unsaved" is measured against. */
  const [saved, setSaved] = useState(form);
  const [loadError, setLoadError] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    if (!entityId) return undefined;
    let live = true;
    void askBackground('entity/get', { id: entityId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoadError(errorText(result.error));
      setDetail(result.value);
      setBoth(formFromDetail(result.value));
    });
    return () => {
      live = false;
    };
  }, [entityId, loads]);

  function setBoth(loaded: EntityForm) {
    setForm(loaded);
    setSaved(loaded);
  }

  const change = (next: EntityForm) => {
    setForm(next);
    setStatus(undefined);
  };

  const save = async (next = form): Promise<boolean> => {
    if (!next || busy) return false;
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    const result = await askBackground('entity/save', draftFromForm(next));
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error));
      return false;
    }
    setDetail(result.value);
    setBoth(formFromDetail(result.value));
    setStatus('Saved.');
    events.onStoreChanged();
    return true;
  };

  const remove = async () => {
    if (!form?.id || busy) return;
    setBusy(true);
    setError(undefined);
    const result = await askBackground('entity/delete', { id: form.id });
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    events.onStoreChanged();
    events.onDeleted();
  };

  const revert = () => {
    setForm(saved);
    setError(undefined);
    setStatus('Changes discarded.');
  };

  return {
    detail,
    form,
    loadError,
    error,
    status,
    busy,
    dirty: hasUnsavedChanges(form, saved),
    change,
    save,
    remove,
    revert,
    reload: () => setLoads((n) => n + 1),
  };
}
