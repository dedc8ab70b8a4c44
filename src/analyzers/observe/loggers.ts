import { ts } from "ts-morph";
import { calleeName, findDescendant, identifierWords, propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type Analyzer, type FactBase } from "../../engine/analyzer.js";

/** How a file logs: a structured logger or telemetry import, a custom leveled JSON logger, a log record type, or console calls. */
export type LoggerFact = FactBase &
  (
    | { kind: "import"; module: string }
    | { kind: "custom"; name: string }
    | { kind: "file"; name: string }
    | { kind: "record"; name: string }
    | { kind: "console"; count: number }
  );

/** Packages that write structured records: leveled JSON loggers, OpenTelemetry, tracing and product telemetry. */
const STRUCTURED_MODULE =
  /^(?:pino|winston|bunyan|log4js|tslog|roarr|@logtape\/logtape|@opentelemetry\/[\w-]+|@google-cloud\/logging|langfuse|langfuse-node|@langfuse\/[\w-]+|posthog-node|@vscode\/extension-telemetry|@arizeai\/[\w-]+|@traceloop\/[\w-]+|@mastra\/loggers)$/;
const LOG_WORD = /log/i;
const APPEND_CALL = /^(?:appendFileSync|appendFile|createWriteStream)$/;
const LEVEL_METHODS = new Set(["trace", "debug", "info", "warn", "error", "fatal"]);

/** Finds structured loggers and telemetry (imports and custom leveled JSON loggers) and counts console calls per file. */
export const loggers = defineAnalyzer<LoggerFact>({
  name: "loggers",
  description: "structured loggers, telemetry and console output",
  kinds: [
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.ClassDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
  ],
  ...consoleCounter(),
});

function consoleCounter(): Pick<Analyzer<LoggerFact>, "visit" | "enterFile" | "leaveFile"> {
  let count = 0;
  let first = 0;
  return {
    enterFile() {
      count = 0;
      first = 0;
    },
    leaveFile(ctx) {
      if (count > 0) ctx.emit({ file: ctx.file.path, line: first, kind: "console", count });
    },
    visit(node, ctx) {
      if (ts.isImportDeclaration(node)) {
        const module = ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : "";
        if (STRUCTURED_MODULE.test(module)) ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "import", module });
        else if (module === "@nestjs/common" && importsName(node, "Logger")) ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "import", module: "NestJS Logger" });
        return;
      }
      if (ts.isCallExpression(node)) {
        const e = node.expression;
        const isConsole = ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "console";
        const callee = isConsole ? "console" : ts.isIdentifier(e) ? e.text : undefined;
        if (isConsole) {
          count++;
          if (first === 0) first = ctx.line(node);
        } else if (ts.isPropertyAccessExpression(e) && e.name.text === "sendLoggingMessage") {
          // MCP logging notifications: leveled records the client receives as data, not console text.
          ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "custom", name: "MCP sendLoggingMessage" });
        } else if (callee === "require") {
          const arg = node.arguments[0];
          if (arg && ts.isStringLiteral(arg) && STRUCTURED_MODULE.test(arg.text)) {
            ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "import", module: arg.text });
          }
        }
        return;
      }
      if (ts.isFunctionDeclaration(node)) {
        const name = node.name?.text;
        if (name && node.body && LOG_WORD.test(name) && identifierWords(name).some((w) => w === "log" || w === "logger")) {
          if (writesStampedLogFile(node.body)) ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "file", name });
        }
        return;
      }
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
        if (isLogRecordType(node)) ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "record", name: node.name.text });
        return;
      }
      if (ts.isClassDeclaration(node) && node.name && isLeveledJsonLogger(node)) {
        ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "custom", name: node.name.text });
      }
    },
  };
}

function importsName(node: ts.ImportDeclaration, name: string): boolean {
  const bindings = node.importClause?.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name);
}

const LOG_RECORD_NAME = /Log(?:Entry|Event|Record|Line)?$/;
const LEVEL_FIELD = /^(?:level|severity|type|kind)$/;
/** Fields every log line has; a structured record carries at least one more (component, agent, data, requestId). */
const BASIC_FIELD = /^(?:ts|time|timestamp|date|level|severity|message|msg|text|type|kind)$/;

/**
 * A declared log record type (`LogEntry { severity, message, component }`, `LogEvent { type, agent, data }`):
 * a level and fields beyond the line's text, so each record can be filtered and queried.
 */
function isLogRecordType(node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration): boolean {
  if (!LOG_RECORD_NAME.test(node.name.text)) return false;
  const members = ts.isInterfaceDeclaration(node) ? node.members : ts.isTypeLiteralNode(node.type) ? node.type.members : undefined;
  if (!members) return false;
  const keys = members.flatMap((m) => (ts.isPropertySignature(m) ? [propertyNameText(m.name) ?? ""] : []));
  return keys.some((k) => LEVEL_FIELD.test(k)) && keys.some((k) => k !== "" && !BASIC_FIELD.test(k));
}

/** A class with at least three level methods (debug/info/warn/error) that writes JSON or carries a level. */
function isLeveledJsonLogger(node: ts.ClassDeclaration): boolean {
  let levels = 0;
  let hasLevelField = false;
  for (const m of node.members) {
    const name = propertyNameText(m.name);
    if (!name) continue;
    if (ts.isMethodDeclaration(m) && LEVEL_METHODS.has(name)) levels++;
    if (ts.isPropertyDeclaration(m) && /^(?:level|minLevel|logLevel|levels)$/.test(name)) hasLevelField = true;
  }
  if (levels < 3) return false;
  if (hasLevelField) return true;
  return findDescendant(node, (n) => ts.isCallExpression(n) && calleeName(n) === "JSON.stringify") !== undefined;
}

/**
 * A logging helper of the project's own that appends timestamped or JSON records to a log file
 * (`always_log(message, data)` writing `[iso] message: {json}`): a plain structured log, not console text.
 */
function writesStampedLogFile(body: ts.Block): boolean {
  let appends = false;
  let stamped = false;
  const walk = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const last = ts.isIdentifier(n.expression) ? n.expression.text : ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : "";
      if (APPEND_CALL.test(last)) appends = true;
      else if (last === "toISOString" || last === "stringify" || last === "now") stamped = true;
    }
    if (!(appends && stamped)) ts.forEachChild(n, walk);
  };
  walk(body);
  return appends && stamped;
}
