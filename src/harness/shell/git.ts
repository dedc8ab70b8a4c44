import type { Finding, ShellContext } from "./finding.js";
import { optionMatches, parseOptions } from "./options.js";
import { readProblems, resolvePath } from "./paths.js";

const READ_SUBCOMMANDS = new Set([
  "status", "log", "diff", "show", "blame", "annotate", "shortlog", "rev-parse", "ls-files", "ls-tree", "describe", "cat-file",
  "rev-list", "grep", "show-ref", "merge-base", "name-rev", "count-objects", "for-each-ref", "check-ignore", "whatchanged",
  "diff-tree", "diff-files", "diff-index", "version", "cherry", "branch", "tag", "remote", "stash", "config", "reflog", "worktree",
  "submodule",
]);
const NETWORK_SUBCOMMANDS = new Set(["push", "pull", "fetch", "clone", "ls-remote", "submodule", "remote"]);
const UNSAFE_OPTIONS: Record<string, Finding["risk"]> = {
  "--output": "write", "--output-directory": "write", "--ext-diff": "execute", "--textconv": "execute",
  "--open-files-in-pager": "execute", "--exec": "execute", "--upload-pack": "execute", "--run": "execute",
};
const VALUE_LONG = ["--contains", "--no-contains", "--merged", "--no-merged", "--points-at", "--sort", "--format", "--author", "--grep", "--since", "--until", "--pretty", "--date"];
const LISTING_OPTIONS = new Set(["-a", "-r", "-v", "-l", "-n", "-i", "--all", "--remotes", "--verbose", "--list", "--show-current", "--color", "--no-color", "--column", "--no-column", "--ignore-case", ...VALUE_LONG]);
const CONFIG_READS = new Set(["--get", "--get-all", "--get-regexp", "--get-urlmatch", "--list", "-l", "--show-origin", "--show-scope", "--global", "--local", "--system", "--null", "-z", "--name-only", "--type", "--default"]);

/** Why a git command line is not read-only: writing subcommands, config injection, output files. */
export function assessGit(args: readonly string[], context: ShellContext): Finding[] {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "--help")) return [];
  const found: Finding[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("-")) break;
    if (arg === "-C") {
      const dir = args[++i] ?? "";
      found.push(...readProblems(dir, false, context));
      const resolved = resolvePath(dir, context);
      if (resolved !== undefined) context.cwds.push(resolved);
    } else if (arg === "-c" || arg.startsWith("--config-env") || arg.startsWith("--exec-path") || arg.startsWith("--git-dir") || arg.startsWith("--work-tree") || arg.startsWith("--namespace")) {
      if (arg === "-c") i++;
      found.push({ risk: "execute", reason: `git option ${arg} changes configuration that can run programs` });
    } else if (!["--no-pager", "-P", "--no-optional-locks", "--paginate", "-p", "--no-replace-objects", "--literal-pathspecs", "--bare"].includes(arg)) {
      found.push({ risk: "unknown", reason: `git option ${arg} is not known to be safe` });
    }
  }
  const sub = args[i] ?? "";
  const rest = args.slice(i + 1);
  if (sub === "") return found;
  if (!READ_SUBCOMMANDS.has(sub)) {
    const risk = NETWORK_SUBCOMMANDS.has(sub) ? "network" : "write";
    return [...found, { risk, reason: `git ${sub} changes the repository or runs hooks` }];
  }
  const parsed = parseOptions(rest, { valueLong: VALUE_LONG });
  for (const option of parsed.options) {
    for (const [unsafe, risk] of Object.entries(UNSAFE_OPTIONS)) {
      if (optionMatches(option.name, unsafe)) found.push({ risk, reason: `git ${sub} option ${option.name} ${risk === "write" ? "writes a file" : "runs a program"}` });
    }
    if (sub === "grep" && option.name === "-O") found.push({ risk: "execute", reason: "git grep -O runs a pager program" });
    if (option.value !== undefined && /^(\/|~)|(^|\/)\.\.(\/|$)/.test(option.value)) found.push(...readProblems(option.value, false, context));
  }
  const write = (why: string): Finding => ({ risk: "write", reason: `git ${sub} ${why}` });
  const names = parsed.options.map((o) => o.name);
  const operands = parsed.operands;
  if (sub === "branch" || sub === "tag") {
    const listing = names.includes("-l") || names.includes("--list");
    if (names.some((n) => !LISTING_OPTIONS.has(n))) found.push(write("with these options modifies refs"));
    else if (operands.length > 0 && !listing) found.push(write(`${operands[0] ?? ""} creates a ref`));
  } else if (sub === "remote") {
    if (!(operands.length === 0 || operands[0] === "get-url" || operands[0] === "show")) found.push(write(`${operands[0] ?? ""} changes remotes`));
  } else if (sub === "stash" || sub === "reflog" || sub === "worktree" || sub === "submodule") {
    const allowed = { stash: ["list", "show"], reflog: ["show"], worktree: ["list"], submodule: ["status"] }[sub];
    const action = operands[0];
    if (action === undefined ? sub !== "reflog" : !allowed.includes(action)) found.push(write(`${action ?? ""} changes the repository`));
  } else if (sub === "config") {
    const reads = names.some((n) => /^--(get|list)/.test(n) || n === "-l") || (names.length === 0 && operands.length === 1);
    if (!reads || names.some((n) => !CONFIG_READS.has(n))) found.push(write("changes configuration"));
  } else {
    for (const operand of operands) found.push(...readProblems(operand.replace(/^[^:]*:(?=\.)/, ""), /[*?[]/.test(operand), context));
  }
  return found;
}
