import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../core/types.js";
import type { LoadedFile } from "../loader/types.js";
import type { FactBase } from "./analyzer.js";

/** A batch sent to a worker: contiguous files of the load order. */
export interface BatchRequest {
  /** Which parallel run asks; replies carry it back. */
  run: number;
  id: number;
  files: readonly LoadedFile[];
}

/** What a worker sends back: facts per analyzer (in ALL_ANALYZERS order) and diagnostics. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "done"; run: number; id: number; facts: (readonly FactBase[])[]; diagnostics: Diagnostic[] }
  | { type: "failed"; run: number; id: number; message: string };

/** One worker thread and what it is doing. */
export interface Slot {
  readonly worker: Worker;
  ready: boolean;
  dead: boolean;
  /** The run that has leased this slot. */
  owner?: object;
  /** Called on every message while leased. */
  listener?: (message: WorkerMessage) => void;
  /** Called when the worker dies while leased. */
  onDeath?: () => void;
}

/**
 * Worker threads are kept for the life of the process: starting one costs about as much as
 * parsing a few megabytes (it loads the TypeScript compiler), so audits in one process share them.
 * Idle workers are unref'd and never keep the process alive.
 */
const slots: Slot[] = [];

/** The compiled worker entry; absent when running from TypeScript sources (as the unit tests do). */
function workerUrl(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Threads an audit uses with `jobs: "auto"`. V8 compiles and collects garbage on background threads,
 * and a fresh process with a worker on a 2-core machine measured slower than one thread (gemini-cli:
 * 6.4 s against 5.4 s), so auto stays on one thread below 4 cores and leaves one core to V8 above.
 */
export function autoJobs(): number {
  const cores = availableParallelism();
  return cores < 4 ? 1 : Math.min(4, cores - 1);
}

/** Whether worker threads can be used here at all. */
export function canUseWorkers(): boolean {
  return workerUrl() !== undefined;
}

function spawn(url: URL): Slot {
  const worker = new Worker(url);
  const slot: Slot = { worker, ready: false, dead: false };
  worker.on("message", (message: WorkerMessage) => {
    if (message.type === "ready") slot.ready = true;
    slot.listener?.(message);
  });
  const die = (): void => {
    if (slot.dead) return;
    slot.dead = true;
    slots.splice(slots.indexOf(slot), 1);
    slot.onDeath?.();
  };
  worker.on("error", die);
  worker.on("exit", die);
  worker.unref();
  slots.push(slot);
  return slot;
}

/** Leases up to `count` idle workers (starting new ones as needed) for one run. */
export function leaseWorkers(count: number, owner: object): Slot[] {
  const url = workerUrl();
  if (!url || count <= 0) return [];
  const leased = slots.filter((s) => !s.owner && !s.dead).slice(0, count);
  try {
    while (leased.length < count) leased.push(spawn(url));
  } catch {
    // No more threads (resource limits): the run goes on with the workers it has, or on its own thread.
  }
  for (const s of leased) {
    s.owner = owner;
    s.worker.ref();
  }
  return leased;
}

/** Returns leased workers to the pool. */
export function releaseWorkers(leased: readonly Slot[]): void {
  for (const s of leased) {
    s.owner = undefined;
    s.listener = undefined;
    s.onDeath = undefined;
    if (!s.dead) s.worker.unref();
  }
}
