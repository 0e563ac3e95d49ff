import type { EcrSimulator, ScanCompletedEvent } from '../glossary.js';

/** The "ECR Image Scan" events of `sim.events` (rule L8), typed. */
export function basicEvents(sim: Pick<EcrSimulator, 'events'>): ScanCompletedEvent[] {
  return sim.events.filter((e): e is ScanCompletedEvent => e['detail-type'] === 'ECR Image Scan');
}
