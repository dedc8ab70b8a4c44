import { describe, expect, it } from "vitest";
import { shellFlow, type ShellSinkFact } from "../../../src/analyzers/tools/index.js";
import { sinkFacts } from "../../../src/analyzers/tools/shell-flow.js";
import { FactStore } from "../../../src/engine/fact-store.js";
import { runAnalyzers } from "../../../src/engine/walk.js";
import { loadFromMap } from "../../support/in-memory.js";

function sinks(text: string): Pick<ShellSinkFact, "line" | "kind" | "modelReachable" | "tool" | "param" | "fixedProgram" | "guard">[] {
  const store = new FactStore();
  runAnalyzers(loadFromMap({ "src/tool.ts": text }).files, [shellFlow], store, []);
  return sinkFacts(store.facts(shellFlow)).map(({ line, kind, modelReachable, tool, param, fixedProgram, guard }) => ({ line, kind, modelReachable, tool, param, fixedProgram, guard }));
}

describe("shell-flow", () => {
  it("follows a destructured parameter through an operations object to spawn(shell, [...args, command]) (pi-mono style)", () => {
    const facts = sinks(`import { spawn } from "child_process";
const ops = {
  exec: (command: string, cwd: string) => {
    const { shell, args } = getShellConfig();
    return spawn(shell, [...args, command], { cwd });
  },
};
export function createBashTool(cwd: string) {
  return {
    name: "bash",
    description: "Run bash",
    parameters: bashSchema,
    execute: async (_id: string, { command }: { command: string }) => {
      const resolved = prefix ? prefix + "\\n" + command : command;
      return ops.exec(resolved, cwd);
    },
  };
}
`);
    expect(facts).toEqual([{ line: 5, kind: "shell", modelReachable: true, tool: "bash", param: "command", fixedProgram: undefined, guard: undefined }]);
  });

  it("marks a fixed program with model-chosen arguments as such", () => {
    const facts = sinks(`import { execFileSync } from "node:child_process";
export const grep = { name: "grep", description: "Search", parameters: {}, execute: ({ pattern }: { pattern: string }) => execFileSync("rg", ["--json", pattern]) };
`);
    expect(facts).toEqual([{ line: 2, kind: "program", modelReachable: false, tool: undefined, param: undefined, fixedProgram: "rg", guard: undefined }]);
  });

  it("reads model input from this.params in a gemini-style invocation class and notes its confirmation method", () => {
    const store = new FactStore();
    runAnalyzers(
      loadFromMap({
        "src/shell.ts": `import { exec } from "node:child_process";
class ShellInvocation extends BaseToolInvocation<{ command: string }, string> {
  async shouldConfirmExecute() { return { type: "exec", command: this.params.command }; }
  async execute() { return exec(this.params.command); }
}
`,
      }).files,
      [shellFlow],
      store,
      [],
    );
    expect(sinkFacts(store.facts(shellFlow)).map((f) => [f.line, f.modelReachable, f.governed, f.param])).toEqual([[4, true, true, "this.params.command"]]);
  });
});
