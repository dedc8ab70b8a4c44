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
 * The package's public wrappers convert Go values to JS on every property access (about 0.3 ms each), so
 * the tree is copied once from GopherJS's internal representation (`__internal_object__`: structs keep
 * their Go field names, slices are {$array, $offset, $length}, nil pointers are the type's `nil` value)
 * into plain objects with a `type` field. The package is pinned and unmaintained, so that layout is fixed;
 * anything unexpected throws, and a command that cannot be analyzed is never allowed.
 */
import { createRequire } from "node:module";

/** A syntax node as the GopherJS build exposes it. */
export type ShNode = { readonly [field: string]: unknown };

interface ShParser {
  Parse(source: string, name: string): unknown;
}

interface SyntaxApi {
  NewParser(): ShParser;
}

function isNode(value: unknown): value is ShNode {
  return typeof value === "object" && value !== null;
}

function isSyntaxApi(value: unknown): value is SyntaxApi {
  return isNode(value) && typeof value["NewParser"] === "function";
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

const MAX_DEPTH = 400;

function isGoSlice(value: ShNode): boolean {
  return Array.isArray(value["$array"]) && typeof value["$offset"] === "number" && typeof value["$length"] === "number";
}

/** Copies a GopherJS value into plain data: structs become objects with `type`, slices arrays, nil null. */
function toPlain(value: unknown, depth: number): unknown {
  // GopherJS keeps Go strings as one JS char per UTF-8 byte.
  if (typeof value === "string") return /[^\x00-\x7f]/.test(value) ? Buffer.from(value, "latin1").toString("utf8") : value;
  if (!isNode(value)) return value;
  if (depth > MAX_DEPTH) throw new Error("syntax tree too deep");
  if (isGoSlice(value)) {
    const items = value["$array"];
    const offset = Number(value["$offset"]);
    const length = Number(value["$length"]);
    return Array.isArray(items) ? items.slice(offset, offset + length).map((item) => toPlain(item, depth + 1)) : [];
  }
  const goType: unknown = isNode(value["constructor"]) || typeof value["constructor"] === "function" ? Reflect.get(Object(value["constructor"]), "string") : undefined;
  if (typeof goType !== "string") {
    const method = value["String"];
    // GopherJS's nil interface: an object whose every method throws a nil pointer error.
    if (typeof method === "function" && method.name === "$throwNilPointerError") return null;
    throw new Error("unexpected value in syntax tree");
  }
  if (value === Reflect.get(Object(value["constructor"]), "nil")) return null;
  const plain: Record<string, unknown> = { type: goType.replace(/^\*?syntax\./, "") };
  for (const key of Object.keys(value)) if (key !== "$val") plain[key] = toPlain(value[key], depth + 1);
  return plain;
}

/** Parses Bash source into a plain File node; throws the parser's error on invalid input. */
export function parseBash(source: string): ShNode {
  const file = syntax().NewParser().Parse(source, "");
  const internal = isNode(file) ? file["__internal_object__"] : undefined;
  const plain = toPlain(internal, 0);
  if (!isNode(plain) || plain["type"] !== "File") throw new Error("parser returned no syntax tree");
  return plain;
}

/** The Go type name of a node, e.g. "CallExpr". */
export function nodeType(node: ShNode): string {
  const type = node["type"];
  return typeof type === "string" ? type : "";
}

/** Visits the node and its descendant nodes depth-first; returning false skips a node's children. */
export function walk(node: ShNode, visit: (node: ShNode) => boolean): void {
  if (nodeType(node) !== "" && !visit(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "type") continue;
    if (Array.isArray(value)) value.forEach((item) => isNode(item) && walk(item, visit));
    else if (isNode(value)) walk(value, visit);
  }
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
