import { z } from "zod";

/** Risk tier of a tool: what the worst call can do. */
export type RiskTier = "read" | "write" | "execute" | "network";

/** What a handler may use: the confined workspace, an abort signal, and (for spawn) a way to run a sub-agent. */
export interface ToolContext {
  readonly workspace: string;
  readonly signal: AbortSignal;
  /** Resolves a path the model gave against the workspace; the permission engine has already checked it. */
  resolvePath(path: string): string;
  /** Runs a sub-agent; only present where spawning is allowed. */
  readonly spawn?: (role: string, task: string) => Promise<string>;
}

/** What a tool declares, before any handler runs. Every flag left out takes the unsafe reading. */
export interface ToolSpec<I extends z.ZodType> {
  name: string;
  description: string;
  input: I;
  output?: z.ZodType<string>;
  risk: RiskTier;
  readOnly?: boolean;
  idempotent?: boolean;
  concurrencySafe?: boolean;
  source?: "built-in" | "plugin";
  /** Which input field names a file path, for workspace confinement and path rules. */
  pathField?: string;
  /** Which input field is the permission subject, matched by rules such as `shell(npm test*)`. */
  subjectField?: string;
  handler: (input: z.infer<I>, ctx: ToolContext) => Promise<string>;
}

/** A registered tool: its declaration with every default filled in, fail closed. */
export interface Tool {
  readonly name: string;
  readonly description: string;
  readonly input: z.ZodType;
  readonly output: z.ZodType<string>;
  readonly risk: RiskTier;
  readonly readOnly: boolean;
  readonly idempotent: boolean;
  readonly concurrencySafe: boolean;
  readonly source: "built-in" | "plugin";
  readonly pathField: string | undefined;
  readonly subjectField: string | undefined;
  run(input: unknown, ctx: ToolContext): Promise<string>;
}

const TOOL_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Builds a tool from its declaration; defaults fail closed (not read-only, not idempotent, not concurrency-safe). */
export function defineTool<I extends z.ZodType>(spec: ToolSpec<I>): Tool {
  if (!TOOL_NAME.test(spec.name)) throw new Error(`tool name must be snake_case: ${spec.name}`);
  const readOnly = spec.readOnly ?? false;
  if (readOnly && spec.risk !== "read") throw new Error(`tool ${spec.name}: only a read-tier tool can be read-only`);
  return {
    name: spec.name,
    description: spec.description,
    input: spec.input,
    output: spec.output ?? z.string(),
    risk: spec.risk,
    readOnly,
    idempotent: spec.idempotent ?? false,
    concurrencySafe: spec.concurrencySafe ?? false,
    source: spec.source ?? "plugin",
    pathField: spec.pathField,
    subjectField: spec.subjectField ?? spec.pathField,
    run: async (input, ctx) => spec.handler(spec.input.parse(input), ctx),
  };
}

/** The JSON Schema the model sees for a tool's input. */
export function inputJsonSchema(tool: Tool): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(tool.input);
  return schema;
}
