import rule from "../../../src/rules/logging/typed-callbacks.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "UI component props with onSubmit/onCancel",
      files: {
        "src/ui/Dialog.tsx": `export interface ConfirmDialogProps {
  onSubmit: (value: string) => void;
  onCancel: () => void;
}
`,
      },
    },
    {
      name: "a single callback option",
      files: { "src/run.ts": `export interface RunOptions { onFinish?: (text: string) => void; model: string }\n` },
    },
    {
      name: "callbacks declared in an example",
      files: { "examples/hooks.ts": `export interface Hooks { onToolCall: (n: string) => void; onStepFinish: () => void }\n` },
    },
  ],
  invalid: [
    {
      name: "a typed callback map for the agent's work",
      files: {
        "src/types/core.ts": `import type { ToolCall, StepResult } from "./model.js";
export interface StreamCallbacks { // expect: logging/typed-callbacks
  onToken?: (token: string) => void;
  onToolCall?: (toolCall: ToolCall) => void;
  onStepFinish?(step: StepResult): void;
}
`,
      },
    },
    {
      name: "a callback type alias",
      files: {
        "src/agent/hooks.ts": `export type AgentHooks = { // expect: logging/typed-callbacks
  onAgentStart: (name: string) => Promise<void>;
  onHandoff: (from: string, to: string) => Promise<void>;
};
`,
      },
    },
  ],
});
