import { EXIT, PlumblineError } from "./plumbline-error.js";

/** Bad command-line usage or arguments. */
export class UsageError extends PlumblineError {
  override readonly name = "UsageError";
  constructor(message: string) {
    super(message, "usage", EXIT.usage);
  }
}
