import { describe, expect, it } from 'vitest';
import { dispatch, wrap } from '@/lib/messaging/envelope';
import { backgroundMessages } from '@/lib/messaging/protocol';

const handlers = {
  'entity/get': async ({ id }: { id: string }) => ({ id }),
};

describe('dispatching a message', () => {
  it('runs the handler with a request that passed its schema', async () => {
    expect(await dispatch(backgroundMessages, handlers, wrap('entity/get', { id: 'x' }))).toEqual({
      ok: true,
      value: { id: 'x' },
    });
  });

  it('answers a wrongly shaped request with an error naming the field, without running the handler', async () => {
    let ran = false;
    const result = await dispatch(
      backgroundMessages,
      {
        'entity/get': async () => {
          ran = true;
        },
      },
      wrap('entity/get', { id: 42 }),
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Bad "entity\/get" request: id:/) });
    expect(ran).toBe(false);
  });

  it('answers an unknown request type with an error', async () => {
    expect(await dispatch(backgroundMessages, handlers, wrap('drop/tables', {}))).toEqual({
      ok: false,
      error: 'Unknown request "drop/tables"',
    });
  });

  it('refuses an entity saved with an empty name', async () => {
    const result = await dispatch(
      backgroundMessages,
      { 'entity/save': async () => 'saved' },
      wrap('entity/save', { kind: 'person', name: '' }),
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/name must not be empty/) });
  });

  it('turns a handler failure into an error answer', async () => {
    const result = await dispatch(
      backgroundMessages,
      {
        'entity/get': async () => {
          throw new Error('No entity with id "x"');
        },
      },
      wrap('entity/get', { id: 'x' }),
    );
    expect(result).toEqual({ ok: false, error: 'No entity with id "x"' });
  });
});
