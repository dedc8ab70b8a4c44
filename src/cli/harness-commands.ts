import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { EXIT } from "../errors/plumbline-error.js";
import { UsageError } from "../errors/usage-error.js";
import { runGate } from "../harness/gate/gate.js";
import { terminalView, jsonlView } from "../harness/events/views.js";
import type { Subscriber } from "../harness/events/bus.js";
import { isMode } from "../harness/permissions/modes.js";
import { configFromScenario, resumeSession, startSession, type RunOutcome } from "../harness/run.js";
import { loadScenario } from "../harness/scenario.js";
import type { SessionConfig } from "../harness/session/session.js";
import { builtInRegistry } from "../harness/tools/built-ins.js";
import { runClassify } from "./classify-command.js";
import type { CliIo } from "./io.js";

interface RunOptions {
  scenario?: string;
  sessionDir: string;
  workspace?: string;
  mode?: string;
  events: string;
  model?: string;
  prompt?: string;
}

function subscribersFor(events: string, io: CliIo): Subscriber[] {
  if (events === "jsonl") return [jsonlView(io.stdout)];
  if (events === "text") return [terminalView(io.stdout)];
  if (events === "none") return [];
  throw new UsageError(`--events must be text, jsonl or none, not ${events}`);
}

function modeOption(mode: string | undefined): "plan" | "default" | "accept-edits" | "bypass" | undefined {
  if (mode === undefined) return undefined;
  if (!isMode(mode)) throw new UsageError(`unknown mode ${mode}: use plan, default, accept-edits or bypass`);
  return mode;
}

function report(outcome: RunOutcome, io: CliIo): number {
  io.stderr(`session ended: ${outcome.reason} after ${outcome.state.turns} turns, ${outcome.state.usage.input_tokens + outcome.state.usage.output_tokens} tokens\n`);
  return outcome.reason === "completed" ? EXIT.ok : EXIT.failed;
}

async function runCommand(opts: RunOptions, io: CliIo): Promise<number> {
  const workspace = resolve(io.cwd, opts.workspace ?? ".");
  if (!existsSync(workspace)) throw new UsageError(`workspace not found: ${workspace}`);
  const mode = modeOption(opts.mode);
  const sessionDir = resolve(io.cwd, opts.sessionDir);
  if (existsSync(resolve(sessionDir, "journal.jsonl"))) throw new UsageError(`${sessionDir} already holds a session: use \`plumbline harness resume\``);
  let config: SessionConfig;
  if (opts.scenario !== undefined) {
    try {
      config = configFromScenario(loadScenario(resolve(io.cwd, opts.scenario)), workspace, mode);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  } else if (opts.model === "anthropic" && opts.prompt !== undefined) {
    if (!io.env.ANTHROPIC_API_KEY) throw new UsageError("--model anthropic needs ANTHROPIC_API_KEY");
    config = { task: opts.prompt, workspace, mode: mode ?? "default", role: "general", budget: { maxTurns: 30 }, permissions: { allow: [], deny: [], ask: [] }, model: "claude-sonnet-4-5", depth: 0 };
  } else {
    throw new UsageError("give --scenario FILE, or --model anthropic --prompt TEXT");
  }
  return report(await startSession(sessionDir, config, { subscribers: subscribersFor(opts.events, io) }), io);
}

/** Registers `plumbline harness run|resume|classify|tools` and `plumbline gate`. */
export function registerHarnessCommands(program: Command, io: CliIo, setCode: (code: number) => void): void {
  const harness = program.command("harness").description("run the reference agent harness");
  harness
    .command("run")
    .description("run a session on a scripted scenario (no network) or, with a key, on the Anthropic API; exit 0 when it completes")
    .option("--scenario <file>", "scenario JSON (scripted model)")
    .requiredOption("--session-dir <dir>", "where the journal and snapshots go")
    .option("--workspace <dir>", "the only directory file tools may touch (default: current directory)")
    .option("--mode <mode>", "plan, default, accept-edits or bypass")
    .option("--events <format>", "text, jsonl or none", "text")
    .option("--model <name>", "anthropic, to use the real API")
    .option("--prompt <text>", "the task, with --model anthropic")
    .action(async (opts: RunOptions) => setCode(await runCommand(opts, io)));
  harness
    .command("resume")
    .description("continue an interrupted session from its journal")
    .requiredOption("--session-dir <dir>", "the session to resume")
    .option("--events <format>", "text, jsonl or none", "text")
    .action(async (opts: { sessionDir: string; events: string }) => {
      const dir = resolve(io.cwd, opts.sessionDir);
      if (!existsSync(resolve(dir, "session.json"))) throw new UsageError(`no session in ${dir}`);
      const outcome = await resumeSession(dir, { subscribers: subscribersFor(opts.events, io) });
      if (!outcome.resumed) {
        io.stderr(`session already finished: ${outcome.reason}\n`);
        return setCode(EXIT.ok);
      }
      setCode(report(outcome, io));
    });
  harness
    .command("classify")
    .description("classify shell commands from stdin, one per line, as JSON Lines")
    .option("--mode <mode>", "permission mode", "default")
    .action(async (opts: { mode: string }) => {
      const mode = modeOption(opts.mode) ?? "default";
      io.stdout(runClassify(await io.readStdin(), { mode, workspace: io.cwd, home: io.env.HOME }));
      setCode(EXIT.ok);
    });
  harness
    .command("tools")
    .description("list the built-in tools and their metadata as JSON")
    .action(() => {
      io.stdout(`${JSON.stringify(builtInRegistry().describe(), null, 2)}\n`);
      setCode(EXIT.ok);
    });
  program
    .command("gate")
    .description("replay the golden guardrail scenarios; exit 1 on any difference")
    .option("--update", "rewrite the goldens deliberately")
    .option("--dir <dir>", "scenario directory", "fixtures/guardrails")
    .action(async (opts: { update?: boolean; dir: string }) => {
      const dir = resolve(io.cwd, opts.dir);
      if (!existsSync(dir)) throw new UsageError(`no scenarios in ${dir}`);
      const results = await runGate(dir, opts.update === true);
      for (const r of results) io.stdout(`${r.status.padEnd(7)} ${r.name}\n${r.diff.map((d) => `${d}\n`).join("")}`);
      const failed = results.filter((r) => r.status === "fail" || r.status === "missing").length;
      io.stdout(`gate: ${results.length} scenarios, ${failed} failed\n`);
      setCode(failed === 0 ? EXIT.ok : EXIT.failed);
    });
}
