import rule from "../../../src/rules/persistence/session-journal.js";
import { ruleTester } from "../../support/rule-tester.js";
import { jsonChatSaver, jsonlJournalAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    { name: "whole-file JSON rewrite is not a journal", files: { "src/chat.ts": jsonChatSaver } },
    {
      name: "JSONL appended to a log file is a log, not a session journal",
      files: {
        "src/telemetry.ts": `import { appendFileSync } from "node:fs";
export function logEvent(event: object) { appendFileSync("telemetry.log", JSON.stringify(event) + "\\n"); }
`,
      },
    },
  ],
  invalid: [
    { name: "typed entries appended as JSONL to the session file", files: { "src/journal.ts": jsonlJournalAgent } },
    {
      name: "template-literal JSONL append in a chat recording service",
      files: {
        "src/services/chat-recording.ts": `import * as fs from "node:fs";
export class ChatRecordingService {
  constructor(private conversationFile: string) {}
  recordMessage(message: object) {
    fs.appendFileSync(this.conversationFile, \`\${JSON.stringify(message)}\\n\`); // expect: persistence/session-journal
  }
}
`,
      },
    },
  ],
});
