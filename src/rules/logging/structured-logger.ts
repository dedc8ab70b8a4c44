import { defineRule } from "../../engine/rule.js";
import { loggers } from "../../analyzers/observe/loggers.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

/** Evidence: logs go through a structured logger or telemetry rather than console output. */
export default defineRule({
  id: "logging/structured-logger",
  pillar: "logging",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Structured logger or telemetry",
    description: "Finds structured loggers (pino, winston, bunyan, log4js, tslog), OpenTelemetry and tracing clients, and custom leveled loggers that write JSON.",
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
      ctx.evidence({ signal: "structured-logger", file: f.file, line: f.line, note: f.kind === "import" ? `uses ${name}` : `leveled JSON logger ${name}` });
    }
  },
});
