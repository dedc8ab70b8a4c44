import { describe, expect, it } from "vitest";
import { classifyCommand, type PermissionMode } from "../../../src/harness/shell/classify.js";
import { ADVERSARIAL, HOME, WORKSPACE } from "./tables.js";

const classify = (command: string, mode: PermissionMode = "default") => classifyCommand(command, { mode, workspace: WORKSPACE, home: HOME });

describe("tricks and risky commands", () => {
  const shown = (command: string): string => (command.length > 80 ? `${command.slice(0, 77)}...` : command);
  it.each(ADVERSARIAL.map(([command, trick]) => [trick, shown(command), command]))("never allows %s: %j", (_trick, _shown, command) => {
    const verdict = classify(command);
    expect(verdict.decision).not.toBe("allow");
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(classify(command, "accept-edits").decision).not.toBe("allow");
    expect(classify(command, "plan").decision).toBe("deny");
  });
});

describe("reasons name the trick", () => {
  it.each([
    ["ls $(whoami)", "command substitution $(...)"],
    ["ls `id`", "command substitution `...`"],
    ["cat <(ls)", "process substitution <(...)"],
    ["python -c 'print(1)'", "program 'python' with -c runs code"],
    ["cat ../x", "path ../x leaves the workspace"],
    ["cat ~/.ssh/id_rsa", "reads secret file ~/.ssh/id_rsa"],
    ["echo hi > out.txt", "writes file out.txt"],
    ["echo x >> .bashrc", "writes protected file .bashrc"],
    ["ls${IFS}-la", "$IFS used as a separator"],
    ["{ls,-la}", "brace expansion {...}"],
    ["$'\\x6c\\x73'", "ANSI-C quoting $'...'"],
    ["'ls'", "quoted or escaped program name 'ls'"],
    ["ls\r", "control character U+000D"],
    ["ls\u00a0-la", "unicode whitespace or invisible character U+00A0"],
    ["PATH=/tmp ls", "sets PATH, which changes what runs"],
    ["zmodload zsh/net/tcp", "zsh builtin 'zmodload' loads modules or opens sockets, ptys or files"],
    ["sort -o x y", "option -o of 'sort' writes a file"],
    ["git diff --output=p", "git diff option --output writes a file"],
    ["find . -delete", "find -delete writes or deletes files"],
    ["frobnicate", "unknown program 'frobnicate'"],
    ["curl https://x", "program 'curl' uses the network"],
    ["ls 'x", "shell parse error: 1:4: reached EOF without closing quote '"],
    ["l\u0455 -la", "unknown program 'l\u0455'"],
  ])("%j gives %j", (command, reason) => {
    expect(classify(command).reasons).toContain(reason);
  });

  it("reports the most serious risk", () => {
    expect(classify("curl x > out.json").risk).toBe("network");
    expect(classify("python3 -c 1").risk).toBe("execute");
    expect(classify("cp a b").risk).toBe("write");
    expect(classify("frob").risk).toBe("unknown");
    expect(classify("cat .env").risk).toBe("read");
  });
});
