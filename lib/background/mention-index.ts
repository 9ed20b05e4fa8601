import { buildMatcher, type Matcher } from '@/lib/matcher';
import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import { listMatchableAliases, listEntitiesWithAliases, type BackstoryDatabase } from '@/lib/store';

/**
 * One alias automaton for every tab, rebuilt when the store changes. Tabs send text and
 * get back hits plus the names and kinds of the entities hit, and nothing else: a tab
 * never holds the dictionary.
 */
export class MentionIndex {
  private matcher: Matcher | undefined;
  private entities = new Map<string, PageEntity>();
  private building: Promise<void> | undefined;

  constructor(private readonly db: BackstoryDatabase) {}

  /** Marks the index stale; the next lookup rebuilds it once, however many writes came before. */
  invalidate(): void {
    this.building = undefined;
  }

  private ready(): Promise<void> {
    this.building ??= this.rebuild();
    return this.building;
  }

  private async rebuild(): Promise<void> {
    const [aliases, all] = await Promise.all([listMatchableAliases(this.db), listEntitiesWithAliases(this.db)]);
    this.matcher = buildMatcher(aliases);
    this.entities = new Map(all.map(({ entity }) => [entity.id, { id: entity.id, name: entity.name, kind: entity.kind }]));
  }

  async find(chunks: string[]): Promise<{ hits: ChunkHit[]; entities: PageEntity[] }> {
    await this.ready();
    const hits: ChunkHit[] = [];
    const seen = new Map<string, PageEntity>();
    chunks.forEach((text, chunk) => {
      for (const hit of this.matcher!.findMentions(text)) {
        const entity = this.entities.get(hit.entityId);
        if (!entity) continue;
        seen.set(entity.id, entity);
        hits.push({ chunk, start: hit.start, end: hit.end, entityId: hit.entityId });
      }
    });
    return { hits, entities: [...seen.values()] };
  }
}
