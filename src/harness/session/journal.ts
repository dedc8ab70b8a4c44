import { appendFileSync, closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync } from "node:fs";
import { EventSchema, type HarnessEvent } from "../events/events.js";

/** What reading a journal found: the events, and how many bytes of a torn last line were dropped. */
export interface JournalRead {
  events: HarnessEvent[];
  validBytes: number;
  droppedBytes: number;
}

/** Thrown when a journal is damaged anywhere but its last line, which no crash can explain. */
export class JournalCorruptError extends Error {
  override readonly name = "JournalCorruptError";
}

/** Reads a journal; a last line cut off by a crash (no newline, or not valid JSON) is dropped and counted. */
export function readJournal(path: string): JournalRead {
  if (!existsSync(path)) return { events: [], validBytes: 0, droppedBytes: 0 };
  const buf = readFileSync(path);
  const events: HarnessEvent[] = [];
  let start = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl + 1;
    const event = nl < 0 ? undefined : parseLine(buf.subarray(start, nl).toString("utf8"));
    if (!event) {
      if (end < buf.length) throw new JournalCorruptError(`journal line at byte ${start} is not a valid event`);
      return { events, validBytes: start, droppedBytes: buf.length - start };
    }
    events.push(event);
    start = end;
  }
  return { events, validBytes: buf.length, droppedBytes: 0 };
}

function parseLine(line: string): HarnessEvent | undefined {
  try {
    const result = EventSchema.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Append-only JSON Lines journal. Events that precede a side effect are fsynced before it happens. */
export class Journal {
  readonly #fd: number;

  /** Opens for appending, first cutting off a torn tail so new lines start clean. */
  constructor(
    readonly path: string,
    validBytes: number,
  ) {
    this.#fd = openSync(path, "a");
    ftruncateSync(this.#fd, validBytes);
  }

  /** Appends one event as one line; `durable` waits until it is on disk. */
  appendEvent(event: HarnessEvent, durable: boolean): void {
    appendFileSync(this.#fd, `${JSON.stringify(event)}\n`);
    if (durable) fsyncSync(this.#fd);
  }

  close(): void {
    fsyncSync(this.#fd);
    closeSync(this.#fd);
  }
}

/** Events after which a crash must not lose the line: they guard a side effect or end a step. */
export function needsFsync(event: HarnessEvent): boolean {
  return event.type === "step_started" || event.type === "tool_result" || event.type === "session_ended" || event.type === "model_response";
}
