import { defineRule } from "../../engine/rule.js";
import { loggers } from "../../analyzers/observe/loggers.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

const NOTES = {
  import: (name: string) => `uses ${name}`,
  custom: (name: string) => `leveled JSON logger ${name}`,
  file: (name: string) => `${name} appends timestamped records to a log file`,
  record: (name: string) => `log record type ${name} with a level and context fields`,
} as const;

/** Evidence: logs go through a structured logger or telemetry rather than console output. */
export default defineRule({
  id: "logging/structured-logger",
  pillar: "logging",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Structured logger or telemetry",
    description: "Finds structured loggers (pino, winston, bunyan, log4js, tslog), OpenTelemetry and tracing clients, custom leveled loggers that write JSON, MCP logging notifications, declared log record types with a level and context fields, and the project's own logging helpers that append timestamped or JSON records to a log file.",
    rationale: "Leveled, structured records can be filtered, shipped and queried; console text cannot.",
    references: ["T8"],
    recommendation: "Log through one structured logger (pino or OpenTelemetry) with fields, not interpolated strings.",
  },
  messages: { logger: "structured logger {{name}}" },
  detect(ctx) {
    const seen = new Set<string>();
    for (const f of ctx.facts(loggers)) {
      if (f.kind === "console" || outsideProduct(f.file)) continue;
      const name = f.kind === "import" ? f.module : f.name;
      if (seen.has(name) || seen.size >= 6) continue;
      seen.add(name);
      ctx.evidence({ signal: "structured-logger", file: f.file, line: f.line, note: NOTES[f.kind](name) });
    }
  },
});
