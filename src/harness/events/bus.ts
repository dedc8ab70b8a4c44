import type { HarnessEvent } from "./events.js";

/** Something that wants every event: the journal, the terminal view, a JSON Lines stream, a test. */
export type Subscriber = (event: HarnessEvent) => void | Promise<void>;

/** Delivers each event to every subscriber in order; the journal subscriber is awaited so it is durable first. */
export class EventBus {
  readonly #subscribers: Subscriber[] = [];

  subscribe(subscriber: Subscriber): void {
    this.#subscribers.push(subscriber);
  }

  async emit(event: HarnessEvent): Promise<void> {
    for (const s of this.#subscribers) await s(event);
  }
}
