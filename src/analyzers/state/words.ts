import { identifierWords } from "../../engine/ast.js";

/** What a limit bounds. */
export type LimitKind = "turns" | "tokens" | "cost" | "time";

const CAP = new Set(["max", "maximum", "limit", "limits", "budget", "remaining", "cap", "allowed", "bounded"]);
const TURNS = new Set([
  "turn", "turns", "step", "steps", "iteration", "iterations", "iter", "iters", "round", "rounds", "attempt", "attempts",
  "retry", "retries", "tries", "loop", "loops", "calls", "requests", "depth", "recursion", "hops", "cycles",
]);
const TOKENS = new Set(["token", "tokens"]);
/** Words that make a token cap more than one request's `max_tokens`. */
const TOKEN_SCOPE = new Set(["budget", "remaining", "limit", "total", "session", "context", "window", "cumulative", "run"]);
const COST = new Set(["cost", "spend", "spent", "usd", "dollars", "price"]);
const TIME = new Set(["timeout", "deadline"]);

/** Cheap prefilter: every limit name has one of these fragments. */
const MAYBE_LIMIT = /max|limit|budget|remaining|^cap|Cap(?:$|[A-Z_])|allowed|bounded|timeout|deadline/i;
const MAYBE_COUNTER = /turn|step|iter|round|attempt|retr|tries|loop|calls|requests|depth|recurs|hops|cycles|count|^[in]$/i;

/**
 * What a name says it limits: `maxTurns`, `MAX_TOOL_STEPS`, `getMaxSessionTurns` are turn limits,
 * `tokenBudget` a token limit. `maxTokens` alone bounds one request, not a loop, so it is not one.
 */
export function limitKind(name: string): LimitKind | undefined {
  if (!MAYBE_LIMIT.test(name)) return undefined;
  const words = identifierWords(name);
  if (words.some((w) => TIME.has(w))) return "time";
  const capped = words.some((w) => CAP.has(w));
  if (!capped) return undefined;
  if (words.some((w) => TURNS.has(w))) return "turns";
  if (words.some((w) => COST.has(w))) return "cost";
  if (words.some((w) => TOKENS.has(w)) && words.some((w) => TOKEN_SCOPE.has(w))) return "tokens";
  return undefined;
}

/** A counter name compared against a literal: `turn < 10`, `attempt >= 3`, `iterations > 50`. */
export function isCounterName(name: string): boolean {
  if (!MAYBE_COUNTER.test(name)) return false;
  const words = identifierWords(name);
  return words.some((w) => TURNS.has(w) || w === "count" || w === "counter" || w === "i" || w === "n");
}

const SESSION = new Set([
  "session", "sessions", "conversation", "conversations", "history", "chat", "chats", "transcript", "transcripts",
  "messages", "checkpoint", "checkpoints", "journal", "thread", "threads", "rollout", "rollouts", "trajectory",
  "thread", "dialog", "dialogue", "memory", "runstate", "task", "tasks",
]);
const NOT_SESSION = new Set(["config", "settings", "cache", "lock", "credentials", "credential", "auth", "oauth", "token", "key", "keys", "log", "logs", "package", "telemetry", "export", "exports", "html", "shell", "input", "prompt", "smoke", "markdown"]);

/** Whether words (from a path, a function or a class) say session state, not config, caches or logs. */
export function isSessionWords(words: readonly string[]): boolean {
  return words.some((w) => SESSION.has(w)) && !words.some((w) => NOT_SESSION.has(w));
}

/** Lower-case words of several names at once. */
export function wordsOf(...names: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const n of names) if (n) out.push(...identifierWords(n));
  return out;
}

/** What a durable record holds beyond plain messages. */
export type StateContent = "usage" | "tools" | "permissions" | "checkpoint" | "typed";

const CONTENT: readonly [StateContent, RegExp][] = [
  ["usage", /^(?:usage|tokens?|cost|input_tokens|output_tokens|inputtokens|outputtokens|totaltokens|prompttokens)$/],
  ["tools", /^(?:tool|tools|toolcall|toolcalls|tool_calls|tool_use|toolresult|toolresults|tool_result|functioncall)$/],
  ["permissions", /^(?:permission|permissions|approval|approvals|approved|grant|grants|granted|allowlist|allowed)$/],
  ["checkpoint", /^(?:checkpoint|checkpoints|snapshot|snapshots|pendingwrites)$/],
  ["typed", /^(?:entry|entries|event|events|step|steps)$/],
];

/** The content categories that a set of words names. */
export function contentOf(words: Iterable<string>): Set<StateContent> {
  const out = new Set<StateContent>();
  for (const w of words) {
    for (const [kind, re] of CONTENT) if (re.test(w)) out.add(kind);
  }
  return out;
}
