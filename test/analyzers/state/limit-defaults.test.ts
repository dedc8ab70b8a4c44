import { describe, expect, it } from "vitest";
import { hasPositiveDefault, limitKey } from "../../../src/analyzers/state/limit-defaults.js";

describe("limitKey", () => {
  it.each([
    ["getMaxSessionTurns", "maxsessionturns"],
    ["maxSessionTurns", "maxsessionturns"],
    ["MAX_SESSION_TURNS", "maxsessionturns"],
    ["DEFAULT_MAX_TURNS", "maxturns"],
    ["defaultMaxTurns", "maxturns"],
  ])("%s -> %s", (name, key) => expect(limitKey(name)).toBe(key));
});

describe("hasPositiveDefault", () => {
  it.each([
    ["function run({ maxSteps = 25 } = {}) {}", "maxSteps"],
    ["constructor(o) { this.maxTurns = o.maxTurns ?? 10; }", "maxTurns"],
    ["const limit = opts.maxIterations || DEFAULT_MAX_ITERATIONS;", "maxIterations"],
    ["private maxTurns: number = 50;", "maxTurns"],
    ["const config = { maxSteps: 8 };", "maxSteps"],
    ["const schema = z.object({ maxTurns: z.number().int().default(30) });", "maxTurns"],
  ])("finds a default in %s", (text, name) => expect(hasPositiveDefault(text, name)).toBe(true));

  it.each([
    ["this.maxIter = opts.maxIter ?? 0;", "maxIter"],
    ["this.maxSessionTurns = params.maxSessionTurns ?? -1;", "maxSessionTurns"],
    ["interface P { maxSteps?: number }", "maxSteps"],
    ["if (maxSteps === 10) warn();", "maxSteps"],
    ["const x = opts.maxSteps ?? SOME_OTHER_FLAG;", "maxSteps"],
    ["const maxTokens = 4096;", "maxSteps"],
  ])("finds no default in %s", (text, name) => expect(hasPositiveDefault(text, name)).toBe(false));
});
