/** Example, demo and sample folders: code that shows users how to persist, not what the project itself does. */
const EXAMPLE_DIR = /(?:^|\/)(?:examples?|demos?|samples?|playground|cookbook|templates?)\//i;

/**
 * The signal a persistence fact earns: its own signal in the project's code, `example-state` in examples
 * (which can make the pillar partial, never present; SDKs ship a FileSession example, not a session store).
 */
export function persistenceSignal(file: string, signal: string): string {
  return EXAMPLE_DIR.test(file) ? "example-state" : signal;
}
