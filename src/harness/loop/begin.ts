import type { Session } from "../session/session.js";

/**
 * Opens the journal's account of this run: reports a torn tail that was cut, marks a resume, and starts the
 * conversation if no event of it survived (a crash can come before the first line is written).
 */
export async function beginRun(session: Session, resumed: boolean, model: string, tools: readonly string[]): Promise<void> {
  if (session.repairedBytes > 0) await session.emit({ type: "journal_repaired", droppedBytes: session.repairedBytes, reason: "torn last line dropped" });
  if (resumed) await session.emit({ type: "session_resumed", events: session.priorEvents });
  if (session.state.messages.length > 0) return;
  const c = session.config;
  await session.emit({ type: "session_started", task: c.task, model, mode: c.mode, role: c.role, depth: c.depth, tools: [...tools] });
}
