import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { EventBus } from "../events/bus.js";
import { BudgetLimitsSchema, isDecision, type HarnessEvent } from "../events/events.js";
import { PermissionRulesSchema } from "../permissions/rules.js";
import { ScenarioSchema } from "../scenario.js";
import { Journal, needsFsync, readJournal } from "./journal.js";
import { writeAtomic } from "./snapshot.js";
import { applyEvent, replay, type SessionState } from "./state.js";

/** What a session was started with; saved once, atomically, so `resume` needs nothing but the directory. */
export const SessionConfigSchema = z.object({
  task: z.string(),
  workspace: z.string(),
  mode: z.enum(["plan", "default", "accept-edits", "bypass"]),
  role: z.enum(["general", "explore", "plan", "verify"]),
  budget: BudgetLimitsSchema,
  permissions: PermissionRulesSchema,
  verify: z.string().optional(),
  model: z.string(),
  /** The scripted model's scenario, embedded so a resume replays the same script. */
  scenario: ScenarioSchema.optional(),
  depth: z.number().int().min(0).max(1),
});
export type SessionConfig = z.infer<typeof SessionConfigSchema>;

/** Thrown by a simulated crash (gate scenarios); nothing after it is written, as after SIGKILL. */
export class SimulatedCrash extends Error {
  override readonly name = "SimulatedCrash";
}

/** A session directory open for writing: its state, its journal, and the bus its events go out on. */
export class Session {
  readonly bus = new EventBus();
  #written = 0;
  crashAfterEvents: number | undefined;

  private constructor(
    readonly dir: string,
    readonly config: SessionConfig,
    readonly state: SessionState,
    private readonly journal: Journal,
    readonly repairedBytes: number,
    readonly priorEvents: number,
  ) {
    this.#decisions = new Journal(join(dir, "decisions.jsonl"), readJournal(join(dir, "decisions.jsonl")).validBytes);
  }

  /** The decision log, apart from the transcript: every permission, budget, compaction and routing decision. */
  readonly #decisions: Journal;

  /** Creates a session directory and saves its configuration. */
  static create(dir: string, config: SessionConfig): Session {
    mkdirSync(dir, { recursive: true });
    if (existsSync(join(dir, "journal.jsonl"))) throw new Error(`${dir} already holds a session; use resume`);
    writeAtomic(join(dir, "session.json"), `${JSON.stringify(config, null, 2)}\n`);
    return new Session(dir, config, replay([]), new Journal(join(dir, "journal.jsonl"), 0), 0, 0);
  }

  /** Opens an existing session: replays its journal, cutting off a torn last line. */
  static open(dir: string): Session {
    const config = SessionConfigSchema.parse(JSON.parse(readFileSync(join(dir, "session.json"), "utf8")));
    const read = readJournal(join(dir, "journal.jsonl"));
    return new Session(dir, config, replay(read.events), new Journal(join(dir, "journal.jsonl"), read.validBytes), read.droppedBytes, read.events.length);
  }

  /** Records an event: into the state, durably into the journal, then out to subscribers. */
  async emit(event: HarnessEvent): Promise<void> {
    if (this.crashAfterEvents !== undefined && this.#written >= this.crashAfterEvents) throw new SimulatedCrash(`simulated crash after ${this.#written} events`);
    applyEvent(this.state, event);
    this.journal.appendEvent(event, needsFsync(event));
    if (isDecision(event)) this.#decisions.appendEvent(event, false);
    this.#written++;
    if (event.type === "model_response" || event.type === "session_ended") this.snapshot();
    await this.bus.emit(event);
  }

  /** Writes the current state beside the journal, atomically, for readers that want it without a replay. */
  snapshot(): void {
    writeAtomic(join(this.dir, "state.json"), `${JSON.stringify(this.state)}\n`);
  }

  close(): void {
    this.journal.close();
    this.#decisions.close();
  }
}
