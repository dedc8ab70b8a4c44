import { ts } from "ts-morph";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { awaitingFunction, calleeName, enclosingClass, enclosingFunctionName, isFunctionLike, lastSegment, objectKeys, propertyNameText } from "../../engine/ast.js";
import { calleeLastName, DECISION_CALL, HOOK_GATE, POLICY_RECEIVER, POST_HOOK } from "./names.js";
import { listIsConsulted } from "./list-use.js";
import { permissionTypeFact } from "./permission-types.js";

/** Kinds of permission machinery found in code. */
export type PermissionKind =
  | "decision"
  | "hook-gate"
  | "mode-type"
  | "decision-type"
  | "rule-list"
  | "shell-parser"
  | "shell-denylist"
  | "shell-allowlist"
  | "path-containment";

/** One piece of permission machinery: a decision call, a mode or decision type, a shell or path check. */
export interface PermissionFact extends FactBase {
  kind: PermissionKind;
  /** Callee, type name, import or function name. */
  name: string;
  /** For decisions and hook gates: a tool handler is executed after it in the same function. */
  beforeExecute?: boolean;
  /** For decisions: made in a client of remote tools (an MCP client or bridge), so it gates those tools, not local handlers. */
  remoteTools?: boolean;
  /** For mode and decision types: their members. */
  members?: string[];
  inFunction?: string;
}

/** Hooks named for what happens after the tool ran (`onToolComplete`, `onToolCallEnd`) cannot stop it. */
/** Classes that call tools another process serves (`McpClient.callTool`, an MCP app bridge). */
const REMOTE_CLIENT = /(?:Client|Bridge)$/;

/** Cheap first test on a callee's last name before any regex of the decision, hook or path families. */
const CALL_PREFILTER = /^(?:check|can|has|is|needs|requires|request|ask|get|resolve|should|confirm|prompt|authori|evaluate|decide|approve|before|pre|on|run|fire|execute|trigger|emit|ensure|assert|validate|contains|path|startsWith|user|interrupt)/i;
const TOOL_STEP = /tool(?:Call|Use|Execution)?|ToolCall/i;
const EXECUTE_CALL = /^(?:execute|executeTool|execute\w*Tool\w*|invoke|invokeTool|call|callTool|runTool|run|handler|handle|_call|func|fn)$/;
const SHELL_PARSER_MODULES = /^(?:tree-sitter-bash|web-tree-sitter|shell-quote|bash-parser|mvdan-sh|sh-syntax|shell-parse|@ast-grep\/lang-bash|unbash|bash-ast)$/;
const SHELL_ANALYSIS_FN = /^(?:has|detect|contains|check|strip|find|reject)\w*(?:Substitution|Redirection|Chaining|ShellOperators?|Metachar\w*)$|^split\w*Commands?$|^parse(?:Shell|Bash)Command(?:Line)?$|^getCommandRoots?$|^(?:is|check)(?:Safe|ReadOnly|Dangerous|Allowed|Blocked|Denied)(?:Shell|Bash)?Command\w*$|^validate(?:Shell|Bash)?Command$|^check(?:Shell|Bash)?Command(?:Safety|Permissions?)?$|^(?:classify|analy[sz]e|check|inspect|assess)\w*Command$/i;
const PATH_FN = /^(?:is(?:Path|File)?(?:Within|Inside|Under|Contained|In)(?:Root|Workspace|Dir|Directory|Project|Cwd|Sandbox|Allowed\w*|Base\w*|Folder|Repo)s?|is(?:Path|File)?(?:Within|Inside|Contained)\w*|ensure\w*(?:Within|Inside|Contained)\w*|assert\w*(?:Within|Inside|Contained)\w*|validate\w*Path\w*|isSubpath|isSubPath|isSafePath|resolveSafe\w*|containsPath|isPathAllowed|pathEscapes\w*|resolve\w*Within\w*)$/i;
/** The generic forms (`assertInside`, `isWithin...`) are path checks only when the name says what is contained. */
const PATH_WORD = /path|file|dir|root|workspace|cwd|sandbox|folder|repo|route|safe|project|base|allowed/i;
const isPathCheckName = (name: string): boolean => PATH_FN.test(name) && PATH_WORD.test(name);
const DANGER_REGEX = /\brm\b|mkfs|\bsudo\b|\bdd\b.*if=|chmod|shutdown|reboot|:\\?\(\\?\)/;
const DENYLIST_NAME = /(?:dangerous|blocked|banned|forbidden|denied|unsafe|blacklist|deny)\w*(?:commands?|patterns?|programs?|list)/i;
const ALLOWLIST_NAME = /(?:allowed|safe|readonly|read_only|whitelisted|permitted|approved|allowlist)\w*(?:shell)?(?:commands?|programs?|binaries)/i;
const RULE_LIST_KEYS = new Set(["allowedTools", "disallowedTools", "deniedTools", "allowedCommands", "deniedCommands", "excludeTools", "coreTools"]);

/** Cheap first test, without allocating: an `allow`, `deny` or rule-list key. */
function hasRuleKey(obj: ts.ObjectLiteralExpression): boolean {
  for (const p of obj.properties) {
    const n = p.name;
    if (n && (ts.isIdentifier(n) || ts.isStringLiteral(n)) && (n.text === "allow" || n.text === "deny" || RULE_LIST_KEYS.has(n.text))) return true;
  }
  return false;
}

/** `require("shell-quote")`, `createRequire(import.meta.url)("mvdan-sh")` or `import("tree-sitter-bash")`: a shell parser loaded at run time. */
function loadedShellParser(call: ts.CallExpression): string | undefined {
  const arg = call.arguments[0];
  if (call.arguments.length !== 1 || !arg || !ts.isStringLiteralLike(arg) || !SHELL_PARSER_MODULES.test(arg.text)) return undefined;
  const callee = call.expression;
  const loads =
    callee.kind === ts.SyntaxKind.ImportKeyword ||
    (ts.isIdentifier(callee) && callee.text === "require") ||
    (ts.isCallExpression(callee) && lastSegment(calleeName(callee)) === "createRequire");
  return loads ? arg.text : undefined;
}

/**
 * Positions of the tool-execution calls in a function body (`all`), and of those that can only be a tool
 * running (`strict`: `tool.execute(input)`, not a UI update such as `printToolCall`); once per function per file.
 */
interface ExecutionCalls {
  all: number[];
  strict: number[];
}
let executeCalls = new Map<ts.Node, ExecutionCalls>();

function executionCalls(fn: ts.FunctionLikeDeclaration): ExecutionCalls {
  const cached = executeCalls.get(fn);
  if (cached) return cached;
  const out: ExecutionCalls = { all: [], strict: [] };
  // A wrapper's callback parameter (`runAudited(command, opts, run)` calling `run(...)`) is the guarded work.
  const params = new Set(fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const last = calleeLastName(n.expression) ?? "";
      if (EXECUTE_CALL.test(last) || /tool/i.test(last)) {
        const callee = calleeName(n) ?? "";
        const toolCall =
          (EXECUTE_CALL.test(last) && (callee.includes(".") || /tool/i.test(last) || params.has(callee))) || (/tool/i.test(callee) && /(?:execute|invoke|call|run)/i.test(last));
        if (toolCall && !runsCommandText(n)) {
          out.all.push(n.pos);
          if (STRICT_EXECUTE.test(last)) out.strict.push(n.pos);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  executeCalls.set(fn, out);
  return out;
}

const STRICT_EXECUTE = /^(?:execute|executeTool|execute\w*Tool|invoke|invokeTool|callTool|runTool)$/;

/** `executor.execute(cmd)`: runs a command string (from a code block, say), not a tool's handler. */
function runsCommandText(call: ts.CallExpression): boolean {
  const first = call.arguments[0];
  return call.arguments.length === 1 && first !== undefined && ts.isIdentifier(first) && /^(?:cmd|command|commandLine|cmdLine|script|shellCommand)$/i.test(first.text);
}

/**
 * A tool runs after the call at `pos` and not before it: `if (!rules) return tool.execute(input)`
 * ahead of the check is a path around it, so the check gates only some calls.
 */
function executesAfter(fn: ts.FunctionLikeDeclaration | undefined, start: number, end: number): boolean {
  if (fn === undefined) return false;
  const calls = executionCalls(fn);
  return calls.all.some((p) => p > end) && !calls.strict.some((p) => p < start);
}

/** `resolveWritePolicy(options.writePolicy)`: a setting normalised at start-up, not a decision about a call. */
function resolvesSetting(call: ts.CallExpression, last: string): boolean {
  const arg = call.arguments[0];
  return /^resolve\w*Policy$/i.test(last) && call.arguments.length === 1 && arg !== undefined && ts.isPropertyAccessExpression(arg) && /policy$/i.test(arg.name.text);
}

const inFunctionName = enclosingFunctionName;

function declaredName(node: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return node.name ? propertyNameText(node.name) : undefined;
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) return node.name.text;
  return undefined;
}

/**
 * A hook can stop the tool only if the caller waits for it or reads what it returns; a bare
 * `options.onToolStart(id, name)` statement is a notification (a UI update), not a gate.
 */
function resultUsed(call: ts.CallExpression, ancestors: readonly ts.Node[]): boolean {
  let parent = ancestors[ancestors.length - 1];
  for (let i = ancestors.length - 2; parent && (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent)); i--) parent = ancestors[i];
  return parent !== undefined && !ts.isExpressionStatement(parent) && !ts.isVoidExpression(parent);
}

const PATH_RESOLVERS = new Set(["resolve", "realpath", "realpathSync", "normalize"]);

/**
 * `resolved.startsWith(root)` where `resolved` came from `path.resolve(...)` (or realpath) in the same
 * function: the common hand-written workspace containment check, whatever the function is called.
 */
function resolvedPathPrefixCheck(call: ts.CallExpression, fn: ts.FunctionLikeDeclaration): boolean {
  const arg = call.arguments[0];
  if (!arg || ts.isStringLiteralLike(arg) || !ts.isPropertyAccessExpression(call.expression)) return false;
  const receiver = call.expression.expression;
  if (!ts.isIdentifier(receiver) || !fn.body) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === receiver.text && n.initializer) {
      let init: ts.Expression = n.initializer;
      while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      found = ts.isCallExpression(init) && PATH_RESOLVERS.has(lastSegment(calleeName(init)) ?? "");
      return;
    }
    if (!isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

/** Finds permission decisions, modes, allow/deny types and rules, shell parsing and path containment. */
export const permissionChecks = defineAnalyzer<PermissionFact>({
  name: "permission-checks",
  description: "permission decision points, modes, rule lists, shell command checks and path containment",
  kinds: [
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.EnumDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.VariableDeclaration,
    ts.SyntaxKind.ObjectLiteralExpression,
    ts.SyntaxKind.RegularExpressionLiteral,
  ],
  enterFile() {
    executeCalls = new Map();
  },
  visit(node, ctx) {
    const base = () => ({ file: ctx.file.path, line: ctx.line(node) });
    if (ts.isCallExpression(node)) {
      const parser = loadedShellParser(node);
      if (parser) {
        ctx.emit({ ...base(), kind: "shell-parser", name: parser });
        return;
      }
      const last = calleeLastName(node.expression);
      if (!last || !CALL_PREFILTER.test(last)) return;
      const callee = calleeName(node);
      if (!callee) return;
      // LangGraph's interrupt({...}) pauses the graph for a person to approve, edit or reject: a human-in-the-loop gate.
      if (callee === "interrupt" && node.arguments.length > 0 && ctx.file.text.includes("@langchain/langgraph")) {
        ctx.emit({ ...base(), kind: "hook-gate", name: "interrupt (LangGraph human-in-the-loop)", beforeExecute: true, inFunction: inFunctionName(ctx.ancestors) });
        return;
      }
      const fn = awaitingFunction(ctx.ancestors);
      if (DECISION_CALL.test(last) || (/^(?:check|evaluate|decide)(?:With\w+)?$/.test(last) && POLICY_RECEIVER.test(callee))) {
        const inFunction = inFunctionName(ctx.ancestors);
        // A decision inside a tool-call step (prepareToolCall, runTool) gates the call even when the caller executes it.
        if (resolvesSetting(node, last)) return;
        const gates = executesAfter(fn, node.pos, node.end) || (inFunction !== undefined && TOOL_STEP.test(inFunction));
        const remoteTools = gates && REMOTE_CLIENT.test(enclosingClass(ctx.ancestors)?.name?.text ?? "") ? true : undefined;
        ctx.emit({ ...base(), kind: "decision", name: callee, beforeExecute: gates, inFunction, ...(remoteTools ? { remoteTools } : {}) });
      } else if (HOOK_GATE.test(last) && !POST_HOOK.test(last) && resultUsed(node, ctx.ancestors)) {
        ctx.emit({ ...base(), kind: "hook-gate", name: callee, beforeExecute: executesAfter(fn, node.pos, node.end), inFunction: inFunctionName(ctx.ancestors) });
      } else if (isPathCheckName(last)) {
        ctx.emit({ ...base(), kind: "path-containment", name: callee, inFunction: inFunctionName(ctx.ancestors) });
      } else if (last === "startsWith" && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]) && node.arguments[0].text === "..") {
        ctx.emit({ ...base(), kind: "path-containment", name: `${callee}("..")`, inFunction: inFunctionName(ctx.ancestors) });
      } else if (last === "startsWith" && fn && resolvedPathPrefixCheck(node, fn)) {
        ctx.emit({ ...base(), kind: "path-containment", name: callee, inFunction: inFunctionName(ctx.ancestors) });
      }
      return;
    }
    if (ts.isImportDeclaration(node)) {
      const spec = ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : "";
      if (SHELL_PARSER_MODULES.test(spec)) ctx.emit({ ...base(), kind: "shell-parser", name: spec });
      return;
    }
    if (ts.isEnumDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
      const fact = permissionTypeFact(node);
      if (fact) ctx.emit({ ...base(), ...fact });
      return;
    }
    if (ts.isObjectLiteralExpression(node)) {
      if (!hasRuleKey(node)) return;
      const keys = objectKeys(node);
      const rules = keys.filter((k) => RULE_LIST_KEYS.has(k));
      if ((keys.includes("allow") && keys.includes("deny")) || rules.length > 0) {
        ctx.emit({ ...base(), kind: "rule-list", name: rules.length > 0 ? rules.join(", ") : "allow/deny" });
      }
      return;
    }
    if (ts.isRegularExpressionLiteral(node)) {
      if (DANGER_REGEX.test(node.text)) ctx.emit({ ...base(), kind: "shell-denylist", name: node.text.slice(0, 60), inFunction: inFunctionName(ctx.ancestors) });
      else if (node.text.includes("\\$\\(")) {
        ctx.emit({ ...base(), kind: "shell-parser", name: `regex ${node.text.slice(0, 40)}`, inFunction: inFunctionName(ctx.ancestors) });
      }
      return;
    }
    const name = declaredName(node);
    if (!name) return;
    if (ts.isVariableDeclaration(node)) {
      const init = node.initializer;
      const isList = init && (ts.isArrayLiteralExpression(init) || ts.isNewExpression(init));
      if (!isList) return;
      if (DENYLIST_NAME.test(name)) {
        if (listIsConsulted(name, ctx.file.text)) ctx.emit({ ...base(), kind: "shell-denylist", name });
      } else if (ALLOWLIST_NAME.test(name) && !/disallow|not_?allowed/i.test(name) && listIsConsulted(name, ctx.file.text)) {
        ctx.emit({ ...base(), kind: "shell-allowlist", name });
      }
      return;
    }
    if (SHELL_ANALYSIS_FN.test(name)) ctx.emit({ ...base(), kind: "shell-parser", name });
    else if (isPathCheckName(name)) ctx.emit({ ...base(), kind: "path-containment", name });
  },
});
