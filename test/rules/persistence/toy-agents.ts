/** Small chat apps in the shapes hobby projects write, shared by the persistence rule tests. */

/** Saves the whole message list to a JSON file with writeFile; never reads it back. */
export const jsonChatSaver = `import { writeFile } from "node:fs/promises";
import OpenAI from "openai";

const openai = new OpenAI();
const messages: OpenAI.ChatCompletionMessageParam[] = [];

export async function chat(input: string): Promise<string> {
  messages.push({ role: "user", content: input });
  const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
  const reply = res.choices[0]?.message.content ?? "";
  messages.push({ role: "assistant", content: reply });
  await writeFile("conversation.json", JSON.stringify(messages, null, 2)); // expect: persistence/session-write
  return reply;
}
`;

/** Appends typed entries (messages, tool calls, usage) as JSONL and resumes by replaying them. */
export const jsonlJournalAgent = `import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

type SessionEntry =
  | { type: "message"; role: "user" | "assistant"; content: string }
  | { type: "tool_call"; id: string; name: string; input: unknown }
  | { type: "tool_result"; id: string; output: string }
  | { type: "usage"; inputTokens: number; outputTokens: number };

export class SessionJournal {
  constructor(private readonly dir: string, private readonly sessionId: string) {}

  private get sessionFile(): string {
    return join(this.dir, \`\${this.sessionId}.jsonl\`);
  }

  record(entry: SessionEntry): void {
    appendFileSync(this.sessionFile, JSON.stringify(entry) + "\\n"); // expect: persistence/session-journal
  }

  recordToolCall(id: string, name: string, input: unknown): void {
    this.record({ type: "tool_call", id, name, input });
  }

  loadSession(): SessionEntry[] { // expect: persistence/session-resume
    if (!existsSync(this.sessionFile)) return [];
    const lines = readFileSync(this.sessionFile, "utf8").split("\\n"); // expect: persistence/session-resume
    const entries: SessionEntry[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as SessionEntry);
      } catch {
        break;
      }
    }
    return entries;
  }
}
`;
