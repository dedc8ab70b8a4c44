import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { limitKind } from "./words.js";

/** A positive default given to a limit somewhere in the project: `maxTurns = 10`, `maxSteps ?? DEFAULT_MAX_STEPS`. */
export interface LimitDefaultFact extends FactBase {
  /** The limit's name, normalised (see limitKey). */
  key: string;
  value: string;
}

/** What follows a name given a value: an optional `?` and type annotation, then `=`, `??`, `||` or `:`. */
const GIVEN = String.raw`\??(?:\s*:\s*[A-Za-z][\w.<>|[\] ]{0,40}?)?\s*(?:=(?![=>])|\?\?|\|\||:)\s*`;

/** Any-case letters of a word, for a lookahead inside a case-sensitive pattern. */
const anyCase = (word: string): string => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join("");
/** Lookahead: the identifier holds a fragment every limit name has (see limitKind), so other names are not tried. */
const MAYBE_LIMIT_NAME = `(?=[\\w$]*(?:${["max", "limit", "budget", "remaining", "cap", "allowed", "bounded", "timeout", "deadline"].map(anyCase).join("|")}))`;

/**
 * `name [?][: type] (= | ?? | || | :) value` where value is a positive number or a constant (`DEFAULT_MAX_TURNS`),
 * and `name: z.number().default(10)`. A text scan: defaults sit in config types, classes and schemas alike.
 */
const DEFAULT_RE = new RegExp(String.raw`\b${MAYBE_LIMIT_NAME}([A-Za-z_$][\w$]*)${GIVEN}([1-9][\d_]*|[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)`, "g");
const ZOD_DEFAULT_RE = new RegExp(String.raw`\b${MAYBE_LIMIT_NAME}([A-Za-z_$][\w$]*)\s*:\s*z\.[^;\n]{0,60}?\.default\(\s*([1-9][\d_]*)`, "g");

/** Normalises a limit's name across its spellings: `getMaxSessionTurns`, `maxSessionTurns`, `MAX_SESSION_TURNS`. */
export function limitKey(name: string): string {
  return name
    .replace(/^get(?=[A-Z])/, "")
    .replace(/^(?:default|DEFAULT)_?/, "")
    .replace(/_/g, "")
    .toLowerCase();
}

/** The positive defaults a file's text gives to limits, by the limit's name as written. */
function* positiveDefaults(text: string): Generator<{ name: string; value: string; index: number }> {
  for (const re of [DEFAULT_RE, ZOD_DEFAULT_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1] ?? "";
      const value = m[2] ?? "";
      // A constant default counts only when it names a limit itself (DEFAULT_MAX_TURNS), not any constant.
      if (limitKind(name) && (!/^[A-Z]/.test(value) || limitKind(value))) yield { name, value, index: m.index };
    }
  }
}

/** Whether a file gives this limit a positive default: `maxSteps = 10`, `maxSteps ?? DEFAULT_MAX_STEPS`. */
export function hasPositiveDefault(text: string, name: string): boolean {
  if (!text.includes(name)) return false;
  for (const d of positiveDefaults(text)) if (d.name === name) return true;
  return false;
}

/** Positive defaults of turn, token, cost and time limits, so that `if (max && n >= max)` can tell opt-in from on-by-default. */
export const limitDefaults = defineAnalyzer<LimitDefaultFact>({
  name: "limit-defaults",
  description: "positive default values given to turn, token, cost and time limits",
  textHints: ["max", "Max", "MAX", "limit", "Limit", "LIMIT", "budget", "Budget"],
  kinds: [],
  enterFile(ctx) {
    const text = ctx.file.text;
    let lines = lineCounter(text);
    let last = -1;
    for (const { name, value, index } of positiveDefaults(text)) {
      if (index < last) lines = lineCounter(text);
      last = index;
      ctx.emit({ file: ctx.file.path, line: lines(index), key: limitKey(name), value });
    }
  },
});

/** Line numbers for increasing offsets, counted incrementally. */
function lineCounter(text: string): (index: number) => number {
  let line = 1;
  let at = 0;
  return (index) => {
    for (let i = text.indexOf("\n", at); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
      line++;
      at = i + 1;
    }
    return line;
  };
}

/** `max_turns = Infinity`, `maxSteps ?? Infinity`, `maxTurns: Number.POSITIVE_INFINITY`: a limit that is off by default. */
export function hasInfiniteDefault(text: string, name: string): boolean {
  if (!text.includes("Infinity") || !text.includes(name)) return false;
  const escaped = name.replace(/[$]/g, "\\$&");
  return new RegExp(String.raw`\b${escaped}\b${GIVEN}(?:Number\.POSITIVE_)?(?:INFINITY|Infinity)\b`).test(text);
}
