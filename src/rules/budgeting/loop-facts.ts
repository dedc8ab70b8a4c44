import type { FactReader } from "../../engine/analyzer.js";
import { lastSegment } from "../../engine/ast.js";
import { agentLoops, isLoopFact, type AgentLoopFact, type LoopFact } from "../../analyzers/state/agent-loops.js";

/** Names too common to resolve across files: a `run` elsewhere says nothing about this loop's `run`. */
const GENERIC = new Set([
  "run", "call", "execute", "invoke", "handle", "handler", "process", "send", "get", "set", "next", "start", "stop",
  "emit", "push", "map", "filter", "then", "resolve", "create", "update", "init", "load", "save", "read", "write",
  "step", "stream", "chat", "complete", "generate", "request", "fetch", "apply", "main", "default", "constructor",
  "parse", "callback", "fn", "listener", "onMessage", "onEvent",
]);

/** An agent loop: a loop that reaches a model, with what bounds it after resolving names across files. */
export interface AgentLoop {
  loop: LoopFact;
  modelCall: string;
  bound?: string;
}

/**
 * Loops that call a model, directly, through their file's functions, or through a distinctive name elsewhere.
 * A loop is bounded by its own checks or by a limit guard in a function on its path to the model
 * (gemini-cli's `sendMessageStream` checks `maxSessionTurns`; openai-agents' turn preparation checks `maxTurns`).
 */
export function agentLoopsOf(ctx: FactReader): AgentLoop[] {
  const facts = ctx.facts(agentLoops);
  const callers = new Map<string, string>();
  const guards = new Map<string, string>();
  for (const f of facts) {
    if (isLoopFact(f) || GENERIC.has(f.name)) continue;
    if (f.modelCall && !callers.has(f.name)) callers.set(f.name, f.modelCall);
    if (f.limitGuard && !guards.has(f.name)) guards.set(f.name, f.limitGuard);
  }
  const guardOn = (chain: string): string | undefined => {
    for (const step of chain.split(" -> ")) {
      const name = lastSegment(step);
      const guard = name ? guards.get(name) : undefined;
      if (guard) return `${name}: ${guard}`;
    }
    return undefined;
  };
  const out: AgentLoop[] = [];
  for (const loop of facts) {
    if (!isLoopFact(loop) || loop.userPaced) continue;
    let modelCall = loop.modelCall;
    let bound = loop.bound ?? (modelCall ? guardOn(modelCall) : undefined);
    for (const name of loop.external) {
      const via = callers.get(name);
      if (!modelCall && via) modelCall = `${name} -> ${via}`;
      bound ??= guards.has(name) ? `${name}: ${guards.get(name) ?? ""}` : undefined;
    }
    if (modelCall && !bound) bound = guardOn(modelCall);
    if (modelCall) out.push({ loop, modelCall, bound: bound ?? boundedInside(loop, facts) });
  }
  return out;
}

/**
 * An outer loop around a turn-bounded inner loop (`while (true) { ... for (round < maxToolRounds) ... }`)
 * retries or resumes the bounded one: the turn bound is inside.
 */
function boundedInside(outer: LoopFact, facts: readonly AgentLoopFact[]): string | undefined {
  if (outer.kind === "recursion" || outer.kind === "sdk") return undefined;
  for (const f of facts) {
    if (!isLoopFact(f) || f === outer || f.file !== outer.file || f.kind === "recursion" || f.kind === "sdk") continue;
    if (f.line > outer.line && f.endLine <= outer.endLine && f.bound?.startsWith("turns")) return `inner loop at line ${f.line}: ${f.bound}`;
  }
  return undefined;
}

/** Drops loops that contain another loop of the list in the same file: the inner one is the turn loop. */
export function innermost(list: readonly AgentLoop[]): AgentLoop[] {
  return list.filter(
    ({ loop: outer }) =>
      !list.some(
        ({ loop: inner }) =>
          inner !== outer && inner.file === outer.file && inner.line > outer.line && inner.endLine <= outer.endLine,
      ),
  );
}
