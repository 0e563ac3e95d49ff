/** The events `sim.events` holds (rules L8, E34–E36). Part of the public vocabulary (../glossary.ts re-exports it). */
import type { FindingSeverity } from '@ecr-scan-sim/model';

/** @public An EventBridge-like "ECR Image Scan" event (rule L8). */
export interface ScanCompletedEvent {
  version: '0';
  'detail-type': 'ECR Image Scan';
  source: 'aws.ecr';
  account: string;
  region: string;
  /** ISO time of completion. */
  time: string;
  resources: string[];
  detail: {
    'scan-status': string;
    'repository-name': string;
    'image-digest': string;
    'image-tags': string[];
    'finding-severity-counts': Partial<Record<FindingSeverity, number>>;
  };
}

/**
 * @public An EventBridge-like "Inspector2 Scan" event (rule E34): once per image when its first enhanced scan has
 * results. `repository-name` is the repository ARN, as Inspector sends it.
 */
export interface Inspector2ScanEvent {
  version: '0';
  'detail-type': 'Inspector2 Scan';
  source: 'aws.inspector2';
  account: string;
  region: string;
  time: string;
  resources: string[];
  detail: {
    'scan-status': 'INITIAL_SCAN_COMPLETE';
    'repository-name': string;
    'image-digest': string;
    'image-tags': string[];
    /** Exactly CRITICAL, HIGH, MEDIUM and TOTAL (all findings), zeros included. */
    'finding-severity-counts': { CRITICAL: number; HIGH: number; MEDIUM: number; TOTAL: number };
    version: '1.0';
  };
}

/**
 * @public An EventBridge-like "Inspector2 Finding" event (rule E35): one per enhanced finding when it is first observed.
 * `detail` is in Inspector's `Finding` shape (`inspectorScore`, `inspectorScoreDetails.adjustedCvss`,
 * `remediation.recommendation.Url`), not ECR's.
 */
export interface Inspector2FindingEvent {
  version: '0';
  'detail-type': 'Inspector2 Finding';
  source: 'aws.inspector2';
  account: string;
  region: string;
  time: string;
  /** The image ARN: `arn:aws:ecr:<region>:<account>:repository/<name>/sha256:<digest>`. */
  resources: string[];
  detail: Record<string, unknown>;
}

/** @public An EventBridge-like "ECR Scan Resource Change" event (rule E36): repositories whose ENHANCED frequency changed. */
export interface ScanResourceChangeEvent {
  version: '0';
  'detail-type': 'ECR Scan Resource Change';
  source: 'aws.ecr';
  account: string;
  region: string;
  time: string;
  resources: string[];
  detail: {
    'action-type': 'SCAN_FREQUENCY_CHANGE';
    repositories: Array<{
      'repository-name': string;
      'repository-arn': string;
      'scan-frequency': string;
      'previous-scan-frequency': string;
    }>;
    'resource-type': 'REPOSITORY';
    'scan-type': 'ENHANCED';
  };
}

/** @public Every event `sim.events` holds, told apart by `detail-type`. */
export type SimulatorEvent =
  | ScanCompletedEvent
  | Inspector2ScanEvent
  | Inspector2FindingEvent
  | ScanResourceChangeEvent;
