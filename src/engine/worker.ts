import { parentPort } from "node:worker_threads";
import { ALL_ANALYZERS } from "../analyzers/index.js";
import { runBatch } from "./batches.js";
import type { BatchRequest, WorkerMessage } from "./pool.js";

// Worker thread entry: analyzes the batches the main thread sends, with the default analyzers.
const port = parentPort;
if (port) {
  port.on("message", (request: BatchRequest) => {
    let reply: WorkerMessage;
    try {
      reply = { type: "done", run: request.run, id: request.id, ...runBatch(request.files, ALL_ANALYZERS) };
    } catch (error) {
      reply = { type: "failed", run: request.run, id: request.id, message: String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
