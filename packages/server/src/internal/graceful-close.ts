import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Runs `fn` after at least one full poll phase of the event loop: two check phases apart. */
function afterNextPoll(fn: () => void): void {
  setImmediate(() => setImmediate(fn));
}

/**
 * @internal Makes `server.close()` graceful on every Node version and returns the stop function.
 *
 * `server.close()` calls `closeIdleConnections()` at once, and since Node 26 (nodejs/node#63470) that also
 * destroys a connection whose first request head has not been parsed yet; closing the listener at once also
 * resets connections still waiting in the kernel's accept queue. A request whose bytes have arrived but are not
 * read yet is then lost and the client sees a reset. So the stop:
 * 1. calls `onClosing` (the caller turns keep-alive off: every answer from then on closes its connection);
 * 2. after one poll phase, in which Node accepts every connection that reached the kernel before the stop,
 *    closes the listener: new connections are refused;
 * 3. after one more, in which Node reads and starts parsing every byte that had arrived, closes the idle
 *    connections (between requests, or connected without sending a byte), on Node 22 and 24 as on 26. Each
 *    connection with a request on the way is busy by then and gets its answer;
 * 4. cuts whatever is still open `graceMs` after the stop began, so the stop finishes within its timeout.
 *
 * It refuses no request that has started to arrive: that one is answered, with `Connection: close`.
 */
export function gracefulClose(server: Server, graceMs: number, onClosing: () => void): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const closeIdleNow = server.closeIdleConnections.bind(server);
  let stopping = false;
  // server.close() calls this at once; while stopping, step 3 calls Node's own one a poll phase later.
  server.closeIdleConnections = () => {
    if (!stopping) closeIdleNow();
  };
  let closed: Promise<void> | undefined;
  return () => {
    closed ??= new Promise<void>((resolve, reject) => {
      stopping = true;
      onClosing();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      force.unref();
      afterNextPoll(() => {
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        afterNextPoll(() => {
          closeIdleNow();
          // Connected but silent: nothing has started to arrive, so there is nothing to answer.
          for (const socket of sockets) if (socket.bytesRead === 0) socket.destroy();
        });
      });
    });
    return closed;
  };
}
