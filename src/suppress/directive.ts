import { commentsOf, type SourceComment } from "./comments.js";

/** Every directive starts with this; files without it are not scanned. */
export const DIRECTIVE_PREFIX = "plumbline-disable";

/** The directive words: the line after the comment, the comment's own line, or the whole file. */
const KINDS = {
  "plumbline-disable-next-line": "next-line",
  "plumbline-disable-line": "line",
  "plumbline-disable": "file",
} as const;

/** Which findings a directive covers. */
export type DirectiveKind = (typeof KINDS)[keyof typeof KINDS];

/** One inline suppression comment. */
export interface Directive {
  kind: DirectiveKind;
  /** The directive word as written, for messages. */
  word: keyof typeof KINDS;
  /** Line of the comment (1-based). */
  line: number;
  /** The line whose findings it suppresses; undefined when it covers the whole file. */
  target: number | undefined;
  ruleIds: string[];
  reason?: string;
}

/** A comment that looks like a directive but is not a valid one, or names an unknown rule. */
export interface DirectiveProblem {
  line: number;
  message: string;
}

/** The directives of one file and the problems found in them. */
export interface FileDirectives {
  directives: Directive[];
  problems: DirectiveProblem[];
}

function isWord(word: string): word is keyof typeof KINDS {
  return Object.hasOwn(KINDS, word);
}

/** `ids -- reason`: the reason follows the first `--` that stands alone, as in ESLint. */
function splitReason(rest: string): { ids: string[]; reason: string } {
  const cut = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const idText = cut ? rest.slice(0, cut.index) : rest;
  const reason = cut ? rest.slice(cut.index + cut[0].length).replace(/\s+/g, " ").trim() : "";
  return { ids: [...new Set(idText.split(/[\s,]+/).filter(Boolean))], reason };
}

/** Reads one comment: undefined when it is not a directive at all. */
export function readDirective(comment: SourceComment, isKnown: (ruleId: string) => boolean): FileDirectives | undefined {
  const body = comment.body.trim();
  if (!body.startsWith(DIRECTIVE_PREFIX)) return undefined;
  const line = comment.startLine;
  const word = body.split(/\s/, 1)[0] ?? "";
  if (!isWord(word)) {
    // "plumbline-disabled" is prose; "plumbline-disable-nextline" or "plumbline-disable:" is a typo to point out.
    if (/^plumbline-disable[a-z0-9]/i.test(word)) return undefined;
    const expected = Object.keys(KINDS).join(", ");
    return { directives: [], problems: [{ line, message: `unknown directive "${word}" (expected one of: ${expected})` }] };
  }
  const kind = KINDS[word];
  if (kind !== "file" && comment.endLine !== line) {
    return { directives: [], problems: [{ line, message: `${word} must fit on one line` }] };
  }
  const { ids, reason } = splitReason(body.slice(word.length));
  if (ids.length === 0) {
    return { directives: [], problems: [{ line, message: `${word} names no rule id: list the rules it suppresses (see plumbline rules)` }] };
  }
  const problems = ids.filter((id) => !isKnown(id)).map((id) => ({ line, message: `${word} names an unknown rule "${id}" (see plumbline rules)` }));
  const ruleIds = ids.filter(isKnown);
  if (ruleIds.length === 0) return { directives: [], problems };
  const target = kind === "next-line" ? comment.endLine + 1 : kind === "line" ? line : undefined;
  return { directives: [{ kind, word, line, target, ruleIds, ...(reason ? { reason } : {}) }], problems };
}

/** The directives in a file's comments; a file that never mentions the prefix costs one substring search. */
export function parseDirectives(path: string, text: string, isKnown: (ruleId: string) => boolean): FileDirectives {
  const out: FileDirectives = { directives: [], problems: [] };
  if (!text.includes(DIRECTIVE_PREFIX)) return out;
  for (const comment of commentsOf(path, text)) {
    const read = readDirective(comment, isKnown);
    if (!read) continue;
    out.directives.push(...read.directives);
    out.problems.push(...read.problems);
  }
  return out;
}
