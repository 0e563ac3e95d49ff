import type { CallRecord } from '../glossary.js';

/**
 * The call log behind `sim.calls`: keeps the most recent `limit` records, oldest first. Appending is O(1)
 * amortised (the dropped head is compacted away in bulk), so a 100k-call run costs the same per call as a short one.
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

  push(record: CallRecord): void {
    if (!this.enabled) return;
    this.records.push(record);
    if (this.records.length - this.head > this.limit) this.head++;
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records = this.records.slice(this.head);
      this.head = 0;
    }
  }

  list(): CallRecord[] {
    return this.records.slice(this.head);
  }
}
