import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInRegistry, confine, PermissionEngine, type PermissionRules } from "../../src/harness/index.js";

const root = mkdtempSync(join(tmpdir(), "plumbline-perm-"));
const ws = join(root, "ws");
mkdirSync(join(ws, "src"), { recursive: true });
mkdirSync(join(root, "outside"));
writeFileSync(join(ws, "src", "a.ts"), "");
symlinkSync("../outside", join(ws, "out"));
symlinkSync("../outside/new.txt", join(ws, "dangling"));

const tools = builtInRegistry();
function tool(name: string) {
  const t = tools.get(name);
  if (!t) throw new Error(name);
  return t;
}
const none: PermissionRules = { allow: [], deny: [], ask: [] };
const engine = (mode: "plan" | "default" | "accept-edits" | "bypass", rules: Partial<PermissionRules> = {}) =>
  new PermissionEngine({ mode, workspace: ws, rules: { ...none, ...rules } });

describe("permission engine", () => {
  const cases: [string, PermissionEngine, string, unknown, string, string][] = [
    ["reads are allowed by default", engine("default"), "read_file", { path: "src/a.ts" }, "allow", "mode:default"],
    ["writes ask by default", engine("default"), "write_file", { path: "src/a.ts", content: "" }, "ask", "mode:default"],
    ["accept-edits allows edits", engine("accept-edits"), "edit_file", { path: "src/a.ts", old: "a", new: "b" }, "allow", "mode:accept-edits"],
    ["plan mode denies writes even when allowed", engine("plan", { allow: ["write_file"] }), "write_file", { path: "x", content: "" }, "deny", "mode:plan"],
    ["deny beats allow", engine("bypass", { allow: ["write_file(src/**)"], deny: ["write_file(src/*.ts)"] }), "write_file", { path: "src/a.ts", content: "" }, "deny", "deny:write_file(src/*.ts)"],
    ["ask beats allow", engine("default", { allow: ["write_file"], ask: ["write_file(src/**)"] }), "write_file", { path: "src/a.ts", content: "" }, "ask", "ask:write_file(src/**)"],
    ["path rules see the resolved path", engine("bypass", { deny: ["write_file(src/**)"] }), "write_file", { path: "lib/../src/a.ts", content: "" }, "deny", "deny:write_file(src/**)"],
    ["'..' out of the workspace", engine("bypass"), "read_file", { path: "../outside/x" }, "deny", "workspace"],
    ["absolute path out", engine("bypass"), "list_files", { path: "/etc" }, "deny", "workspace"],
    ["symlink out", engine("bypass"), "read_file", { path: "out/x" }, "deny", "workspace"],
    ["dangling symlink out", engine("bypass"), "write_file", { path: "dangling", content: "" }, "deny", "workspace"],
    ["protected file even in bypass", engine("bypass"), "write_file", { path: ".git/hooks/pre-commit", content: "" }, "ask", "protected"],
    ["secrets need a person to read", engine("bypass"), "read_file", { path: ".env.local" }, "ask", "protected"],
    ["reading .gitignore is fine", engine("default"), "read_file", { path: ".gitignore" }, "allow", "mode:default"],
    ["a shell allow rule lifts a plain command", engine("default", { allow: ["shell(npm test*)"] }), "shell", { command: "npm test -- --run" }, "allow", "allow:shell(npm test*)"],
    ["but not a chained one", engine("default", { allow: ["shell(npm test*)"] }), "shell", { command: "npm test && rm -rf src" }, "ask", "shell-gate"],
    ["hard denies hold in bypass", engine("bypass", { allow: ["shell"] }), "shell", { command: "rm -rf ~" }, "deny", "shell-gate"],
  ];
  for (const [name, e, toolName, input, decision, by] of cases) {
    it(name, () => {
      expect(e.decide(tool(toolName), input)).toMatchObject({ decision, by });
    });
  }

  it("hides tools denied outright and write tools in plan mode", () => {
    const visible = (e: PermissionEngine) => tools.list().filter((t) => e.visible(t)).map((t) => t.name);
    expect(visible(engine("default", { deny: ["shell", "edit_file(*)"] }))).not.toContain("shell");
    expect(visible(engine("default", { deny: ["shell(rm *)"] }))).toContain("shell");
    expect(visible(engine("plan"))).toEqual(["read_file", "list_files", "search", "spawn_agent"]);
  });

  it("confines relative paths and reports where they land", () => {
    expect(confine(ws, "src/../src/a.ts")).toMatchObject({ ok: true, relative: "src/a.ts" });
    expect(confine(ws, "src/new/deep.ts")).toMatchObject({ ok: true, relative: "src/new/deep.ts" });
    expect(confine(ws, "out")).toMatchObject({ ok: false });
  });

  it("property: a matching deny rule always wins, whatever else the rules say", () => {
    const pattern = fc.constantFrom("*", "**", "src/**", "src/*.ts", "src/a.ts", "lib/**", "?rc/a.ts");
    const rule = fc.tuple(fc.constantFrom("write_file", "edit_file", "*"), fc.option(pattern, { nil: undefined })).map(([t, p]) => (p === undefined ? t : `${t}(${p})`));
    fc.assert(
      fc.property(fc.array(rule), fc.array(rule), fc.array(rule), fc.constantFrom("plan", "default", "accept-edits", "bypass"), rule, (allow, ask, deny, mode, forced) => {
        const e = new PermissionEngine({ mode, workspace: ws, rules: { allow: [...allow, forced], ask, deny: [...deny, forced] } });
        for (const name of ["write_file", "edit_file"]) {
          const input = { path: "src/a.ts", content: "", old: "a", new: "b" };
          const verdict = e.decide(tool(name), input);
          const forcedHits = new PermissionEngine({ mode: "bypass", workspace: ws, rules: { ...none, deny: [forced] } }).decide(tool(name), input).decision === "deny";
          if (forcedHits) expect(verdict.decision).toBe("deny");
        }
      }),
      { numRuns: 300 },
    );
  });
});
