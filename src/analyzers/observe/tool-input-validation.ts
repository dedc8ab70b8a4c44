import { ts } from "ts-morph";
import { calleeName, dottedName, enclosingClass, enclosingFunctionName, functionName, isFunctionLike, objectProperty } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { TOOL_CLASSES } from "../tools/names.js";
import { calleeLast } from "./names.js";

/** A model-supplied tool input checked against a schema before the handler runs. */
export interface ToolInputValidationFact extends FactBase {
  callee: string;
}

const PARSE_METHODS = new Set(["parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "Check", "Decode"]);
const SCHEMA_RECEIVER = /(?:^|\.)(?:\w*schema|\w*Schema|parameters|inputSchema|input_schema|argsSchema|paramsSchema|ajv|validator|Value)$/;
const VALIDATE_TOOL = /^validate(?:Tool(?:Params|Parameters|Args|Arguments|Call|Input)|ToolCallArgs|FunctionArgs)$/;
/** `validateParams(params, this.schema)`: a generic validator, counted in tool code when it is handed what to check against. */
const VALIDATE_WITH_SCHEMA = /^validate(?:Params|Parameters|Args|Arguments|Input)$/;
/** A tool call's arguments as the model sent them: `call.arguments`, `toolCall.input`, `rawToolCall`. */
const TOOL_CALL_ARGS = /(?:^|\.)\w*[cC]all\.(?:arguments|args|input|params|parameters)$|^(?:raw)?(?:tool|function)_?call\w*$/i;
/** Tool helpers whose SDK parses the model's arguments with the zod schema before `execute` (AI SDK, OpenAI Agents, Mastra). */
const TOOL_HELPERS = new Set(["tool", "createTool", "defineTool", "dynamicTool", "betaZodTool"]);
const SCHEMA_KEYS = ["inputSchema", "parameters", "input", "schema"];
const TOOL_CONTEXT = /tool|function[-_]?call|invocation|executor|dispatch/i;

/** Finds tool inputs validated against schemas (zod parse, ajv validate, validateToolParams) in tool-handling code. */
export const toolInputValidation = defineAnalyzer<ToolInputValidationFact>({
  name: "tool-input-validation",
  description: "tool inputs validated against their schemas",
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression],
  visit(node, ctx) {
    if (ts.isNewExpression(node)) {
      // new DynamicStructuredTool({ schema: z.object(...) }): LangChain (and tool classes like it) parse before _call.
      const cls = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
      const schema = cls && TOOL_CLASSES.has(cls) ? zodInputSchema(node.arguments?.[0]) : undefined;
      if (schema) ctx.emit({ file: ctx.file.path, line: ctx.line(node), callee: `new ${cls}({ ${schema}: z... })` });
      return;
    }
    if (!ts.isCallExpression(node)) return;
    const last = calleeLast(node);
    if (!last) return;
    if ((last === "tool" || last === "registerTool") && ts.isPropertyAccessExpression(node.expression) && mcpZodArguments(node)) {
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), callee: `${calleeName(node) ?? last}(name, { ...z shape })` });
      return;
    }
    if (TOOL_HELPERS.has(last)) {
      // A project's own `createTool` (imported from a relative path) may only store the schema: no SDK parses it.
      if (ts.isIdentifier(node.expression) && !importedFromPackage(ctx.sourceFile, last)) return;
      const schema = zodInputSchema(node.arguments[0]);
      if (schema) ctx.emit({ file: ctx.file.path, line: ctx.line(node), callee: `${last}({ ${schema}: z... })` });
      return;
    }
    if ((VALIDATE_WITH_SCHEMA.test(last) || last === "validate") && genericValidation(node, last, ctx.file.path, ctx.ancestors)) {
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), callee: calleeName(node) ?? last });
      return;
    }
    if (!(PARSE_METHODS.has(last) || VALIDATE_TOOL.test(last))) return;
    const callee = calleeName(node);
    if (!callee) return;
    if (VALIDATE_TOOL.test(last)) {
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), callee });
      return;
    }
    if (!PARSE_METHODS.has(last) || node.arguments.length === 0) return;
    const receiver = callee.slice(0, callee.length - last.length - 1).replace(/\(\)$/, "");
    if (!SCHEMA_RECEIVER.test(receiver)) return;
    if (!inToolContext(ctx.file.path, ctx.ancestors) && !node.arguments.some(isToolCallArgs)) return;
    // `loadTodosFromFile` parsing what it read back from disk checks stored data, not the model's input.
    if (/^(?:load|read|restore|hydrate)[A-Z_]/.test(enclosingFunctionName(ctx.ancestors) ?? "")) return;
    ctx.emit({ file: ctx.file.path, line: ctx.line(node), callee });
  },
});

/** Whether `name` is imported from a package (`from "ai"`, `from "@mastra/core/tools"`), not the project's own module. */
function importedFromPackage(sf: ts.SourceFile, name: string): boolean {
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const bindings = st.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((e) => e.name.text === name)) continue;
    return !/^(?:\.|@\/|~\/)/.test(st.moduleSpecifier.text);
  }
  return false;
}

/** The key of a zod input schema in a tool helper's options (`tool({ inputSchema: z.object(...) })`); the SDK parses it. */
function zodInputSchema(options: ts.Expression | undefined): string | undefined {
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const key of SCHEMA_KEYS) {
    const value = objectProperty(options, key);
    if (isZod(value)) return key;
  }
  return undefined;
}

/** A zod schema expression: `z.string().describe(...)`, `z.object({...}).strict()`. */
function isZod(node: ts.Node | undefined): boolean {
  if (!node || !ts.isCallExpression(node)) return false;
  let root: ts.Expression = node;
  while (ts.isCallExpression(root) || ts.isPropertyAccessExpression(root)) root = root.expression;
  return ts.isIdentifier(root) && (root.text === "z" || root.text === "zod");
}

/** The MCP SDK parses a tool's arguments against the zod shape given to `server.tool` / `registerTool`. */
function mcpZodArguments(call: ts.CallExpression): boolean {
  const middle = call.arguments.slice(1, -1);
  // `server.tool(name, description, CreateContextSchema.shape, cb)`: a zod object's shape.
  if (middle.some((a) => ts.isPropertyAccessExpression(a) && a.name.text === "shape")) return true;
  const shapes = middle.filter(ts.isObjectLiteralExpression);
  const zodShape = (obj: ts.ObjectLiteralExpression): boolean =>
    obj.properties.length > 0 && obj.properties.every((p) => ts.isPropertyAssignment(p) && isZod(p.initializer));
  return shapes.some((o) => {
    const inputSchema = objectProperty(o, "inputSchema");
    return zodShape(o) || isZod(inputSchema) || (inputSchema !== undefined && ts.isObjectLiteralExpression(inputSchema) && zodShape(inputSchema));
  });
}

/**
 * A generic validator that checks a tool's input: handed a schema, the tool, or a second value to check
 * against (`validateArgs(args, params)`), or a tool-class method (`this.validateParams(params)` in BaseTool);
 * or any validator handed a tool call's own arguments (`operation.function.validate(call.arguments)`).
 * `validateInput(input)` alone in a form helper has nothing to check against.
 */
function genericValidation(call: ts.CallExpression, last: string, path: string, ancestors: readonly ts.Node[]): boolean {
  if (call.arguments.some(isToolCallArgs)) return true;
  if (!inToolContext(path, ancestors)) return false;
  const names = call.arguments.map((a) => dottedName(a) ?? "");
  if (names.some((n) => SCHEMA_RECEIVER.test(n))) return true;
  if (last === "validate") return false;
  if (names.some((n) => /^(?:this\.)?(?:\w*[tT]ool|definition|spec)$/.test(n)) || call.arguments.length >= 2) return true;
  const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  return receiver?.kind === ts.SyntaxKind.ThisKeyword && /tool/i.test(enclosingClass(ancestors)?.name?.text ?? "");
}

function isToolCallArgs(arg: ts.Expression): boolean {
  return TOOL_CALL_ARGS.test(dottedName(arg) ?? "");
}

function inToolContext(path: string, ancestors: readonly ts.Node[]): boolean {
  if (TOOL_CONTEXT.test(path)) return true;
  // Any enclosing function: a callback inside `parseToolCalls` is still tool code.
  for (let i = ancestors.length - 1; i > 0; i--) {
    const node = ancestors[i];
    const name = node && isFunctionLike(node) ? functionName(node, ancestors[i - 1]) : undefined;
    if (name && TOOL_CONTEXT.test(name)) return true;
  }
  return TOOL_CONTEXT.test(enclosingClass(ancestors)?.name?.text ?? "");
}
