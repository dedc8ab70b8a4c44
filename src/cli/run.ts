import { Command, CommanderError } from "commander";
import { EXIT, PlumblineError } from "../errors/plumbline-error.js";
import { VERSION } from "../version.js";
import type { AuditCliOptions } from "./audit-command.js";
import type { CliIo } from "./io.js";
import { registerHarnessCommands } from "./harness-commands.js";

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("plumbline")
    .description("Audit the plumbing of an AI agent codebase, and run the reference harness.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showSuggestionAfterError();

  program
    .command("audit")
    .description("audit a repository for the seven pillars")
    .argument("<path>", "repository to audit")
    .option("-f, --format <format>", "text, json, markdown or sarif", "text")
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("--fail-under <score>", "exit 1 when the overall score is under this (0-100)")
    .option("--baseline <file>", "an earlier JSON report; exit 1 when a finding is not in it")
    .option("-c, --config <file>", "configuration file (default: plumbline.config.json in the target)")
    .option("-j, --jobs <n>", "threads to analyze with: a number, or auto (1 below 4 cores; up to 4 on large targets)", "auto")
    .option("--no-inline-config", "ignore plumbline-disable comments in the audited code")
    .action(async (path: string, opts: AuditCliOptions) => {
      // Loaded on demand: the analyzer stack (ts-morph, every rule) is not needed by harness commands.
      const { runAuditCommand } = await import("./audit-command.js");
      code = await runAuditCommand(path, opts, io);
    });

  const rules = program.command("rules").description("list the rules").option("--json", "as JSON");
  rules.action(async (opts: { json?: boolean }) => {
    const { runRulesList } = await import("./rules-command.js");
    code = runRulesList(opts, io);
  });
  rules
    .command("explain")
    .description("explain one rule")
    .argument("<rule-id>")
    .action(async (id: string) => {
      const { runRulesExplain } = await import("./rules-command.js");
      code = runRulesExplain(id, io);
    });

  registerHarnessCommands(program, io, (c) => {
    code = c;
  });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    if (error instanceof PlumblineError) {
      io.stderr(`plumbline: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (io.env.PLUMBLINE_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`plumbline: internal error: ${detail}\n(set PLUMBLINE_DEBUG=1 for a stack trace and please report it)\n`);
    return EXIT.internal;
  }
}
