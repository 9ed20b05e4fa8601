/** "1 entity", "3 entities": the count first, the noun agreeing with it. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** A time within the last days, to the minute: snapshots are often minutes apart. */
export function whenText(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
