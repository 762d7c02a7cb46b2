// The engine's worker: the simulated cluster runs here, off the page's main thread, so a long
// command (a 10,000-request load, a thousand objects applied, a cluster dump read) never freezes
// the page. Requests are answered in order (engineHost.ts).
import { createEngineHost } from './engineHost.ts';
import type { Reply, Request } from './protocol.ts';

/** The worker's global scope, as much of it as this file uses (the DOM types describe a window). */
const scope = self as unknown as {
  postMessage(message: Reply): void;
  onmessage: ((event: MessageEvent<Request>) => void) | null;
};

const answer = createEngineHost((reply) => scope.postMessage(reply));
scope.onmessage = (event) => answer(event.data);
