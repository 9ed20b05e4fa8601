import { slugify } from '@/lib/packs/slug';

export interface ExportChoice {
  tag: string;
  kind: string;
  packId: string;
  name: string;
}

/**
 * The pack id an export gets when the reader leaves it empty: from the pack's name, else from
 * what was chosen ("for-anna", "armed-group"), so exporting the same choice again gives the same
 * id, and importing that file again updates its pack instead of adding a second one.
 */
export function defaultPackId({ tag, kind, packId, name }: ExportChoice): string {
  const from = [name, tag, packId && `${packId}-export`, kind].find((part) => part.trim() !== '');
  return from ? slugify(from) : 'my-pack';
}
