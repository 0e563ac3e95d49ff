import type { CallRecord } from '../glossary.js';
import { BuiltManifest, storedManifest } from '../state/manifest-info.js';

/** A PutImage input whose manifest text the log keeps as the recipe that built it (see {@link CallLog.push}). */
type CompactInput = { imageManifest: BuiltManifest };

const isCompact = (input: unknown): input is CompactInput =>
  typeof input === 'object' &&
  input !== null &&
  (input as { imageManifest?: unknown }).imageManifest instanceof BuiltManifest;

/**
 * The call log behind `sim.calls`: keeps the most recent `limit` records, oldest first. Appending is O(1)
 * amortised (the dropped head is compacted away in bulk), so a 100k-call run costs the same per call as a short one.
 * A record of PutImage whose manifest `manifests.image` built (every `sim.pushImage`) keeps the recipe of the
 * text (~70 bytes) until the log is read, not the ~600-byte text: what `sim.calls` shows is the same.
 * @internal
 */
export class CallLog {
  private records: CallRecord[] = [];
  private head = 0;

  constructor(private readonly limit: number) {}

  /** False when the log keeps nothing, so callers can skip building a record. */
  get enabled(): boolean {
    return this.limit > 0;
  }

  /**
   * @param ownsInput - the record's input is the call's own copy, which nobody else reads any more (the operation
   *   has run): a PutImage manifest in it may be swapped for its recipe
   */
  push(record: CallRecord, ownsInput = false): void {
    if (!this.enabled) return;
    if (ownsInput && record.operation === 'PutImage') {
      const input = record.input as { imageManifest?: unknown };
      if (typeof input.imageManifest === 'string') {
        const stored = storedManifest(input.imageManifest);
        // The same member in the same place: the key order `sim.calls` shows does not change.
        if (stored !== input.imageManifest) (input as CompactInput).imageManifest = stored as BuiltManifest;
      }
    }
    this.records.push(record);
    if (this.records.length - this.head > this.limit) this.head++;
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records = this.records.slice(this.head);
      this.head = 0;
    }
  }

  list(): CallRecord[] {
    const records = this.records;
    for (let i = this.head; i < records.length; i++) {
      const record = records[i]!;
      // Read once, kept: later reads see the very same record objects.
      if (isCompact(record.input))
        records[i] = {
          ...record,
          input: { ...record.input, imageManifest: record.input.imageManifest.text },
        } as CallRecord;
    }
    return records.slice(this.head);
  }
}
