import type { Subscriber } from "./events/bus.js";
import type { EndReason } from "./events/events.js";
import type { Approver, LoopContext } from "./loop/context.js";
import { runAgent } from "./loop/agent-loop.js";
import { beginRun } from "./loop/begin.js";
import { AnthropicClient } from "./model/anthropic.js";
import type { ModelClient } from "./model/client.js";
import { ScriptedClient } from "./model/scripted.js";
import { PermissionEngine } from "./permissions/engine.js";
import { ROLES, roleAllows } from "./roles/roles.js";
import type { Scenario } from "./scenario.js";
import { Session, type SessionConfig } from "./session/session.js";
import type { SessionState } from "./session/state.js";
import { builtInRegistry } from "./tools/built-ins.js";
import type { ToolRegistry } from "./tools/registry.js";

/** How to drive a run or a resume beyond what the session directory holds. */
export interface DriveOptions {
  subscribers?: readonly Subscriber[];
  approver?: Approver;
  signal?: AbortSignal;
  /** A model to use instead of the one the session names (tests, the Anthropic client with a custom fetch). */
  model?: ModelClient;
  registry?: ToolRegistry;
  /** Gate only: stop writing after this many events, as a SIGKILL would. */
  crashAfterEvents?: number;
}

/** How a run ended, and the state it left. */
export interface RunOutcome {
  reason: EndReason;
  state: SessionState;
  resumed: boolean;
  repairedBytes: number;
}

function modelFor(config: SessionConfig, scripted: Scenario["turns"] | undefined): ModelClient {
  if (config.model === "scripted") return new ScriptedClient(scripted ?? []);
  return new AnthropicClient({ model: config.model });
}

async function drive(session: Session, options: DriveOptions, resumed: boolean): Promise<RunOutcome> {
  for (const s of options.subscribers ?? []) session.bus.subscribe(s);
  session.crashAfterEvents = options.crashAfterEvents;
  const config = session.config;
  try {
    const role = ROLES[config.role];
    const permissions = new PermissionEngine({ mode: config.mode, workspace: config.workspace, rules: config.permissions }, new Set(session.state.grants));
    const tools = (options.registry ?? builtInRegistry()).filter((t) => roleAllows(role, t.name) && permissions.visible(t));
    const model = options.model ?? modelFor(config, config.scenario?.turns);
    await beginRun(session, resumed, model.model, tools.list().map((t) => t.name));
    const ctx: LoopContext = {
      session,
      model,
      tools,
      permissions,
      role,
      limits: config.budget,
      signal: options.signal ?? new AbortController().signal,
      approver: options.approver,
      subAgentModel: (callId) => (options.model ?? modelFor(config, config.scenario?.agents?.[callId]?.turns)),
      startedAt: Date.now(),
    };
    const reason = await runAgent(ctx);
    return { reason, state: session.state, resumed, repairedBytes: session.repairedBytes };
  } finally {
    session.close();
  }
}

/** Starts a new session in `dir` and runs it to its end. */
export function startSession(dir: string, config: SessionConfig, options: DriveOptions = {}): Promise<RunOutcome> {
  return drive(Session.create(dir, config), options, false);
}

/** Continues an interrupted session from its journal; a finished session is returned as it is. */
export async function resumeSession(dir: string, options: DriveOptions = {}): Promise<RunOutcome> {
  const session = Session.open(dir);
  if (session.state.ended !== undefined) {
    session.close();
    return { reason: session.state.ended, state: session.state, resumed: false, repairedBytes: session.repairedBytes };
  }
  return drive(session, options, true);
}

/** The session configuration a scenario asks for, over defaults. */
export function configFromScenario(scenario: Scenario, workspace: string, mode?: SessionConfig["mode"]): SessionConfig {
  return {
    task: scenario.task ?? scenario.name,
    workspace,
    mode: mode ?? scenario.mode ?? "default",
    role: scenario.role ?? "general",
    budget: scenario.budget ?? {},
    permissions: scenario.permissions ?? { allow: [], deny: [], ask: [] },
    verify: scenario.verify,
    model: "scripted",
    scenario,
    depth: 0,
  };
}
