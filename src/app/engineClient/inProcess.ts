// The engine's host on the page's own thread, for unit tests (Node has no module workers): each
// request and answer is copied by the structured clone, as between a page and its worker, and
// arrives in a later task, so tests see the same asynchrony and the same plain data.
import { createEngineHost } from './engineHost.ts';
import type { Transport } from './connection.ts';
import type { Reply } from './protocol.ts';

export function inProcessTransport(): Transport {
  let deliver: (reply: Reply) => void = () => {};
  let closed = false;
  const host = createEngineHost((reply) => {
    const copy = structuredClone(reply);
    setTimeout(() => {
      if (!closed) deliver(copy);
    }, 0);
  });
  return {
    send(request) {
      const copy = structuredClone(request);
      setTimeout(() => {
        if (!closed) host(copy);
      }, 0);
    },
    listen(reply) {
      deliver = reply;
    },
    close() {
      closed = true;
    },
  };
}
