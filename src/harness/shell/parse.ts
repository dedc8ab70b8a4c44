import { bool, child, children, errorMessage, nodeType, num, parseBash, text, walk, type ShNode } from "./sh-node.js";
import { evalWord, substitutionReason, type ShellWord } from "./words.js";

/** A redirection such as `> out.txt` or `2>&1`. */
export interface ShellRedirect {
  op: string;
  target: ShellWord;
  /** The body of a heredoc. */
  body: ShellWord | undefined;
}

/** One simple command with its own redirections. */
export interface ShellCommand {
  argv: ShellWord[];
  assigns: Array<{ name: string; value: ShellWord | undefined }>;
  redirects: ShellRedirect[];
  /** Commands joined by `|` share the same pipeline number. */
  pipeline: number;
  background: boolean;
  /** Name of the function whose body holds this command. */
  inFunction: string | undefined;
}

/** A parsed command line reduced to the facts the classifier needs. */
export interface ParsedShell {
  commands: ShellCommand[];
  /** Every redirection, including those on subshells and other compound commands. */
  redirects: ShellRedirect[];
  /** Reasons that come from the syntax itself rather than from one program. */
  constructs: string[];
}

export type ParseResult = { ok: true; shell: ParsedShell } | { ok: false; reason: string };

const REDIRECT_OPS: Record<number, string> = {
  54: ">", 55: ">>", 56: "<", 57: "<>", 58: "<&", 59: ">&", 60: ">|", 61: "<<", 62: "<<-", 63: "<<<", 64: "&>", 65: "&>>",
};
const PIPE = 12;
const PIPE_ALL = 13;

const COMPOUND_REASONS: Record<string, string> = {
  FuncDecl: "defines a shell function",
  DeclClause: "declares or exports variables",
  LetClause: "arithmetic command let",
  ArithmCmd: "arithmetic command ((...))",
  CoprocClause: "starts a coprocess",
  WhileClause: "loop",
  ForClause: "loop",
};

/** Parses a command line with the Bash grammar; never throws. */
export function parseShell(source: string): ParseResult {
  let file: ShNode;
  try {
    file = parseBash(source);
  } catch (error) {
    return { ok: false, reason: `shell parse error: ${errorMessage(error)}` };
  }
  try {
    return { ok: true, shell: collect(file) };
  } catch (error) {
    return { ok: false, reason: `could not analyze the command: ${errorMessage(error)}` };
  }
}

function collect(file: ShNode): ParsedShell {
  const shell: ParsedShell = { commands: [], redirects: [], constructs: [] };
  let pipelines = 0;
  let currentFunction: string | undefined;

  const construct = (reason: string): void => {
    if (!shell.constructs.includes(reason)) shell.constructs.push(reason);
  };

  // Visits the statements inside substitutions found under a node, without descending twice.
  const visitNested = (node: ShNode): void => {
    walk(node, (n) => {
      const kind = nodeType(n);
      if (kind === "CmdSubst" || kind === "ProcSubst") {
        construct(substitutionReason(n));
        children(n, "Stmts").forEach((s) => visitStmt(s, ++pipelines, false));
        return false;
      }
      if (kind === "Stmt") {
        visitStmt(n, ++pipelines, false);
        return false;
      }
      return true;
    });
  };

  const visitStmt = (stmt: ShNode, pipeline: number, inBackground: boolean): void => {
    const background = inBackground || bool(stmt, "Background") || bool(stmt, "Coprocess");
    if (bool(stmt, "Background")) construct("runs in the background (&)");
    const redirects = children(stmt, "Redirs").map((r): ShellRedirect => {
      const target = child(r, "Word");
      const body = child(r, "Hdoc");
      visitNested(r);
      return { op: REDIRECT_OPS[num(r, "Op")] ?? "?", target: evalWord(target ?? { Parts: [] }), body: body ? evalWord(body) : undefined };
    });
    shell.redirects.push(...redirects);
    const cmd = child(stmt, "Cmd");
    if (!cmd) return;
    const kind = nodeType(cmd);
    if (kind === "CallExpr") {
      shell.commands.push({
        argv: children(cmd, "Args").map(evalWord),
        assigns: children(cmd, "Assigns").map((a) => {
          const value = child(a, "Value");
          return { name: text(child(a, "Name"), "Value"), value: value ? evalWord(value) : undefined };
        }),
        redirects,
        pipeline,
        background,
        inFunction: currentFunction,
      });
      visitNested(cmd);
      return;
    }
    if (kind === "BinaryCmd") {
      const op = num(cmd, "Op");
      const piped = op === PIPE || op === PIPE_ALL;
      const left = child(cmd, "X");
      const right = child(cmd, "Y");
      if (left) visitStmt(left, piped ? pipeline : ++pipelines, background);
      if (right) visitStmt(right, piped ? pipeline : ++pipelines, background);
      return;
    }
    if (kind === "Subshell" || kind === "Block") {
      children(cmd, "Stmts").forEach((s) => visitStmt(s, ++pipelines, background));
      return;
    }
    const reason = (Object.hasOwn(COMPOUND_REASONS, kind) ? COMPOUND_REASONS[kind] : undefined);
    if (reason) construct(reason);
    if (kind === "FuncDecl") {
      const outer = currentFunction;
      currentFunction = text(child(cmd, "Name"), "Value");
      visitNested(cmd);
      currentFunction = outer;
      return;
    }
    if (!["IfClause", "CaseClause", "TestClause", "TimeClause", ...Object.keys(COMPOUND_REASONS)].includes(kind)) {
      construct(`unsupported shell construct ${kind}`);
    }
    visitNested(cmd);
  };

  children(file, "Stmts").forEach((s) => visitStmt(s, ++pipelines, false));

  let callCount = 0;
  walk(file, (n) => {
    if (nodeType(n) === "CallExpr") callCount++;
    return true;
  });
  if (callCount !== shell.commands.length) construct("nested commands the classifier could not follow");
  return shell;
}
