import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { audit } from "../audit.js";
import { newFindings, readBaseline } from "../baseline/baseline.js";
import { loadConfig } from "../config/load-config.js";
import { EXIT } from "../errors/plumbline-error.js";
import { TargetError } from "../errors/target-error.js";
import { UsageError } from "../errors/usage-error.js";
import { describeFsError } from "../loader/fs-errors.js";
import { ConfigError } from "../errors/config-error.js";
import { FORMATS, formatReport, type Format } from "../reporters/index.js";
import { useColor, type CliIo } from "./io.js";

/** Options of `plumbline audit`, as commander parses them. */
export interface AuditCliOptions {
  format: string;
  output?: string;
  failUnder?: string;
  baseline?: string;
  config?: string;
  jobs?: string;
  /** false with --no-inline-config. */
  inlineConfig: boolean;
}

function parseFormat(value: string): Format {
  const f = FORMATS.find((x) => x === value);
  if (!f) throw new UsageError(`unknown format "${value}" (expected one of: ${FORMATS.join(", ")})`);
  return f;
}

function parseScore(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100) throw new UsageError(`${what} must be an integer from 0 to 100, got "${value}"`);
  return n;
}

function parseJobs(value: string | undefined): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be auto or an integer from 1 to 64, got "${value}"`);
  return n;
}

/** Runs an audit for the CLI and returns the exit code. */
export async function runAuditCommand(path: string, opts: AuditCliOptions, io: CliIo): Promise<number> {
  const format = parseFormat(opts.format);
  const cliFailUnder = parseScore(opts.failUnder, "--fail-under");
  const jobs = parseJobs(opts.jobs);
  const root = resolve(io.cwd, path);
  const config = await loadConfig(opts.config ? resolve(io.cwd, opts.config) : undefined, root);
  const failUnder = cliFailUnder ?? config.failUnder;
  const baseline = opts.baseline ? await readBaseline(resolve(io.cwd, opts.baseline)) : undefined;
  const report = await audit(root, {
    displayPath: path,
    jobs,
    rules: config.rules,
    inlineConfig: opts.inlineConfig && config.inlineConfig !== false,
    load: { ignore: config.ignore ?? [], ...(config.maxFileBytes ? { maxFileBytes: config.maxFileBytes } : {}) },
  });
  if (report.target.files === 0) {
    const skipped = report.diagnostics.filter((d) => d.file !== ".").length;
    throw new TargetError(`no JavaScript or TypeScript files to audit in ${path}${skipped > 0 ? ` (${skipped} skipped; see the diagnostics of --format json)` : ""}`);
  }
  const rendered = formatReport(report, format, { color: !opts.output && useColor(io) });
  if (opts.output) {
    try {
      await writeFile(resolve(io.cwd, opts.output), rendered);
    } catch (error) {
      throw new ConfigError(`cannot write ${opts.output}: ${describeFsError(error)}`);
    }
  } else {
    io.stdout(rendered);
  }
  let code: number = EXIT.ok;
  if (failUnder !== undefined && report.score.overall < failUnder) {
    io.stderr(`plumbline: score ${report.score.overall} is under --fail-under ${failUnder}\n`);
    code = EXIT.failed;
  }
  if (baseline) {
    const fresh = newFindings(report.findings, baseline).filter((f) => f.severity !== "info");
    if (fresh.length > 0) {
      io.stderr(`plumbline: ${fresh.length} finding(s) not in the baseline, first: ${fresh[0]?.ruleId} at ${fresh[0]?.file}:${fresh[0]?.line}\n`);
      code = EXIT.failed;
    }
  }
  return code;
}
