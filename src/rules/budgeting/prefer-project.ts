const EXAMPLE_DIR = /(?:^|\/)(?:examples?|demos?|samples?|playground|cookbook|templates?|internal\/bench|bench(?:mark)?s?)\//i;

/** The items found in the project's own code, or the example ones when that is all there is (evidence shows real code first). */
export function preferProject<T extends { file: string }>(items: readonly T[]): readonly T[] {
  const own = items.filter((i) => !EXAMPLE_DIR.test(i.file));
  return own.length > 0 ? own : items;
}
