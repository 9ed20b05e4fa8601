/** Ids of records the reader creates: random, so two browsers never collide when syncing. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
