import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyCommand, type PermissionMode, type ShellVerdict } from "../../../src/harness/shell/classify.js";
import { HOME, WORKSPACE } from "./tables.js";

const classify = (command: string, mode: PermissionMode = "default"): ShellVerdict =>
  classifyCommand(command, { mode, workspace: WORKSPACE, home: HOME });

const SAFE = ["ls -la", "cat package.json", "grep -rn TODO src", "wc -l", "head -5", "git status", "git log --oneline", "sort", "uniq -c", "echo ok", "jq .name package.json", "find . -name '*.ts'"];
const JOINERS = [" | ", " && ", " || ", "; ", "\n"];

const safeCommand = fc.constantFrom(...SAFE);
const joiner = fc.constantFrom(...JOINERS);

/** Safe commands joined by random operators, with `fragment` spliced in at a random command. */
function chainWith(fragment: fc.Arbitrary<string>, where: "argument" | "command"): fc.Arbitrary<string> {
  return fc.tuple(fc.array(safeCommand, { minLength: 1, maxLength: 5 }), fc.array(joiner, { minLength: 5, maxLength: 5 }), fc.nat(), fragment).map(
    ([commands, joins, at, piece]) => {
      const index = at % commands.length;
      const parts = commands.map((c, i) => (i !== index ? c : where === "argument" ? `${c} ${piece}` : piece));
      return parts.reduce((line, part, i) => `${line}${joins[i - 1] ?? " ; "}${part}`);
    },
  );
}

const inner = fc.constantFrom(...SAFE, "id", "whoami", "curl -s x");
const substitution = fc.tuple(inner, fc.constantFrom("$(%)", "`%`", "<(%)", ">(%)", "\"$(%)\"", "\"`%`\"", "x$(%)y", "\"a b $(%)\"", "${X:-$(%)}", "$((1+$(%)))")).map(([body, form]) => form.replace("%", body));
const writeRedirect = fc.tuple(fc.constantFrom(">", ">>", "&>", "&>>", ">|", "1>", "2>", "2>>", ">&"), fc.constantFrom("out.txt", "'out file'", "\"o.txt\"", "src/a.ts", "x\\ y", "../up.txt", ".git/config")).map(([op, file]) => `${op} ${file}`);
const unknownName = fc.stringMatching(/^[a-z]{3,8}$/).map((s) => `zq${s}`);
const quoted = (name: fc.Arbitrary<string>) =>
  fc.tuple(name, fc.constantFrom("%", "'%'", "\"%\"", "\\%", "%\"\"", "'%'\"\"")).map(([n, form]) => form.replace("%", n));
const unknownProgram = fc.tuple(quoted(unknownName), fc.constantFrom("", " -x", " --flag value", " src")).map(([n, args]) => n + args);

describe("classifier properties", () => {
  it("never allows a command with a command or process substitution", () => {
    fc.assert(fc.property(chainWith(substitution, "argument"), (command) => classify(command).decision !== "allow"), { numRuns: 300 });
  });

  it("never allows a command with a write redirection", () => {
    fc.assert(fc.property(chainWith(writeRedirect, "argument"), (command) => classify(command).decision !== "allow"), { numRuns: 300 });
  });

  it("never allows a command that runs an unknown program, however it is quoted", () => {
    fc.assert(fc.property(chainWith(unknownProgram, "command"), (command) => classify(command).decision !== "allow"), { numRuns: 300 });
  });

  it("never throws and always answers with a well-formed verdict", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: fc.constantFrom("$", "(", ")", "`", "'", "\"", "\\", "|", "&", ";", "<", ">", "{", "}", " ", "\n", "\r", "a", "~", "*", "\u0000", "\u00a0"), maxLength: 80 }),
      fc.string({ maxLength: 40 }).map((s) => s.repeat(500)),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom<PermissionMode>("plan", "default", "accept-edits", "bypass"), (command, mode) => {
        const verdict = classify(command, mode);
        expect(["allow", "ask", "deny"]).toContain(verdict.decision);
        expect(["read", "write", "execute", "network", "catastrophic", "unknown"]).toContain(verdict.risk);
        expect(verdict.reasons.every((r) => typeof r === "string" && r.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("handles a huge command without parsing it", () => {
    expect(classify(`ls ${"a ".repeat(200_000)}`).decision).toBe("ask");
    expect(classify(`rm -rf / ${"x".repeat(20_000)}`).decision).toBe("deny");
    expect(classify(`${"$(".repeat(2000)}ls${")".repeat(2000)}`).decision).not.toBe("allow");
  });

  it("is deterministic", () => {
    const sample = fc.oneof(chainWith(substitution, "argument"), chainWith(writeRedirect, "argument"), chainWith(fc.constant("ls"), "command"), fc.string());
    fc.assert(fc.property(sample, (command) => {
      expect(classify(command)).toEqual(classify(command));
    }), { numRuns: 200 });
  });

  it("grants more as modes loosen: plan, then default, then bypass", () => {
    const rank = { deny: 0, ask: 1, allow: 2 } as const;
    const sample = fc.oneof(chainWith(substitution, "argument"), chainWith(writeRedirect, "argument"), chainWith(unknownProgram, "command"), chainWith(fc.constant("rm -rf /"), "command"));
    fc.assert(
      fc.property(sample, (command) => {
        const [plan, standard, bypass] = (["plan", "default", "bypass"] as const).map((m) => rank[classify(command, m).decision]);
        return (plan ?? 0) <= (standard ?? 0) && (standard ?? 0) <= (bypass ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});
