import rule from "../../../src/rules/budgeting/projected-usage-check.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "usage compared after the fact to display a warning colour",
      files: { "src/ui.ts": `export const colour = (used: number, total: number) => (used > total * 0.9 ? "red" : "green");\n` },
    },
  ],
  invalid: [
    {
      name: "estimated request tokens checked against the remaining window before sending (gemini-cli style)",
      files: {
        "src/client.ts": `export async function* send(chat: Chat, request: Part[], model: string) {
  const remainingTokenCount = tokenLimit(model) - chat.getLastPromptTokenCount();
  const estimatedRequestTokenCount = await calculateRequestTokenCount(request, model);
  if (estimatedRequestTokenCount > remainingTokenCount) { // expect: budgeting/projected-usage-check
    yield { type: "context-window-will-overflow" };
    return;
  }
  yield* chat.sendMessageStream(request);
}
`,
      },
    },
  ],
});
