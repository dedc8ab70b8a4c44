import { inputJsonSchema, type Tool } from "./define-tool.js";

/** The JSON a tool is described by, to the model and to `plumbline harness tools`. */
export interface ToolDescription {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  risk: Tool["risk"];
  readOnly: boolean;
  idempotent: boolean;
  concurrencySafe: boolean;
  source: Tool["source"];
}

/** One place every tool is registered; dispatch looks tools up here, never by a switch on names. */
export class ToolRegistry {
  readonly #tools = new Map<string, Tool>();

  constructor(tools: readonly Tool[] = []) {
    for (const tool of tools) this.register(tool);
  }

  /** Adds a tool; registering a name twice is a bug and throws. */
  register(tool: Tool): void {
    if (this.#tools.has(tool.name)) throw new Error(`tool registered twice: ${tool.name}`);
    this.#tools.set(tool.name, tool);
  }

  get(name: string): Tool | undefined {
    return this.#tools.get(name);
  }

  list(): Tool[] {
    return [...this.#tools.values()];
  }

  /** A registry holding only the tools the predicate keeps (by role, by mode). */
  filter(keep: (tool: Tool) => boolean): ToolRegistry {
    return new ToolRegistry(this.list().filter(keep));
  }

  describe(): ToolDescription[] {
    return this.list().map((t) => ({
      name: t.name,
      description: t.description,
      input_schema: inputJsonSchema(t),
      risk: t.risk,
      readOnly: t.readOnly,
      idempotent: t.idempotent,
      concurrencySafe: t.concurrencySafe,
      source: t.source,
    }));
  }
}
