import rule from "../../../src/rules/logging/structured-logger.js";
import { ruleTester } from "../../support/rule-tester.js";
import { consoleAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    { name: "a console-only agent", files: { "src/agent.ts": consoleAgent } },
    {
      name: "the debug package and a console wrapper with levels",
      files: {
        "src/log.ts": `import createDebug from "debug";
export const debug = createDebug("agent");
export class Log {
  info(msg: string) { console.log("[info] " + msg); }
  warn(msg: string) { console.warn("[warn] " + msg); }
  error(msg: string) { console.error("[error] " + msg); }
}
`,
      },
    },
    {
      name: "a dialog helper and a save function that write files but are not loggers",
      files: {
        "src/ui/dialog.ts": `import fs from "node:fs";
export function showDialog(path: string, text: string) {
  fs.appendFileSync(path, \`\${new Date().toISOString()} \${text}\\n\`);
}
`,
        "src/session/save.ts": `import fs from "node:fs";
export function saveTranscript(path: string, data: unknown) { fs.appendFileSync(path, JSON.stringify(data) + "\\n"); }
`,
      },
    },
    {
      name: "a log helper that only prints to the console",
      files: { "src/log.ts": `export function log(message: string, data?: unknown) { console.log(\`[\${new Date().toISOString()}] \${message}\`, data); }\n` },
    },
    {
      name: "pino only in an example",
      files: { "examples/logging/main.ts": `import pino from "pino";\nexport const log = pino();\n` },
    },
    {
      name: "a console ring buffer whose entries hold only a time, a level and the text",
      files: { "src/logger.ts": `type LogEntry = { ts: string; level: "log" | "warn" | "error"; message: string };\nconst buffer: LogEntry[] = [];\n` },
    },
    {
      name: "other names from @nestjs/common",
      files: { "src/app.module.ts": `import { Module, Injectable } from "@nestjs/common";\n@Module({})\nexport class AppModule {}\n` },
    },
  ],
  invalid: [
    {
      name: "the project's own helper appending timestamped JSON lines to a log file (MCP server style)",
      files: {
        "src/logging.ts": `import fs from "fs";
const logFile = process.env.HOME + "/.local/share/my-server/commands.log";
export function always_log(message: string, data?: unknown) { // expect: logging/structured-logger
  const timestamp = new Date().toISOString();
  fs.appendFileSync(logFile, \`[\${timestamp}] \${message}\${data ? ": " + JSON.stringify(data) : ""}\\n\`);
}
export function verbose_log(message: string, data?: unknown) {
  if (process.argv.includes("--verbose")) always_log(message, data);
}
`,
      },
    },
    {
      name: "pino and OpenTelemetry imports",
      files: {
        "src/mastra.ts": `import { PinoLogger } from "@mastra/loggers"; // expect: logging/structured-logger
export const logger = new PinoLogger({ name: "agent" });
`,
        "src/logger.ts": `import pino from "pino"; // expect: logging/structured-logger
export const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });
`,
        "src/telemetry.ts": `import { trace } from "@opentelemetry/api"; // expect: logging/structured-logger
export const tracer = trace.getTracer("agent");
`,
      },
    },
    {
      name: "winston through require",
      files: { "lib/log.js": `const winston = require("winston"); // expect: logging/structured-logger\nmodule.exports = winston.createLogger({});\n` },
    },
    {
      name: "a custom leveled logger that writes JSON lines",
      files: {
        "src/utils/logger.ts": `import { appendFileSync } from "node:fs";
export class JsonLogger { // expect: logging/structured-logger
  constructor(private readonly path: string) {}
  private write(level: string, msg: string, fields: object) {
    appendFileSync(this.path, JSON.stringify({ ts: Date.now(), level, msg, ...fields }) + "\\n");
  }
  debug(msg: string, fields = {}) { this.write("debug", msg, fields); }
  info(msg: string, fields = {}) { this.write("info", msg, fields); }
  warn(msg: string, fields = {}) { this.write("warn", msg, fields); }
  error(msg: string, fields = {}) { this.write("error", msg, fields); }
}
`,
      },
    },
    {
      name: "NestJS Logger per service",
      files: {
        "src/agent/agent.processor.ts": `import { Injectable, Logger } from "@nestjs/common"; // expect: logging/structured-logger
@Injectable()
export class AgentProcessor {
  private readonly logger = new Logger(AgentProcessor.name);
}
`,
      },
    },
    {
      name: "leveled records sent as MCP logging notifications",
      files: {
        "src/logger.ts": `export function log(level: LogLevel, message: string, data?: unknown) {
  server.server.sendLoggingMessage({ level, data: data ? \`\${message}: \${JSON.stringify(data)}\` : message }); // expect: logging/structured-logger
}
`,
      },
    },
    {
      name: "declared log records with a level and context fields",
      files: {
        "src/logging.ts": `interface LogEntry { // expect: logging/structured-logger
  severity: string;
  message: string;
  component: string;
}
`,
        "src/log-events.ts": `export interface LogEvent { // expect: logging/structured-logger
  type: string;
  agent: string;
  data: Record<string, unknown>;
  timestamp: string;
}
`,
      },
    },
  ],
});
