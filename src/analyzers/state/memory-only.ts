import { ts } from "ts-morph";

/** Collection methods: calling only these reads what the process already holds. */
const COLLECTION_METHODS = new Set([
  "get", "has", "set", "delete", "values", "keys", "entries", "filter", "map", "find", "findLast", "slice", "concat",
  "push", "forEach", "sort", "reduce", "some", "every", "includes", "at", "flatMap", "from", "isArray", "now", "toISOString",
]);

/** Own methods whose names say they read from somewhere else. */
const OWN_READ = /read|load|fetch|restore|query|open|parse|deserial|hydrate|replay|select|storage|disk|file|db/i;

/**
 * Whether a function only looks state up in memory: it reads a Map or array of its own (`this.sessions.get(id)`)
 * and calls nothing but collection methods and its own class's methods, with no await or yield. Such a
 * `loadConversation` resumes nothing after a restart.
 */
export function readsMemoryOnly(body: ts.Node): boolean {
  let lookups = 0;
  let other = false;
  const visit = (n: ts.Node): void => {
    if (other) return;
    if (ts.isAwaitExpression(n) || ts.isYieldExpression(n)) {
      other = true;
      return;
    }
    if (ts.isCallExpression(n)) {
      const e = n.expression;
      if (!ts.isPropertyAccessExpression(e)) {
        other = true;
        return;
      }
      const method = e.name.text;
      if (e.expression.kind === ts.SyntaxKind.ThisKeyword) {
        // this.convert(...) is the class's own code; this.readFromDisk(...) may be a durable read.
        if (OWN_READ.test(method)) {
          other = true;
          return;
        }
      } else if (COLLECTION_METHODS.has(method)) {
        if (method === "get" && ts.isPropertyAccessExpression(e.expression) && e.expression.expression.kind === ts.SyntaxKind.ThisKeyword) lookups++;
      } else {
        other = true;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return lookups > 0 && !other;
}

/** Calls that read saved state: file reads, JSON parsing, loaders and queries. */
const READ_CALL = /^(?:read\w*|load\w*|restore\w*|fetch\w*|hydrate\w*|rehydrate\w*|deserialize\w*|parse|query|select\w*|find\w*|getItem|getTuple)$/;

/**
 * Whether a function body reads anything back. `continueConversation(input)` is usually the next turn of a
 * live chat; it resumes a saved session only when it loads one.
 */
export function readsBack(body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n)) {
      const e = n.expression;
      const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : "";
      if (READ_CALL.test(name)) {
        found = true;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}
