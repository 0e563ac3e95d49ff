import { HttpNetworkFrame } from 'msw/experimental';

/**
 * msw 3's `onUnhandledFrame` (msw 2 calls it onUnhandledRequest and passes the Request itself) that records each
 * unmatched HTTP request as "METHOD url" in `unhandled`, so a test can assert nothing escaped its handlers.
 */
export function recordUnhandled(unhandled: string[]) {
  return {
    onUnhandledFrame: ({ frame }: { frame: unknown }) => {
      if (frame instanceof HttpNetworkFrame)
        unhandled.push(`${frame.data.request.method} ${frame.data.request.url}`);
    },
  };
}
