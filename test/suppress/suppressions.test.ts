import { describe, expect, it } from "vitest";
import { analyzeLoaded } from "../../src/audit.js";
import type { Report } from "../../src/report/report.js";
import { reportSchema } from "../../src/report/schema.js";
import { loadFromMap, type FileMap } from "../support/in-memory.js";
import { shellAgent } from "../support/shell-agent.js";

const SHELL = "permissions/unguarded-shell";

function auditWith(files: FileMap, inlineConfig?: boolean): Report {
  return analyzeLoaded(loadFromMap(files), inlineConfig === undefined ? {} : { inlineConfig });
}

const ids = (r: Report): string[] => r.findings.map((f) => f.ruleId);

describe("inline suppressions in the pipeline", () => {
  const plain = auditWith(shellAgent());
  const suppressed = auditWith(shellAgent(`// plumbline-disable-next-line ${SHELL} -- runs in a throwaway container`));

  it("takes the covered finding out of the findings and lists it, with its reason, as suppressed", () => {
    expect(ids(plain)).toContain(SHELL);
    expect(ids(suppressed)).not.toContain(SHELL);
    const shell = plain.findings.find((f) => f.ruleId === SHELL);
    expect(suppressed.suppressed).toEqual([{ ...shell, line: (shell?.line ?? 0) + 1, reason: "runs in a throwaway container" }]);
    expect(suppressed.diagnostics).toEqual([]);
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(suppressed))).success).toBe(true);
  });

  it("scores as if the finding were not there, and keeps the evidence", () => {
    expect(suppressed.score.pillars.permissions.score).toBeGreaterThan(plain.score.pillars.permissions.score);
    expect(suppressed.score.overall).toBeGreaterThan(plain.score.overall);
    expect(suppressed.score.pillars.permissions.signals).toEqual(plain.score.pillars.permissions.signals);
    expect(suppressed.score.pillars.permissions.evidence.length).toBe(plain.score.pillars.permissions.evidence.length);
  });

  it("drops the hazard's recommendation with it", () => {
    const rules = (r: Report): string[] => r.recommendations.flatMap((x) => x.rules);
    expect(rules(plain)).toContain(SHELL);
    expect(rules(suppressed)).not.toContain(SHELL);
  });

  it("ignores every directive with inlineConfig false", () => {
    const off = auditWith(shellAgent(`// plumbline-disable-next-line ${SHELL}, nope/nope`), false);
    expect(ids(off)).toEqual(ids(plain));
    expect(off.score.overall).toBe(plain.score.overall);
    expect(off.score.pillars.permissions.score).toBe(plain.score.pillars.permissions.score);
    expect(off.suppressed).toEqual([]);
    expect(off.diagnostics).toEqual([]);
  });

  it("suppresses a finding with a same-line or a file-level directive", () => {
    const files = shellAgent();
    const tools = files["src/tools.ts"] ?? "";
    const sameLine = auditWith({ ...files, "src/tools.ts": tools.replace('?? "").toString();', `?? "").toString(); // plumbline-disable-line ${SHELL}`) });
    expect(sameLine.suppressed.map((f) => f.ruleId)).toEqual([SHELL]);
    const fileLevel = auditWith({ ...files, "src/tools.ts": `${tools}\n/* plumbline-disable registry/switch-dispatch, ${SHELL} */\n` });
    expect(fileLevel.suppressed.map((f) => f.ruleId).sort()).toEqual(["permissions/unguarded-shell", "registry/switch-dispatch"]);
    expect(fileLevel.diagnostics).toEqual([]);
  });

  it("reports unused, unknown and empty directives as diagnostics", () => {
    const report = auditWith(shellAgent(`// plumbline-disable-next-line logging/console-only, permissions/nope`));
    expect(ids(report)).toContain(SHELL);
    expect(report.diagnostics).toEqual([
      { file: "src/tools.ts", message: expect.stringMatching(/^line 14: plumbline-disable-next-line names an unknown rule "permissions\/nope"/) },
      { file: "src/tools.ts", message: "line 14: unused plumbline-disable-next-line for logging/console-only (no such finding on line 15)" },
    ]);
    const empty = auditWith(shellAgent("// plumbline-disable-next-line -- reviewed"));
    expect(ids(empty)).toContain(SHELL);
    expect(empty.diagnostics).toEqual([{ file: "src/tools.ts", message: expect.stringMatching(/names no rule id/) }]);
  });

  it("does not take a directive from a string", () => {
    const report = auditWith(shellAgent(`const note = "// plumbline-disable-line ${SHELL}";`));
    expect(ids(report)).toContain(SHELL);
    expect(report.suppressed).toEqual([]);
  });
});
