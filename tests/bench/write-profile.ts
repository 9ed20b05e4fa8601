import { hotspots, samplesOf, type ProfileNode, type Sample, type TraceEvent } from './trace';

/**
 * Where an import's writes spend their time, from a Chrome trace taken through the editor's CDP
 * session (tracing.ts): it covers the browser process, whose IndexedDB backend does the writing,
 * and the extension's renderer, where the service worker runs the import beside the editor page.
 * Thread CPU time from DevTools' task events, and for each sampled thread its hottest functions
 * by self time and by time with them on the stack (build unminified to read the names).
 */
const ms = (micros: number) => micros / 1000;
const TASK = 'RunTask';

function names(events: TraceEvent[], kind: 'process_name' | 'thread_name'): Map<string, string> {
  return new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === kind)
      .map((e) => [kind === 'process_name' ? String(e.pid) : `${e.pid}:${e.tid}`, String(e.args?.name ?? '?')]),
  );
}

/** CPU time of each thread's top-level tasks, busiest first. */
function threadCpu(events: TraceEvent[]): { thread: string; cpuMs: number; wallMs: number }[] {
  const processes = names(events, 'process_name');
  const threads = names(events, 'thread_name');
  const byThread = new Map<string, { cpu: number; wall: number; end: number }>();
  const tasks = events.filter((e) => e.ph === 'X' && e.name === TASK).sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    const key = `${task.pid}:${task.tid}`;
    const sum = byThread.get(key) ?? { cpu: 0, wall: 0, end: -Infinity };
    // Nested tasks are inside their parent's time already.
    if (task.ts < sum.end) continue;
    sum.cpu += task.tdur ?? task.dur!;
    sum.wall += task.dur!;
    sum.end = task.ts + task.dur!;
    byThread.set(key, sum);
  }
  return [...byThread.entries()]
    .map(([key, sum]) => ({
      thread: `${processes.get(key.split(':')[0]!) ?? '?'} / ${threads.get(key) ?? key}`,
      cpuMs: ms(sum.cpu),
      wallMs: ms(sum.wall),
    }))
    .sort((a, b) => b.cpuMs - a.cpuMs);
}

const frameName = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${String((lineNumber ?? 0) + 1)}` : ''}`;
};

/** Time with each function on the stack (counted once per sample however deep it recurses). */
function inclusive(samples: Sample[], nodes: Map<number, ProfileNode>, count: number): { name: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const sample of samples) {
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = sample.node; node; node = nodes.get(node.parent ?? -1)) {
      if (!node.callFrame.url) continue;
      const name = frameName(node);
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + sample.weight);
    }
  }
  return [...totals.entries()]
    .map(([name, micros]) => ({ name, ms: ms(micros) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

/** A report of the trace in lines of text. */
export function describeWriteProfile(events: TraceEvent[]): string[] {
  const lines = ['CPU by thread (top-level tasks):'];
  for (const { thread, cpuMs, wallMs } of threadCpu(events).slice(0, 10))
    lines.push(`  ${thread}: ${cpuMs.toFixed(0)} ms CPU, ${wallMs.toFixed(0)} ms in tasks`);
  const threads = names(events, 'thread_name');
  for (const profile of events.filter((e) => e.name === 'Profile')) {
    const { samples, nodes } = samplesOf(events, profile);
    const sampled = samples.reduce((sum, s) => sum + s.weight, 0);
    const busy = samples.filter((s) => s.node.callFrame.functionName !== '(idle)');
    if (ms(sampled) < 200 || busy.length === 0) continue;
    lines.push(
      `Samples on ${threads.get(`${profile.pid}:${profile.tid}`) ?? '?'} (${ms(busy.reduce((sum, s) => sum + s.weight, 0)).toFixed(0)} ms busy):`,
    );
    lines.push('  self:');
    for (const spot of hotspots(busy, nodes, 15)) {
      const file = spot.url ? ` ${spot.url.slice(spot.url.lastIndexOf('/') + 1)}:${String((spot.line ?? 0) + 1)}` : '';
      lines.push(`    ${spot.ms.toFixed(0)} ms ${spot.name}${file}`);
    }
    lines.push('  on the stack:');
    for (const { name, ms: spent } of inclusive(busy, nodes, 25)) lines.push(`    ${spent.toFixed(0)} ms ${name}`);
  }
  return lines;
}
