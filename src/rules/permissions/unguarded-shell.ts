import { defineRule } from "../../engine/rule.js";
import { flowSummaries, shellFlow, sinkFacts } from "../../analyzers/tools/shell-flow.js";
import { codeAgentRuns } from "../../analyzers/observe/code-agent-runs.js";
import { centralGates } from "../../analyzers/tools/queries.js";
import { resolveToolFlows } from "../../analyzers/tools/summaries.js";

/**
 * Hazard: model-chosen input reaches a shell, an evaluator, or the choice of program, with no
 * permission check on the way. A fixed program given model-chosen arguments without a shell
 * (execFile("git", ["log", path])) is not reported: the model cannot chain, substitute or redirect.
 */
export default defineRule({
  id: "permissions/unguarded-shell",
  pillar: "permissions",
  severity: "error",
  kind: "hazard",
  meta: {
    title: "Model-chosen command reaches a shell unguarded",
    description:
      "Finds a tool whose model-chosen input flows (through locals and helpers, across files) into exec, spawn with a shell, eval, new Function or vm, with no approval, permission check or validation before it and no approval mechanism governing the tool.",
    rationale:
      "One injected instruction in a file, web page or tool result can make the model run any command with the agent's privileges: exfiltrate secrets, delete data, install malware.",
    references: ["LLM06", "ASI02", "ASI05"],
    recommendation:
      "Put a permission decision in front of the shell tool: parse the command, deny dangerous programs, substitution and redirection, and ask the user for anything not allowed by a rule.",
  },
  messages: {
    unguarded: "tool {{tool}} passes model-chosen {{param}} to {{callee}} with no permission check on the way",
    bypassed:
      "the Claude Agent SDK runs with permissions bypassed and its Bash tool available: every command the model picks runs unchecked",
    preApproved:
      "the Claude Agent SDK lists plain Bash in allowedTools, which approves every command in advance, and no PreToolUse hook checks Bash",
    readOnly:
      "tool {{tool}} is declared read-only, which permission gates let through unasked, yet passes model-chosen {{param}} to {{callee}}",
  },
  detect(ctx) {
    // A central gate before every tool call covers the tools, except those that declare themselves
    // read-only: gates auto-allow those (Claude Code, gemini-cli, Continue), so a shell inside one is unchecked.
    const governedCentrally = centralGates(ctx).length > 0;
    // A packaged agent told to skip its own permission prompts runs its shell tool on the model's word.
    for (const r of ctx.facts(codeAgentRuns)) {
      if (r.gated || !r.shell) continue;
      if (r.bypass) ctx.report({ messageId: "bypassed", data: {}, file: r.file, line: r.line });
      else if (r.bashPreApproved) ctx.report({ messageId: "preApproved", data: {}, file: r.file, line: r.line });
    }
    for (const s of sinkFacts(ctx.facts(shellFlow))) {
      // Examples and docs demonstrate an SDK; the hazard is about the tools a codebase ships.
      if (!s.modelReachable || s.guard || s.governed) continue;
      if (s.kind === "program" && s.fixedProgram !== undefined) continue;
      if (governedCentrally && !s.readOnlyTool) continue;
      const data = { tool: s.tool ?? "a tool", param: s.param ?? "input", callee: s.callee };
      ctx.report({ messageId: governedCentrally ? "readOnly" : "unguarded", data, file: s.file, line: s.line });
    }
    if (governedCentrally) return;
    // Flows that cross files: the tool's handler passes its input to a function another file defines.
    // A helper that several files call (`execCommand` in utils/exec.ts) is reported where each tool calls it:
    // that is where the gate belongs, and one line in the helper would hide which tools reach it.
    const flows = resolveToolFlows(flowSummaries(ctx.facts(shellFlow)));
    const callers = new Map<string, Set<string>>();
    for (const { edge, sink } of flows) {
      const at = `${sink.sinkFile}:${sink.sinkLine}`;
      callers.set(at, (callers.get(at) ?? new Set()).add(edge.file));
    }
    const seen = new Set<string>();
    for (const { edge, sink } of flows) {
      if (!("tool" in edge.source)) continue;
      const at = `${sink.sinkFile}:${sink.sinkLine}`;
      const shared = (callers.get(at)?.size ?? 0) > 1;
      const key = shared ? `${edge.file}:${edge.line}` : `${at}:${edge.source.tool}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const data = shared
        ? { tool: edge.source.tool, param: `input (through ${edge.target}, which runs it at ${at})`, callee: sink.callee }
        : { tool: edge.source.tool, param: `input (via ${edge.target} from ${edge.file}:${edge.line})`, callee: sink.callee };
      ctx.report({ messageId: "unguarded", data, ...(shared ? { file: edge.file, line: edge.line } : { file: sink.sinkFile, line: sink.sinkLine }) });
    }
  },
});
