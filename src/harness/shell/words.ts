import { child, children, nodeType, text, walk, bool, num, type ShNode } from "./sh-node.js";

/** One shell word after quote removal, with what the shell would do to it at run time. */
export interface ShellWord {
  /** Text after quote removal and escape decoding; null when the word has expansions. */
  value: string | null;
  /** The text with expansions rendered as `$NAME`, `$(...)`, `<(...)`, for pattern checks. */
  shape: string;
  /** Quotes or backslash escapes were used. */
  quoted: boolean;
  /** Reasons for run-time expansions: substitutions, parameters, ANSI-C quoting, brace expansion. */
  expansions: string[];
  /** Programs run inside `$(...)`, backquotes or `<(...)`, for download-and-run checks. */
  innerPrograms: string[];
  /** Unquoted glob characters. */
  glob: boolean;
}

const ANSI_SIMPLE: Record<string, string> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  "\\": "\\", "'": "'", '"': '"', "?": "?",
};

/** Decodes the body of a Bash ANSI-C string `$'...'`. */
export function decodeAnsiC(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/gs, (all, esc: string) => {
    const simple = Object.hasOwn(ANSI_SIMPLE, esc) ? ANSI_SIMPLE[esc] : undefined;
    if (simple !== undefined) return simple;
    const head = esc[0];
    if (head === "x" || head === "u" || head === "U") return safeCodePoint(parseInt(esc.slice(1), 16));
    if (head === "c") return String.fromCharCode(esc.charCodeAt(1) & 0x1f);
    if (head !== undefined && head >= "0" && head <= "7") return safeCodePoint(parseInt(esc, 8));
    return all;
  });
}

function safeCodePoint(code: number): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
}

function unescapeUnquoted(raw: string): string {
  return raw.replace(/\\\n/g, "").replace(/\\(.)/gs, "$1");
}

function unescapeDoubleQuoted(raw: string): string {
  return raw.replace(/\\\n/g, "").replace(/\\([$`"\\])/g, "$1");
}

/** Program names of the simple commands inside a substitution. */
function programsIn(node: ShNode): string[] {
  const names: string[] = [];
  walk(node, (n) => {
    if (nodeType(n) === "CallExpr") {
      const first = children(n, "Args")[0];
      if (first) names.push(evalWord(first).shape);
    }
    return true;
  });
  return names;
}

const BRACE = /\{[^{}]*(,|\.\.)[^{}]*\}/;
/** The reason given for brace expansion `{a,b}`. */
export const BRACE_REASON = "brace expansion {...}";

/** Evaluates a Word node statically. */
export function evalWord(word: ShNode): ShellWord {
  const out: ShellWord = { value: "", shape: "", quoted: false, expansions: [], innerPrograms: [], glob: false };
  addParts(out, children(word, "Parts"), false);
  return out;
}

function addText(out: ShellWord, piece: string): void {
  if (out.value !== null) out.value += piece;
  out.shape += piece;
}

function addDynamic(out: ShellWord, shape: string, reason: string): void {
  out.value = null;
  out.shape += shape;
  if (!out.expansions.includes(reason)) out.expansions.push(reason);
}

function addParts(out: ShellWord, parts: ShNode[], inDouble: boolean): void {
  parts.forEach((part) => {
    const kind = nodeType(part);
    if (kind === "Lit") {
      const raw = text(part, "Value");
      if (raw.includes("\\")) out.quoted = true;
      if (inDouble) return addText(out, unescapeDoubleQuoted(raw));
      const bare = raw.replace(/\\./gs, "");
      if (/[*?[]/.test(bare)) out.glob = true;
      if (BRACE.test(bare)) addDynamic(out, "", BRACE_REASON);
      return addText(out, unescapeUnquoted(raw));
    }
    if (kind === "SglQuoted") {
      out.quoted = true;
      const body = text(part, "Value");
      if (!bool(part, "Dollar")) return addText(out, body);
      const decoded = decodeAnsiC(body);
      const reason = "ANSI-C quoting $'...'";
      if (!out.expansions.includes(reason)) out.expansions.push(reason);
      out.shape += decoded;
      if (out.value !== null) out.value += decoded;
      return;
    }
    if (kind === "DblQuoted") {
      out.quoted = true;
      return addParts(out, children(part, "Parts"), true);
    }
    if (kind === "ParamExp") {
      const name = text(child(part, "Param"), "Value");
      if (name === "IFS" && !inDouble) return addDynamic(out, " ", "$IFS used as a separator");
      const plain = ["Exp", "Repl", "Slice", "Index"].every((f) => !child(part, f)) && !["Length", "Excl", "Width"].some((f) => bool(part, f));
      return addDynamic(out, `$${name}`, plain ? `parameter expansion $${name}` : `parameter expansion \${${name}...}`);
    }
    if (kind === "CmdSubst" || kind === "ProcSubst") {
      out.innerPrograms.push(...programsIn(part));
      const reason = substitutionReason(part);
      return addDynamic(out, reason.slice(reason.lastIndexOf(" ") + 1), reason);
    }
    if (kind === "ArithmExp") return addDynamic(out, "$((...))", "arithmetic expansion $((...))");
    if (kind === "ExtGlob") return addDynamic(out, "@(...)", "extended glob");
    addDynamic(out, "?", `unsupported word part ${kind}`);
  });
}

const PROC_SUBST_IN = 66;

/** How a CmdSubst or ProcSubst node is described in reasons. */
export function substitutionReason(node: ShNode): string {
  if (nodeType(node) === "CmdSubst") return bool(node, "Backquotes") ? "command substitution `...`" : "command substitution $(...)";
  return num(node, "Op") === PROC_SUBST_IN ? "process substitution <(...)" : "process substitution >(...)";
}
