import { describe, expect, it } from "vitest";
import { auditMap } from "../../support/rule-tester.js";
import { consoleAgent, eventedAgentEvents } from "../../rules/logging/toy-agents.js";

const explore = `---
name: explore
description: Read-only exploration of the codebase.
tools: Read, Grep, Glob
maxTurns: 20
---
READ-ONLY MODE: search and read, then report with file paths.
`;

describe("logging, verification and agents statuses on toy agents", () => {
  it("a console-only agent: logging absent, one console-only finding", () => {
    const report = auditMap({ "src/agent.ts": consoleAgent });
    expect(report.score.pillars.logging.status).toBe("absent");
    expect(report.findings.filter((f) => f.ruleId === "logging/console-only")).toHaveLength(1);
  });

  it("a typed event union with a permission decision: logging present, no console-only finding", () => {
    const report = auditMap({ "src/agent.ts": consoleAgent, "src/events.ts": eventedAgentEvents });
    expect(report.score.pillars.logging.status).toBe("present");
    expect(report.findings.some((f) => f.ruleId === "logging/console-only")).toBe(false);
  });

  it("a pino logger alone: logging partial", () => {
    const report = auditMap({ "src/agent.ts": consoleAgent, "src/log.ts": `import pino from "pino";\nexport const log = pino();\n` });
    expect(report.score.pillars.logging.status).toBe("partial");
  });

  it("a read-only .claude/agents/explore.md with maxTurns: agents present", () => {
    const report = auditMap({ "src/agent.ts": consoleAgent, ".claude/agents/explore.md": explore });
    expect(report.score.pillars.agents.status).toBe("present");
  });

  it("Markdown roles with tool lists and a depth cap but no turn limit: agents partial (nanocoder)", () => {
    const noTurns = explore.replace("maxTurns: 20\n", "");
    const executor = `const MAX_SUBAGENT_DEPTH = 2;
export class SubagentExecutor {
  async execute(task: string, depth = 0) {
    if (depth >= MAX_SUBAGENT_DEPTH) throw new Error("Maximum subagent depth exceeded");
    return task;
  }
}
`;
    const report = auditMap({ "src/agent.ts": consoleAgent, "source/subagents/built-in/explore.md": noTurns, "source/subagents/subagent-executor.ts": executor });
    expect(report.score.pillars.agents.status).toBe("partial");
  });

  it("a single agent and no sub-agents: agents absent", () => {
    expect(auditMap({ "src/agent.ts": consoleAgent }).score.pillars.agents.status).toBe("absent");
  });

  it("zod tool inputs and no tests: verification absent; with a test suite: partial", () => {
    const tools = `import { tool } from "ai";
import { z } from "zod";
export const read = tool({ description: "Read", inputSchema: z.object({ path: z.string() }), execute: async ({ path }) => path });
`;
    expect(auditMap({ "src/tools.ts": tools }).score.pillars.verification.status).toBe("absent");
    const withTests = { "src/tools.ts": tools, "test/tools.test.ts": `import { it } from "vitest";\nit("reads", () => {});\n` };
    expect(auditMap(withTests).score.pillars.verification.status).toBe("partial");
  });

  it("an output schema and guardrail tests: verification present", () => {
    const report = auditMap({
      "src/plan.ts": `import { generateObject } from "ai";\nimport { z } from "zod";\nexport const plan = (model: any) => generateObject({ model, schema: z.object({ steps: z.array(z.string()) }), prompt: "plan" });\n`,
      "src/permissions.ts": `export const decide = (cmd: string) => (cmd.startsWith("rm") ? "deny" : "ask");\n`,
      "test/permissions.test.ts": `import { expect, it } from "vitest";\nimport { decide } from "../src/permissions.js";\nit("denies rm", () => expect(decide("rm -rf /")).toBe("deny"));\n`,
    });
    expect(report.score.pillars.verification.status).toBe("present");
  });
});
