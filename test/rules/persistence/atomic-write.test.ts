import rule from "../../../src/rules/persistence/atomic-write.js";
import { ruleTester } from "../../support/rule-tester.js";
import { jsonChatSaver } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    {
      name: "a batch of HTTP requests is not a database transaction",
      files: {
        "src/sync.ts": `export async function syncAll(client: ApiClient, ids: string[]) {
  await client.batch(ids.map((id) => ({ method: "GET", path: \`/items/\${id}\` })));
}
`,
      },
    },
    { name: "in-place rewrite of the session file", files: { "src/chat.ts": jsonChatSaver } },
    {
      name: "rename of a build artefact in a file with no session writes",
      files: {
        "scripts/build.ts": `import { renameSync, writeFileSync } from "node:fs";
writeFileSync("dist/out.tmp", bundle());
renameSync("dist/out.tmp", "dist/out.js");
`,
      },
    },
  ],
  invalid: [
    {
      name: "libSQL memory adapter writes a message and its steps in one batch",
      files: {
        "src/memory/libsql-adapter.ts": `import { createClient } from "@libsql/client";
export class LibSQLMemory {
  private client = createClient({ url: "file:memory.db" });
  async addMessages(conversationId: string, messages: Message[], messagesTable: string) {
    await this.client.batch( // expect: persistence/atomic-write
      messages.map((m) => ({ sql: \`INSERT INTO \${messagesTable} (conversation_id, role, parts) VALUES (?, ?, ?)\`, args: [conversationId, m.role, JSON.stringify(m.parts)] })),
    );
  }
}
`,
      },
    },
    {
      name: "session snapshot written to a temp file and renamed into place",
      files: {
        "src/session/session-store.ts": `import { promises as fs } from "node:fs";
export async function saveSession(dir: string, session: SessionState): Promise<void> {
  const sessionPath = \`\${dir}/session.json\`;
  const tmpPath = \`\${sessionPath}.tmp\`;
  await fs.writeFile(tmpPath, JSON.stringify(session));
  await fs.rename(tmpPath, sessionPath); // expect: persistence/atomic-write
}
`,
      },
    },
    {
      name: "write-file-atomic for the conversation file",
      files: {
        "src/conversation.ts": `import writeFileAtomic from "write-file-atomic";
export const saveConversation = (file: string, history: Message[]) => writeFileAtomic(file, JSON.stringify(history)); // expect: persistence/atomic-write
`,
      },
    },
    {
      name: "session rows written inside a SQLite transaction",
      files: {
        "src/storage/db.ts": `import { Database } from "bun:sqlite";
const db = new Database("agent.db");
export function withTransaction<T>(fn: () => T): T {
  return db.transaction(fn)(); // expect: persistence/atomic-write
}
`,
        "src/storage/transcript.ts": `import { withTransaction } from "./db";
export function appendMessages(sessionId: string, rows: string[]) {
  withTransaction(() => {
    for (const row of rows) stmt("INSERT INTO messages (session_id, body) VALUES (?, ?)").run(sessionId, row);
  });
}
`,
      },
    },
  ],
});
