import type { Finding, ShellContext } from "./finding.js";
import { assessGit } from "./git.js";
import { optionMatches, parseOptions } from "./options.js";
import { readProblems, resolvePath, writeProblems } from "./paths.js";
import { INTERPRETERS, PACKAGE_READS, READ_ONLY, SHELLS, VERSION_ONLY, ZSH_DANGEROUS, lookup, programRisk, type ReadOnlySpec } from "./programs.js";

const hasGlob = (s: string): boolean => /[*?[]/.test(s);
const FIND_UNSAFE: Record<string, Finding["risk"]> = {
  "-delete": "write", "-exec": "execute", "-execdir": "execute", "-ok": "execute", "-okdir": "execute",
  "-fprint": "write", "-fprint0": "write", "-fprintf": "write", "-fls": "write",
};
const SAFE_SED_COMMAND = /^\s*((\d+|\$|\/[^/]*\/)(\s*,\s*(\d+|\$|\/[^/]*\/))?)?\s*!?\s*(p|d|q|Q|=|n|N|s(.)(?:(?!\6).)*\6(?:(?!\6).)*\6[gpiIm0-9]*)?\s*$/;
// print/printf into a file or a command, running commands, reading the environment or loading extensions.
const UNSAFE_AWK = /\bprintf?\b[^;}]*(>|\|)|system|getline|ENVIRON|PROCINFO|@load|@include|\|&/;

function assessSpec(name: string, spec: ReadOnlySpec, args: readonly string[], context: ShellContext): Finding[] {
  const found: Finding[] = [];
  const parsed = parseOptions(args, spec);
  for (const option of parsed.options) {
    for (const [unsafe, risk] of Object.entries(spec.unsafe ?? {})) {
      if (optionMatches(option.name, unsafe)) found.push({ risk, reason: `option ${option.name} of '${name}' ${risk === "write" ? "writes a file" : "runs a program"}` });
    }
    if (option.value !== undefined && spec.pathOptions?.includes(option.name)) found.push(...readProblems(option.value, hasGlob(option.value), context));
  }
  const usesPatternOption = parsed.options.some((o) => spec.patternOptions?.includes(o.name));
  const operands = parsed.operands.slice(usesPatternOption ? 0 : spec.patterns ?? 0);
  if (spec.maxOperands !== undefined && operands.length > spec.maxOperands) {
    found.push({ risk: "write", reason: `'${name}' with ${operands.length} operands writes to the last one` });
  }
  if (!spec.noPaths) for (const operand of operands) found.push(...readProblems(operand, hasGlob(operand), context));
  if (name === "jq" && parsed.operands.some((o) => /\$ENV|\benv\b|\$__loc__|input_filename/.test(o))) {
    found.push({ risk: "read", reason: "jq filter reads environment variables" });
  }
  if (name === "date" && parsed.operands.some((o) => !o.startsWith("+"))) found.push({ risk: "write", reason: "date with an operand sets the clock" });
  if (name === "ps" && args.some((a) => !a.startsWith("-") && a.includes("e"))) found.push({ risk: "read", reason: "ps e shows the environment of processes" });
  if (spec.globInjection && !args.includes("--") && operands.some((o) => /^[*?[]/.test(o))) {
    found.push({ risk: "unknown", reason: `glob could expand to file names that are options of '${name}'` });
  }
  return found;
}

function assessFind(args: readonly string[], context: ShellContext): Finding[] {
  const found: Finding[] = [];
  let expression = false;
  for (const arg of args) {
    if (!expression && (arg.startsWith("-") || arg === "(" || arg === "!")) expression = true;
    if (!expression) found.push(...readProblems(arg, hasGlob(arg), context));
    if (args[args.indexOf(arg) - 1] === "-files0-from") found.push(...readProblems(arg, false, context));
    const risk = lookup(FIND_UNSAFE, arg);
    if (risk) found.push({ risk, reason: `find ${arg} ${risk === "write" ? "writes or deletes files" : "runs a program"}` });
  }
  return found;
}

function assessSed(args: readonly string[], context: ShellContext): Finding[] {
  const parsed = parseOptions(args, { valueShort: "efl", valueLong: ["--expression", "--file", "--line-length"] });
  if (parsed.options.some((o) => o.name === "-i" || optionMatches(o.name, "--in-place") || o.name.startsWith("--in-place"))) {
    return [{ risk: "write", reason: "sed -i edits files in place" }];
  }
  if (parsed.options.some((o) => o.name === "-f" || o.name === "--file")) return [{ risk: "unknown", reason: "sed script from a file is not checked" }];
  const scripts = parsed.options.filter((o) => o.name === "-e" || o.name === "--expression").map((o) => o.value ?? "");
  const files = scripts.length > 0 ? parsed.operands : parsed.operands.slice(1);
  if (scripts.length === 0) scripts.push(parsed.operands[0] ?? "");
  const found: Finding[] = [];
  if (!scripts.every((script) => script.split(/[;\n]/).every((command) => SAFE_SED_COMMAND.test(command)))) {
    found.push({ risk: "unknown", reason: "sed script is not a plain print, delete or substitute (w, e and r write or run)" });
  }
  for (const file of files) found.push(...readProblems(file, hasGlob(file), context));
  if (!args.includes("--") && files.some((f) => /^[*?[]/.test(f))) found.push({ risk: "unknown", reason: "glob could expand to file names that are options of 'sed'" });
  return found;
}

function assessPackageManager(name: string, reads: ReadonlySet<string>, args: readonly string[]): Finding[] {
  const sub = args.find((a) => !a.startsWith("-"));
  if (sub === undefined && args.length > 0 && args.every((a) => ["--version", "-v", "-V"].includes(a))) return [];
  if (sub !== undefined && reads.has(sub) && !args.includes("fix")) return [];
  return [{ risk: "execute", reason: `${name} ${sub ?? args.join(" ")} runs scripts or changes packages` }];
}

function assessAwk(args: readonly string[], context: ShellContext): Finding[] {
  const parsed = parseOptions(args, { valueShort: "Fvf" });
  if (parsed.options.some((o) => o.name !== "-F" && o.name !== "-v")) return [{ risk: "execute", reason: "awk options -f, -e, -i, -l load or run code" }];
  const [script = "", ...files] = parsed.operands;
  const found: Finding[] = [];
  if (UNSAFE_AWK.test(script)) found.push({ risk: "execute", reason: "awk program can run commands, write files or read the environment" });
  for (const file of files) found.push(...readProblems(file, hasGlob(file), context));
  return found;
}

function assessCd(args: readonly string[], context: ShellContext): Finding[] {
  const target = args.filter((a) => a !== "-P" && a !== "-L");
  if (target.length !== 1 || target[0] === "-") return [{ risk: "read", reason: "cd to the home or previous directory leaves the workspace" }];
  const dir = target[0] ?? "";
  const found = readProblems(dir, hasGlob(dir), context);
  const resolved = resolvePath(dir, context);
  if (resolved !== undefined) context.cwds.push(resolved);
  return found;
}

/** Why one program with its (static) arguments is not plain read-only use; empty when it is. */
export function assessProgram(name: string, args: readonly string[], context: ShellContext): Finding[] {
  const spec = lookup(READ_ONLY, name);
  if (spec) return assessSpec(name, spec, args, context);
  if (name === "git") return assessGit(args, context);
  if (name === "find") return assessFind(args, context);
  if (name === "sed") return assessSed(args, context);
  const reads = lookup(PACKAGE_READS, name);
  if (reads) return assessPackageManager(name, reads, args);
  if (name === "awk" || name === "gawk" || name === "mawk") return assessAwk(args, context);
  if (name === "cd" || name === "pushd") return assessCd(args, context);
  if (name === "command" && (args[0] === "-v" || args[0] === "-V")) return [];
  if (VERSION_ONLY.has(name) && args.length === 1 && ["--version", "-v", "-V", "version", "-version"].includes(args[0] ?? "")) return [];
  const codeOptions = lookup(INTERPRETERS, name);
  if (codeOptions) {
    const flag = args.find((a) => codeOptions.includes(a) || codeOptions.some((o) => o.length === 2 && a.startsWith(o)));
    return [{ risk: "execute", reason: flag ? `program '${name}' with ${flag} runs code` : `program '${name}' runs code` }];
  }
  if (SHELLS.has(name)) return [{ risk: "execute", reason: args.includes("-c") ? `'${name} -c' runs a shell script` : `program '${name}' runs shell code` }];
  if (ZSH_DANGEROUS.has(name)) return [{ risk: "execute", reason: `zsh builtin '${name}' loads modules or opens sockets, ptys or files` }];
  const risk = programRisk(name);
  if (risk === "write") return [...new Set(args.filter((a) => !a.startsWith("-")))].flatMap((a) => writeProblems(a, context)).slice(0, 3).concat({ risk, reason: `program '${name}' changes files` });
  if (risk === "network") return [{ risk, reason: `program '${name}' uses the network` }];
  if (risk === "execute") return [{ risk, reason: `'${name}' runs other commands or changes the shell` }];
  return [{ risk: "unknown", reason: `unknown program '${name}'` }];
}
