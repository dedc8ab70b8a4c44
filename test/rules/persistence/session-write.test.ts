import rule from "../../../src/rules/persistence/session-write.js";
import { ruleTester } from "../../support/rule-tester.js";
import { jsonChatSaver } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    {
      name: "debug artefacts of each step (messages, screenshots) written under a debug folder",
      files: {
        "src/agent/run-task.ts": `import fs from "node:fs";
export function dumpStep(debugDir: string, step: number, msgs: Message[]) {
  const debugStepDir = \`\${debugDir}/step-\${step}\`;
  fs.mkdirSync(debugStepDir, { recursive: true });
  fs.writeFileSync(\`\${debugStepDir}/msgs.json\`, JSON.stringify(msgs));
}
`,
      },
    },
    {
      name: "config, cache and log writes are not session state",
      files: {
        "src/config.ts": `import { writeFileSync } from "node:fs";
export function saveConfig(path: string, config: object) { writeFileSync(path, JSON.stringify(config)); }
export async function writeCache(key: string, value: string) { await fs.promises.writeFile(\`.cache/\${key}\`, value); }
`,
        "src/logger.ts": `import { appendFile } from "node:fs/promises";
export const log = (line: string) => appendFile("debug.log", line + "\\n");
`,
      },
    },
    {
      name: "in-memory LangGraph checkpointer is not durable",
      files: {
        "src/graph.ts": `import { MemorySaver } from "@langchain/langgraph";
export const checkpointer = new MemorySaver();
`,
      },
    },
    {
      name: "exporting a conversation to HTML is not persistence",
      files: {
        "src/export-html.ts": `import { writeFileSync } from "node:fs";
export function exportSessionToHtml(session: Session, outputPath: string) { writeFileSync(outputPath, render(session)); }
`,
      },
    },
    {
      name: "a write on an object that is not fs (a browser file handle, an HTTP client)",
      files: {
        "src/chat/upload.ts": `export async function saveConversation(client: Client, messages: Message[]) {
  await client.writeFile("conversation.json", JSON.stringify(messages));
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "SQL insert into a messages table whose name is a template substitution",
      files: {
        "src/memory/store.ts": `export async function addMessage(db: Database, messagesTable: string, m: Message) {
  await db.execute({
    sql: \`INSERT INTO \${messagesTable} (conversation_id, role, content) VALUES (?, ?, ?)\`, // expect: persistence/session-write
    args: [m.conversationId, m.role, m.content],
  });
}
`,
      },
    },
    { name: "chat app that saves messages to a JSON file", files: { "src/chat.ts": jsonChatSaver } },
    {
      name: "SQLite insert into a messages table and a durable checkpointer",
      files: {
        "src/db.ts": `import Database from "better-sqlite3";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
const db = new Database("chat.db");
const insert = db.prepare("INSERT INTO messages (session_id, role, content) VALUES (?, ?, ?)"); // expect: persistence/session-write
export const saveMessage = (sessionId: string, role: string, content: string) => insert.run(sessionId, role, content);
export const checkpointer = new SqliteSaver(db); // expect: persistence/session-write
`,
      },
    },
    {
      name: "Prisma session rows and a Drizzle insert",
      files: {
        "src/store.ts": `export async function persist(prisma: PrismaClient, db: Db, sessionId: string, item: Item) {
  await prisma.sessionItem.create({ data: { sessionId, item: JSON.stringify(item) } }); // expect: persistence/session-write
  await db.insert(messagesTable).values({ sessionId, body: item }); // expect: persistence/session-write
}
`,
      },
    },
    {
      name: "chat history appended through an injected fs wrapper (fsDeps, deps.fs)",
      files: {
        "src/log.ts": `export function appendToChatHistory(content: string, role: "user" | "assistant") {
  fsDeps.appendFileSync(getState().chatHistoryPath, \`[\${role}] \${content}\\n\`); // expect: persistence/session-write
}
export function saveConversation(deps: Deps, messages: Message[]) {
  deps.fs.writeFileSync("conversation.json", JSON.stringify(messages)); // expect: persistence/session-write
}
`,
      },
    },
    {
      name: "a session index written through the project's own JSON-file helper",
      files: {
        "src/sessions/storage.ts": `export const saveIndex = (io: Io, ids: string[]) => io.writeJsonFile(indexPath(), { sessionIds: ids }); // expect: persistence/session-write
`,
      },
    },
  ],
});
