import type { Usage } from "../events/events.js";

/** US dollars per million input and output tokens. */
interface Price {
  input: number;
  output: number;
}

const PRICES: Record<string, Price> = {
  "claude-opus-4": { input: 15, output: 75 },
  "claude-sonnet-4": { input: 3, output: 15 },
  "claude-haiku-4": { input: 1, output: 5 },
  "claude-3-5-haiku": { input: 0.8, output: 4 },
  scripted: { input: 3, output: 15 },
};

/** Price of a model by longest matching prefix; an unknown model is priced as the dearest, so cost limits fail closed. */
export function priceOf(model: string): Price {
  const key = Object.keys(PRICES)
    .filter((k) => model.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return (key && PRICES[key]) || { input: 15, output: 75 };
}

/** Cost in US dollars of one call's usage. */
export function costOf(model: string, usage: Usage): number {
  const p = priceOf(model);
  return (usage.input_tokens * p.input + usage.output_tokens * p.output) / 1_000_000;
}
