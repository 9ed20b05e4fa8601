import { describe, expect, it } from 'vitest';
import { backgroundMessages, pageMessages } from '@/lib/messaging/protocol';

describe('the message tables', () => {
  // Every message that crosses a boundary is checked by its receiver before a handler runs.
  it.each([
    ['background', backgroundMessages],
    ['page', pageMessages],
  ])('give every %s message a valibot schema for its request', (_, table) => {
    for (const [type, entry] of Object.entries(table)) {
      expect({ type, kind: entry.request.kind }).toEqual({ type, kind: 'schema' });
    }
  });
});
