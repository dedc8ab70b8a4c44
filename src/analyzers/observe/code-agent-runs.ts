import { ts } from "ts-morph";
import { calleeName, dottedName, objectProperty, propertyNameText, stringValue } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";

/**
 * A run of a packaged coding agent (the Claude Agent SDK's `query()`): the SDK owns the loop and the
 * tools, so its options are all the codebase says about permissions and limits.
 */
export interface CodeAgentRunFact extends FactBase {
  /** `permissionMode: "bypassPermissions"` or `allowDangerouslySkipPermissions: true`. */
  bypass: boolean;
  /** `allowedTools` names plain `Bash` (not a `Bash(git:*)` pattern): every command runs without asking. */
  bashPreApproved?: boolean;
  /** Its built-in Bash tool is available: no `allowedTools` list, or one naming Bash, and Bash not disallowed. */
  shell: boolean;
  /** The option that ends the run (`maxTurns`, `maxBudgetUsd`), when one is set. */
  limit?: string;
  /** A PreToolUse hook decides each call (bypassPermissions skips `canUseTool`, not hooks). */
  gated: boolean;
  /** Some PreToolUse hook is set, whichever tools it matches. */
  hooked?: boolean;
  /** A `canUseTool` callback decides the calls no rule settles. */
  decides?: boolean;
}

const SDK_MODULES = /^@anthropic-ai\/(?:claude-agent-sdk|claude-code)$/;
const LIMIT_KEYS = ["maxTurns", "maxBudgetUsd"];

/** Finds `query({ prompt, options })` calls of the Claude Agent SDK and reads their options. */
export const codeAgentRuns = defineAnalyzer<CodeAgentRunFact>({
  name: "code-agent-runs",
  description: "runs of a packaged coding agent (Claude Agent SDK query) and their permission and turn options",
  textHints: ["@anthropic-ai/claude-agent-sdk", "@anthropic-ai/claude-code"],
  kinds: [ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.CallExpression, ts.SyntaxKind.BinaryExpression],
  enterFile(ctx) {
    names = queryNames(ctx.sourceFile);
    objects = new Map();
    calls = [];
  },
  visit(n) {
    if (names.size === 0) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isObjectLiteralExpression(n.initializer)) objects.set(n.name.text, n.initializer);
    // `this.defaultOptions = { allowedTools: [...] }` in a constructor, spread into the options later.
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isObjectLiteralExpression(n.right)) {
      const target = dottedName(n.left);
      if (target) objects.set(target, n.right);
    } else if (ts.isCallExpression(n) && names.has(calleeName(n) ?? "")) calls.push(n);
  },
  leaveFile(ctx) {
    // Options may be declared after the call that uses them, so calls are read once the file is walked.
    for (const call of calls) {
      const arg = call.arguments[0];
      if (!arg || !ts.isObjectLiteralExpression(arg)) continue;
      const options = resolveObject(objectProperty(arg, "options"), objects);
      ctx.emit({ file: ctx.file.path, line: ctx.line(call), ...readOptions(options, objects) });
    }
  },
});

let names = new Set<string>();
let objects = new Map<string, ts.ObjectLiteralExpression>();
let calls: ts.CallExpression[] = [];

/** Local names of the SDK's `query` (`import { query } from "@anthropic-ai/claude-agent-sdk"`, or `sdk.query`). */
function queryNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !SDK_MODULES.test(st.moduleSpecifier.text)) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) out.add(`${bindings.name.text}.query`);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) if ((el.propertyName ?? el.name).text === "query") out.add(el.name.text);
    }
  }
  return out;
}

function resolveObject(node: ts.Node | undefined, objects: ReadonlyMap<string, ts.ObjectLiteralExpression>): ts.ObjectLiteralExpression | undefined {
  if (!node) return undefined;
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isShorthandPropertyAssignment(node)) return objects.get(node.name.text);
  const name = ts.isExpression(node) ? dottedName(node) : undefined;
  return name ? objects.get(name) : undefined;
}

/**
 * The properties an options object ends up with, later ones winning: spreads of objects in sight
 * (`{ ...this.defaultOptions, ...overrides }`) are opened; `opaque` when a spread cannot be.
 */
function flatten(
  options: ts.ObjectLiteralExpression,
  objects: ReadonlyMap<string, ts.ObjectLiteralExpression>,
  depth = 0,
): { props: ts.ObjectLiteralElementLike[]; opaque: boolean } {
  const props: ts.ObjectLiteralElementLike[] = [];
  let opaque = false;
  for (const p of options.properties) {
    if (!ts.isSpreadAssignment(p)) {
      props.push(p);
      continue;
    }
    const inner = depth < 3 ? resolveObject(p.expression, objects) : undefined;
    if (inner && inner !== options) {
      const sub = flatten(inner, objects, depth + 1);
      props.push(...sub.props);
      opaque ||= sub.opaque;
    } else if (!literalSpread(p.expression)) opaque = true;
  }
  return { props, opaque };
}

function readOptions(options: ts.ObjectLiteralExpression | undefined, objects: ReadonlyMap<string, ts.ObjectLiteralExpression>): Omit<CodeAgentRunFact, "file" | "line"> {
  if (!options) return { bypass: false, shell: true, gated: false };
  const { props, opaque } = flatten(options, objects);
  const value = (key: string): ts.Node | undefined => {
    const p = props.findLast((x) => propertyNameText(x.name) === key);
    if (!p) return undefined;
    return ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : p;
  };
  const bypass = stringValue(value("permissionMode")) === "bypassPermissions" || value("allowDangerouslySkipPermissions")?.kind === ts.SyntaxKind.TrueKeyword;
  const allowed = toolList(value("allowedTools"));
  const disallowed = toolList(value("disallowedTools"));
  const shell = (allowed === undefined || allowed.some(isBash)) && !(disallowed ?? []).some((t) => t === "Bash");
  const hooks = resolveObject(value("hooks"), objects);
  const preToolUse = hooks ? objectProperty(hooks, "PreToolUse") : undefined;
  const gated = hooksCoverBash(preToolUse);
  const bashPreApproved = (allowed ?? []).includes("Bash") && shell;
  // `...this.options` may carry any option: then no limit can be said to be missing.
  const limit = LIMIT_KEYS.find((k) => value(k) !== undefined) ?? (opaque ? "spread options" : undefined);
  const hooked = preToolUse !== undefined;
  const decides = value("canUseTool") !== undefined;
  return {
    bypass,
    shell,
    gated,
    ...(hooked ? { hooked } : {}),
    ...(decides ? { decides } : {}),
    ...(bashPreApproved ? { bashPreApproved } : {}),
    ...(limit ? { limit } : {}),
  };
}

/**
 * Whether PreToolUse hooks see Bash calls: a matcher that is missing, `*` or a pattern naming Bash,
 * or a list that is not literal (then nothing is known and the hooks are given the benefit).
 */
function hooksCoverBash(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (!ts.isArrayLiteralExpression(node)) return true;
  return node.elements.some((e) => {
    if (!ts.isObjectLiteralExpression(e)) return true;
    const matcher = objectProperty(e, "matcher");
    if (matcher === undefined) return true;
    const text = stringValue(matcher);
    if (text === undefined) return true;
    if (text === "" || text === "*") return true;
    try {
      return new RegExp(`^(?:${text})$`).test("Bash");
    } catch {
      return text.includes("Bash");
    }
  });
}

/** `...(sessionId && { resume: sessionId })`: a spread whose keys are in sight. */
function literalSpread(expr: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expr)) return literalSpread(expr.expression);
  if (ts.isBinaryExpression(expr)) return literalSpread(expr.right);
  if (ts.isConditionalExpression(expr)) return literalSpread(expr.whenTrue) && literalSpread(expr.whenFalse);
  return ts.isObjectLiteralExpression(expr) || expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === "undefined");
}

/** A literal list of tool names; undefined when absent or not literal (then nothing is known). */
function toolList(node: ts.Node | undefined): string[] | undefined {
  if (!node || !ts.isArrayLiteralExpression(node)) return undefined;
  return node.elements.map((e) => stringValue(e) ?? "?");
}

function isBash(tool: string): boolean {
  return tool === "?" || tool.replace(/\(.*$/, "") === "Bash";
}
