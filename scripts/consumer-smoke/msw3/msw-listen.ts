// msw 3's name for the guard that fails an unmatched request (msw 2 called it onUnhandledRequest).
import type { setupServer } from 'msw/node';

export function listenStrictly(server: ReturnType<typeof setupServer>): void {
  server.listen({ onUnhandledFrame: 'error' });
}
