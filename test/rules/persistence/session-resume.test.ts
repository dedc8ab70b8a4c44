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
  ],
});
