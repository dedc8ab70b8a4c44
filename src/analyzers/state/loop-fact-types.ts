import type { FactBase } from "../../engine/analyzer.js";

/** A loop (or self-recursive function) and what bounds it. Facts for loops that may call a model. */
export interface LoopFact extends FactBase {
  /** `sdk`: an SDK's own tool loop told never to stop (`stopWhen: isLoopFinished()`, `maxSteps: Infinity`). */
  kind: "while" | "do" | "for" | "recursion" | "sdk";
  /** The model call made in the loop, directly or through functions of the same file (`a -> b -> client.chat`). */
  modelCall?: string;
  /** Names the loop calls that this file does not define (resolved across files by the rules). */
  external: string[];
  /** What bounds the loop, when something visibly does. */
  bound?: string;
  /** A limit the loop checks only when it is set (`max && n >= max`): a bound only if the project gives it a default. */
  optIn?: string;
  /** The loop waits for a person each iteration (a chat REPL), so the model does not drive it. */
  userPaced: boolean;
  inFunction?: string;
  /** Last line of the loop, so rules can tell nested loops apart. */
  endLine: number;
}

/** A named function that calls a model (through this file's functions) or stops on a limit. */
export interface FunctionFact extends FactBase {
  name: string;
  modelCall?: string;
  /** The limit it throws or returns on (`maxTurns`), when it guards one. */
  limitGuard?: string;
  /** A limit it stops on only when a caller sets it. */
  optIn?: string;
  /** For a function that reaches a model: names it calls that its file does not define (resolved across files by the rules). */
  calls?: string[];
}

export type AgentLoopFact = LoopFact | FunctionFact;

/** Whether a fact is a loop (rather than a function summary). */
export function isLoopFact(fact: AgentLoopFact): fact is LoopFact {
  return "kind" in fact;
}
