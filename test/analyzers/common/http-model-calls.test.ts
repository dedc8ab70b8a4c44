import { describe, expect, it } from "vitest";
import { modelCalls } from "../../../src/analyzers/common/model-calls.js";
import { FactStore } from "../../../src/engine/fact-store.js";
import { runAnalyzers } from "../../../src/engine/walk.js";
import { loadFromMap } from "../../support/in-memory.js";

function callees(text: string): string[] {
  const store = new FactStore();
  runAnalyzers(loadFromMap({ "src/llm.ts": text }).files, [modelCalls], store, []);
  return store.facts(modelCalls).map((f) => f.callee);
}

describe("model calls over HTTP", () => {
  it.each([
    ["an OpenRouter chat completion", `fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", body })`, ["fetch"]],
    ["the Anthropic messages endpoint in a template", "fetch(`${base}/v1/messages`, { method: \"POST\", body })", ["fetch"]],
    ["an app's own responses proxy", `fetch("/api/responses", { method: "POST", body })`, ["fetch"]],
    ["axios posting to chat completions", `axios.post("https://api.openai.com/v1/chat/completions", body)`, ["axios.post"]],
    ["a URL held in a constant", `const url = "https://api.anthropic.com/v1/messages";\nasync function api(body) { return fetch(url, { method: "POST", body }); }`, ["fetch"]],
    ["a constant that holds another URL", `const url = "https://api.github.com/repos/x/y";\nfetch(url);`, []],
    ["a fetch of an unrelated API", `fetch("https://api.github.com/repos/x/y")`, []],
    ["an Express route that serves chat (a handler, not a request)", `app.post("/api/chat", async (req, res) => res.json(await answer(req.body)))`, []],
  ])("%s", (_name, code, expected) => {
    expect(callees(code)).toEqual(expected);
  });
});
