/** A failure the model should see as an error tool result (bad path, missing text); anything else is a harness bug. */
export class ToolError extends Error {
  override readonly name = "ToolError";
}

/** The errno code of a file system error (ENOENT, EISDIR...), which says enough without leaking absolute paths. */
export function errorCode(error: unknown): string {
  const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" ? code : "failed";
}
