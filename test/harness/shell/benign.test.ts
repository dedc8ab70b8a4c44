import { describe, expect, it } from "vitest";
import { classifyCommand } from "../../../src/harness/shell/classify.js";
import { BENIGN, HOME, WORKSPACE } from "./tables.js";

const classify = (command: string) => classifyCommand(command, { mode: "default", workspace: WORKSPACE, home: HOME });

describe("plain read-only commands", () => {
  it.each(BENIGN.map((c) => [c]))("allows %j", (command) => {
    const verdict = classify(command);
    expect(verdict.reasons).toEqual(["read-only command"]);
    expect(verdict).toMatchObject({ decision: "allow", risk: "read" });
  });

  it("allows them in plan and bypass mode too", () => {
    for (const mode of ["plan", "accept-edits", "bypass"] as const) {
      const refused = BENIGN.filter((c) => classifyCommand(c, { mode, workspace: WORKSPACE, home: HOME }).decision !== "allow");
      expect(refused, mode).toEqual([]);
    }
  });
});
