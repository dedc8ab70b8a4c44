import { ts } from "ts-morph";
import { calleeName, dottedName, isFunctionLike, lastSegment, objectKeys, objectProperty, propertyNameText, stringValue } from "../../engine/ast.js";
import {
  APPROVAL_KEYS,
  isHandlerKey,
  HANDLER_METHODS,
  INVOCATION_BASE,
  RISK_KEYS,
  SCHEMA_KEYS,
  TOOL_BASE,
  TOOL_CLASSES,
  TOOL_HELPERS,
} from "./names.js";
import { matchDecorated } from "./decorated-tools.js";
import {
  bindingOf,
  declaresReadOnly,
  fnValue,
  keyHints,
  literal,
  matchProviderTool,
  matchRegistration,
  matchWrapped,
  memberSaysReadOnly,
  nestedDefinition,
  READ_ONLY_KEYS,
  READ_ONLY_KIND,
  schemaValuedKey,
} from "./tool-variants.js";

/** How a tool is declared in source. */
export type ToolStyle = "object" | "helper" | "class-options" | "mcp" | "class" | "invocation" | "decorator";

const CLASS_INPUT = "this.params";

/** A tool recognised at one syntax node; holds nodes, so it never leaves the walk of its file. */
export interface ToolMatch {
  node: ts.Node;
  style: ToolStyle;
  name?: string;
  /** Helper or base class the tool goes through (`tool`, `createTool`, `BaseDeclarativeTool`). */
  via?: string;
  className?: string;
  hasDescription: boolean;
  hasSchema: boolean;
  riskHints: string[];
  approvalHints: string[];
  handler?: ts.FunctionLikeDeclaration;
  /** Name of a function the handler key refers to (`execute: runShell`). */
  handlerRef?: string;
  /** The variable or property holding the declaration. */
  binding?: string;
  /** Class tools read model input from `this.params` (or similar) rather than from parameters. */
  thisInput?: string;
  /** Declares itself read-only (`readOnly: true`, `readOnlyHint: true`, `Kind.Read`): permission systems auto-allow these. */
  readOnly: boolean;
}

/** The static name an options object gives a tool, or the record key it is stored under. */
function objectToolName(obj: ts.ObjectLiteralExpression, holder: ts.Node | undefined): string | undefined {
  const nameNode = objectProperty(obj, "name") ?? objectProperty(obj, "id");
  if (nameNode) return literal(nameNode);
  if (holder && ts.isPropertyAssignment(holder)) return propertyNameText(holder.name);
  return undefined;
}

/** The function an options object runs (`execute: async (...) => ...`), or the name it refers to (`func: execPromise`). */
function optionsHandler(obj: ts.ObjectLiteralExpression, keys: readonly string[]): { handler?: ts.FunctionLikeDeclaration; handlerRef?: string } {
  const key = keys.find(isHandlerKey);
  const node = key ? objectProperty(obj, key) : undefined;
  const handler = fnValue(node);
  return { handler, handlerRef: !handler && node && ts.isIdentifier(node) ? node.text : undefined };
}

/** Cheap first test, without allocating: does the object have a description or a schema key? */
function mayBeTool(obj: ts.ObjectLiteralExpression): boolean {
  if (obj.properties.length < 2) return false;
  for (const p of obj.properties) {
    const name = p.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name))) continue;
    if (name.text === "description" || SCHEMA_KEYS.has(name.text)) return true;
  }
  return false;
}

function matchObject(obj: ts.ObjectLiteralExpression, ancestors: readonly ts.Node[]): ToolMatch | undefined {
  const parentNode = ancestors[ancestors.length - 1];
  const provider = matchProviderTool(obj, parentNode, ancestors[ancestors.length - 2]);
  if (provider) return provider;
  if (!mayBeTool(obj)) return matchWrapped(obj, ancestors);
  // The declaration half of `{ definition: {...}, execute }` is matched through its wrapper.
  const grand = ancestors[ancestors.length - 2];
  if (parentNode && ts.isPropertyAssignment(parentNode) && grand && ts.isObjectLiteralExpression(grand) && nestedDefinition(grand) === obj) return undefined;
  const keys = objectKeys(obj);
  if (keys.length < 2) return undefined;
  const hasDescription = keys.includes("description");
  const hasSchema = keys.some((k) => SCHEMA_KEYS.has(k)) || schemaValuedKey(obj, keys);
  if (!hasDescription && !hasSchema) return undefined;
  const parent = ancestors[ancestors.length - 1];
  let style: ToolStyle = "object";
  let via: string | undefined;
  const own = optionsHandler(obj, keys);
  let handler = own.handler;
  const handlerRef = own.handlerRef;
  let holder: ts.Node | undefined = parent;
  if (parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(obj)) {
    const callee = lastSegment(calleeName(parent));
    if (callee && ts.isCallExpression(parent) && TOOL_HELPERS.has(callee)) {
      style = "helper";
      via = callee;
      const first = parent.arguments[0];
      if (!handler && first !== obj) handler = fnValue(first);
    } else if (callee && ts.isNewExpression(parent) && TOOL_CLASSES.has(callee)) {
      style = "class-options";
      via = callee;
    }
    holder = ancestors[ancestors.length - 2];
  }
  // A tool object without a name of its own (`{ description, parameters, execute }`) is named by the key or map it is
  // kept under; its own handler is what makes it a tool rather than a schema.
  const unnamed = style === "object" && !keys.includes("name");
  if (style === "object") {
    const name = literal(objectProperty(obj, "name"));
    if (!hasDescription || !hasSchema || (unnamed && !handler)) return undefined;
    if (name !== undefined && !/^[A-Za-z_][\w.:-]*$/.test(name)) return undefined;
  } else if (!handler && !handlerRef && !hasSchema) {
    return undefined;
  }
  return {
    node: obj,
    style,
    via,
    name: objectToolName(obj, style === "object" && !unnamed ? undefined : holder),
    binding: bindingOf(holder),
    hasDescription,
    hasSchema,
    riskHints: keyHints(keys, RISK_KEYS),
    approvalHints: keyHints(keys, APPROVAL_KEYS),
    handler,
    handlerRef,
    readOnly: declaresReadOnly(obj),
  };
}

/** MCP: `server.tool(name, description?, schema?, handler)` and `server.registerTool(name, config, handler)`. */
function matchMcp(call: ts.CallExpression): ToolMatch | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const short = call.expression.name.text;
  if (short !== "tool" && short !== "registerTool") return undefined;
  const callee = calleeName(call);
  const method = lastSegment(callee);
  if (method !== "tool" && method !== "registerTool") return undefined;
  if (!callee?.includes(".") || call.arguments.length < 2) return undefined;
  const first = call.arguments[0];
  const name = stringValue(first);
  const last = call.arguments[call.arguments.length - 1];
  const handler = fnValue(last);
  // The handler may be a function defined elsewhere (`server.tool("run_js", "Run", schema, runJs)`).
  const handlerRef = !handler && last && ts.isIdentifier(last) ? last.text : undefined;
  // The name may be a constant (`server.tool(toolName, toolDescription, schema, cb)`) when the shape is otherwise clear.
  const namedByConstant = name === undefined && first !== undefined && ts.isIdentifier(first) && call.arguments.length >= 3;
  if ((name === undefined && !namedByConstant) || !(handler || (handlerRef && name !== undefined))) return undefined;
  const middle = call.arguments.slice(1, -1);
  const config = middle.find(ts.isObjectLiteralExpression);
  const configKeys = config ? objectKeys(config) : [];
  return {
    node: call,
    style: "mcp",
    via: `server.${method}`,
    name,
    // tool(name, description, schema, cb): the second argument is the description even when it is a constant.
    hasDescription: middle.some((a) => stringValue(a) !== undefined) || configKeys.includes("description") || (method === "tool" && middle.length >= 2),
    hasSchema: method === "tool" ? middle.some((a) => !stringValue(a)) : configKeys.some((k) => SCHEMA_KEYS.has(k)),
    riskHints: configKeys.filter((k) => RISK_KEYS.has(k) || k === "annotations"),
    approvalHints: keyHints(configKeys, APPROVAL_KEYS),
    handler,
    handlerRef,
    readOnly: declaresReadOnly(config),
  };
}

function baseClassName(cls: ts.ClassLikeDeclaration): string | undefined {
  for (const clause of cls.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
    const type = clause.types[0];
    return type ? lastSegment(dottedName(type.expression)) : undefined;
  }
  return undefined;
}

function superCall(ctor: ts.ConstructorDeclaration | undefined): ts.CallExpression | undefined {
  for (const st of ctor?.body?.statements ?? []) {
    if (ts.isExpressionStatement(st) && ts.isCallExpression(st.expression) && st.expression.expression.kind === ts.SyntaxKind.SuperKeyword) {
      return st.expression;
    }
  }
  return undefined;
}

/** `class RunTool implements Tool`: the interface a tool class promises, when it names a tool. */
function toolInterface(cls: ts.ClassLikeDeclaration): string | undefined {
  for (const clause of cls.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
    for (const type of clause.types) {
      const name = lastSegment(dottedName(type.expression));
      if (name && /^I?\w*Tool$/.test(name)) return name;
    }
  }
  return undefined;
}

function matchClass(cls: ts.ClassLikeDeclaration): ToolMatch | undefined {
  const members = new Map<string, ts.ClassElement>();
  for (const m of cls.members) {
    const key = propertyNameText(m.name);
    if (key !== undefined) members.set(key, m);
  }
  // A class that implements a tool interface is a tool when it says what it is: a name and a description or schema.
  const promised = toolInterface(cls);
  const declares = members.has("name") && (members.has("description") || [...members.keys()].some((k) => SCHEMA_KEYS.has(k)));
  const base = baseClassName(cls) ?? (promised && declares ? promised : undefined);
  if (!base) return undefined;
  const invocation = INVOCATION_BASE.test(base);
  if (!invocation && !TOOL_BASE.test(base) && base !== promised) return undefined;
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  const sup = superCall(ctor);
  const superArgs = sup?.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  // LangChain-style subclasses pass their options up: `super({ name: "Shell", description, func: execPromise })`.
  const options = superArgs[0] && ts.isObjectLiteralExpression(superArgs[0]) ? superArgs[0] : undefined;
  const optionKeys = options ? objectKeys(options) : [];
  const passed = options ? optionsHandler(options, optionKeys) : {};
  const method = classHandler(members);
  const handler = method ?? passed.handler;
  const handlerRef = method ? undefined : passed.handlerRef;
  const memberKeys = [...members.keys(), ...optionKeys];
  const kindArg = superArgs.some((a) => ts.isPropertyAccessExpression(a) && /^(?:Kind|ToolKind|RiskLevel|Risk)$/.test(dottedBase(a)));
  const nameMember = members.get("name") ?? members.get("Name");
  const nameValue =
    (nameMember && ts.isPropertyDeclaration(nameMember) ? literal(nameMember.initializer) : undefined) ??
    literal(options ? objectProperty(options, "name") : superArgs[0]);
  return {
    node: cls,
    style: invocation ? "invocation" : "class",
    via: base,
    className: cls.name?.text,
    binding: cls.name?.text,
    name: invocation ? undefined : nameValue,
    hasDescription: members.has("description") || optionKeys.includes("description") || superArgs.length >= 3,
    hasSchema: memberKeys.some((k) => SCHEMA_KEYS.has(k)) || superArgs.length >= 4,
    riskHints: [...keyHints(memberKeys, RISK_KEYS), ...(kindArg ? ["kind"] : [])],
    approvalHints: keyHints(memberKeys, APPROVAL_KEYS),
    handler,
    handlerRef,
    thisInput: invocation || members.has("createInvocation") ? CLASS_INPUT : undefined,
    readOnly:
      [...READ_ONLY_KEYS].some((k) => memberSaysReadOnly(members.get(k))) ||
      superArgs.some((a) => READ_ONLY_KIND.test(dottedName(a) ?? "")) ||
      memberSaysReadOnly(members.get("kind")),
  };
}

/** The method that runs the tool, or a field holding an arrow (`execute = async (args) => ...`). */
function classHandler(members: ReadonlyMap<string, ts.ClassElement>): ts.FunctionLikeDeclaration | undefined {
  for (const key of HANDLER_METHODS) {
    const m = members.get(key);
    if (m && ts.isMethodDeclaration(m)) return m;
    if (m && ts.isPropertyDeclaration(m) && m.initializer && isFunctionLike(m.initializer)) return m.initializer;
  }
  return undefined;
}

function dottedBase(expr: ts.PropertyAccessExpression): string {
  return ts.isIdentifier(expr.expression) ? expr.expression.text : "";
}

/** Node kinds `matchTool` recognises. */
export const TOOL_NODE_KINDS = [
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.ClassExpression,
  ts.SyntaxKind.MethodDeclaration,
] as const;

/** Recognises a tool declaration (or a tool invocation class) at a node, in the shapes real harnesses use. */
export function matchTool(node: ts.Node, ancestors: readonly ts.Node[], sf: ts.SourceFile): ToolMatch | undefined {
  if (ts.isObjectLiteralExpression(node)) return matchObject(node, ancestors);
  if (ts.isCallExpression(node)) return matchMcp(node) ?? matchRegistration(node);
  if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) return matchClass(node);
  if (ts.isMethodDeclaration(node) && node.modifiers) return matchDecorated(node, ancestors, sf);
  return undefined;
}
