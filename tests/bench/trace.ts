/**
 * Reads Chrome traces (see tracing.ts) for the main-thread time of the content script and
 * of the peers. The unit is the task on a tab's main thread (CrRendererMain); a task is
 * the content script's when a CPU sample taken during it has our script on the stack,
 * which also catches our `await`s resumed by a message reply, a microtask that no
 * script-tagged event wraps. A whole task counts: GC, DOM calls and style work forced by
 * our code included; the frames the browser paints afterwards do not.
 *
 * Time is thread time (`tdur`, CPU time of the main thread) first and wall time second:
 * on a shared 2-core machine a task's wall time mostly measures who else was running.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an `X` event. */
  tdur?: number;
  /** The thread's CPU clock at the event. */
  tts?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface TaskTime {
  cpuMs: number;
  wallMs: number;
}

export interface Hotspot {
  /** Function name (minified in a production build), or "nextNode ← caller" for a DOM call. */
  name: string;
  url?: string;
  line?: number;
  column?: number;
  ms: number;
}

export interface ExtensionTime extends TaskTime {
  longestCpuMs: number;
  longestWallMs: number;
  tasks: number;
  /** CPU samples with our script on the stack, times the sampling interval. */
  sampledMs: number;
  /** Where the samples inside our tasks fell, by top frame. */
  hotspots: Hotspot[];
  /** The same for the longest task alone. */
  longestTaskHotspots: Hotspot[];
  /** When our first task (the content script's injection) began, ms after the load event. */
  startAfterLoadMs: number;
}

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
export interface Sample {
  ts: number;
  weight: number;
  node: ProfileNode;
  ours: boolean;
}

/** DevTools' task event: it spans the task and the microtask checkpoint that follows it. */
const TASK = 'RunTask';
const OUR_SCRIPTS = 'chrome-extension://';
const ms = (micros: number) => micros / 1000;

function mainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Top-level tasks of one thread, sorted, nested ones dropped. */
function tasksOf(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const spans = events
    .filter((e) => e.ph === 'X' && e.name === TASK && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const span of spans) {
    if (span.ts >= end) {
      out.push(span);
      end = span.ts + span.dur!;
    }
  }
  return out;
}

/** The task (of `tasks`, sorted and disjoint) running at `ts`. */
function taskAt(tasks: TraceEvent[], ts: number): TraceEvent | undefined {
  let low = 0;
  let high = tasks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const task = tasks[mid]!;
    if (ts < task.ts) high = mid - 1;
    else if (ts >= task.ts + task.dur!) low = mid + 1;
    else return task;
  }
  return undefined;
}

function samplerStart(profile: TraceEvent): number {
  return (profile.args?.data?.startTime as number | undefined) ?? profile.ts;
}

/** One thread's CPU samples; each weighs the time until the next one. */
export function samplesOf(
  events: TraceEvent[],
  profile: TraceEvent,
): { samples: Sample[]; nodes: Map<number, ProfileNode> } {
  const nodes = new Map<number, ProfileNode>();
  const raw: { ts: number; node: number }[] = [];
  let ts = samplerStart(profile);
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id)) {
    // Some chunks carry no profile (only the profiler's bookkeeping).
    const data = chunk.args?.data as
      { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      raw.push({ ts, node });
    });
  }
  // Time deltas may be negative: samples are not always recorded in order.
  raw.sort((a, b) => a.ts - b.ts);
  const ours = new Map<number, boolean>();
  const hasOurFrame = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    if (!ours.has(id)) {
      const node = nodes.get(id);
      ours.set(id, Boolean(node?.callFrame.url?.startsWith(OUR_SCRIPTS)) || hasOurFrame(node?.parent));
    }
    return ours.get(id)!;
  };
  const samples = raw.flatMap((sample, i) => {
    const node = nodes.get(sample.node);
    // A gap between samples (idle) must not count as the last sample's time.
    const weight = Math.min((raw[i + 1]?.ts ?? sample.ts) - sample.ts, 2_000);
    return node ? [{ ts: sample.ts, weight, node, ours: hasOurFrame(sample.node) }] : [];
  });
  return { samples, nodes };
}

function hotspotOf(sample: Sample, nodes: Map<number, ProfileNode>): Omit<Hotspot, 'ms'> {
  const frame = sample.node.callFrame;
  if (frame.url)
    return {
      name: frame.functionName || '(anonymous)',
      url: frame.url,
      line: frame.lineNumber,
      column: frame.columnNumber,
    };
  // A native frame (a DOM call, GC): name it after our function that called it.
  const caller = sample.node.parent === undefined ? undefined : nodes.get(sample.node.parent)?.callFrame;
  if (caller?.url) {
    return {
      name: `${frame.functionName} ← ${caller.functionName || '(anonymous)'}`,
      url: caller.url,
      line: caller.lineNumber,
      column: caller.columnNumber,
    };
  }
  return { name: frame.functionName };
}

export function hotspots(samples: Sample[], nodes: Map<number, ProfileNode>, count = 12): Hotspot[] {
  const spots = new Map<string, Hotspot>();
  for (const sample of samples) {
    const key = hotspotOf(sample, nodes);
    const id = `${key.name}@${key.line ?? ''}:${key.column ?? ''}`;
    const spot = spots.get(id) ?? { ...key, ms: 0 };
    spot.ms += ms(sample.weight);
    spots.set(id, spot);
  }
  return [...spots.values()].sort((a, b) => b.ms - a.ms).slice(0, count);
}

/** The content script's tasks on the tab where its samples are. */
export function extensionTime(events: TraceEvent[]): ExtensionTime {
  const threads = mainThreads(events);
  const candidates = events
    .filter((e) => e.name === 'Profile' && threads.has(`${e.pid}:${e.tid}`))
    .map((profile) => ({ profile, ...samplesOf(events, profile) }))
    .map((c) => ({ ...c, ours: c.samples.filter((s) => s.ours).length }))
    .sort((a, b) => b.ours - a.ours);
  const tab = candidates[0];
  if (!tab?.ours) throw new Error('The trace holds no CPU sample of the content script');
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === tab.profile.pid);
  if (navigation && samplerStart(tab.profile) > navigation.ts)
    throw new Error('The CPU sampler started after the page began loading');
  const allTasks = tasksOf(events, tab.profile.pid, tab.profile.tid);
  const ours = new Set(
    tab.samples
      .filter((s) => s.ours)
      .map((s) => taskAt(allTasks, s.ts))
      .filter((t) => t !== undefined),
  );
  const tasks = allTasks.filter((task) => ours.has(task));
  const inOurs = tab.samples.filter((s) => taskAt(tasks, s.ts));
  const longest = tasks.reduce<TraceEvent | undefined>(
    (a, t) => ((t.tdur ?? t.dur!) > (a?.tdur ?? a?.dur ?? -1) ? t : a),
    undefined,
  );
  // The page's own load event: the last one in the tab's process (an about:blank may precede it).
  const load = events.filter((e) => e.name === 'loadEventStart' && e.pid === tab.profile.pid).at(-1);
  return {
    cpuMs: ms(tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur!), 0)),
    wallMs: ms(tasks.reduce((sum, t) => sum + t.dur!, 0)),
    longestCpuMs: ms(Math.max(0, ...tasks.map((t) => t.tdur ?? t.dur!))),
    longestWallMs: ms(Math.max(0, ...tasks.map((t) => t.dur!))),
    tasks: tasks.length,
    sampledMs: ms(tab.samples.filter((s) => s.ours).reduce((sum, s) => sum + s.weight, 0)),
    hotspots: hotspots(inOurs, tab.nodes),
    longestTaskHotspots: longest
      ? hotspots(
          inOurs.filter((s) => taskAt([longest], s.ts)),
          tab.nodes,
          5,
        )
      : [],
    startAfterLoadMs: load && tasks[0] ? ms(tasks[0].ts - load.ts) : Number.NaN,
  };
}

/**
 * The time between `performance.mark(start)` and `performance.mark(end)`: a peer's
 * synchronous run. Marks carry the thread's CPU clock (`tts`) as well as the wall clock.
 * In a sampled trace the sampler must have been running by then, as it was for ours.
 */
export function markedSpan(events: TraceEvent[], start: string, end: string, sampled = true): TaskTime {
  const first = events.find((e) => e.name === start);
  const last = events.find((e) => e.name === end);
  if (!first || !last) throw new Error(`The trace lacks performance.mark("${first ? end : start}")`);
  const profile = events.find((e) => e.name === 'Profile' && e.pid === first.pid && e.tid === first.tid);
  if (sampled && (!profile || samplerStart(profile) > first.ts))
    throw new Error('The CPU sampler started after the peer did');
  const cpu = first.tts !== undefined && last.tts !== undefined ? last.tts - first.tts : last.ts - first.ts;
  return { cpuMs: ms(cpu), wallMs: ms(last.ts - first.ts) };
}
