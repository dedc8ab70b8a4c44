import rule from "../../../src/rules/persistence/session-journal.js";
import { ruleTester } from "../../support/rule-tester.js";
import { jsonChatSaver, jsonlJournalAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    {
      name: "usage counters inserted into a telemetry table are not a session journal",
      files: {
        "src/data/devdata.ts": `export function record(db: Database, model: string, tokens: number) {
  db.run("INSERT INTO tokens_generated (model, tokens) VALUES (?, ?)", [model, tokens]);
}
`,
      },
    },
    {
      name: "an in-memory session store is not durable",
      files: {
        "src/memory/memory-session.ts": `export class MemorySession implements Session {
  private items: AgentInputItem[] = [];
  async getItems() { return this.items; }
  async addItems(items: AgentInputItem[]) { this.items.push(...items); }
}
`,
      },
    },
    { name: "whole-file JSON rewrite is not a journal", files: { "src/chat.ts": jsonChatSaver } },
    {
      name: "JSONL appended to a log file is a log, not a session journal",
      files: {
        "src/telemetry.ts": `import { appendFileSync } from "node:fs";
export function logEvent(event: object) { appendFileSync("telemetry.log", JSON.stringify(event) + "\\n"); }
`,
      },
    },
    {
      name: "an error message appended to a log file is a log",
      files: {
        "src/errors.ts": `import { appendFileSync } from "node:fs";
export function logError(message: string) { appendFileSync("errors.log", JSON.stringify({ message }) + "\\n"); }
`,
      },
    },
    {
      name: "a JSON line through a local constant appended to a log file is a log",
      files: {
        "src/logger.ts": `import { appendFileSync } from "node:fs";
export function logError(message: string) {
  const line = JSON.stringify({ message }) + "\\n";
  appendFileSync("errors.log", line);
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "each message appended as a JSON line by a logger class (a transcript journal)",
      files: {
        "src/jsonl.ts": `import fs from "node:fs";
export class JsonlLogger {
  constructor(private filePath: string) {}
  addMessage(message: { uuid: string; role: string }) {
    fs.appendFileSync(this.filePath, JSON.stringify(message) + "\\n"); // expect: persistence/session-journal
    return message;
  }
}
`,
      },
    },
    {
      name: "each message and tool call inserted as a row of a session table (a database journal)",
      files: {
        "src/storage/sqlite.ts": `export class SQLiteStorage {
  constructor(private db: Database) {}
  saveEvent(sessionId: string, event: AgentEvent) {
    this.db.prepare("INSERT INTO events (session_id, type, payload) VALUES (?, ?, ?)").run(sessionId, event.type, JSON.stringify(event)); // expect: persistence/session-journal
  }
  appendMessage(sessionId: string, message: Message) {
    this.sql\`INSERT INTO messages (session_id, content) VALUES (\${sessionId}, \${JSON.stringify(message)})\`; // expect: persistence/session-journal
  }
}
`,
      },
    },
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
    {
      name: "a Session store that only appends and pops items (openai-agents shape)",
      files: {
        "src/memory/conversations-session.ts": `export class ConversationsSession implements Session { // expect: persistence/session-journal
  constructor(private client: OpenAI, private conversationId: string) {}
  async getItems(limit?: number) { return (await this.client.conversations.items.list(this.conversationId)).data; }
  async addItems(items: AgentInputItem[]) { await this.client.conversations.items.create(this.conversationId, { items }); }
  async popItem() { return undefined; }
}
`,
      },
    },
    {
      name: "session events appended as JSON lines through a local constant",
      files: {
        "src/session/filesystem-storage.ts": `import { promises as fs } from "node:fs";
export class FilesystemSessionStorage {
  async appendEvent(sessionId: string, event: SessionEvent) {
    const line = JSON.stringify(event) + "\\n";
    await fs.appendFile(this.eventsFile(sessionId), line, "utf-8"); // expect: persistence/session-journal
  }
}
`,
      },
    },
    {
      name: "the project's own JSON-lines helper on an io object",
      files: {
        "src/sessions/storage.ts": `export const appendEvents = (io: Io, sessionId: string, events: SessionEvent[]) =>
  io.appendJsonLinesSync(eventsPath(sessionId), events); // expect: persistence/session-journal
`,
      },
    },
  ],
});
