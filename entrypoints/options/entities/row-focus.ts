/**
 * Where keyboard focus goes when the control that held it goes away (the detail's Close, a
 * bulk action's bar): to the entity's row in the list, or, when the entity itself is gone,
 * to the row that took its place (the next, else the previous), else to the list's heading.
 * Without it focus falls to `<body>` and a keyboard or screen-reader user starts again at the top.
 */
export function rowToFocus(
  order: readonly string[],
  gone: ReadonlySet<string>,
  wanted: string | undefined,
): string | undefined {
  if (wanted !== undefined && !gone.has(wanted) && order.includes(wanted)) return wanted;
  const at =
    wanted !== undefined && order.includes(wanted) ? order.indexOf(wanted) : order.findIndex((id) => gone.has(id));
  if (at < 0) return undefined;
  return (
    order.slice(at).find((id) => !gone.has(id)) ??
    order
      .slice(0, at)
      .reverse()
      .find((id) => !gone.has(id))
  );
}

export function focusRow(list: HTMLElement | null, id: string | undefined, fallback: HTMLElement | null): void {
  const row =
    id === undefined ? null : list?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(id)}"] .row-main`);
  (row ?? fallback)?.focus();
}
