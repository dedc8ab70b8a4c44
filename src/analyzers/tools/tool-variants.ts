import { ts } from "ts-morph";
import { calleeName, dottedName, isFunctionLike, objectKeys, objectProperty, propertyNameText, stringValue } from "../../engine/ast.js";
import { APPROVAL_KEYS, isHandlerKey, RISK_KEYS, SCHEMA_KEYS } from "./names.js";
import type { ToolMatch } from "./tool-shape.js";

// Parts of tool recognition: literal values, read-only declarations, and the less common tool shapes
// (a declaration nested beside its handler, AI SDK provider-defined tools, schemas under general keys).
export const READ_ONLY_KEYS = new Set(["readonly", "readOnly", "isReadOnly", "readOnlyHint"]);
export const READ_ONLY_KIND = /^(?:Kind|ToolKind)\.(?:Read|Search|Fetch)$/;

/** `readOnly: true` (or an `annotations: { readOnlyHint: true }`) among an object's properties. */
export function declaresReadOnly(obj: ts.ObjectLiteralExpression | undefined): boolean {
  if (!obj) return false;
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propertyNameText(p.name);
    if (key && READ_ONLY_KEYS.has(key) && p.initializer.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (key === "annotations" && ts.isObjectLiteralExpression(p.initializer) && declaresReadOnly(p.initializer)) return true;
  }
  return false;
}

/** A class member that says read-only: `readonly = true`, `isReadOnly() { return true }`, or a read kind. */
export function memberSaysReadOnly(m: ts.ClassElement | undefined): boolean {
  if (!m) return false;
  if (ts.isPropertyDeclaration(m)) {
    const init = m.initializer;
    return init !== undefined && (init.kind === ts.SyntaxKind.TrueKeyword || READ_ONLY_KIND.test(dottedName(init) ?? ""));
  }
  if ((ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m)) && m.body?.statements.length === 1) {
    const only = m.body.statements[0];
    return only !== undefined && ts.isReturnStatement(only) && only.expression?.kind === ts.SyntaxKind.TrueKeyword;
  }
  return false;
}

/** A string literal, seen through `as const`, `satisfies` and parentheses. */
export function literal(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))) return literal(node.expression);
  return stringValue(node);
}

/** The variable or property a declaration is assigned to (`executeBashTool` in `const executeBashTool = tool({...})`). */
export function bindingOf(holder: ts.Node | undefined): string | undefined {
  if (!holder) return undefined;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) return holder.name.text;
  if (ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return propertyNameText(holder.name);
  return undefined;
}

export function fnValue(node: ts.Node | undefined): ts.FunctionLikeDeclaration | undefined {
  if (!node) return undefined;
  if (ts.isParenthesizedExpression(node)) return fnValue(node.expression);
  return isFunctionLike(node) ? node : undefined;
}

export function keyHints(keys: readonly string[], set: ReadonlySet<string>): string[] {
  return keys.filter((k) => set.has(k));
}


/** Provider-defined tools of the AI SDK: `anthropic.tools.bash_20250124({ execute })`, `openai.tools.localShell({ execute })`. */
const PROVIDER_TOOL = /^\w+\.tools\.([A-Za-z]+)(?:_\d+)?$/;

/** Keys under which a tool object nests its declaration beside the handler (`{ definition: {...}, execute }`). */
const DEFINITION_KEYS = new Set(["definition", "declaration", "spec", "schema", "tool", "function", "param", "params"]);

function hasHandlerKey(obj: ts.ObjectLiteralExpression): boolean {
  return obj.properties.some((p) => {
    const key = p.name ? propertyNameText(p.name) : undefined;
    return key !== undefined && isHandlerKey(key);
  });
}

/** The declaration nested in a tool object, when the object pairs it with a handler. */
export function nestedDefinition(obj: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression | undefined {
  if (!hasHandlerKey(obj)) return undefined;
  for (const p of obj.properties) {
    const key = p.name ? propertyNameText(p.name) : undefined;
    if (!key || !DEFINITION_KEYS.has(key.toLowerCase()) || !ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
    const inner = objectKeys(p.initializer);
    if (inner.includes("name") && inner.includes("description")) return p.initializer;
  }
  return undefined;
}

/** `{ definition: { name, description, input_schema }, execute: (input) => ... }`: one tool, declared in two parts. */
export function matchWrapped(obj: ts.ObjectLiteralExpression, ancestors: readonly ts.Node[]): ToolMatch | undefined {
  const def = nestedDefinition(obj);
  if (!def) return undefined;
  const keys = objectKeys(def);
  const handlerKey = objectKeys(obj).find(isHandlerKey);
  const handlerNode = handlerKey ? objectProperty(obj, handlerKey) : undefined;
  const handler = fnValue(handlerNode);
  return {
    node: obj,
    style: "object",
    name: literal(objectProperty(def, "name")),
    binding: bindingOf(ancestors[ancestors.length - 1]),
    hasDescription: true,
    hasSchema: keys.some((k) => SCHEMA_KEYS.has(k)),
    riskHints: [...keyHints(keys, RISK_KEYS), ...keyHints(objectKeys(obj), RISK_KEYS)],
    approvalHints: [...keyHints(keys, APPROVAL_KEYS), ...keyHints(objectKeys(obj), APPROVAL_KEYS)],
    handler,
    handlerRef: !handler && handlerNode && ts.isIdentifier(handlerNode) ? handlerNode.text : undefined,
    readOnly: declaresReadOnly(def) || declaresReadOnly(obj),
  };
}

/** `anthropic.tools.bash_20250124({ execute })`: the provider declares the schema, the code supplies the handler. */
export function matchProviderTool(obj: ts.ObjectLiteralExpression, parent: ts.Node | undefined, holder: ts.Node | undefined): ToolMatch | undefined {
  if (!parent || !ts.isCallExpression(parent) || parent.arguments[0] !== obj) return undefined;
  const callee = calleeName(parent);
  const m = callee ? PROVIDER_TOOL.exec(callee) : null;
  if (!m || !hasHandlerKey(obj)) return undefined;
  const handlerKey = objectKeys(obj).find(isHandlerKey);
  const handler = handlerKey ? fnValue(objectProperty(obj, handlerKey)) : undefined;
  return {
    node: obj,
    style: "helper",
    via: callee,
    name: m[1],
    binding: bindingOf(holder),
    hasDescription: true,
    hasSchema: true,
    riskHints: [],
    approvalHints: keyHints(objectKeys(obj), APPROVAL_KEYS),
    handler,
    readOnly: false,
  };
}

/** Keys that hold a tool's input schema only when their value is a schema (`args: z.object({...})`). */
const SCHEMA_VALUED_KEYS = new Set(["args", "arguments", "input", "params"]);

/** `z.object(...)`, `Type.Object(...)`, `v.object(...)`, or `{ type: "object", properties }`. */
function isSchemaValue(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (ts.isCallExpression(node)) return /^(?:z|zod|Type|t|v|s|yup|Joi|joi)\.(?:object|Object|strictObject)$/.test(calleeName(node) ?? "");
  return ts.isObjectLiteralExpression(node) && objectProperty(node, "properties") !== undefined;
}

/** A schema under a general key (`args`), as some hand-rolled tool lists name it. */
export function schemaValuedKey(obj: ts.ObjectLiteralExpression, keys: readonly string[]): boolean {
  return keys.some((k) => SCHEMA_VALUED_KEYS.has(k) && isSchemaValue(objectProperty(obj, k)));
}


const REGISTER_METHOD = /^(?:register|registerTool|addTool|defineTool|registerFunction)$/;
const REGISTRY_RECEIVER = /tool|registry|function|agent|server/i;
const TOOL_NAME = /^[A-Za-z_][\w.:-]{0,63}$/;

/** `registry.register("package_install", async ({ packages }) => ..., "Install packages")`: a tool registered by name with its handler. */
export function matchRegistration(call: ts.CallExpression): ToolMatch | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || !REGISTER_METHOD.test(call.expression.name.text)) return undefined;
  const receiver = dottedName(call.expression.expression) ?? "";
  if (!REGISTRY_RECEIVER.test(receiver)) return undefined;
  const [first, ...rest] = call.arguments;
  const name = stringValue(first);
  const handler = rest.map(fnValue).find((f) => f !== undefined);
  if (name === undefined || !TOOL_NAME.test(name) || !handler) return undefined;
  const config = rest.find(ts.isObjectLiteralExpression);
  const keys = config ? objectKeys(config) : [];
  return {
    node: call,
    style: "helper",
    via: `${receiver}.${call.expression.name.text}`,
    name,
    hasDescription: rest.some((a) => stringValue(a) !== undefined) || keys.includes("description"),
    hasSchema: keys.some((k) => SCHEMA_KEYS.has(k)),
    riskHints: keyHints(keys, RISK_KEYS),
    approvalHints: keyHints(keys, APPROVAL_KEYS),
    handler,
    readOnly: declaresReadOnly(config),
  };
}
