import rule from "../../../src/rules/permissions/permission-modes.js";
import { ruleTester } from "../../support/rule-tester.js";

const tool = `export const t = { name: "shell", description: "Run", parameters: { type: "object" } };\n`;

ruleTester(rule, {
  valid: [
    {
      name: "one read-only hint is not a tier system",
      files: {
        "src/tools.ts": `export const a = { name: "a", description: "A", parameters: {}, readOnlyHint: true };
export const b = { name: "b", description: "B", parameters: {} };
export const c = { name: "c", description: "C", parameters: {}, kind: "search" };
`,
      },
    },
    {
      name: "approval outcomes and view modes are not permission modes",
      files: {
        "src/tools.ts": tool,
        "src/types.ts": `export type ApprovalResolution = "approved" | "rejected" | "pending";
export type ViewMode = "list" | "grid";
export enum Theme { Light = "light", Dark = "dark" }
export type Mode = "default" | "compact";
`,
      },
    },
    {
      name: "modes in a codebase with no tools",
      files: { "src/types.ts": `export type PermissionMode = "plan" | "default" | "acceptEdits" | "bypassPermissions";` },
    },
  ],
  invalid: [
    {
      name: "risk tiers on every tool (harness defineTool with risk and readOnly)",
      files: {
        "src/tools.ts": `export const read = defineTool({ name: "read_file", description: "Read", parameters: {}, risk: "read", readOnly: true, handler: async () => "" }); // expect: permissions/permission-modes
export const write = defineTool({ name: "write_file", description: "Write", parameters: {}, risk: "write", readOnly: false, handler: async () => "" }); // expect: permissions/permission-modes
export const shell = defineTool({ name: "shell", description: "Run", parameters: {}, risk: "execute", readOnly: false, handler: async () => "" }); // expect: permissions/permission-modes
`,
      },
    },
    {
      name: "Claude Code modes, gemini ApprovalMode enum and an allow/deny/ask decision",
      files: {
        "src/tools.ts": tool,
        "src/modes.ts": `export type PermissionMode = "default" | "acceptEdits" | "plan" | "bypassPermissions"; // expect: permissions/permission-modes
// expect: permissions/permission-modes
export enum ApprovalMode {
  DEFAULT = "default",
  AUTO_EDIT = "autoEdit",
  YOLO = "yolo",
}
// expect: permissions/permission-modes
export enum PolicyDecision {
  ALLOW = "allow",
  DENY = "deny",
  ASK_USER = "ask_user",
}
`,
      },
    },
  ],
});
