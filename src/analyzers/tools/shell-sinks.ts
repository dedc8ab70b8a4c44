import { ts } from "ts-morph";
import { calleeName, dottedName, lastSegment, objectProperty, stringValue } from "../../engine/ast.js";
import { SHELL_IDENTIFIER, SHELL_PROGRAMS } from "./names.js";

/** How a sink reads its input: as shell script, as code to evaluate, or as a program and its arguments. */
export type SinkKind = "shell" | "eval" | "program";

type Semantics = "shell" | "program" | "eval";

/** Exports of process and evaluator modules, by what their first argument means. */
const MODULE_SINKS: Readonly<Record<string, Readonly<Record<string, Semantics>>>> = {
  child_process: { exec: "shell", execSync: "shell", execFile: "program", execFileSync: "program", spawn: "program", spawnSync: "program" },
  execa: { execa: "program", execaSync: "program", execaCommand: "shell", execaCommandSync: "shell", execaNode: "program" },
  "node-pty": { spawn: "program" },
  "cross-spawn": { default: "program", spawn: "program", sync: "program" },
  shelljs: { exec: "shell" },
  // Bun's own process API, imported (`import { spawnSync } from "bun"`) rather than reached through the Bun global.
  bun: { spawn: "program", spawnSync: "program" },
  vm: { runInNewContext: "eval", runInContext: "eval", runInThisContext: "eval", compileFunction: "eval", Script: "eval" },
};

const MODULE_KEYS = new Map(Object.keys(MODULE_SINKS).flatMap((k) => [[k, k], [`node:${k}`, k]] as const));

function moduleKey(spec: string): string | undefined {
  return MODULE_KEYS.get(spec);
}

/** Bun's functions take `{ cmd: [...] }` or an argv array; their names keep the `Bun.` prefix that `matchSink` reads. */
function sinkName(mod: string, imported: string): string {
  return mod === "bun" ? `Bun.${imported}` : imported;
}


/** Whether a file can hold a sink at all: it imports a process or vm module, or names an evaluator. */
export function mayHaveSinks(imports: SinkImports, text: string): boolean {
  // Plain substring tests: a regex with word boundaries over every file's text costs more than the walk it saves.
  return (
    imports.functions.size > 0 || imports.namespaces.size > 0 || text.includes("eval(") || text.includes("Function(") || text.includes("Bun.") || text.includes("Deno.")
  );
}

/** Local names bound to sink functions or to sink modules in one file. */
export interface SinkImports {
  /** local name -> semantics of the function it names */
  functions: Map<string, { semantics: Semantics; name: string }>;
  /** local name -> module key */
  namespaces: Map<string, string>;
}

function bindRequire(decl: ts.VariableDeclaration, out: SinkImports): void {
  let init = decl.initializer;
  // `const { exec } = await import("node:child_process")` binds like a require.
  if (init && ts.isAwaitExpression(init)) init = init.expression;
  if (!init || !ts.isCallExpression(init)) return;
  const callee = init.expression.kind === ts.SyntaxKind.ImportKeyword ? "require" : calleeName(init);
  if (callee === "require") {
    const mod = moduleKey(stringValue(init.arguments[0]) ?? "");
    if (!mod) return;
    if (ts.isIdentifier(decl.name)) out.namespaces.set(decl.name.text, mod);
    else if (ts.isObjectBindingPattern(decl.name)) {
      for (const el of decl.name.elements) {
        const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : "";
        const semantics = MODULE_SINKS[mod]?.[imported];
        if (semantics && ts.isIdentifier(el.name)) out.functions.set(el.name.text, { semantics, name: sinkName(mod, imported) });
      }
    }
    return;
  }
  // const execAsync = promisify(exec): the promisified function is the same sink.
  if ((callee === "promisify" || callee === "util.promisify") && ts.isIdentifier(decl.name)) {
    const inner = init.arguments[0];
    const target = inner ? resolveCallee(inner, out) : undefined;
    if (target) out.functions.set(decl.name.text, target);
  }
}

/** Reads the top-level imports and requires of a file (cheap: top-level statements only). */
export function scanSinkImports(sf: ts.SourceFile): SinkImports {
  const out: SinkImports = { functions: new Map(), namespaces: new Map() };
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const mod = moduleKey(st.moduleSpecifier.text);
      const clause = st.importClause;
      if (!mod || !clause) continue;
      if (clause.name) {
        const semantics = MODULE_SINKS[mod]?.["default"];
        if (semantics) out.functions.set(clause.name.text, { semantics, name: clause.name.text });
        else out.namespaces.set(clause.name.text, mod);
      }
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) out.namespaces.set(bindings.name.text, mod);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          const imported = (el.propertyName ?? el.name).text;
          const semantics = MODULE_SINKS[mod]?.[imported];
          if (semantics) out.functions.set(el.name.text, { semantics, name: sinkName(mod, imported) });
        }
      }
    } else if (ts.isVariableStatement(st)) {
      for (const decl of st.declarationList.declarations) bindRequire(decl, out);
    }
  }
  if ((sf.text.includes("require(") || sf.text.includes("import(")) && NESTED_REQUIRE_HINT.test(sf.text)) bindNestedRequires(sf, out);
  return out;
}

const NESTED_REQUIRE_HINT = /child_process|shelljs|execa|["'](?:node:)?vm["']/;

/** `const { spawn } = require("child_process")` (or `await import(...)`) inside a handler: the binding is local, but no other spawn is in scope. */
function bindNestedRequires(sf: ts.SourceFile, out: SinkImports): void {
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n)) bindRequire(n, out);
    ts.forEachChild(n, visit);
  };
  for (const st of sf.statements) if (!ts.isImportDeclaration(st)) ts.forEachChild(st, visit);
}

/** Every exported sink name, for a cheap first test on a callee's last name. */
const SINK_NAMES = new Set([...Object.values(MODULE_SINKS).flatMap((m) => Object.keys(m)), "spawnSync", "Command", "run"]);

function resolveCallee(expr: ts.Expression, imports: SinkImports): { semantics: Semantics; name: string } | undefined {
  if (ts.isPropertyAccessExpression(expr) && !SINK_NAMES.has(expr.name.text)) return undefined;
  if (ts.isIdentifier(expr)) {
    if (expr.text === "eval") return { semantics: "eval", name: "eval" };
    if (expr.text === "Function") return { semantics: "eval", name: "Function" };
    return imports.functions.get(expr.text);
  }
  const dotted = dottedName(expr);
  if (!dotted) return undefined;
  // Bun's and Deno's process APIs are globals: `Bun.spawn({ cmd })`, `new Deno.Command(program, { args })`, `Deno.run({ cmd })`.
  if (dotted === "Bun.spawn" || dotted === "Bun.spawnSync" || dotted === "Deno.Command" || dotted === "Deno.run") return { semantics: "program", name: dotted };
  const dot = dotted.lastIndexOf(".");
  const ns = dotted.slice(0, dot);
  const method = dotted.slice(dot + 1);
  const mod = imports.namespaces.get(ns);
  const semantics = mod ? MODULE_SINKS[mod]?.[method] : undefined;
  return semantics ? { semantics, name: `${ns}.${method}` } : undefined;
}

/** A call that runs a shell, a program, or evaluates code; `inputs` are the arguments whose origin matters. */
export interface SinkMatch {
  node: ts.CallExpression | ts.NewExpression;
  callee: string;
  kind: SinkKind;
  inputs: ts.Expression[];
  /** The program, when it is a fixed literal that is not a shell (`git`, `rg`). */
  fixedProgram?: string;
  /** Script files an interpreter runs (`spawn("node", [file])`): model input written into one is code to run. */
  scripts?: ts.Expression[];
}

/** Programs that run code given as a file or a flag: `node file.mjs`, `python3 -c code`. */
const INTERPRETER = /^(?:node|nodejs|python[\d.]*|deno|bun|ruby|perl|php|tsx|ts-node)$/i;
const CODE_FLAG = /^(?:-c|-e|-p|--eval|--print)$/;

function isInterpreter(expr: ts.Expression): boolean {
  const literal = stringValue(expr);
  if (literal !== undefined) return INTERPRETER.test(literal.split("/").pop() ?? "");
  return dottedName(expr) === "process.execPath";
}

/** An interpreter's arguments: code after -c/-e is input; the first other argument is the script it runs. */
function interpreterSink(node: SinkMatch["node"], callee: string, args: ts.Expression | undefined): SinkMatch {
  const list = args && ts.isArrayLiteralExpression(args) ? [...args.elements] : [];
  const inputs: ts.Expression[] = [];
  let script: ts.Expression | undefined;
  list.forEach((arg, i) => {
    const previous = list[i - 1];
    const flag = previous ? stringValue(previous) : undefined;
    if (flag !== undefined && CODE_FLAG.test(flag)) inputs.push(arg);
    else if (!script && !(stringValue(arg) ?? "").startsWith("-")) script = arg;
  });
  return { node, callee, kind: "eval", inputs, scripts: script ? [script] : [] };
}

function isShellProgram(expr: ts.Expression | undefined): boolean {
  if (!expr) return false;
  if (ts.isParenthesizedExpression(expr)) return isShellProgram(expr.expression);
  // `process.env.SHELL || "/bin/bash"`: either branch names the shell.
  if (ts.isBinaryExpression(expr) && (expr.operatorToken.kind === ts.SyntaxKind.BarBarToken || expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    return isShellProgram(expr.left) || isShellProgram(expr.right);
  }
  if (ts.isConditionalExpression(expr)) return isShellProgram(expr.whenTrue) || isShellProgram(expr.whenFalse);
  const literal = stringValue(expr);
  if (literal !== undefined) return SHELL_PROGRAMS.test(literal);
  const name = dottedName(expr);
  return name !== undefined && SHELL_IDENTIFIER.test(name);
}

function shellOption(options: ts.Expression | undefined): boolean {
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  const value = objectProperty(options, "shell");
  return value !== undefined && value.kind !== ts.SyntaxKind.FalseKeyword;
}

function programSink(node: SinkMatch["node"], callee: string, program: ts.Expression | undefined, rest: ts.Expression[], options: ts.Expression | undefined): SinkMatch | undefined {
  if (!program) return undefined;
  if (!shellOption(options) && isInterpreter(program)) return interpreterSink(node, callee, rest[0]);
  if (shellOption(options)) return { node, callee, kind: "shell", inputs: [program, ...rest] };
  if (isShellProgram(program)) return { node, callee, kind: "shell", inputs: rest };
  const fixed = stringValue(program);
  return { node, callee, kind: "program", inputs: fixed === undefined ? [program] : [], fixedProgram: fixed };
}

/** Classifies a call or `new` as a sink, given the file's imports. */
export function matchSink(node: ts.Node, imports: SinkImports): SinkMatch | undefined {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
  const target = resolveCallee(node.expression, imports);
  if (!target) return undefined;
  const args = [...(node.arguments ?? [])];
  if (target.semantics === "eval") {
    return { node, callee: target.name, kind: "eval", inputs: target.name === "Function" ? args : args.slice(0, 1) };
  }
  if (target.semantics === "shell") return { node, callee: target.name, kind: "shell", inputs: args.slice(0, 1) };
  const first = args[0];
  if (target.name === "Deno.Command") {
    const options = args[1];
    const argv = options && ts.isObjectLiteralExpression(options) ? objectProperty(options, "args") : undefined;
    // Like spawn(program, argv): the argument list is one expression (an array literal or a variable).
    return programSink(node, target.name, first, argv && ts.isExpression(argv) ? [argv] : [], undefined);
  }
  if (target.name.startsWith("Bun.") || target.name === "Deno.run") {
    const cmd = first && ts.isObjectLiteralExpression(first) ? objectProperty(first, "cmd") : first;
    if (cmd && ts.isArrayLiteralExpression(cmd)) return programSink(node, target.name, cmd.elements[0], cmd.elements.slice(1), undefined);
    return cmd && ts.isExpression(cmd) ? { node, callee: target.name, kind: "program", inputs: [cmd] } : undefined;
  }
  const second = args[1];
  const rest = second && !ts.isObjectLiteralExpression(second) ? [second] : [];
  const options = second && ts.isObjectLiteralExpression(second) ? second : args[2];
  return programSink(node, target.name, first, rest, options);
}

/** `bash.stdin.write(script)` on a spawned shell: the shell runs what it reads. */
export function stdinSink(node: ts.CallExpression | ts.NewExpression, shells: ReadonlySet<string>): SinkMatch | undefined {
  if (shells.size === 0 || !ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const method = node.expression.name.text;
  const stream = node.expression.expression;
  if ((method !== "write" && method !== "end") || !ts.isPropertyAccessExpression(stream) || stream.name.text !== "stdin") return undefined;
  const proc = dottedName(stream.expression);
  const input = node.arguments[0];
  if (!proc || !shells.has(proc) || !input) return undefined;
  return { node, callee: `${proc}.stdin.${method}`, kind: "shell", inputs: [input] };
}

const PTY_MODULE = /(?:^|\/)node-pty(?:-prebuilt[\w-]*)?$/;

/** `session.ptyProcess.write(text)` in a file that uses node-pty: text typed into a terminal runs as shell input. */
export function ptySink(node: ts.CallExpression | ts.NewExpression, imports: SinkImports): SinkMatch | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "write") return undefined;
  const input = node.arguments[0];
  const receiver = dottedName(node.expression.expression);
  if (!input || !receiver || !/pty|term|shell/i.test(lastSegment(receiver) ?? "")) return undefined;
  if (![...imports.namespaces.values()].some((m) => PTY_MODULE.test(m))) return undefined;
  return { node, callee: `${receiver}.write`, kind: "shell", inputs: [input] };
}
