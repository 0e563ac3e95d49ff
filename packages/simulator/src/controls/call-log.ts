import type { OperationName } from '@ecr-scan-sim/model';
import type { CallRecord } from '../glossary.js';
import { BuiltManifest, storedManifest } from '../state/manifest-info.js';
import { callRecord } from './calls.js';

/** A PutImage input whose manifest text the log keeps as the recipe that built it (see {@link CallLog.push}). */
type CompactInput = { imageManifest: BuiltManifest };

const isCompact = (input: unknown): input is CompactInput =>
  typeof input === 'object' &&
  input !== null &&
  (input as { imageManifest?: unknown }).imageManifest instanceof BuiltManifest;

/**
 * The call log behind `sim.calls`: keeps the most recent `limit` records, oldest first. Appending is O(1)
 * amortised (the dropped head is compacted away in bulk), so a 100k-call run costs the same per call as a short one.
 *
 * Nearly every record is an accepted ECR call, and every record lives for `limit` calls, long enough for the
 * garbage collector to copy it twice: such a call is kept as four slots of parallel arrays (operation, input,
 * region, time; the times unboxed), and becomes a record object only when `sim.calls` is read (once: later reads
 * see the same objects). A record of PutImage whose manifest `manifests.image` built (every `sim.pushImage`) keeps
 * the recipe of the text (~70 bytes) until then, not the ~600-byte text. What `sim.calls` shows is the same.
 * @internal
 */
export class CallLog {
  /** Per entry: the record, once it exists (always for refused and Inspector2 calls). */
  private records: (CallRecord | undefined)[] = [];
  private operations: (OperationName | undefined)[] = [];
  private inputs: unknown[] = [];
  private regions: (string | undefined)[] = [];
  /** Only numbers: V8 keeps them unboxed. */
  private ats: number[] = [];
  private head = 0;

  constructor(private readonly limit: number) {}

  /** False when the log keeps nothing, so callers can skip building a record. */
  get enabled(): boolean {
    return this.limit > 0;
  }

  /** Logs a record as it is. */
  push(record: CallRecord): void {
    if (!this.enabled) return;
    this.append(record, undefined, undefined, undefined, record.at);
  }

  /**
   * Logs an accepted ECR call without making its record yet.
   * @param ownsInput - the input is the call's own copy, which nobody else reads any more (the operation has run):
   *   a PutImage manifest in it may be swapped for its recipe
   */
  pushAccepted(
    operation: OperationName,
    input: unknown,
    region: string,
    at: number,
    ownsInput: boolean,
  ): void {
    if (!this.enabled) return;
    if (ownsInput && operation === 'PutImage') {
      const put = input as { imageManifest?: unknown };
      if (typeof put.imageManifest === 'string') {
        const stored = storedManifest(put.imageManifest);
        // The same member in the same place: the key order `sim.calls` shows does not change.
        if (stored !== put.imageManifest) (put as CompactInput).imageManifest = stored as BuiltManifest;
      }
    }
    this.append(undefined, operation, input, region, at);
  }

  private append(
    record: CallRecord | undefined,
    operation: OperationName | undefined,
    input: unknown,
    region: string | undefined,
    at: number,
  ): void {
    this.records.push(record);
    this.operations.push(operation);
    this.inputs.push(input);
    this.regions.push(region);
    this.ats.push(at);
    if (this.records.length - this.head > this.limit) {
      // Dropped: release what the slot holds now, not at the next compaction.
      this.records[this.head] = undefined;
      this.inputs[this.head] = undefined;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records = this.records.slice(this.head);
      this.operations = this.operations.slice(this.head);
      this.inputs = this.inputs.slice(this.head);
      this.regions = this.regions.slice(this.head);
      this.ats = this.ats.slice(this.head);
      this.head = 0;
    }
  }

  list(): CallRecord[] {
    const records = this.records;
    for (let i = this.head; i < records.length; i++) {
      if (records[i] !== undefined) continue;
      const input = this.inputs[i];
      records[i] = callRecord(
        this.operations[i]!,
        isCompact(input) ? { ...input, imageManifest: input.imageManifest.text } : input,
        this.regions[i]!,
        this.ats[i]!,
        undefined,
      );
      // The record holds the input now.
      this.inputs[i] = undefined;
    }
    return records.slice(this.head) as CallRecord[];
  }
}
