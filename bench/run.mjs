#!/usr/bin/env node
// Benchmark: audits a generated agent-like corpus (and any paths given) and compares the audit
// time with a bare ts.createSourceFile parse of the same files in the same process.
// Usage: npm run bench -- [--files N] [--lines-per-file N] [--seed N] [--reps N] [--analyzers] [--cli] [path...]
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { spawn } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
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
    cli: { type: "boolean", default: false },
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

/** Wall time of one `plumbline audit` in a fresh process, as a user sees it. */
async function timedCli(root, jobs) {
  const bin = fileURLToPath(new URL("../bin/plumbline.js", import.meta.url));
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "audit", root, "--format", "json", "--jobs", jobs], { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`plumbline exited ${code}`))));
  });
  return performance.now() - start;
}

async function writeCorpus() {
  const dir = await mkdtemp(join(tmpdir(), "plumbline-bench-"));
  for (const [rel, text] of generateCorpus(Number(values.seed), Number(values.files), Number(values["lines-per-file"]))) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

/** Time spent in each analyzer's hooks during one walk (timer overhead included, so read it as relative). */
function analyzerCosts(files) {
  const spent = new Map(ALL_ANALYZERS.map((a) => [a.name, 0]));
  const timedHook = (name, hook) =>
    hook &&
    ((...args) => {
      const start = performance.now();
      try {
        return hook(...args);
      } finally {
        spent.set(name, spent.get(name) + performance.now() - start);
      }
    });
  const wrapped = ALL_ANALYZERS.map((a) => ({
    ...a,
    visit: timedHook(a.name, a.visit?.bind(a)),
    enterFile: timedHook(a.name, a.enterFile?.bind(a)),
    leaveFile: timedHook(a.name, a.leaveFile?.bind(a)),
    markdown: timedHook(a.name, a.markdown?.bind(a)),
  }));
  const walk = (list) => {
    const start = performance.now();
    runAnalyzers(files, list, new FactStore(), []);
    return performance.now() - start;
  };
  // An analyzer with a file hook but no node kinds: files are parsed, the tree is not walked.
  const parseOnly = { name: "parse-only", description: "", kinds: [], enterFile() {} };
  // One that asks for a kind no tree has: files are parsed and every node is visited.
  const traverseOnly = { name: "traverse-only", description: "", kinds: [0], visit() {} };
  const none = walk([parseOnly]);
  const traverse = walk([traverseOnly]);
  const all = walk(wrapped);
  const rows = [...spent].map(([analyzer, ms]) => ({ analyzer, ms: Math.round(ms) })).sort((x, y) => y.ms - x.ms);
  return { allMs: Math.round(all), parseMs: Math.round(none), traverseMs: Math.round(traverse - none), rows };
}

async function measure(label, root) {
  const loaded = await loadTarget(root);
  const files = loaded.files.filter((f) => f.role !== "markdown");
  const lines = files.reduce((n, f) => n + f.lines, 0);
  parseAll(loaded.files); // warm the parser
  await audit(root); // warm the analyzers
  const parseMs = [];
  const auditMs = [];
  const serialMs = [];
  const twoMs = [];
  const analyzeMs = [];
  const loadMs = [];
  for (let r = 0; r < reps; r++) {
    parseMs.push(await timed(() => parseAll(loaded.files)));
    loadMs.push(await timed(() => loadTarget(root)));
    analyzeMs.push(await timed(() => analyzeLoaded(loaded, {})));
    serialMs.push(await timed(() => audit(root, { jobs: 1 })));
    auditMs.push(await timed(() => audit(root)));
    twoMs.push(await timed(() => audit(root, { jobs: 2 })));
  }
  const parse = median(parseMs);
  const total = median(auditMs);
  const serial = median(serialMs);
  const rate = (ms) => `${Math.round((files.length * 1000) / ms)} files/s`;
  console.log(`\n${label}: ${root}`);
  console.log(`  files ${files.length}, lines ${lines}, diagnostics ${loaded.diagnostics.length}, cores ${availableParallelism()}`);
  console.log(`  bare parse            ${parse.toFixed(0)} ms`);
  console.log(`  load                  ${median(loadMs).toFixed(0)} ms`);
  console.log(`  analyze+rules, 1 thread ${median(analyzeMs).toFixed(0)} ms`);
  console.log(`  audit, 1 thread       ${serial.toFixed(0)} ms, ${rate(serial)}, ratio ${(serial / parse).toFixed(2)}`);
  console.log(`  audit, default jobs   ${total.toFixed(0)} ms, ${rate(total)}, ratio ${(total / parse).toFixed(2)} (goal <= 1.5)`);
  const two = median(twoMs);
  console.log(`  audit, --jobs 2 (warm workers) ${two.toFixed(0)} ms, ratio ${(two / parse).toFixed(2)}`);
  if (values.cli) {
    const cli = (jobs) => timedCli(root, jobs);
    const [one, auto, pair] = [await cli("1"), await cli("auto"), await cli("2")];
    console.log(`  CLI, new process (includes start-up): --jobs 1 ${one.toFixed(0)} ms, default ${auto.toFixed(0)} ms, --jobs 2 ${pair.toFixed(0)} ms`);
  }
  if (values.analyzers) {
    const costs = analyzerCosts(loaded.files);
    console.log(`  engine parse ${costs.parseMs} ms, bare traversal ${costs.traverseMs} ms, walk with all analyzers (timed) ${costs.allMs} ms; time in each analyzer:`);
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
