/** A failure the model should see as an error tool result (bad path, missing text); anything else is a harness bug. */
export class ToolError extends Error {
  override readonly name = "ToolError";
}
