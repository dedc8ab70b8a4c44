import type { FactReader } from "../../engine/analyzer.js";
import { lastSegment } from "../../engine/ast.js";
import { agentLoops, isLoopFact, type AgentLoopFact, type LoopFact } from "../../analyzers/state/agent-loops.js";
import { limitDefaults, limitKey } from "../../analyzers/state/limit-defaults.js";
import { ENFORCER } from "../../analyzers/state/limit-guards.js";

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
  /** A limit checked only when a caller sets it, with no default anywhere: it does not bound the loop by default. */
  optIn?: string;
}

/**
 * Loops that call a model, directly, through their file's functions, or through a distinctive name elsewhere.
 * A loop is bounded by its own checks or by a limit guard in a function on its path to the model
 * (gemini-cli's `sendMessageStream` checks `maxSessionTurns`; openai-agents' turn preparation checks `maxTurns`).
 */
export function agentLoopsOf(ctx: FactReader): AgentLoop[] {
  const facts = ctx.facts(agentLoops);
  const defaults = new Set(ctx.facts(limitDefaults).map((d) => d.key));
  const localDefaults = new Set(ctx.facts(limitDefaults).map((d) => `${dirOf(d.file)}\0${d.key}`));
  // A limit checked only when set (`opts.maxIterations && i > opts.maxIterations`) still bounds the loop when
  // it gets a default: beside the check (the analyzer looked in its file; here, its folder: the agent that
  // builds the run config), or, read through a config getter (`config.getMaxSessionTurns()`), wherever the
  // config is built. The same name defaulted in an unrelated folder says nothing about this option.
  const defaulted = (note: string | undefined, file: string): string | undefined => {
    const name = note?.split(": ").pop();
    if (!name) return undefined;
    const key = limitKey(name);
    return localDefaults.has(`${dirOf(file)}\0${key}`) || (/^get[A-Z]/.test(name) && defaults.has(key)) ? note : undefined;
  };
  const callers = new Map<string, string>();
  const guards = new Map<string, string>();
  const optInGuards = new Map<string, string>();
  for (const f of facts) {
    if (isLoopFact(f) || GENERIC.has(f.name)) continue;
    if (f.modelCall && !callers.has(f.name)) callers.set(f.name, f.modelCall);
    const guard = f.limitGuard ?? defaulted(f.optIn, f.file);
    if (guard && !guards.has(f.name)) guards.set(f.name, guard);
    if (f.optIn && !guard && !optInGuards.has(f.name)) optInGuards.set(f.name, f.optIn);
  }
  // What each function on a model path calls in other files: `callLlmAsync` calls `ctx.incrementLlmCallCount()`, which enforces the limit.
  const sideCalls = new Map<string, string[]>();
  for (const f of facts) if (!isLoopFact(f) && f.calls && !GENERIC.has(f.name) && !sideCalls.has(f.name)) sideCalls.set(f.name, f.calls);
  // A step named like a function of the loop's own file is that function: another file's namesake (`_stream`) says nothing.
  const guardFiles = new Map<string, Set<string>>();
  const definedIn = new Set<string>();
  for (const f of facts) {
    if (isLoopFact(f)) continue;
    definedIn.add(`${f.file}\0${f.name}`);
    if (!f.limitGuard && !f.optIn) continue;
    const files = guardFiles.get(f.name) ?? new Set<string>();
    files.add(f.file);
    guardFiles.set(f.name, files);
  }
  const guardOn = (chain: string, from = guards, file?: string): string | undefined => {
    for (const step of chain.split(" -> ")) {
      const name = lastSegment(step);
      const local = file !== undefined && name !== undefined && definedIn.has(`${file}\0${name}`);
      const guard = name && (!local || guardFiles.get(name)?.has(file ?? "")) ? from.get(name) : undefined;
      if (guard) return `${name}: ${guard}`;
      // The function that enforces is named for it (`incrementAndEnforceLlmCallsLimit`), or the side call is.
      const side = name ? sideCalls.get(name)?.find((c) => !GENERIC.has(c) && from.has(c) && ENFORCER.test(`${c} ${from.get(c)?.split(": ")[0] ?? ""}`)) : undefined;
      if (side) return `${name} -> ${side}: ${from.get(side) ?? ""}`;
    }
    return undefined;
  };
  const out: AgentLoop[] = [];
  for (const loop of facts) {
    if (!isLoopFact(loop) || loop.userPaced) continue;
    let modelCall = loop.modelCall;
    let bound = loop.bound ?? defaulted(loop.optIn, loop.file) ?? (modelCall ? guardOn(modelCall, guards, loop.file) : undefined);
    for (const name of loop.external) {
      const via = callers.get(name);
      if (!modelCall && via) modelCall = `${name} -> ${via}`;
      bound ??= guards.has(name) ? `${name}: ${guards.get(name) ?? ""}` : undefined;
    }
    if (modelCall && !bound) bound = guardOn(modelCall, guards, loop.file);
    if (!modelCall) continue;
    bound ??= boundedInside(loop, facts);
    out.push({ loop, modelCall, bound, optIn: bound ? undefined : (loop.optIn ?? guardOn(modelCall, optInGuards, loop.file)) });
  }
  return out;
}

const dirOf = (file: string): string => file.slice(0, Math.max(0, file.lastIndexOf("/")));

/** A bound on attempts of one call (`attempt <= MAX_RETRIES`): it does not bound the turns around it. */
const RETRY_BOUND = /retr|attempt|tries/i;

/**
 * An outer loop around a turn-bounded inner loop (`while (true) { ... for (round < maxToolRounds) ... }`)
 * retries or resumes the bounded one: the turn bound is inside. An inner retry loop around one model
 * call is not that: the outer loop still runs as long as the model asks for tools.
 */
function boundedInside(outer: LoopFact, facts: readonly AgentLoopFact[]): string | undefined {
  if (outer.kind === "recursion" || outer.kind === "sdk") return undefined;
  for (const f of facts) {
    if (!isLoopFact(f) || f === outer || f.file !== outer.file || f.kind === "recursion" || f.kind === "sdk") continue;
    if (f.line > outer.line && f.endLine <= outer.endLine && f.bound?.startsWith("turns") && !RETRY_BOUND.test(f.bound)) return `inner loop at line ${f.line}: ${f.bound}`;
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
