import { describe, expect, it } from 'vitest';
import { defaultPackId } from '@/entrypoints/options/packs/pack-id';

const none = { tag: '', kind: '', packId: '', name: '' };

describe('the pack id an export gets when the reader leaves it empty', () => {
  it('comes from the pack name, else from what was chosen', () => {
    expect(defaultPackId({ ...none, name: 'Aleppo, autumn 2016', tag: 'x' })).toBe('aleppo-autumn-2016');
    expect(defaultPackId({ ...none, tag: 'for-anna' })).toBe('for-anna');
    expect(defaultPackId({ ...none, packId: 'starter' })).toBe('starter-export');
    expect(defaultPackId({ ...none, kind: 'armed-group' })).toBe('armed-group');
    expect(defaultPackId(none)).toBe('my-pack');
  });
});
