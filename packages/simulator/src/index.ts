// @ecr-scan-sim/simulator. Export by name only.
export type {
  CallContext,
  CallRecord,
  Clock,
  EcrSimulator,
  FaultHandle,
  FaultSpec,
  ImageProfile,
  ImageRef,
  PushImageInput,
  QuotaOptions,
  ResolvedSimulatorOptions,
  ScanCompletedEvent,
  SimulatorOptions,
  SimulatorSnapshot,
} from './glossary.js';
