import type { OptionSyntax } from "./options.js";
import type { ShellRisk } from "./finding.js";

/** What is known about a read-only program: how it parses options and which options leave read-only use. */
export interface ReadOnlySpec extends OptionSyntax {
  /** Options that write or run code; GNU abbreviations of long ones count too. */
  unsafe?: Record<string, "write" | "execute">;
  /** Leading operands that are patterns or filters, not paths. */
  patterns?: number;
  /** Options that replace the leading pattern operand (grep -e, jq -f). */
  patternOptions?: readonly string[];
  /** Option values that name files to read. */
  pathOptions?: readonly string[];
  /** Operands are text, never paths (echo, tr). */
  noPaths?: boolean;
  /** More operands than this means one is an output file (uniq IN OUT). */
  maxOperands?: number;
  /** A leading glob could expand to a file named like a dangerous option (`sort *` with a file `-o`). */
  globInjection?: boolean;
}

const GREP: ReadOnlySpec = {
  valueShort: "ABCefmdD",
  valueLong: ["--regexp", "--file", "--max-count", "--include", "--exclude", "--exclude-dir", "--exclude-from", "--context", "--after-context", "--before-context", "--label", "--devices", "--directories", "--color", "--colour", "--binary-files"],
  patterns: 1,
  patternOptions: ["-e", "-f", "--regexp", "--file"],
  pathOptions: ["-f", "--file", "--exclude-from"],
};

const CHECKSUM: ReadOnlySpec = {};

/** Programs that only read, with the options that would make them do more. */
export const READ_ONLY: Record<string, ReadOnlySpec> = {
  ls: { valueShort: "ITw", valueLong: ["--ignore", "--hide", "--format", "--time-style", "--width", "--tabsize", "--sort", "--time", "--quoting-style", "--indicator-style", "--block-size"] },
  cat: {},
  head: { valueShort: "nc", valueLong: ["--lines", "--bytes"] },
  tail: { valueShort: "ncs", valueLong: ["--lines", "--bytes", "--pid", "--sleep-interval", "--max-unchanged-stats"] },
  wc: { pathOptions: ["--files0-from"] },
  nl: { valueShort: "bdfhilnsvw" },
  tac: { valueShort: "s" },
  rev: {},
  fold: { valueShort: "w" },
  column: { valueShort: "cosNRHWlE" },
  expand: { valueShort: "t" },
  unexpand: { valueShort: "t" },
  paste: { valueShort: "d" },
  comm: {},
  join: { valueShort: "12aejotv" },
  cmp: { valueShort: "in" },
  diff: { valueShort: "CDFILSUWxX", valueLong: ["--label", "--ignore-matching-lines", "--exclude", "--starting-file"], pathOptions: ["-X", "--exclude-from", "--from-file", "--to-file"] },
  od: { valueShort: "AjNStw" },
  hexdump: { valueShort: "nesf", pathOptions: ["-f"] },
  xxd: { valueShort: "cglos", maxOperands: 1, unsafe: { "-r": "write" } },
  strings: { valueShort: "nte" },
  md5sum: CHECKSUM, sha1sum: CHECKSUM, sha256sum: CHECKSUM, sha512sum: CHECKSUM, b2sum: CHECKSUM, cksum: CHECKSUM,
  base64: { valueShort: "w" },
  basename: { noPaths: true, valueShort: "s" },
  dirname: { noPaths: true },
  realpath: {},
  readlink: {},
  pwd: {}, whoami: {}, id: {}, uname: {}, uptime: {}, nproc: {}, arch: {}, groups: {}, tty: {}, locale: {}, free: {}, ps: { noPaths: true, valueShort: "opuUgGtCk" },
  hostname: { maxOperands: 0 },
  lscpu: {}, lsblk: {}, lspci: {}, lsusb: {}, vmstat: { noPaths: true }, who: {}, w: {}, users: {}, last: {}, getconf: { noPaths: true },
  sw_vers: {}, lsb_release: {}, pgrep: { noPaths: true }, lsof: { noPaths: true }, ss: { noPaths: true }, netstat: { noPaths: true },
  ":": { noPaths: true }, bc: { valueShort: "f" }, look: { patterns: 1 }, true: { noPaths: true }, false: { noPaths: true }, seq: { noPaths: true, valueShort: "fs" }, sleep: { noPaths: true }, yes: { noPaths: true },
  echo: { noPaths: true },
  printf: { noPaths: true, valueShort: "v" },
  which: { noPaths: true }, whereis: { noPaths: true }, type: { noPaths: true },
  test: { noPaths: true }, "[": { noPaths: true },
  stat: { valueShort: "c", valueLong: ["--format", "--printf"] },
  du: { valueShort: "dBtX", valueLong: ["--max-depth", "--block-size", "--threshold", "--exclude", "--time-style"], pathOptions: ["-X", "--exclude-from", "--files0-from"] },
  df: { valueShort: "BtxF", valueLong: ["--block-size", "--type", "--exclude-type", "--output"], noPaths: true },
  tree: { valueShort: "LPIHTo", valueLong: ["--filelimit", "--timefmt", "--sort", "--charset"], unsafe: { "-o": "write", "-R": "write", "--output": "write" }, globInjection: true },
  sort: { valueShort: "ktTSo", valueLong: ["--key", "--field-separator", "--temporary-directory", "--buffer-size", "--parallel", "--sort"], unsafe: { "-o": "write", "--output": "write", "--compress-program": "execute" }, pathOptions: ["--files0-from"], globInjection: true },
  uniq: { valueShort: "fsw", maxOperands: 1 },
  cut: { valueShort: "bcdf", valueLong: ["--bytes", "--characters", "--delimiter", "--fields", "--output-delimiter"] },
  tr: { noPaths: true },
  grep: GREP, egrep: GREP, fgrep: GREP,
  rg: {
    valueShort: "ABCefgjmMrtTEd",
    valueLong: ["--regexp", "--file", "--glob", "--iglob", "--type", "--type-not", "--max-count", "--max-depth", "--replace", "--context", "--after-context", "--before-context", "--encoding", "--sort", "--sortr", "--color", "--colors", "--ignore-file", "--max-filesize", "--threads", "--type-add", "--path-separator", "--engine"],
    patterns: 1,
    patternOptions: ["-e", "-f", "--regexp", "--file", "--files", "--type-list"],
    pathOptions: ["-f", "--file", "--ignore-file"],
    unsafe: { "--pre": "execute", "--hostname-bin": "execute" },
    globInjection: true,
  },
  ag: { valueShort: "ABCGgmp", valueLong: ["--ignore", "--ignore-dir", "--file-search-regex", "--depth", "--max-count", "--path-to-ignore"], patterns: 1, unsafe: { "--pager": "execute" }, globInjection: true },
  // The filter is path-checked too: `--rawfile NAME FILE` leaves FILE among the operands.
  jq: { valueShort: "fL", valueLong: ["--arg", "--argjson", "--slurpfile", "--rawfile", "--indent", "--from-file"], pathOptions: ["-f", "--from-file", "-L"] },
  date: { valueShort: "dfr", valueLong: ["--date", "--file", "--reference"], noPaths: true, unsafe: { "-s": "write", "--set": "write" }, pathOptions: ["-f", "--file", "-r", "--reference"] },
  file: { valueShort: "mfFeP", valueLong: ["--magic-file", "--files-from", "--separator", "--exclude"], unsafe: { "-C": "write", "--compile": "write" }, pathOptions: ["-m", "-f", "--magic-file", "--files-from"] },
};

/** Package managers and the subcommands that only read (no install, no scripts). Not yarn or pnpm: a repository's .yarnrc.yml (yarnPath, plugins) or .pnpmfile.cjs can run its own code. */
export const PACKAGE_READS: Record<string, ReadonlySet<string>> = {
  npm: new Set(["ls", "list", "ll", "la", "view", "info", "show", "v", "outdated", "explain", "why", "root", "prefix", "search", "ping", "audit"]),
  pip: new Set(["list", "show", "freeze", "check"]),
  pip3: new Set(["list", "show", "freeze", "check"]),
};

/** Programs whose only read-only use is printing their version. */
export const VERSION_ONLY = new Set([
  "node", "python", "python3", "go", "rustc", "cargo", "deno", "bun", "pnpm", "tsc", "ruby", "perl", "java",
  "gcc", "clang", "make", "docker", "kubectl", "php", "bash", "zsh", "npx", "uv", "poetry", "terraform",
]);

export const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh", "mksh", "fish", "csh", "tcsh", "ash", "busybox", "rbash"]);

/** Interpreters, with the options that run code given on the command line. */
export const INTERPRETERS: Record<string, readonly string[]> = {
  python: ["-c"], python2: ["-c"], python3: ["-c"], node: ["-e", "-p", "--eval", "--print"], nodejs: ["-e", "-p"], perl: ["-e", "-E"],
  ruby: ["-e"], php: ["-r"], lua: ["-e"], deno: ["eval"], bun: ["-e", "--eval"], Rscript: ["-e"], osascript: ["-e"],
  awk: [], gawk: [], mawk: [], nawk: [], tclsh: [], pwsh: ["-c", "-Command"], powershell: ["-c", "-Command"],
};

/** Programs that fetch from or talk to the network. */
export const NETWORK = new Set([
  "curl", "wget", "nc", "ncat", "netcat", "socat", "ssh", "scp", "sftp", "ftp", "telnet", "rsync", "ping", "dig", "nslookup",
  "host", "whois", "http", "https", "xh", "aria2c", "lftp", "fetch", "tftp", "openssl",
]);

/** Programs that download content (piping them into a shell runs remote code). */
export const FETCHERS = new Set(["curl", "wget", "fetch", "http", "https", "xh", "aria2c", "lftp", "nc", "ncat", "netcat", "socat", "telnet", "ftp", "tftp", "openssl"]);

/** Programs that change files. */
export const WRITERS = new Set([
  "cp", "mv", "rm", "rmdir", "mkdir", "touch", "chmod", "chown", "chgrp", "ln", "tee", "truncate", "install", "patch", "dd",
  "shred", "unlink", "mkfifo", "mknod", "split", "csplit", "sponge", "sed", "perl", "setfacl", "chattr", "wipefs",
]);

/** Builtins and programs that run other commands or code. */
export const RUNNERS = new Set([
  "eval", "exec", "source", ".", "xargs", "sudo", "doas", "su", "env", "nohup", "nice", "timeout", "time", "watch", "parallel",
  "command", "builtin", "trap", "alias", "stdbuf", "ionice", "chroot", "script", "expect", "unbuffer", "strace", "ltrace", "gdb",
  "make", "npx", "crontab", "at", "batch", "systemctl", "service", "kill", "pkill", "killall", "less", "more", "man", "vi", "vim",
  "nvim", "emacs", "nano", "git", "npm", "docker", "kubectl", "set", "shopt", "enable", "hash", "history", "fc", "printenv", "export",
  "unset", "declare", "typeset", "readonly", "local", "read", "mapfile", "ulimit", "umask", "disown", "wait", "jobs", "fg", "bg",
]);

/** zsh builtins and modules that open sockets, ptys or raw files, or change how the shell parses. */
export const ZSH_DANGEROUS = new Set([
  "zmodload", "emulate", "ztcp", "zpty", "zsocket", "zselect", "sysopen", "syswrite", "sysread", "sysseek", "zf_rm", "zf_mv",
  "zf_ln", "zf_chmod", "zf_chown", "zf_chgrp", "zf_mkdir", "zf_rmdir", "zstat", "autoload", "setopt", "unsetopt",
]);

/** Own-property lookup, so names like `constructor` or `__proto__` never reach Object.prototype. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The risk of a program that is not read-only, for the verdict's `risk` field. */
export function programRisk(name: string): ShellRisk {
  if (NETWORK.has(name)) return "network";
  if (SHELLS.has(name) || lookup(INTERPRETERS, name) || RUNNERS.has(name) || ZSH_DANGEROUS.has(name)) return "execute";
  if (WRITERS.has(name)) return "write";
  return "unknown";
}
