import type { SimulatorSnapshot } from '@ecr-scan-sim/simulator';
import { serializeSnapshot, writeSnapshotFile } from '../internal/snapshot-file.js';

/** @internal How `--persist` keeps the snapshot file current. */
export interface SnapshotPersister {
  /** Something may have changed: the file is written within `delayMs`, however many changes follow. */
  changed(): void;
  /** Writes now (after any write under way) and stops the timer; resolves when the file is on disk. */
  flush(): Promise<void>;
}

/**
 * @internal Writes `take()` to `file` at most `delayMs` after a change (a throttle, not a pure debounce: a server
 * that changes without pause is still written every `delayMs`), one write at a time, each atomic. A write whose
 * text equals the last one written is skipped. A failed write is reported to `onError` and retried on the next
 * change; `flush()` rejects with it.
 */
export function createSnapshotPersister(
  file: string,
  take: () => SimulatorSnapshot,
  options: { delayMs: number; onError: (error: unknown) => void },
): SnapshotPersister {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let lastWritten: string | undefined;

  const write = () => {
    timer = undefined;
    // After the previous write, whatever its outcome (it was reported already).
    writing = writing
      .catch(() => undefined)
      .then(async () => {
        const text = serializeSnapshot(take());
        if (text === lastWritten) return;
        await writeSnapshotFile(file, text);
        lastWritten = text;
      });
    return writing;
  };

  return {
    changed() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        write().catch(options.onError);
      }, options.delayMs);
      // A pending write must not keep the process alive on its own; flush() runs it on every clean stop.
      timer.unref();
    },
    async flush() {
      clearTimeout(timer);
      await write();
    },
  };
}
