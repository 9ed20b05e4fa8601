import { aliases, firstMark, installedStore, ms, table } from './figures';
import type { BenchResults } from './report';

/** The store as installed: how long the world pack took, what the store holds, the first page after install. */
export function installedSection(results: BenchResults): string[] {
  const installed = installedStore(results.dictionaries);
  if (!installed) return [];
  const { store } = installed;
  const lines = [
    '## The store as installed (starter and world packs)',
    '',
    `- The world pack's row appeared ${ms(installed.worldPackMs ?? Number.NaN)} ms after the service worker started (a fresh profile, no page open).`,
    `- The store then holds ${aliases(store.entities)} entities and ${aliases(store.aliases)} aliases, live: ${aliases(store.matchable)} matchable texts; ` +
      `the extension's origin uses ${(store.bytes / 1048576).toFixed(1)} MB (navigator.storage.estimate).`,
    '',
  ];
  if (!results.firstPages.length) return lines;
  const rows = results.firstPages.map(({ label, run, worldPackAfterLoadMs }) => [
    label,
    ms(run.stats.mentionCount),
    ms(firstMark([run])),
    `${ms(run.trace!.longestCpuMs)} (${ms(run.trace!.longestWallMs)})`,
    ms(run.trace!.cpuMs),
    `${ms(worldPackAfterLoadMs)} (${ms(worldPackAfterLoadMs - run.workerStartAfterLoadMs)})`,
  ]);
  return [
    ...lines,
    '### First page after install',
    '',
    'Each in a fresh profile, loaded as soon as the service worker is up, traced until the world pack is in and the marks have held for 3 s: ' +
      "the tab marks the starter's names first, then rescans when the world pack lands. The generated pages name nothing the starter knows.",
    '',
    table(
      [
        'Page',
        'Marks',
        'First mark, ms after load',
        'Longest task ms CPU (wall)',
        'Our main-thread ms CPU',
        'World pack in, ms after load (after the worker started)',
      ],
      rows,
    ),
    '',
  ];
}
