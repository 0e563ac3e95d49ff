import type { IncomingMessage } from 'node:http';

/** @internal Outcome of reading a request body under a size limit. */
export type BodyResult = { ok: true; body: string } | { ok: false; tooLarge: true; drained: boolean };

/** Past this many bytes an oversized body is no longer drained: the connection is closed instead. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * @internal Reads a request body as UTF-8, up to `limit` bytes. An oversized body is drained and discarded
 * (so the keep-alive connection stays usable and the client sees the 413 instead of a reset) unless it runs
 * past 64 MiB, in which case `drained` is false and the caller closes the connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    let settled = false;
    if (over && declared > DRAIN_LIMIT_BYTES) {
      resolve({ ok: false, tooLarge: true, drained: false });
      return;
    }
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    function onData(chunk: Buffer): void {
      size += chunk.length;
      if (!over && size > limit) over = true;
      if (over) {
        chunks.length = 0;
        if (size > DRAIN_LIMIT_BYTES) {
          req.pause();
          finish({ ok: false, tooLarge: true, drained: false });
        }
        return;
      }
      chunks.push(chunk);
    }
    req.on('data', onData);
    req.once('end', () =>
      finish(
        over
          ? { ok: false, tooLarge: true, drained: true }
          : {
              ok: true,
              // Most bodies arrive in one chunk: decode it without copying it into a new buffer first.
              body: (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8'),
            },
      ),
    );
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    req.once('error', fail);
    // Every request closes, most of them after their body was read: the error (and its stack trace, ~10 µs) is
    // made only for a body cut short.
    req.once('close', () => {
      if (!settled) fail(new Error('[ecr-scan-sim] the client closed the connection mid-request'));
    });
  });
}
