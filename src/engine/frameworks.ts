import type { PackageManifest } from "../loader/types.js";

/** An agent framework recognised from package.json dependencies, as knip enables its plugins. */
export interface Framework {
  id: string;
  name: string;
  packages: readonly string[];
}

/** Frameworks Plumbline recognises. A framework counts as pillar evidence only where code uses the feature. */
export const FRAMEWORKS: readonly Framework[] = [
  { id: "vercel-ai", name: "Vercel AI SDK", packages: ["ai", "@ai-sdk/provider-utils"] },
  { id: "openai-agents", name: "OpenAI Agents SDK", packages: ["@openai/agents", "@openai/agents-core"] },
  { id: "claude-agent-sdk", name: "Claude Agent SDK", packages: ["@anthropic-ai/claude-agent-sdk", "@anthropic-ai/claude-code"] },
  { id: "mcp", name: "MCP SDK", packages: ["@modelcontextprotocol/sdk"] },
  { id: "langgraph", name: "LangGraph.js", packages: ["@langchain/langgraph"] },
  { id: "mastra", name: "Mastra", packages: ["@mastra/core"] },
  { id: "langchain", name: "LangChain.js", packages: ["langchain", "@langchain/core"] },
  { id: "anthropic-sdk", name: "Anthropic SDK", packages: ["@anthropic-ai/sdk"] },
  { id: "openai-sdk", name: "OpenAI SDK", packages: ["openai"] },
  { id: "google-genai", name: "Google Gen AI SDK", packages: ["@google/genai", "@google/generative-ai"] },
];

/** A framework found in the target, with the manifest that declares it. */
export interface DetectedFramework {
  id: string;
  name: string;
  manifest: string;
}

/** Frameworks declared by any manifest of the target, once each. */
export function detectFrameworks(manifests: readonly PackageManifest[]): DetectedFramework[] {
  const found: DetectedFramework[] = [];
  for (const fw of FRAMEWORKS) {
    const m = manifests.find((man) => fw.packages.some((p) => man.dependencies.includes(p) || man.name === p));
    if (m) found.push({ id: fw.id, name: fw.name, manifest: m.path });
  }
  return found;
}
