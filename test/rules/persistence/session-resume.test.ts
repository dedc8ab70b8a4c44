import rule from "../../../src/rules/persistence/session-resume.js";
import { ruleTester } from "../../support/rule-tester.js";
import { jsonChatSaver, jsonlJournalAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    { name: "saved but never read back", files: { "src/chat.ts": jsonChatSaver } },
    {
      name: "reading and parsing a config file is not resume",
      files: {
        "src/config.ts": `import { readFileSync } from "node:fs";
export function loadConfig(path: string) { return JSON.parse(readFileSync(path, "utf8")); }
`,
      },
    },
    {
      name: "git's own --continue resumes a rebase, not a session",
      files: {
        "src/tools/git.ts": `export async function rebase(git, input) {
  if (input.continue) await git.rebase(["--continue"]);
  if (input.merge) await run("git", ["merge", "--continue"]);
}
`,
      },
    },
    {
      name: "flags pushed into another program's argument list are that program's (git cherry-pick --continue)",
      files: {
        "src/git/cherry-pick.ts": `export async function cherryPick(options: { abort?: boolean; continueOperation?: boolean }) {
  const args: string[] = [];
  if (options.abort) args.push("--abort");
  else if (options.continueOperation) args.push("--continue");
  return runner.exec(["cherry-pick", ...args]);
}
export const ALLOWED_FLAGS = ["--no-commit", "--abort", "--continue", "--resume"];
`,
      },
    },
    {
      name: "a load that only looks the session up in an in-memory Map",
      files: {
        "src/web/session-manager.ts": `export class WebSessionManager {
  private sessions = new Map<string, Session>();
  loadConversation(sessionId: string): Message[] {
    const session = this.sessions.get(sessionId);
    if (session) return this.toMessages(session.messages);
    return [];
  }
}
`,
      },
    },
    {
      name: "a SELECT from a table that holds no session state",
      files: { "src/db/users.ts": `export const findUser = (db: Db, id: string) => db.prepare("SELECT id, name FROM users WHERE id = ?").get(id);\n` },
    },
    {
      name: "continuing a live conversation with a follow-up is the next turn, not a resume",
      files: {
        "src/chat-manager.ts": `export class ChatManager {
  async continueConversation(followUp: string, context: { message?: string } = {}) {
    if (context.message) this.addToHistory("system", context.message);
    return await this.processMessage(followUp, { includeHistory: true });
  }
}
`,
      },
    },
  ],
  invalid: [
    { name: "JSONL journal replayed by loadSession", files: { "src/journal.ts": jsonlJournalAgent } },
    {
      name: "run state restored from a serialised string and a --resume flag",
      files: {
        "src/run-state.ts": `export class RunState {
  toJSON() { return { turn: this.turn, usage: this.usage, approvals: this.approvals }; }
  static async fromString(agent: Agent, serialized: string): Promise<RunState> { // expect: persistence/session-resume
    return Object.assign(new RunState(agent), JSON.parse(serialized));
  }
}
`,
        "src/cli.ts": `program.option("--resume", "resume the last session"); // expect: persistence/session-resume
`,
      },
    },
    {
      name: "chat loaded from its JSON file",
      files: {
        "src/chat-store.ts": `import { readFile } from "node:fs/promises";
export async function readChat(id: string): Promise<UIMessage[]> {
  return JSON.parse(await readFile(\`.chats/\${id}.json\`, "utf8")); // expect: persistence/session-resume
}
`,
      },
    },
    {
      name: "a session's events read back from a SQL table",
      files: {
        "src/storage/sqlite-provider.ts": `export class SQLiteStorageProvider {
  getSessionEvents(sessionId: string) {
    return this.db.prepare("SELECT type, payload FROM events WHERE session_id = ? ORDER BY id").all(sessionId);
  }
  getSessionInfo(sessionId: string) {
    return this.db.prepare("SELECT id, createdAt, metadata FROM sessions WHERE id = ?").get(sessionId); // expect: persistence/session-resume
  }
}
`,
      },
    },
    {
      name: "a load that falls back to the store when the session is not cached",
      files: {
        "src/session-manager.ts": `export class SessionManager {
  async loadConversation(sessionId: string): Promise<Message[]> { // expect: persistence/session-resume
    const cached = this.sessions.get(sessionId);
    if (cached) return cached.messages;
    return (await this.store.read(sessionId)).messages;
  }
}
`,
      },
    },
  ],
});
