import type { PillarScore } from "../../src/core/types.js";
import type { Report } from "../../src/report/report.js";
import { byPillar } from "../../src/reporters/by-pillar.js";

const empty = (): PillarScore => ({ score: 0, status: "absent", evidence: [], signals: [] });

/** A report as a small agent repository would get it, with hostile text where the repository controls it. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const pillars = byPillar(empty);
  pillars.registry = {
    score: 50,
    status: "partial",
    signals: ["tools-declared"],
    evidence: [{ file: "src/tools/index.ts", line: 12, note: "3 tools declared with zod schemas", ruleId: "registry/tool-declarations", signal: "tools-declared" }],
  };
  pillars.logging = {
    score: 10,
    status: "absent",
    signals: [],
    evidence: [],
  };
  return {
    tool: { name: "plumbline", version: "0.1.0" },
    target: { path: "fixtures/repos/toy-loop", files: 4, lines: 180 },
    score: { overall: 9, grade: "F", pillars },
    findings: [
      {
        ruleId: "permissions/unguarded-shell",
        pillar: "permissions",
        severity: "error",
        message: "The model's `command` reaches exec() with no permission check | <img src=x onerror=alert(1)> [click](javascript:alert(1)) @octocat",
        file: "src/tools/bash `weird`|name.ts",
        line: 27,
        recommendation: "Route shell calls through a permission check.",
      },
      {
        ruleId: "budgeting/unbounded-loop",
        pillar: "budgeting",
        severity: "error",
        message: "Agent loop at line 14 calls the model with no turn or token bound.",
        file: "src/agent.ts",
        line: 14,
        recommendation: "Add a max-turns bound.",
      },
      {
        ruleId: "logging/console-only",
        pillar: "logging",
        severity: "warning",
        message: "Only console.log is used to report what the agent does.\u001b[31m",
        file: "src/agent.ts",
        line: 30,
        recommendation: "Emit typed events.",
      },
      {
        ruleId: "registry/switch-dispatch",
        pillar: "registry",
        severity: "info",
        message: "Tools are dispatched by a switch on the tool name.",
        file: "src/agent.ts",
        line: 40,
        recommendation: "Look tools up in a registry.",
      },
    ],
    suppressed: [],
    recommendations: [
      {
        priority: 1,
        title: "Put a permission check in front of every tool call",
        rationale: "Seen at src/tools/bash.ts:27.",
        steps: ["Route every tool call through one function that decides allow, deny or ask.", "Tier tools by risk."],
        rules: ["permissions/unguarded-shell"],
        pillar: "permissions",
      },
      { priority: 2, title: "Bound the agent loop", rationale: "Unbounded cost.", steps: ["Stop at a maximum number of turns."], rules: [] },
    ],
    diagnostics: [{ file: "src/broken.ts", message: "could not parse: unexpected token" }],
    frameworks: [{ id: "anthropic-sdk", name: "Anthropic SDK", manifest: "package.json" }],
    timing: { totalMs: 12, filesPerSecond: 333 },
    ...overrides,
  };
}
