import { ts } from "ts-morph";
import { calleeName, functionName, identifierWords, isFunctionLike, parameterNames, propertyNameText } from "../../engine/ast.js";
import { callLast } from "../common/call-info.js";
import { defineAnalyzer, type AnalyzerContext, type FactBase } from "../../engine/analyzer.js";
import { namesIn } from "./bounds.js";
import { limitKind } from "./words.js";

/** One budgeting signal seen in the code. */
export interface BudgetFact extends FactBase {
  /** `usage-field`: the file reads a model response's usage field (`.input_tokens`, `.usageMetadata`). */
  kind: "usage-field" | "usage-accumulate" | "usage-record" | "estimate" | "sdk-limit" | "compaction" | "compaction-trigger" | "truncation" | "projected";
  note: string;
}

const USAGE_FIELDS = new Set([
  "input_tokens", "output_tokens", "prompt_tokens", "completion_tokens", "total_tokens", "inputTokens", "outputTokens",
  "totalTokens", "promptTokens", "completionTokens", "promptTokenCount", "candidatesTokenCount", "totalTokenCount",
  "cache_read_input_tokens", "cachedInputTokens", "reasoningTokens",
]);
const USAGE_FIELD_READ = new RegExp(`[.?]\\s*(${[...USAGE_FIELDS, "usageMetadata"].join("|")})\\b`);
const TOKENIZER_MODULES = /^(?:tiktoken|js-tiktoken|@dqbd\/tiktoken|gpt-tokenizer|gpt-3-encoder|@anthropic-ai\/tokenizer|tokenx|@huggingface\/tokenizers)(?:\/|$)/;
const ESTIMATORS = /^(?:count|estimate|calculate|compute|approximate)\w*Tokens?\w*$|^get\w*Token(?:s|Count)$|^(?:encoding_?for_?model|get_?encoding|encodingForModel|getEncoding)$/;
const SDK_LIMITS = new Set(["maxTurns", "max_turns", "maxSteps", "maxIterations", "recursionLimit", "maxSessionTurns", "maxToolRoundtrips", "maxAutoToolRoundtrips"]);
const COMPACT_VERBS = new Set(["compact", "compaction", "compress", "compression", "summarize", "summarise", "summarization", "condense", "condensation", "condensing"]);
/** Names that show, read or test compaction rather than do it. */
const NOT_ACTION = new Set(["is", "has", "get", "read", "display", "format", "render", "show", "log", "print", "to", "reconcile", "collect"]);
const TRUNCATE_VERBS = new Set(["truncate", "truncation", "trim", "prune", "pruning", "evict", "drop"]);
const CONTEXT_WORDS = new Set(["context", "history", "conversation", "chat", "messages", "session", "memory", "turns", "thread", "transcript", "window"]);
const NOT_CONTEXT = new Set(["image", "images", "file", "gzip", "zip", "json", "string", "whitespace", "path", "bundle", "png", "body", "response", "output"]);
const THRESHOLD_WORDS = new Set(["threshold", "window", "limit", "max", "budget", "remaining", "available", "capacity"]);
const PROJECTED_WORDS = new Set(["estimated", "estimate", "projected", "expected", "request", "next", "incoming", "pending", "new", "would"]);

const MAX_PER_KIND = 4;
let perKind = new Map<string, number>();

/** Token counting, estimation, hard limits passed to SDK loops, compaction and projected-usage checks. */
export const budgetFacts = defineAnalyzer<BudgetFact>({
  name: "budget-facts",
  description: "token usage, estimates, limits and compaction",
  kinds: [
    ts.SyntaxKind.BinaryExpression,
    ts.SyntaxKind.VariableDeclaration,
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.PropertyAssignment,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.ArrowFunction,
    ts.SyntaxKind.ClassDeclaration,
  ],
  enterFile(ctx) {
    perKind = new Map();
    tokenish = TOKENISH.test(ctx.file.text);
    const field = tokenish ? USAGE_FIELD_READ.exec(ctx.file.text) : null;
    if (field) {
      const line = ctx.sourceFile.getLineAndCharacterOfPosition(field.index).line + 1;
      ctx.emit({ file: ctx.file.path, line, kind: "usage-field", note: `reads ${field[1]}` });
    }
  },
  visit(node, ctx) {
    if (ts.isBinaryExpression(node)) onBinary(node, ctx);
    else if (ts.isVariableDeclaration(node)) {
      if (tokenish && node.initializer) onUsageRead(node.initializer, ctx);
    }
    else if (ts.isCallExpression(node)) onCall(node, ctx);
    else if (ts.isImportDeclaration(node)) {
      if (ts.isStringLiteral(node.moduleSpecifier) && TOKENIZER_MODULES.test(node.moduleSpecifier.text)) {
        emit(ctx, node, "estimate", `imports tokenizer ${node.moduleSpecifier.text}`);
      }
    } else if (ts.isPropertyAssignment(node)) {
      onOption(node, ctx);
      if (tokenish) onUsageRead(node.initializer, ctx);
    }
    else if (ts.isClassDeclaration(node)) onDeclaration(node.name?.text, undefined, node, ctx);
    else if (isFunctionLike(node)) onDeclaration(functionName(node, ctx.ancestors[ctx.ancestors.length - 1]), node, node, ctx);
  },
});

function emit(ctx: AnalyzerContext<BudgetFact>, node: ts.Node, kind: BudgetFact["kind"], note: string): void {
  const n = perKind.get(kind) ?? 0;
  if (n >= MAX_PER_KIND) return;
  perKind.set(kind, n + 1);
  ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind, note });
}

/**
 * A usage field stored somewhere (`x = usage.input_tokens`, `{ input: r.usage.inputTokens }`), seen from
 * the assignment, declaration or property that holds it: visiting every property access costs too much.
 * Every usage field contains "token", so files without it are skipped.
 */
function onUsageRead(value: ts.Expression, ctx: AnalyzerContext<BudgetFact>): void {
  if (!ts.isPropertyAccessExpression(value)) return;
  const name = propertyNameText(value.name);
  if (name && USAGE_FIELDS.has(name)) emit(ctx, value, "usage-record", `records ${name}`);
}

const TOKENISH = /token/i;
/** Whether the file being walked mentions tokens at all (every usage field and token comparison does). */
let tokenish = false;

function onBinary(node: ts.BinaryExpression, ctx: AnalyzerContext<BudgetFact>): void {
  const op = node.operatorToken.kind;
  if (op === ts.SyntaxKind.EqualsToken) {
    if (tokenish) onUsageRead(node.right, ctx);
    return;
  }
  if (!tokenish && op !== ts.SyntaxKind.SlashToken) return;
  if (op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.PlusToken) {
    if (!TOKENISH.test(directName(node.left) ?? "")) return;
    if (op === ts.SyntaxKind.PlusToken && !TOKENISH.test(directName(node.right) ?? "")) return;
    emit(ctx, node, "usage-accumulate", `adds up ${directName(node.left) ?? "tokens"}`);
    return;
  }
  if (op === ts.SyntaxKind.SlashToken) {
    const perToken = (ts.isNumericLiteral(node.right) && ["3", "3.5", "4"].includes(node.right.text)) || /chars?_?per_?token/i.test(directName(node.right) ?? "");
    if (!perToken) return;
    const chars = namesIn(node.left, 6).some((n) => n === "length" || /chars?|characters/i.test(n));
    if (chars) emit(ctx, node, "estimate", "estimates tokens from characters");
    return;
  }
  if (!isRelational(op)) return;
  const leftNames = namesIn(node.left, 10);
  const rightNames = namesIn(node.right, 10);
  if (!leftNames.some((n) => TOKENISH.test(n)) && !rightNames.some((n) => TOKENISH.test(n))) return;
  const left = wordsOfNames(leftNames);
  const right = wordsOfNames(rightNames);
  const tokens = (w: Set<string>): boolean => w.has("token") || w.has("tokens");
  const sides: [Set<string>, Set<string>][] = [[left, right], [right, left]];
  for (const [a, b] of sides) {
    if (!tokens(a)) continue;
    if ([...a].some((w) => PROJECTED_WORDS.has(w)) && [...b].some((w) => THRESHOLD_WORDS.has(w) || w === "context")) {
      emit(ctx, node, "projected", "checks the projected request size against the remaining window before sending");
      return;
    }
    if ([...b].some((w) => w === "threshold" || w === "window" || w === "context" || w === "compact" || w === "compaction")) {
      emit(ctx, node, "compaction-trigger", "compares tokens with a threshold of the context window");
      return;
    }
  }
}

/** The name an operand is known by: `x`, `usage.inputTokens` -> `inputTokens`, `a.b()` -> `b`. */
function directName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return propertyNameText(expr.name);
  if (ts.isCallExpression(expr) || ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) return directName(expr.expression);
  return undefined;
}

function isRelational(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken || op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
}

function wordsOfNames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of identifierWords(n)) out.add(w);
  return out;
}

function onCall(node: ts.CallExpression, ctx: AnalyzerContext<BudgetFact>): void {
  const last = callLast(node);
  if (!last) return;
  // Every estimator name has "Token" or "ncoding"; every usage helper ends in "usage" (any case).
  const end = last.charCodeAt(last.length - 1);
  if ((last.includes("Token") || last.includes("ncoding")) && ESTIMATORS.test(last)) emit(ctx, node, "estimate", `counts tokens with ${last}`);
  else if ((end === 101 || end === 69) && /^(?:add|accumulate|merge|sum|aggregate)\w*Usage$/i.test(last)) emit(ctx, node, "usage-accumulate", `accumulates usage with ${last}`);
}

function onOption(node: ts.PropertyAssignment, ctx: AnalyzerContext<BudgetFact>): void {
  const key = propertyNameText(node.name);
  if (!key || !/max|limit|stopWhen/i.test(key)) return;
  if (key === "stopWhen") {
    const init = node.initializer;
    const calls = ts.isCallExpression(init) ? [init] : ts.isArrayLiteralExpression(init) ? init.elements.filter(ts.isCallExpression) : [];
    if (calls.some((c) => /stepCount|maxSteps|tokens|budget/i.test(calleeName(c) ?? ""))) emit(ctx, node, "sdk-limit", "stopWhen bounds the SDK's tool loop");
    return;
  }
  if (!SDK_LIMITS.has(key) && !(limitKind(key) === "turns" && /turns?|steps?|iterations?|rounds?/i.test(key))) return;
  const v = node.initializer;
  if (ts.isNumericLiteral(v) || ts.isIdentifier(v) || ts.isPropertyAccessExpression(v) || ts.isBinaryExpression(v)) {
    emit(ctx, node, "sdk-limit", `${key} passed to the agent loop`);
  }
}

const MAYBE_COMPACT = /compact|compress|summari[sz]|condens|truncat|trim|prune|evict|drop/i;

/** `fn` is the declaration whose parameters may name the context (none for a class). */
function onDeclaration(name: string | undefined, fn: ts.SignatureDeclarationBase | undefined, node: ts.Node, ctx: AnalyzerContext<BudgetFact>): void {
  if (!name || !MAYBE_COMPACT.test(name) || (isFunctionLike(node) && /^[A-Z]/.test(name))) return;
  const words = identifierWords(name);
  if (NOT_ACTION.has(words[0] ?? "") || words.includes("display")) return;
  const compact = words.some((w) => COMPACT_VERBS.has(w));
  const truncate = !compact && words.some((w) => TRUNCATE_VERBS.has(w));
  if (!compact && !truncate) return;
  if (words.some((w) => NOT_CONTEXT.has(w))) return;
  const context = [...words, ...(fn ? parameterNames(fn) : []).flatMap(identifierWords)].some((w) => CONTEXT_WORDS.has(w));
  if (!context) return;
  emit(ctx, node, compact ? "compaction" : "truncation", `${compact ? "compacts" : "truncates"} the context: ${name}`);
}
