import rule from "../../../src/rules/budgeting/context-compaction.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "image compression and a summary display component",
      files: {
        "src/image.ts": `export async function compressImage(buf: Buffer): Promise<Buffer> { return buf; }\n`,
        "src/ui/SessionSummaryDisplay.tsx": `export function SessionSummaryDisplay(props: { summary: string }) { return props.summary; }\n`,
        "src/format.ts": `export function formatSessionSummary(s: Session) { return s.title; }\n`,
      },
    },
    {
      name: "truncation of old messages with no token threshold",
      files: { "src/trim.ts": `export function trimHistory(messages: Message[]) { return messages.slice(-20); }\n` },
    },
  ],
  invalid: [
    {
      name: "summarising older turns when tokens pass a fraction of the window",
      files: {
        "src/compaction.ts": `const COMPACT_THRESHOLD = 0.8;
export function shouldCompact(contextTokens: number, contextWindow: number): boolean { // expect: budgeting/context-compaction
  return contextTokens > contextWindow * COMPACT_THRESHOLD; // expect: budgeting/context-compaction
}
export async function compactHistory(messages: Message[], llm: ChatModel): Promise<Message[]> { // expect: budgeting/context-compaction
  const older = messages.slice(0, -6);
  const summary = await llm.invoke([{ role: "user", content: "Summarize: " + JSON.stringify(older) }]);
  return [{ role: "user", content: String(summary) }, ...messages.slice(-6)];
}
`,
      },
    },
    {
      name: "a chat compression service class",
      files: {
        "src/services/chat-compression-service.ts": `export class ChatCompressionService { // expect: budgeting/context-compaction
  async compress(chat: Chat, force: boolean) { return chat; } // expect: budgeting/context-compaction
}
`,
      },
    },
    {
      name: "truncation counts when a token threshold triggers it",
      files: {
        "src/context.ts": `export function manage(messages: Message[], tokenCount: number, maxContextWindow: number) {
  if (tokenCount > maxContextWindow) return truncateConversation(messages); // expect: budgeting/context-compaction
  return messages;
}
export function truncateConversation(messages: Message[]) { // expect: budgeting/context-compaction
  return messages.slice(Math.floor(messages.length / 2));
}
`,
      },
    },
  ],
});
