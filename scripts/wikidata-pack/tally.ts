/** Counts of what the builder read and dropped, for its report. */
export class Tally {
  read = 0;
  /** Reason → how many items it dropped. */
  readonly dropped = new Map<string, number>();
  /** Reason → the first few ids it dropped, for a reader to check. */
  readonly examples = new Map<string, string[]>();
  /** Items dropped for too few sitelinks, by the kind they would have had. */
  readonly fewSitelinksByKind = new Map<string, number>();
  /** Items the kept entities' facts name whose label the input lacks: those facts are left out. */
  readonly unlabelled = new Set<string>();

  drop(reason: string, id: string, detail?: string): void {
    this.dropped.set(reason, (this.dropped.get(reason) ?? 0) + 1);
    const examples = this.examples.get(reason) ?? [];
    if (examples.length < 3)
      this.examples.set(reason, [...examples, detail && reason !== 'few-sitelinks' ? `${id} (${detail})` : id]);
    if (reason === 'few-sitelinks' && detail)
      this.fewSitelinksByKind.set(detail, (this.fewSitelinksByKind.get(detail) ?? 0) + 1);
  }
}
