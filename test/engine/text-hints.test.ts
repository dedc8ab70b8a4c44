import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineAnalyzer } from "../../src/engine/analyzer.js";
import { wants } from "../../src/engine/walk.js";

describe("text hints", () => {
  it("a file is wanted exactly when its text contains one of the hints, whatever characters they hold", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.string({ maxLength: 60 }), (hints, text) => {
        const analyzer = defineAnalyzer({ name: "h", description: "", textHints: hints });
        expect(wants(analyzer, text)).toBe(hints.some((h) => text.includes(h)));
      }),
      { numRuns: 500 },
    );
  });

  it("a text built around one of the hints is always wanted", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.nat(), fc.string(), fc.string(), (hints, k, before, after) => {
        const analyzer = defineAnalyzer({ name: "h", description: "", textHints: hints });
        expect(wants(analyzer, `${before}${hints[k % hints.length] ?? ""}${after}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("an analyzer without hints sees every file", () => {
    expect(wants(defineAnalyzer({ name: "all", description: "" }), "")).toBe(true);
  });
});
