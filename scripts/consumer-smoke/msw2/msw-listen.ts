// msw 2's name for the guard that fails an unmatched request (msw 3 renamed it onUnhandledFrame).
import type { setupServer } from 'msw/node';

export function listenStrictly(server: ReturnType<typeof setupServer>): void {
  server.listen({ onUnhandledRequest: 'error' });
}
