import { ts } from "ts-morph";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { calleeName, dottedName, lastSegment, propertyNameText } from "../../engine/ast.js";
import { calleeLastName } from "./names.js";

/** How code holds its tools: a registry class, or run-time lookups, filters and listings of a tool collection. */
export interface ToolCollectionFact extends FactBase {
  /** `scan`: a linear `find` by name, the lookup a bare array allows (not a registry on its own). */
  kind: "registry-class" | "register" | "lookup" | "scan" | "filter" | "list";
  /** The class name or the expression used (`this.tools.get`, `tools.find`). */
  detail: string;
}

/** Function-calling and browser agents call their tools functions or actions (`FunctionRegistry`, `ActionRegistry`). */
const REGISTRY_CLASS = /^(?:Tool\w*(?:Registry|Manager|Catalog|Collection|Set|Box|Kit|Provider|Store|Index|Repository|Router|Pool)|\w*(?:Tool|Function|Action)Registry|Registry)$/;
const REGISTRY_METHODS = /^(?:register\w*|add\w*|get\w*|list\w*|find\w*|filter\w*|has\w*|unregister\w*|remove\w*|lookup\w*)$/;
/** A collection of tools by its last name: tools, toolMap, toolsByName, availableTools, functionMap, handlers. */
const TOOLS_RECEIVER = /(?:^|\.)(?:\w*tools?(?:ByName|Map|Registry|Index|Set|Catalog|List|Record|Dict|Lookup)?|functions?(?:Map|Registry|ByName)|handlers|handlerMap|toolHandlers|registry)$/i;
/** Receivers that say nothing of what they hold (a connection registry, format handlers): tools only when keyed by a tool name. */
const GENERIC_RECEIVER = /^(?:registry|handlers|handlerMap)$/i;
/** A key that names a tool (`name`, `call.name`, `toolName`), not another thing's name (`profileName`). */
const TOOL_KEY = /^(?:name|\w*tool\w*|function_?name|fn_?name)$/i;
const NOT_TOOLS = /call|result|id|confirm|pending|processed|approve|denied|running|active|disabled|enabled|excluded|allowed|blocked|safe|state|output|dangerous|risky|destructive|sensitive|use$/i;
const LOOKUP_CALL = /^(?:get|find|lookup|resolve)Tool(?:ByName|Entry)?$/;

function classFact(node: ts.ClassLikeDeclaration): string | undefined {
  const name = node.name?.text;
  if (!name || !REGISTRY_CLASS.test(name)) return undefined;
  const methods = node.members.filter((m) => ts.isMethodDeclaration(m) && REGISTRY_METHODS.test(propertyNameText(m.name) ?? ""));
  return methods.length >= 2 ? name : undefined;
}

/** SDK options that filter a tool set by name at run time (Vercel `activeTools`, Claude Agent SDK `allowedTools`). */
const FILTER_OPTIONS = new Set(["activeTools", "experimental_activeTools", "allowedTools", "disallowedTools", "enabledTools"]);

function activeToolsOption(node: ts.PropertyAssignment): Pick<ToolCollectionFact, "kind" | "detail"> | undefined {
  const key = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
  return key && FILTER_OPTIONS.has(key) ? { kind: "filter", detail: `${key} option` } : undefined;
}

function registryClass(node: ts.ClassDeclaration): Pick<ToolCollectionFact, "kind" | "detail"> | undefined {
  const name = classFact(node);
  return name ? { kind: "registry-class", detail: name } : undefined;
}

function comparesName(fn: ts.Node | undefined): boolean {
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || n.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken)) {
      const l = dottedName(n.left) ?? "";
      const r = dottedName(n.right) ?? "";
      if (/name$/i.test(l) || /name$/i.test(r)) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  return found;
}

const COLLECTION_METHODS = new Set(["find", "filter", "get", "has", "set", "values", "keys", "entries"]);

function callFact(call: ts.CallExpression): Pick<ToolCollectionFact, "kind" | "detail"> | undefined {
  const name = calleeLastName(call.expression);
  if (!name || !(COLLECTION_METHODS.has(name) || LOOKUP_CALL.test(name))) return undefined;
  const callee = calleeName(call);
  const method = lastSegment(callee);
  if (!callee || !method) return undefined;
  if (LOOKUP_CALL.test(method)) return { kind: "lookup", detail: callee };
  const dot = callee.lastIndexOf(".");
  const receiver = dot < 0 ? "" : callee.slice(0, dot);
  if (/^Object\.(?:values|keys|entries)$/.test(callee)) {
    const arg = call.arguments[0];
    const argName = arg ? dottedName(arg) : undefined;
    return argName && TOOLS_RECEIVER.test(argName) && !NOT_TOOLS.test(lastSegment(argName) ?? "") ? { kind: "list", detail: `${callee}(${argName})` } : undefined;
  }
  if (!TOOLS_RECEIVER.test(receiver) || NOT_TOOLS.test(lastSegment(receiver) ?? "")) return undefined;
  if (method === "find" && comparesName(call.arguments[0])) return { kind: "scan", detail: callee };
  if (method === "filter") return { kind: "filter", detail: callee };
  if ((method === "get" || method === "has") && call.arguments.length === 1 && !ts.isStringLiteralLike(call.arguments[0] ?? call)) {
    const key = dottedName(call.arguments[0] ?? call) ?? "";
    if (GENERIC_RECEIVER.test(lastSegment(receiver) ?? "") && !TOOL_KEY.test(lastSegment(key) ?? "")) return undefined;
    return { kind: "lookup", detail: callee };
  }
  if (method === "set" && call.arguments.length === 2 && /name$/i.test(dottedName(call.arguments[0] ?? call) ?? "")) {
    return { kind: "register", detail: callee };
  }
  return undefined;
}

function elementFact(node: ts.ElementAccessExpression): Pick<ToolCollectionFact, "kind" | "detail"> | undefined {
  const arg = node.argumentExpression;
  if (!ts.isIdentifier(arg) && !ts.isPropertyAccessExpression(arg)) return undefined;
  const holderName = calleeLastName(node.expression);
  if (!holderName || !/tool|function|handler|registry/i.test(holderName)) return undefined;
  const holder = dottedName(node.expression);
  const key = dottedName(node.argumentExpression);
  if (!holder || !key || !TOOLS_RECEIVER.test(holder) || NOT_TOOLS.test(lastSegment(holder) ?? "") || !/name|tool/i.test(key)) return undefined;
  return { kind: "lookup", detail: `${holder}[${key}]` };
}

/** `if (mode === "async") tools.push(agentStartTool)`: the tool set is assembled per mode or option at run time. */
function conditionalPush(call: ts.CallExpression, ancestors: readonly ts.Node[]): Pick<ToolCollectionFact, "kind" | "detail"> | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "push") return undefined;
  const receiver = dottedName(call.expression.expression);
  if (!receiver || !TOOLS_RECEIVER.test(receiver) || NOT_TOOLS.test(lastSegment(receiver) ?? "")) return undefined;
  const arg = call.arguments[0];
  // A tool written out in place is being declared, not chosen.
  if (!arg || ts.isObjectLiteralExpression(arg)) return undefined;
  const statement = ancestors[ancestors.length - 1];
  const block = ancestors[ancestors.length - 2];
  const inBlock = block !== undefined && ts.isBlock(block);
  const branch = inBlock ? block : statement;
  const guard = ancestors[ancestors.length - (inBlock ? 3 : 2)];
  if (!statement || !ts.isExpressionStatement(statement) || !guard || !ts.isIfStatement(guard) || guard.thenStatement !== branch) return undefined;
  return { kind: "filter", detail: `${receiver}.push under a condition` };
}

/** Finds tool registries and the run-time lookups, filters and listings of tool collections. */
export const toolCollections = defineAnalyzer<ToolCollectionFact>({
  name: "tool-collections",
  description: "tool registry classes and run-time lookup, filtering and listing of tools",
  kinds: [ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.CallExpression, ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.PropertyAssignment],
  visit(node, ctx) {
    const found = ts.isPropertyAssignment(node)
      ? activeToolsOption(node)
      : ts.isClassDeclaration(node)
      ? registryClass(node)
      : ts.isCallExpression(node)
        ? callFact(node) ?? conditionalPush(node, ctx.ancestors)
        : ts.isElementAccessExpression(node)
          ? elementFact(node)
          : undefined;
    if (found) ctx.emit({ file: ctx.file.path, line: ctx.line(node), ...found });
  },
});
