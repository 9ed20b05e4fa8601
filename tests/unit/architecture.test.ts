import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * "No folder imports a folder that imports it back" (shared ARCHITECTURE.md, habit 12; issue 15): the
 * top-level folders of lib/ must form a graph without cycles, so each one can be read, tested and
 * changed standing only on the floors below it. A regex over the source is enough: every import in
 * lib/ is a static `from '...'` (type-only imports count too, as a type is knowledge of the other folder).
 * And "entrypoints never import each other" (habit 13): what two pages share lives in components/ or lib/.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIB = join(ROOT, 'lib');
const ENTRYPOINTS = join(ROOT, 'entrypoints');

type Graph = Map<string, Map<string, string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:\bfrom|^\s*import|\bimport\s*\()\s*['"]([^'"]+)['"]/gm;

/** "store" for lib/store/db.ts. */
function topFolder(pathInLib: string): string {
  return pathInLib.split(sep)[0] ?? '';
}

/** The file or folder an import names, or undefined for a package. */
function importTarget(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return join(ROOT, specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  return undefined;
}

/** The top folder under `base` that an import lands in, or undefined when it lands outside `base`. */
function targetFolder(file: string, specifier: string, base = LIB): string | undefined {
  const target = importTarget(file, specifier);
  if (target === undefined) return undefined;
  const path = relative(base, target);
  if (path.startsWith('..')) return undefined;
  return topFolder(path);
}

/** folder -> folder it imports -> one file that does it (for the message). */
function folderGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(LIB)) {
    const from = topFolder(relative(LIB, file));
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = specifier && targetFolder(file, specifier);
      if (to && to !== from && !edges.has(to)) edges.set(to, relative(ROOT, file));
    }
  }
  return graph;
}

/** Tarjan's strongly connected components: each component of two or more folders is a cycle. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The imports inside a cycle, one file each: "store -> sync (lib/store/db.ts)". */
function describeCycle(graph: Graph, members: string[]): string {
  const inside = new Set(members);
  const edges = members.flatMap((from) =>
    [...(graph.get(from) ?? [])].filter(([to]) => inside.has(to)).map(([to, file]) => `  ${from} -> ${to} (${file})`),
  );
  return `${members.join(', ')}:\n${edges.join('\n')}`;
}

describe('the lib/ folders', () => {
  const graph = folderGraph();

  it('are read from the source: the store stands on the merge, backups on the store', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['store', 'merge', 'backup', 'sync']));
    expect(graph.get('store')?.has('merge')).toBe(true);
    expect(graph.get('backup')?.has('store')).toBe(true);
  });

  it('import no folder that imports them back', () => {
    expect(cycles(graph).map((members) => describeCycle(graph, members))).toEqual([]);
  });

  it('would be caught importing each other, through a third folder too, and named with the files', () => {
    const made: Graph = new Map([
      ['store', new Map([['sync', 'lib/store/db.ts']])],
      ['sync', new Map([['backup', 'lib/sync/payload.ts']])],
      [
        'backup',
        new Map([
          ['store', 'lib/backup/jobs.ts'],
          ['merge', 'lib/backup/plan.ts'],
        ]),
      ],
      ['merge', new Map()],
    ]);
    expect(cycles(made).map((members) => describeCycle(made, members))).toEqual([
      'backup, store, sync:\n  backup -> store (lib/backup/jobs.ts)\n  store -> sync (lib/store/db.ts)\n' +
        '  sync -> backup (lib/sync/payload.ts)',
    ]);
  });
});

/** "popup/main.tsx imports capture (../capture/save-state)" for each import that leaves its entrypoint. */
function crossEntrypointImports(): string[] {
  return sourceFiles(ENTRYPOINTS).flatMap((file) => {
    const from = topFolder(relative(ENTRYPOINTS, file));
    return [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap(([, specifier]) => {
      const to = specifier && targetFolder(file, specifier, ENTRYPOINTS);
      return to && to !== from ? [`${relative(ENTRYPOINTS, file)} imports ${to} (${specifier})`] : [];
    });
  });
}

/** Shared code that reaches into a page: "components/x.ts imports @/entrypoints/popup/y". */
function sharedImportsOfEntrypoints(): string[] {
  return ['components', 'lib'].flatMap((folder) =>
    sourceFiles(join(ROOT, folder)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap(([, specifier]) =>
        specifier && targetFolder(file, specifier, ENTRYPOINTS) ? [`${relative(ROOT, file)} imports ${specifier}`] : [],
      ),
    ),
  );
}

describe('the entrypoints', () => {
  it('are read from the source: the popup imports its own files and the shared base sheet', () => {
    const popupMain = readFileSync(join(ENTRYPOINTS, 'popup', 'main.tsx'), 'utf8');
    const specifiers = [...popupMain.matchAll(IMPORT)].map(([, specifier]) => specifier);
    expect(specifiers).toEqual(expect.arrayContaining(['./App', './popup.css', '@/components/base.css']));
  });

  it("import no other entrypoint's files: what two pages share lives in components/ or lib/", () => {
    expect(crossEntrypointImports()).toEqual([]);
  });

  it('are imported by nothing in components/ or lib/', () => {
    expect(sharedImportsOfEntrypoints()).toEqual([]);
  });

  it('would be caught importing each other by a relative path, the @/ alias or a bare stylesheet import', () => {
    const file = join(ENTRYPOINTS, 'capture', 'main.tsx');
    expect(targetFolder(file, '../popup/popup.css', ENTRYPOINTS)).toBe('popup');
    expect(targetFolder(file, '@/entrypoints/options/store-size-text', ENTRYPOINTS)).toBe('options');
    expect(targetFolder(file, './App', ENTRYPOINTS)).toBe('capture');
    expect(targetFolder(file, '@/components/base.css', ENTRYPOINTS)).toBeUndefined();
    expect([..."import '../popup/popup.css';\n".matchAll(IMPORT)].map(([, specifier]) => specifier)).toEqual([
      '../popup/popup.css',
    ]);
  });
});
