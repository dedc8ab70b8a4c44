import { ts } from "ts-morph";
import { dottedName, enclosingClass, enclosingFunction, functionName, identifierWords, lastSegment, stringValue } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { isAgentToolRef } from "./agent-tools.js";
import { lastName } from "./names.js";

/** A bound on spawning: sub-agents lose the agent tool, or a depth counter is checked. */
export interface SpawnBoundFact extends FactBase {
  kind: "agent-tool-excluded" | "depth-checked";
  detail: string;
}

const SPAWN_WORD = /agent|spawn|delegat|subtask/i;
const SPAWN_FUNCTION = /agent|spawn|delegat|subtask|tool|run|execute|launch|start|create/i;
const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const ORDER = new Set([
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
]);

/** Finds the agent tool filtered out of a sub-agent's tools and depth counters checked where agents spawn. */
export const spawnBounds = defineAnalyzer<SpawnBoundFact>({
  name: "spawn-bounds",
  description: "bounds on agent spawning",
  kinds: [ts.SyntaxKind.BinaryExpression],
  visit(node, ctx) {
    if (!ts.isBinaryExpression(node)) return;
    const op = node.operatorToken.kind;
    if (EQUALITY.has(op)) {
      const [ref, other] = isAgentToolRef(node.right) ? [node.right, node.left] : isAgentToolRef(node.left) ? [node.left, node.right] : [];
      if (!ref || !other) return;
      // A literal 'agent' is a tool only when compared with a tool's name; Kind.Agent with a kind.
      const field = lastSegment(dottedName(other)) ?? "";
      const fieldOk = stringValue(ref) !== undefined ? /^(?:name|toolName|tool_name)$/.test(field) : /^(?:name|kind|toolName|tool_name)$/.test(field);
      if (!fieldOk || !inSpawnContext(ctx.file.path, ctx.ancestors)) return;
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "agent-tool-excluded", detail: dottedName(ref) ?? stringValue(ref) ?? "agent tool" });
      return;
    }
    if (!ORDER.has(op)) return;
    if (!/depth/i.test(lastName(node.left) ?? "") && !/depth/i.test(lastName(node.right) ?? "")) return;
    const names = [node.left, node.right].map((e) => dottedName(e) ?? "");
    const depth = names.find((n) => identifierWords(lastSegment(n) ?? "").includes("depth"));
    if (!depth) return;
    const named = names.some((n) => SPAWN_WORD.test(n));
    if (!named && !inSpawnContext(ctx.file.path, ctx.ancestors)) return;
    ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "depth-checked", detail: names.filter(Boolean).join(" vs ") });
  },
});

/** The file sits in an agents folder or is named for spawning, and the function or class is about spawning or tools. */
function inSpawnContext(path: string, ancestors: readonly ts.Node[]): boolean {
  const tail = path.split("/").slice(-2).join("/");
  const fn = enclosingFunction(ancestors);
  const name = fn ? functionName(fn, ancestors[ancestors.indexOf(fn) - 1]) ?? "" : "";
  const cls = enclosingClass(ancestors)?.name?.text ?? "";
  if (SPAWN_WORD.test(name) || SPAWN_WORD.test(cls)) return true;
  return SPAWN_WORD.test(tail) && SPAWN_FUNCTION.test(name);
}
