import { parentPort } from 'node:worker_threads';
import { forceLayout, type LayoutInput } from './force-layout.ts';

/** The worker thread of layout-service.ts: one layout per message, answered with the same id. */
parentPort?.on('message', (message: { id: number; input: LayoutInput }) => {
  try {
    parentPort?.postMessage({ id: message.id, positions: forceLayout(message.input) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
