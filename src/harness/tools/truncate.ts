/** Largest tool result sent to the model, in characters; the rest is cut with a note saying so. */
export const RESULT_CAP = 16_000;

/** Cuts a tool result over the cap, keeping its head and tail and saying how much was dropped. */
export function capResult(text: string, cap = RESULT_CAP): string {
  if (text.length <= cap) return text;
  const keep = Math.floor(cap / 2);
  const dropped = text.length - 2 * keep;
  return `${text.slice(0, keep)}\n[... ${dropped} characters cut: result over the ${cap}-character cap ...]\n${text.slice(-keep)}`;
}
