import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import { EXIT } from "../../src/errors/plumbline-error.js";
import { PILLAR_MODELS } from "../../src/pillars/index.js";
import { exampleReport, generatedDocs, replaceSections, rulesTable } from "../../src/reporters/docs.js";
import { FORMATS } from "../../src/reporters/index.js";
import { ALL_RULES } from "../../src/rules/index.js";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

describe("generated docs are current (run `npm run docs` when this fails)", async () => {
  const docs = generatedDocs(ALL_RULES, PILLAR_MODELS, await exampleReport(root));

  it("README.md rules, signals, scoring and example blocks", () => {
    expect(replaceSections(readme, docs.sections)).toBe(readme);
  });

  it("reports/example.md", () => {
    expect(readFileSync(join(root, "reports", "example.md"), "utf8")).toBe(docs.exampleMarkdown);
  });
});

describe("README", () => {
  it("lists every rule and every pillar signal", () => {
    for (const rule of ALL_RULES) expect(readme).toContain(`\`${rule.id}\``);
    for (const key of PILLAR_KEYS) for (const signal of Object.keys(PILLAR_MODELS[key].signals)) expect(readme).toContain(`\`${signal}\``);
  });

  it("documents every format, exit code and configuration key", () => {
    for (const f of FORMATS) expect(readme).toContain(`\`${f}\``);
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
    for (const key of Object.keys(configSchema.shape).filter((k) => k !== "$schema")) expect(readme).toContain(`"${key}"`);
  });

  it("has the two commands", () => {
    expect(readme).toContain("npm ci && npx plumbline audit <dir>");
    expect(readme).toContain("npm test");
  });
});

describe("replaceSections", () => {
  it("replaces only between the markers and refuses a document without them", () => {
    const doc = "a\n<!-- rules:start x -->\nold\n<!-- rules:end -->\nb";
    expect(replaceSections(doc, { rules: "new" })).toBe("a\n<!-- rules:start x -->\nnew\n<!-- rules:end -->\nb");
    expect(() => replaceSections("nothing", { rules: "x" })).toThrow(/no <!-- rules:start/);
  });

  it("escapes pipes in rule metadata so a row cannot split", () => {
    const [rule] = ALL_RULES;
    if (!rule) return;
    const table = rulesTable([{ ...rule, meta: { ...rule.meta, title: "a | b" } }]);
    expect(table).toContain("a \\| b");
  });
});
