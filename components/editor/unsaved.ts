import { draftFromForm, type EntityForm } from './entity-form';

/**
 * Whether the form holds edits a save would write: it is compared with the form as last
 * loaded or saved by what it would send, so the rendering keys of new rows do not count,
 * and neither does a field typed and typed back.
 */
export function hasUnsavedChanges(form: EntityForm | undefined, saved: EntityForm | undefined): boolean {
  if (!form || !saved) return false;
  return JSON.stringify(draftFromForm(form)) !== JSON.stringify(draftFromForm(saved));
}
