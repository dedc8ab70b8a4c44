/*
 * Access to mvdan-sh, the GopherJS build of mvdan.cc/sh/v3/syntax (the parser behind shfmt).
 *
 * Why this parser: it is a complete Bash parser (ANSI-C $'..' quoting, escapes, heredocs, command and
 * process substitution, subshells, functions, redirections of every kind, compound lists), it fails
 * loudly on input it cannot parse instead of recovering silently like tree-sitter's error nodes, it is
 * synchronous (web-tree-sitter and sh-syntax need an async WASM load), and it is plain JavaScript, so
 * `npm ci` needs nothing but the registry (tree-sitter-bash needs node-gyp or a prebuilt binary).
 * bash-parser mis-parses many Bash forms and shell-quote is only a tokenizer. The cost is ~0.8 s to load
 * the module once, so it is loaded lazily on the first classification.
 *
 * The Go structs arrive as plain JS objects whose fields keep their Go names (Stmts, Cmd, Args, Parts...).
 * Each access creates a new wrapper object, so nodes must never be used as Map keys.
 */
import { createRequire } from "node:module";

/** A syntax node as the GopherJS build exposes it. */
export type ShNode = { readonly [field: string]: unknown };

interface ShParser {
  Parse(source: string, name: string): unknown;
}

interface SyntaxApi {
  NewParser(): ShParser;
  NodeType(node: unknown): string;
  Walk(node: unknown, visit: (node: unknown) => boolean): void;
}

function isNode(value: unknown): value is ShNode {
  return typeof value === "object" && value !== null;
}

function isSyntaxApi(value: unknown): value is SyntaxApi {
  return (
    isNode(value) &&
    typeof value["NewParser"] === "function" &&
    typeof value["NodeType"] === "function" &&
    typeof value["Walk"] === "function"
  );
}

let api: SyntaxApi | undefined;

/** The mvdan-sh syntax package, loaded on first use. */
export function syntax(): SyntaxApi {
  if (api) return api;
  const loaded: unknown = createRequire(import.meta.url)("mvdan-sh");
  const candidate = isNode(loaded) ? loaded["syntax"] : undefined;
  if (!isSyntaxApi(candidate)) throw new Error("mvdan-sh does not expose the expected syntax API");
  api = candidate;
  return api;
}

/** Parses Bash source into a File node; throws the parser's error on invalid input. */
export function parseBash(source: string): ShNode {
  const file = syntax().NewParser().Parse(source, "");
  if (!isNode(file)) throw new Error("parser returned no syntax tree");
  return file;
}

/** The Go type name of a node, e.g. "CallExpr". */
export function nodeType(node: ShNode): string {
  return syntax().NodeType(node);
}

/** Visits the node and its descendants; returning false skips a node's children. */
export function walk(node: ShNode, visit: (node: ShNode) => boolean): void {
  syntax().Walk(node, (n) => (isNode(n) ? visit(n) : true));
}

/** A child node, or undefined for a nil pointer. */
export function child(node: ShNode, field: string): ShNode | undefined {
  const value = node[field];
  return isNode(value) ? value : undefined;
}

/** A slice of child nodes. */
export function children(node: ShNode, field: string): ShNode[] {
  const value = node[field];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

/** A string field ("" when absent). */
export function text(node: ShNode | undefined, field: string): string {
  const value = node?.[field];
  return typeof value === "string" ? value : "";
}

/** A numeric field such as an operator token (-1 when absent). */
export function num(node: ShNode, field: string): number {
  const value = node[field];
  return typeof value === "number" ? value : -1;
}

/** A boolean field. */
export function bool(node: ShNode, field: string): boolean {
  return node[field] === true;
}

/** The message of an error thrown by the GopherJS parser or by JS itself. */
export function errorMessage(error: unknown): string {
  if (isNode(error) && typeof error["Error"] === "function") {
    const message: unknown = Reflect.apply(error["Error"], error, []);
    if (typeof message === "string") return message;
  }
  return error instanceof Error ? error.message : "unknown parser error";
}
