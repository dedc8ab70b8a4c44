import rule from "../../../src/rules/persistence/rich-session-state.js";
import { ruleTester } from "../../support/rule-tester.js";
import { jsonChatSaver, jsonlJournalAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [{ name: "messages only", files: { "src/chat.ts": jsonChatSaver } }],
  invalid: [
    {
      name: "journal of typed entries with tool calls and usage",
      files: { "src/journal.ts": jsonlJournalAgent.replace("appendFileSync(this.sessionFile, JSON.stringify(entry) + \"\\n\"); // expect: persistence/session-journal", "appendFileSync(this.sessionFile, JSON.stringify(entry) + \"\\n\"); // expect: persistence/rich-session-state") },
    },
    {
      name: "run state snapshot that serialises usage and approvals",
      files: {
        "src/run-state.ts": `export class RunState {
  toJSON() { // expect: persistence/rich-session-state
    return { currentTurn: this.currentTurn, usage: this.usage.toJSON(), approvals: this.approvals.toJSON(), generatedItems: this.items };
  }
}
`,
      },
    },
    {
      name: "durable LangGraph checkpointer class",
      files: {
        "src/checkpoint.ts": `import { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
export class FileCheckpointSaver extends BaseCheckpointSaver { // expect: persistence/rich-session-state
  async getTuple(config: RunnableConfig) { return undefined; }
  async put(config: RunnableConfig, checkpoint: Checkpoint) { return config; }
}
`,
      },
    },
    {
      name: "usage and tool-call rows stored in their own tables beside the messages",
      files: {
        "src/storage/usage.ts": `export function recordUsageEvent(db: Db, sessionId: string, tokens: number) {
  db.prepare("INSERT INTO usage_events (session_id, tokens) VALUES (?, ?)").run(sessionId, tokens); // expect: persistence/rich-session-state
}
`,
      },
    },
  ],
});
