#!/usr/bin/env node
// Benchmark: audits a generated agent-like corpus (and any paths given) and compares the audit
// time with a bare ts.createSourceFile parse of the same files in the same process.
// Usage: npm run bench -- [--files N] [--lines-per-file N] [--seed N] [--reps N] [--analyzers] [path...]
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { ALL_ANALYZERS } from "../dist/analyzers/index.js";
import { analyzeLoaded, audit } from "../dist/audit.js";
import { FactStore } from "../dist/engine/fact-store.js";
import { scriptKindOf } from "../dist/engine/parse.js";
import { runAnalyzers } from "../dist/engine/walk.js";
import { loadTarget } from "../dist/loader/load.js";
import { ts } from "ts-morph";
import { generateCorpus } from "./corpus.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: "string", default: "2000" },
    "lines-per-file": { type: "string", default: "80" },
    seed: { type: "string", default: "20260101" },
    reps: { type: "string", default: "3" },
    analyzers: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const reps = Math.max(1, Number(values.reps));

const gc = () => globalThis.gc?.();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn) {
  gc();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The baseline: a plain parse with default options, as any tool reading the same files would do. */
function parseAll(files) {
  for (const f of files) {
    if (f.role !== "markdown") ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, false, scriptKindOf(f.path) ?? ts.ScriptKind.TS);
  }
}

async function writeCorpus() {
  const dir = await mkdtemp(join(tmpdir(), "plumbline-bench-"));
  for (const [rel, text] of generateCorpus(Number(values.seed), Number(values.files), Number(values["lines-per-file"]))) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

/** Marginal cost of each analyzer: the walk with all analyzers minus the walk without that one. */
function analyzerCosts(files) {
  const walk = (list) => {
    const start = performance.now();
    runAnalyzers(files, list, new FactStore(), []);
    return performance.now() - start;
  };
  const all = median(Array.from({ length: reps }, () => walk(ALL_ANALYZERS)));
  // An analyzer with a file hook but no node kinds: files are parsed, the tree is not walked.
  const parseOnly = { name: "parse-only", description: "", kinds: [], enterFile() {} };
  const none = median(Array.from({ length: reps }, () => walk([parseOnly])));
  const rows = ALL_ANALYZERS.map((a) => {
    const without = median(Array.from({ length: reps }, () => walk(ALL_ANALYZERS.filter((b) => b !== a))));
    return { analyzer: a.name, ms: Math.round(all - without) };
  }).sort((x, y) => y.ms - x.ms);
  return { allMs: Math.round(all), noAnalyzersMs: Math.round(none), rows };
}

async function measure(label, root) {
  const loaded = await loadTarget(root);
  const files = loaded.files.filter((f) => f.role !== "markdown");
  const lines = files.reduce((n, f) => n + f.lines, 0);
  parseAll(loaded.files); // warm the parser
  await audit(root); // warm the analyzers
  const parseMs = [];
  const auditMs = [];
  const analyzeMs = [];
  const loadMs = [];
  for (let r = 0; r < reps; r++) {
    parseMs.push(await timed(() => parseAll(loaded.files)));
    loadMs.push(await timed(() => loadTarget(root)));
    analyzeMs.push(await timed(() => analyzeLoaded(loaded, {})));
    auditMs.push(await timed(() => audit(root)));
  }
  const parse = median(parseMs);
  const total = median(auditMs);
  console.log(`\n${label}: ${root}`);
  console.log(`  files ${files.length}, lines ${lines}, diagnostics ${loaded.diagnostics.length}`);
  console.log(`  bare parse     ${parse.toFixed(0)} ms`);
  console.log(`  load           ${median(loadMs).toFixed(0)} ms`);
  console.log(`  analyze+rules  ${median(analyzeMs).toFixed(0)} ms`);
  console.log(`  audit (total)  ${total.toFixed(0)} ms, ${Math.round((files.length * 1000) / total)} files/s`);
  console.log(`  ratio audit/parse ${(total / parse).toFixed(2)} (goal <= 1.5), analyze-only/parse ${(median(analyzeMs) / parse).toFixed(2)}`);
  if (values.analyzers) {
    const costs = analyzerCosts(loaded.files);
    console.log(`  walk with all analyzers ${costs.allMs} ms, parse only ${costs.noAnalyzersMs} ms; marginal cost per analyzer:`);
    for (const row of costs.rows) console.log(`    ${String(row.ms).padStart(6)} ms  ${row.analyzer}`);
  }
}

const corpus = await writeCorpus();
try {
  await measure("generated corpus", corpus);
  for (const path of positionals) await measure("target", path);
} finally {
  if (!values.keep) await rm(corpus, { recursive: true, force: true });
  else console.log(`\ncorpus kept at ${corpus}`);
}
const rss = process.resourceUsage().maxRSS * 1024;
console.log(`\npeak RSS ${(rss / 2 ** 20).toFixed(0)} MiB (goal < 1024 MiB)`);
