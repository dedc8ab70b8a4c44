import { describe, expect, it } from "vitest";
import { runClassify } from "../../../src/cli/classify-command.js";
import { HOME, WORKSPACE } from "./tables.js";

describe("runClassify", () => {
  it("maps one command per line to JSON Lines and skips empty lines", () => {
    const out = runClassify("ls -la\n\n  \nrm -rf /\r\necho x > f\n", { mode: "default", workspace: WORKSPACE, home: HOME });
    const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { command: "ls -la", decision: "allow", risk: "read", reasons: ["read-only command"] },
      { command: "rm -rf /", decision: "deny", risk: "catastrophic", reasons: ["recursive delete of /"] },
      { command: "echo x > f", decision: "ask", risk: "write", reasons: ["writes file f"] },
    ]);
    expect(out.endsWith("\n")).toBe(true);
  });

  it("prints nothing for empty input", () => {
    expect(runClassify("\n\n", { mode: "plan", workspace: WORKSPACE })).toBe("");
  });

  it("keeps field order command, decision, risk, reasons", () => {
    const out = runClassify("pwd", { mode: "plan", workspace: WORKSPACE, home: HOME });
    expect(Object.keys(JSON.parse(out) as object)).toEqual(["command", "decision", "risk", "reasons"]);
  });
});
