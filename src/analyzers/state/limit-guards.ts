import { ts } from "ts-morph";
import { calleeName, isFunctionLike, lastSegment } from "../../engine/ast.js";
import { exits, isLoopNode, loopCondition } from "./bounds.js";

/** Errors a run throws when it hits its limit (`MaxTurnsExceededError`, `AgentLoopExceededError`). */
const LIMIT_ERROR =
  /(?:Loops?|Turns?|Steps?|Iterations?|Tokens?|Budget|Cost|Limit|Recursion|Depth)\w*(?:Exceeded|Exhausted|Reached)\w*(?:Error|Exception)$|^Max\w*(?:Turns|Steps|Iterations|Loops|Budget)\w*(?:Error|Exception)$|^TooMany(?:Turns|Steps|Iterations)\w*$/;

/** Predicates that ask whether a run is still within its limits (`state.isLoopLimitExceeded()`, `budget.hasTurnsLeft()`). */
const LIMIT_PREDICATE =
  /^(?:is|has)\w*(?:Loop|Turn|Step|Iteration|Budget|Token|Cost|Limit)s?\w*(?:Exceeded|Exhausted|Reached)$|^(?:hasBudget|withinBudget|isWithinBudget|isWithinLimits?|has(?:Turns|Steps|Iterations|Budget|Tokens)(?:Left|Remaining))$/;

/** The loop or function a limit check bounds, and how to describe it. */
export interface LimitGuard {
  scope: ts.Node;
  /** The node above a function scope, for naming it. */
  parent?: ts.Node;
  note: string;
}

/** `throw new MaxTurnsExceededError(n)` inside a loop or function: that scope stops at a limit. */
export function limitErrorThrown(node: ts.ThrowStatement, ancestors: readonly ts.Node[]): LimitGuard | undefined {
  const expr = node.expression;
  if (!expr || !ts.isNewExpression(expr)) return undefined;
  const cls = lastSegment(calleeName(expr));
  if (!cls || !LIMIT_ERROR.test(cls)) return undefined;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const anc = ancestors[i];
    if (anc && (isLoopNode(anc) || isFunctionLike(anc))) return { scope: anc, parent: ancestors[i - 1], note: `throws ${cls}` };
  }
  return undefined;
}

/**
 * `if (!state.hasTurnsLeft()) break;` or `while (!budget.isTokenLimitReached())`: a limit predicate
 * tested by an `if` that leaves, or by the loop's own condition.
 */
export function limitPredicateChecked(node: ts.CallExpression, ancestors: readonly ts.Node[]): LimitGuard | undefined {
  const last = lastSegment(calleeName(node));
  if (!last || !LIMIT_PREDICATE.test(last)) return undefined;
  let checked = false;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const anc = ancestors[i];
    const child = ancestors[i + 1] ?? node;
    if (!anc) continue;
    if (isLoopNode(anc)) return checked || child === loopCondition(anc) ? { scope: anc, note: `${last}() checked each turn` } : undefined;
    if (isFunctionLike(anc)) return checked ? { scope: anc, parent: ancestors[i - 1], note: `${last}() checked` } : undefined;
    if (ts.isIfStatement(anc) && !checked && child === anc.expression) {
      checked = exits(anc.thenStatement);
      if (!checked) return undefined;
    }
  }
  return undefined;
}

/** Names of functions that enforce a limit (`incrementAndEnforceLlmCallsLimit`, `checkBudget`, `assertWithinQuota`). */
export const ENFORCER = /enforce|limit|budget|quota|guard|assert|check|ensure|exceed/i;

interface GuardScope {
  bound?: string;
  optIn?: string;
  callees: Set<string>;
}

/**
 * The limit a function enforces through a helper of its file (`incrementLlmCallCount()` calling
 * `costManager.incrementAndEnforceLlmCallsLimit(config)`, which throws past `maxLlmCalls`), two calls deep at most.
 */
export function calleeGuard(fn: GuardScope, byName: ReadonlyMap<string, GuardScope>): { bound?: string; optIn?: string } | undefined {
  const seen = new Set<GuardScope>([fn]);
  let frontier = [fn];
  for (let depth = 0; depth < 2; depth++) {
    const next: GuardScope[] = [];
    for (const scope of frontier) {
      for (const name of scope.callees) {
        const callee = byName.get(name);
        if (!callee || seen.has(callee)) continue;
        // A helper that returns early past a size (`renderTools` truncating at a token budget) bounds nothing; one named for enforcing does.
        if (ENFORCER.test(name) && callee.bound) return { bound: `${name}: ${callee.bound}` };
        if (ENFORCER.test(name) && callee.optIn) return { optIn: `${name}: ${callee.optIn}` };
        seen.add(callee);
        next.push(callee);
      }
    }
    frontier = next;
  }
  return undefined;
}
