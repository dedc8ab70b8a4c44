import { appendFileSync, existsSync, mkdirSync, readFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { decisionCollector } from "../events/views.js";
import type { HarnessEvent } from "../events/events.js";
import { configFromScenario, resumeSession, startSession } from "../run.js";
import type { Scenario } from "../scenario.js";
import { SimulatedCrash } from "../session/session.js";
import { builtInRegistry } from "../tools/built-ins.js";
import { ToolRegistry } from "../tools/registry.js";

/**
 * The gate checks decisions, not commands: its shell only records what it would have run, so a weakened
 * classifier shows up as a golden diff instead of running `rm -rf ~` on the machine.
 */
function dryRunRegistry(log: string): ToolRegistry {
  return new ToolRegistry(
    builtInRegistry()
      .list()
      .map((t) =>
        t.name !== "shell"
          ? t
          : {
              ...t,
              run: async (input: unknown) => {
                const command = typeof input === "object" && input !== null ? String(Reflect.get(input, "command")) : "";
                appendFileSync(log, `${command}\n`);
                return `exit 0\n(dry run: ${command})`;
              },
            },
      ),
  );
}

/** A fixed base, so temporary paths have the same length everywhere and token projections stay stable. */
const GATE_BASE = "/tmp/plumbline-gate-";

/** Lays out a fresh workspace (`ws/`), a sibling `outside/` holding a secret to escape to, and the session dir. */
function prepare(scenario: Scenario): { root: string; workspace: string; sessionDir: string } {
  const root = mkdtempSync(GATE_BASE);
  const workspace = join(root, "ws");
  mkdirSync(workspace);
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "outside", "secret.txt"), "outside secret\n");
  for (const [path, content] of Object.entries(scenario.setup?.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  for (const [path, target] of Object.entries(scenario.setup?.symlinks ?? {})) symlinkSync(target, join(workspace, path));
  return { root, workspace, sessionDir: join(root, "session") };
}

/** Replays one scenario in a scratch directory (with its crash and torn journal, if any) and returns its decision log. */
export async function replayScenario(scenario: Scenario): Promise<string[]> {
  const { root, workspace, sessionDir } = prepare(scenario);
  const decisions: HarnessEvent[] = [];
  const subscribers = [decisionCollector(decisions)];
  const registry = dryRunRegistry(join(root, "shell.log"));
  try {
    try {
      await startSession(sessionDir, configFromScenario(scenario, workspace), { subscribers, registry, crashAfterEvents: scenario.crash?.afterEvents });
    } catch (error) {
      if (!(error instanceof SimulatedCrash)) throw error;
      decisions.push({ type: "error", where: "gate", message: error.message });
      if (scenario.crash?.tearJournal) appendFileSync(join(sessionDir, "journal.jsonl"), '{"type":"tool_result","callId":"to');
      await resumeSession(sessionDir, { subscribers, registry });
    }
    const lines = decisions.map((e) => JSON.stringify(e));
    const log = join(root, "shell.log");
    if (existsSync(log)) lines.push(JSON.stringify({ shellCommandsRun: readFileSync(log, "utf8").split("\n").filter(Boolean) }));
    return lines.map((l) => l.replaceAll(root, "<tmp>"));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
