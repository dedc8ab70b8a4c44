#!/usr/bin/env node
// Regenerates what the docs derive from code: the README's rules, signals, scoring and example blocks
// (from ALL_RULES and PILLAR_MODELS) and reports/example.md (from the example fixture).
// Runs on the built package: `npm run docs` builds first. Modes: --write, --check (exit 1 when stale), default prints.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { ALL_RULES } = await import("../dist/rules/index.js");
const { PILLAR_MODELS } = await import("../dist/pillars/index.js");
const { exampleReport, generatedDocs, replaceSections } = await import("../dist/reporters/docs.js");

const files = { readme: join(root, "README.md"), example: join(root, "reports", "example.md") };
const docs = generatedDocs(ALL_RULES, PILLAR_MODELS, await exampleReport(root));
const wanted = {
  readme: replaceSections(readFileSync(files.readme, "utf8"), docs.sections),
  example: docs.exampleMarkdown,
};

const mode = process.argv[2] ?? "--print";
if (mode === "--write") {
  for (const key of Object.keys(files)) writeFileSync(files[key], wanted[key]);
  process.stdout.write(`wrote ${Object.values(files).map((f) => f.slice(root.length)).join(", ")}\n`);
} else if (mode === "--check") {
  const stale = Object.keys(files).filter((key) => {
    try {
      return readFileSync(files[key], "utf8") !== wanted[key];
    } catch {
      return true;
    }
  });
  if (stale.length) {
    process.stderr.write(`stale: ${stale.map((k) => files[k].slice(root.length)).join(", ")} (run npm run docs)\n`);
    process.exitCode = 1;
  }
} else {
  process.stdout.write(`${docs.sections.rules}\n\n${docs.sections.signals}\n`);
}
