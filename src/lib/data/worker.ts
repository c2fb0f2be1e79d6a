/**
 * The dataset worker: validation and indexing off the page's thread, so the page keeps answering
 * while a large file is checked. One worker per load; the page terminates it to cancel.
 */
import { runLoad, type LoadRequest } from './loadJob';

const scope = self as unknown as { onmessage: ((e: MessageEvent<LoadRequest>) => void) | null; postMessage: (m: unknown, t?: Transferable[]) => void };

scope.onmessage = (e) => {
  void runLoad(e.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
