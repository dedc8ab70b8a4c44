import { ts } from "ts-morph";
import { dottedName, enclosingClass, enclosingFunction, functionName, propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { callInfo, callLast } from "./call-info.js";
import { isModelCallName, mayBeModelMethod } from "./model-call-names.js";

/** A call that reaches a language model. */
export interface ModelCallFact extends FactBase {
  callee: string;
  /** Name of the function or method that makes the call, if it has one. */
  inFunction?: string;
  inClass?: string;
}

/** Local names bound to a model function in the file being walked: `const fn = streamFn || streamSimple`. */
let aliases = new Set<string>();
/** Local names bound to a model endpoint URL in the file being walked: `const url = "https://api.anthropic.com/v1/messages"`. */
let endpoints = new Set<string>();
let lastCall: ts.CallExpression | undefined;
let lastModel = false;

/** Whether a call reaches a model; memoised for the node being visited, so later analyzers reuse it. */
export function isModelCallNode(node: ts.CallExpression): boolean {
  if (node !== lastCall) {
    lastCall = node;
    const last = callLast(node);
    if (last === "fetch" || last === "post") lastModel = postsToModelEndpoint(node);
    else if (last === undefined || (!mayBeModelMethod(last) && !aliases.has(last))) lastModel = false;
    else {
      const { callee } = callInfo(node);
      lastModel = callee !== undefined && isModelCallee(callee);
    }
  }
  return lastModel;
}

/**
 * Model APIs called over HTTP (`fetch("https://openrouter.ai/api/v1/chat/completions")`, `axios.post(...)`,
 * or an app's own proxy route such as `fetch("/api/responses")`): the path names the model endpoint.
 */
const MODEL_ENDPOINT = /\/(?:v\d\/)?(?:chat\/completions|completions|messages|responses)(?:$|[?/"'`])|:(?:generateContent|streamGenerateContent)\b|\/api\/(?:chat|generate)(?:$|[?/"'`])|api\.(?:openai|anthropic|x\.ai|groq|mistral|deepseek)\.|openrouter\.ai/;

function postsToModelEndpoint(call: ts.CallExpression): boolean {
  const url = call.arguments[0];
  // `app.post("/api/chat", handler)` defines a route that serves chat; it does not call a model.
  if (!url || call.arguments.some((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a))) return false;
  return ts.isIdentifier(url) ? endpoints.has(url.text) : namesEndpoint(url);
}

function namesEndpoint(url: ts.Expression): boolean {
  // Parent pointers are not set, so the URL's text is rebuilt from its literal parts.
  const text = ts.isStringLiteralLike(url)
    ? `"${url.text}"`
    : ts.isTemplateExpression(url)
      ? `\`${url.head.text}${url.templateSpans.map((s) => `\${}${s.literal.text}`).join("")}\``
      : undefined;
  return text !== undefined && MODEL_ENDPOINT.test(text);
}

/** Whether a dotted callee is a model call, counting local aliases of the file being walked. */
export function isModelCallee(callee: string): boolean {
  return isModelCallName(callee) || aliases.has(callee);
}

/** Finds calls to language models (SDK namespaces, known helper names, model-client receivers, local aliases). */
export const modelCalls = defineAnalyzer<ModelCallFact>({
  name: "model-calls",
  description: "calls to language models",
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.VariableDeclaration],
  enterFile() {
    aliases = new Set();
    endpoints = new Set();
  },
  visit(node, ctx) {
    if (ts.isVariableDeclaration(node)) {
      if (!ts.isIdentifier(node.name) || !node.initializer) return;
      if (aliasesModel(node.initializer)) aliases.add(node.name.text);
      else if (namesEndpoint(node.initializer)) endpoints.add(node.name.text);
      return;
    }
    if (!ts.isCallExpression(node) || !isModelCallNode(node)) return;
    const callee = callInfo(node).callee ?? "";
    const fn = enclosingFunction(ctx.ancestors);
    const parent = fn ? ctx.ancestors[ctx.ancestors.indexOf(fn) - 1] : undefined;
    const cls = enclosingClass(ctx.ancestors);
    ctx.emit({
      file: ctx.file.path,
      line: ctx.line(node),
      callee,
      inFunction: fn ? functionName(fn, parent) : undefined,
      inClass: cls?.name?.text,
    });
  },
});

/** Whether an initializer picks a model function: a bare reference, or one branch of `||`, `??` or `?:`. */
function aliasesModel(expr: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expr)) return aliasesModel(expr.expression);
  if (ts.isConditionalExpression(expr)) return aliasesModel(expr.whenTrue) || aliasesModel(expr.whenFalse);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op !== ts.SyntaxKind.BarBarToken && op !== ts.SyntaxKind.QuestionQuestionToken) return false;
    return aliasesModel(expr.left) || aliasesModel(expr.right);
  }
  if (!ts.isIdentifier(expr) && !ts.isPropertyAccessExpression(expr)) return false;
  const last = ts.isIdentifier(expr) ? expr.text : propertyNameText(expr.name);
  if (last === undefined || !mayBeModelMethod(last)) return false;
  const name = dottedName(expr);
  return name !== undefined && isModelCallName(name) && !aliases.has(name);
}
