import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/matcher';
import { validatePack } from '@/lib/packs/validate';

/** The fields of a format-2 pack entity that this hand-written part of the world pack uses. */
interface Alias {
  text: string;
  caseSensitive?: boolean;
  common?: boolean;
  lang?: string;
}
interface Fact {
  text: string;
  date?: string;
  source?: { url: string; title?: string };
}
interface Organisation {
  id: string;
  key?: string;
  kind: string;
  name: string;
  summary: string;
  aliases: Alias[];
  facts: Fact[];
  relations: { type: string; target: string }[];
  sources?: string[];
}
interface StarterEntity {
  id: string;
  key?: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const organisations = readJson('../../../../scripts/world-pack/organisations.json') as Organisation[];
const starter = readJson('../../../../lib/packs/starter-pack.json') as { entities: StarterEntity[] };

const CITY_ID = /^city-[a-z0-9]+(-[a-z0-9]+)*-[a-z]{2}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Every text the matcher would look for: the name is matched too, as the store's own alias. */
const textsOf = (o: Organisation) => [o.name, ...o.aliases.map((a) => a.text)];

describe('the organisations of the world pack', () => {
  it('are at least 300, organisations or armed groups, each with a unique kebab id', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(300);
    const ids = organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of organisations) {
      expect(o.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['organisation', 'armed-group']).toContain(o.kind);
    }
  });

  it('each say what they are, where their data comes from and when they were founded, with a source', () => {
    const undocumented = organisations.filter(
      (o) =>
        o.summary.trim().length < 20 ||
        !o.sources?.includes('backstory') ||
        !o.facts.some((f) => f.date !== undefined && DATE.test(f.date) && /^https:\/\//.test(f.source?.url ?? '')),
    );
    expect(undocumented.map((o) => o.id)).toEqual([]);
  });

  it('never give a one- or two-letter alias that would match in any case', () => {
    const loose = organisations.flatMap((o) =>
      o.aliases.filter((a) => a.text.trim().length <= 2 && a.caseSensitive !== true).map((a) => `${o.id}: ${a.text}`),
    );
    expect(loose).toEqual([]);
  });

  it('mark an alias that is an ordinary word as case-sensitive too, so it is only ever a name', () => {
    const loose = organisations.flatMap((o) =>
      o.aliases.filter((a) => a.common === true && a.caseSensitive !== true).map((a) => `${o.id}: ${a.text}`),
    );
    expect(loose).toEqual([]);
  });

  it('never give one name to two organisations, nor the same alias twice to one', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of organisations) {
      const folded = o.aliases.map((a) => foldText(a.text.trim()));
      if (new Set(folded).size !== folded.length) clashes.push(`${o.id} repeats an alias`);
      for (const text of new Set(textsOf(o).map((t) => foldText(t.trim())))) {
        const other = owner.get(text);
        if (other !== undefined && other !== o.id) clashes.push(`"${text}": ${other} and ${o.id}`);
        owner.set(text, o.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('relate only to organisations of the file or to world-pack cities', () => {
    const ids = new Set(organisations.map((o) => o.id));
    const dangling = organisations.flatMap((o) =>
      o.relations
        .filter((r) => !ids.has(r.target) && !CITY_ID.test(r.target))
        .map((r) => `${o.id} ${r.type} ${r.target}`),
    );
    expect(dangling).toEqual([]);
  });

  it('make a pack Backstory accepts once the builder has added the cities they are seated in', () => {
    const cities = [
      ...new Set(organisations.flatMap((o) => o.relations.map((r) => r.target)).filter((t) => CITY_ID.test(t))),
    ];
    const pack = {
      format: 'backstory-pack',
      formatVersion: 2,
      id: 'world',
      name: 'World',
      version: 1,
      sources: { backstory: { name: 'Backstory editors', licence: 'CC0 1.0', url: 'https://example.org/backstory' } },
      entities: [...organisations, ...cities.map((id) => ({ id, kind: 'place', name: id, summary: '' }))],
    };
    expect(() => validatePack(pack)).not.toThrow();
  });

  it('share a Backstory key only with the starter-pack organisation that carries the same key', () => {
    const starterKeys = new Set(starter.entities.map((e) => e.key).filter((k) => k !== undefined));
    const keys = organisations.map((o) => o.key).filter((k) => k !== undefined);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith('bs:') && !starterKeys.has(k))).toEqual([]);
    for (const key of keys) expect(key).toMatch(/^(wd:Q[1-9]\d*|bs:[a-z0-9]+(-[a-z0-9]+)*)$/);
  });
});
