import rule from "../../../src/rules/logging/console-only.js";
import { ruleTester } from "../../support/rule-tester.js";
import { consoleAgent, eventedAgentEvents } from "./toy-agents.js";

/** The console agent with the report expected at its first console call (line 12). */
const annotated = consoleAgent.replace("console.log(`running ${name}`, input);", "console.log(`running ${name}`, input); // expect: logging/console-only");

ruleTester(rule, {
  valid: [
    {
      name: "the same agent with a pino logger",
      files: { "src/agent.ts": consoleAgent, "src/logger.ts": `import pino from "pino";\nexport const logger = pino();\n` },
    },
    {
      name: "the same agent with a typed event union and a decision event",
      files: { "src/agent.ts": consoleAgent, "src/events.ts": eventedAgentEvents },
    },
    {
      name: "a CLI that logs to the console but calls no model",
      files: {
        "src/cli.ts": `import { readdirSync } from "node:fs";
for (const f of readdirSync(".")) console.log(f);
console.error("done");
`,
      },
    },
    {
      name: "a console agent that only lives in examples",
      files: { "examples/basic/agent.ts": consoleAgent, "src/index.ts": `export const version = "1.0.0";\n` },
    },
  ],
  invalid: [
    { name: "a 60-line agent that logs only with console.log", files: { "src/agent.ts": annotated } },
    {
      name: "reported once, in the file with the most console output",
      files: {
        "src/agent.ts": annotated,
        "src/util.ts": `export function warn(msg: string) {\n  console.warn(msg);\n}\n`,
      },
    },
  ],
});
