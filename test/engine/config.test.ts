import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";

function dirWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pl-config-"));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe("config", () => {
  it("is empty when there is no config file", async () => {
    expect(await loadConfig(undefined, mkdtempSync(join(tmpdir(), "pl-config-")))).toEqual({});
  });

  it("reads plumbline.config.json from the root", async () => {
    const dir = dirWith("plumbline.config.json", JSON.stringify({ ignore: ["legacy/**"], failUnder: 50, inlineConfig: false }));
    expect(await loadConfig(undefined, dir)).toEqual({ ignore: ["legacy/**"], failUnder: 50, inlineConfig: false });
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["an unknown key", JSON.stringify({ colour: true }), /\(root\): Unrecognized key/],
    ["a bad rule level", JSON.stringify({ rules: { "x/y": "loud" } }), /rules\.x\/y/],
    ["a bad type", JSON.stringify({ maxFileBytes: "big" }), /maxFileBytes/],
    ["a non-boolean inlineConfig", JSON.stringify({ inlineConfig: "no" }), /inlineConfig/],
  ])("names the problem for %s", async (_what, text, pattern) => {
    const dir = dirWith("plumbline.config.json", text);
    await expect(loadConfig(undefined, dir)).rejects.toThrow(pattern);
  });

  it("fails on an explicit config that does not exist", async () => {
    await expect(loadConfig("/nonexistent/plumbline.json", "/tmp")).rejects.toThrow(/cannot read config/);
  });
});
