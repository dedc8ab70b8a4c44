import type { Diagnostic } from "../core/types.js";
import type { LoadedFile } from "../loader/types.js";
import type { Analyzer, FactBase } from "./analyzer.js";
import { FactStore } from "./fact-store.js";
import { leaseWorkers, releaseWorkers, type BatchRequest, type Slot, type WorkerMessage } from "./pool.js";
import { runAnalyzers } from "./walk.js";

/** The facts of one batch, per analyzer in the order of the analyzer list. */
export interface BatchResult {
  facts: (readonly FactBase[])[];
  diagnostics: Diagnostic[];
}

/** Text per batch: small enough that the main thread checks for finished workers often. */
const BATCH_BYTES = 96 * 1024;

/** Splits files into contiguous batches; merging batch results in order gives the sequential order. */
export function makeBatches(files: readonly LoadedFile[], bytes = BATCH_BYTES): LoadedFile[][] {
  const batches: LoadedFile[][] = [];
  let current: LoadedFile[] = [];
  let size = 0;
  for (const file of files) {
    current.push(file);
    size += file.text.length;
    if (size >= bytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Analyzes one batch in this thread. */
export function runBatch(files: readonly LoadedFile[], analyzers: readonly Analyzer<FactBase>[]): BatchResult {
  const store = new FactStore();
  const diagnostics: Diagnostic[] = [];
  runAnalyzers(files, analyzers, store, diagnostics);
  return { facts: analyzers.map((a) => store.facts(a)), diagnostics };
}

/** Batches queued per worker: it starts the next one while the main thread, busy with its own, has not yet read the result. */
const IN_FLIGHT = 2;

/** Numbers each parallel run, so a worker's late answer to an earlier run is not taken for this one's. */
let runs = 0;

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the analyzers over the files on this thread and `helpers` worker threads. Workers run the
 * default analyzer list, so `analyzers` must be that list. Batches are handed out as threads free
 * up and merged in file order, so the facts are the same as a sequential run's whatever the timing;
 * a batch whose worker dies, or is still busy when this thread runs out of work, is redone here.
 */
export async function runAnalyzersParallel(
  files: readonly LoadedFile[],
  analyzers: readonly Analyzer<FactBase>[],
  store: FactStore,
  diagnostics: Diagnostic[],
  helpers: number,
  batchBytes = BATCH_BYTES,
): Promise<void> {
  const batches = makeBatches(files, batchBytes);
  const results: (BatchResult | undefined)[] = new Array<BatchResult | undefined>(batches.length);
  const run = ++runs;
  const redo: number[] = [];
  const held: Set<number>[] = [];
  let next = 0;
  const owner = {};
  const leased = leaseWorkers(Math.min(helpers, batches.length - 1), owner);

  const assign = (slot: Slot, busy: Set<number>): void => {
    while (!slot.dead && slot.ready && busy.size < IN_FLIGHT && next < batches.length) {
      const id = next++;
      busy.add(id);
      slot.worker.postMessage({ run, id, files: batches[id] ?? [] } satisfies BatchRequest);
    }
  };
  for (const slot of leased) {
    const busy = new Set<number>();
    held.push(busy);
    const settle = (id: number, result?: BatchResult): void => {
      if (!busy.delete(id)) return;
      if (result) results[id] ??= result;
      else if (!results[id]) redo.push(id);
    };
    slot.listener = (message: WorkerMessage) => {
      if (message.type !== "ready" && message.run !== run) return;
      if (message.type === "done") settle(message.id, { facts: message.facts, diagnostics: message.diagnostics });
      else if (message.type === "failed") settle(message.id);
      assign(slot, busy);
    };
    slot.onDeath = () => {
      for (const id of [...busy]) settle(id);
    };
    assign(slot, busy);
  }
  // With the queue empty, the main thread redoes a batch a worker still holds rather than wait for it:
  // the result is the same whichever finishes first, and the audit never waits on a slow worker.
  const unfinished = (): number | undefined => {
    let best: number | undefined;
    for (const busy of held) for (const id of busy) if (!results[id] && (best === undefined || id > best)) best = id;
    return best;
  };

  try {
    for (;;) {
      const id = redo.pop() ?? (next < batches.length ? next++ : unfinished());
      if (id === undefined) break;
      results[id] ??= runBatch(batches[id] ?? [], analyzers);
      if (leased.length > 0) await yieldToEvents();
    }
  } finally {
    releaseWorkers(leased);
  }

  for (const result of results) {
    if (!result) continue;
    analyzers.forEach((analyzer, i) => {
      for (const fact of result.facts[i] ?? []) store.add(analyzer, fact);
    });
    diagnostics.push(...result.diagnostics);
  }
}
