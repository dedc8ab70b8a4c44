import { ts } from "ts-morph";
import { calleeName, dottedName, lastSegment, stringValue } from "../../engine/ast.js";
import { calleeLastName } from "./names.js";

/** Names (and dotted prefixes such as `this.params`) that carry model-chosen input in one function. */
export interface Taint {
  names: ReadonlySet<string>;
  prefixes: readonly string[];
}

/**
 * Expressions that hold a model's tool call input wherever they appear: `block.input` of an
 * Anthropic tool_use block, `toolCall.function.arguments` of OpenAI, `call.args` of Gemini.
 */
const SOURCE_EXPR = /^(?:block|b|toolUse|tool_use|toolUseBlock|toolBlock|toolCall|tool_call|tc|call|part|content|item|functionCall|function_call|fc|use)\.(?:input|arguments|args|function\.arguments|tool_input|toolInput)(?:\.|$)/i;

/**
 * Calls that quote, escape or percent-encode a value (`shellEscape(path)`, `shq.quote(args)`,
 * `encodeURIComponent(q)`): their result cannot break out of a quoted shell word.
 */
const SANITIZER = /(?:escape|quote|^encodeURI(?:Component)?$)/i;

/** Calls whose result is a number or boolean (`letter.charCodeAt(0) - 64`, `Number(n)`): no shell word can hide in it. */
const SCALAR_RESULT = new Set([
  "charCodeAt", "codePointAt", "indexOf", "lastIndexOf", "search", "localeCompare", "Number", "parseInt", "parseFloat",
  "test", "includes", "startsWith", "endsWith", "has", "isInteger", "isFinite", "isNaN", "Boolean",
]);

/** `Math.min(Math.max(args.count, 1), 50)`: a number whatever goes in. */
function isMathCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Math";
}

/** `[^0-9+\-*\/().\s]`: a negated class that keeps no letters, so no program name or identifier survives. */
const SYMBOLS_ONLY = /^\/\[\^((?:\\.|[^\]\\])*)\][+*]?\/[gimsuy]*$/;

/** `expr.replace(/[^0-9+\-*\/().\s]/g, "")`: whatever comes in, only digits and operators come out. */
function keepsOnlySymbols(call: ts.CallExpression, last: string): boolean {
  if (last !== "replace" && last !== "replaceAll") return false;
  const [pattern, replacement] = call.arguments;
  if (!pattern || !ts.isRegularExpressionLiteral(pattern) || !replacement || stringValue(replacement) !== "") return false;
  const kept = SYMBOLS_ONLY.exec(pattern.text)?.[1];
  return kept !== undefined && !/[a-zA-Z]-|\\[wWSDp]|[a-zA-Z]{2}/.test(kept.replace(/\\[dsnrt]/g, ""));
}

/** `parts.map(shellQuote)` or `parts.map((p) => quote(p))`: every element comes out quoted. */
function mapsThroughSanitizer(call: ts.CallExpression, last: string): boolean {
  if (last !== "map") return false;
  const fn = call.arguments[0];
  if (!fn) return false;
  if (ts.isIdentifier(fn) || ts.isPropertyAccessExpression(fn)) return SANITIZER.test(lastSegment(dottedName(fn)) ?? "");
  if (!ts.isArrowFunction(fn) || !ts.isCallExpression(fn.body)) return false;
  return SANITIZER.test(lastSegment(calleeName(fn.body)) ?? "");
}

/**
 * The first tainted name or source inside an expression, or undefined. A value flowing on stops at scalar results
 * (`s.charCodeAt(0)`); a check (`BLOCKED.some((re) => re.test(cmd))`) still tests the value, so `inCheck` looks through them.
 */
export function taintedIn(expr: ts.Node, taint: Taint, inCheck = false): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const dotted = dottedName(node);
      if (dotted) {
        if (SOURCE_EXPR.test(dotted)) {
          found = dotted;
          return;
        }
        if (taint.prefixes.length > 0) {
          if (taint.prefixes.some((p) => dotted === p || dotted.startsWith(`${p}.`) || p.startsWith(`${dotted}.`))) {
            found = dotted;
            return;
          }
          // `params.pythonBinary` when only `params.scriptName` is tainted: another field of a partly tainted object.
          const root = dotted.slice(0, dotted.indexOf("."));
          if (!taint.names.has(root) && taint.prefixes.some((p) => p.startsWith(`${root}.`))) return;
        }
      }
      visit(node.expression);
      if (ts.isElementAccessExpression(node)) visit(node.argumentExpression);
      return;
    }
    if (ts.isCallExpression(node)) {
      const last = lastSegment(calleeName(node)) ?? "";
      if (SANITIZER.test(last) || (!inCheck && (SCALAR_RESULT.has(last) || isMathCall(node))) || keepsOnlySymbols(node, last) || mapsThroughSanitizer(node, last)) return;
    }
    if (ts.isIdentifier(node)) {
      if (taint.names.has(node.text) || (taint.prefixes.length > 0 && taint.prefixes.some((p) => p.startsWith(`${node.text}.`)))) found = node.text;
      return;
    }
    if (ts.isPropertyAssignment(node)) {
      visit(node.initializer);
      return;
    }
    // `showDiff ? "-p" : "--stat"`: the value is one of the branches; the condition only picks between them.
    if (!inCheck && ts.isConditionalExpression(node)) {
      visit(node.whenTrue);
      visit(node.whenFalse);
      return;
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      if (taint.names.has(node.name.text)) found = node.name.text;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}

function bindingNames(name: ts.BindingName, out: Set<string>): void {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}

const ASSIGNMENT = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken]);

interface LocalFlow {
  target: ts.BindingName | ts.Expression;
  value: ts.Node;
  /** `writeFile(target, value)`: the file named by target holds the value, which taints its content, not its name. */
  file?: boolean;
}

const FILE_WRITE = /^(?:writeFile|writeFileSync|appendFile|appendFileSync|outputFile|outputFileSync|writeTextFile|write)$/;

function writesFile(call: ts.CallExpression): boolean {
  const last = calleeLastName(call.expression) ?? "";
  return FILE_WRITE.test(last) && (last !== "write" || dottedName(call.expression) === "Bun.write");
}

/** The taint name of a file's content: a file written with model input is model code if it is run. */
export function fileContentTaint(name: string): string {
  return `file:${name}`;
}

/** Array methods whose callback receives each element first. */
const ELEMENT_CALLBACK = new Set(["map", "flatMap", "forEach", "filter", "some", "every", "find", "findIndex"]);

/** Local flows per function body: a body is closed over once per parameter, its flows are listed once. */
const flowCache = new WeakMap<ts.Node, LocalFlow[]>();

function localFlows(body: ts.Node): LocalFlow[] {
  const cached = flowCache.get(body);
  if (cached) return cached;
  const flows: LocalFlow[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer) flows.push({ target: node.name, value: node.initializer });
    else if (ts.isBinaryExpression(node) && ASSIGNMENT.has(node.operatorToken.kind) && ts.isIdentifier(node.left)) {
      flows.push({ target: node.left, value: node.right });
    } else if (ts.isCallExpression(node) && node.arguments.length >= 2 && writesFile(node)) {
      const [path, content] = node.arguments;
      if (path && content && ts.isIdentifier(path)) flows.push({ target: path, value: content, file: true });
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ELEMENT_CALLBACK.has(node.expression.name.text)) {
      // `action.commands.map((command) => run(command))`: the callback's first parameter is an element of the receiver.
      const cb = node.arguments[0];
      const param = cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)) ? cb.parameters[0] : undefined;
      if (param) flows.push({ target: param.name, value: node.expression.expression });
    } else if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
      const decl = node.initializer.declarations[0];
      if (decl) flows.push({ target: decl.name, value: node.expression });
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  flowCache.set(body, flows);
  return flows;
}

/**
 * Closes a set of tainted names over the local flow of a function body: declarations,
 * destructuring and assignments whose value mentions a tainted name become tainted.
 */
export function closeTaint(body: ts.Node, seeds: Taint): Taint {
  const names = new Set(seeds.names);
  const flows = localFlows(body);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    const current: Taint = { names, prefixes: seeds.prefixes };
    for (const f of flows) {
      if (!taintedIn(f.value, current)) continue;
      const before = names.size;
      if (f.file && ts.isIdentifier(f.target)) names.add(fileContentTaint(f.target.text));
      else if (ts.isIdentifier(f.target)) names.add(f.target.text);
      else if (ts.isObjectBindingPattern(f.target) && ts.isIdentifier(f.value) && !names.has(f.value.text)) {
        // `const { a, b } = params` with only `params.a` tainted binds only `a`.
        bindTaintedFields(f.target, taintedFields(f.value.text, seeds.prefixes), names);
      } else if (ts.isObjectBindingPattern(f.target) || ts.isArrayBindingPattern(f.target)) bindingNames(f.target, names);
      changed ||= names.size !== before;
    }
    if (!changed) break;
  }
  return { names, prefixes: seeds.prefixes };
}

/** Names bound by the parameters at the given positions (all names of a destructured parameter). */
export function parameterSeeds(fn: ts.SignatureDeclarationBase, positions: readonly number[] | "all"): Set<string> {
  const out = new Set<string>();
  fn.parameters.forEach((p, i) => {
    if (positions === "all" || positions.includes(i)) bindingNames(p.name, out);
  });
  return out;
}

/** The fields of `root` that prefixes taint (`params.scriptName` gives `scriptName`); undefined when none name a field. */
function taintedFields(root: string, prefixes: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const p of prefixes) if (p.startsWith(`${root}.`)) out.add(p.slice(root.length + 1).split(".")[0] ?? "");
  return out.size > 0 ? out : undefined;
}

/** Binds the elements of a destructuring whose keys are tainted; a rest element or unknown fields bind everything. */
function bindTaintedFields(pattern: ts.ObjectBindingPattern, fields: ReadonlySet<string> | undefined, names: Set<string>): void {
  for (const el of pattern.elements) {
    const key = el.propertyName ? (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName) ? el.propertyName.text : undefined) : ts.isIdentifier(el.name) ? el.name.text : undefined;
    if (!fields || el.dotDotDotToken || key === undefined || fields.has(key)) bindingNames(el.name, names);
  }
}

/**
 * The properties of an object literal argument that carry taint (`{ scriptName: params.scriptName, pythonBinary }`
 * gives `scriptName`); undefined when the argument is not such a literal or spreads a tainted value.
 */
function taintedKeys(arg: ts.Expression, taint: Taint): Set<string> | undefined {
  if (!ts.isObjectLiteralExpression(arg)) return undefined;
  const keys = new Set<string>();
  for (const p of arg.properties) {
    if (ts.isSpreadAssignment(p)) {
      if (taintedIn(p.expression, taint)) return undefined;
    } else if (ts.isShorthandPropertyAssignment(p)) {
      if (taint.names.has(p.name.text)) keys.add(p.name.text);
    } else if (ts.isPropertyAssignment(p)) {
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
      if (taintedIn(p.initializer, taint)) {
        if (key === undefined) return undefined;
        keys.add(key);
      }
    } else if (ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p)) return undefined;
  }
  return keys;
}

/**
 * Seeds for a called function from the tainted arguments of one call. An object literal argument taints only
 * the fields that carry model input: a destructured parameter binds those fields, a named one gets their prefixes.
 */
export function argumentSeeds(target: ts.SignatureDeclarationBase, args: readonly ts.Expression[], positions: readonly number[], taint: Taint): Taint {
  const names = new Set<string>();
  const prefixes: string[] = [];
  for (const i of positions) {
    const param = target.parameters[i];
    const arg = args[i];
    if (!param || !arg) continue;
    const keys = param.dotDotDotToken ? undefined : taintedKeys(arg, taint);
    if (!keys) bindingNames(param.name, names);
    else if (ts.isObjectBindingPattern(param.name)) bindTaintedFields(param.name, keys, names);
    else if (ts.isIdentifier(param.name)) for (const k of keys) prefixes.push(`${param.name.text}.${k}`);
    else bindingNames(param.name, names);
  }
  return { names, prefixes };
}
