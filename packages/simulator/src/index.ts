// @ecr-scan-sim/simulator. Export by name only.

// --- clocks ---
export { FakeClock } from './clock/fake-clock.js';
export { parseDuration } from './clock/parse-duration.js';
export { systemClock } from './clock/system-clock.js';
// --- the simulator ---
export { createSimulator } from './create-simulator.js';
// --- contract ---
export type {
  CallContext,
  CallRecord,
  Clock,
  EcrSimulator,
  EnhancedFeedOptions,
  EnhancedOptions,
  EnhancedOptionsInput,
  FaultHandle,
  FaultSpec,
  ImageProfile,
  ImageRef,
  Inspector2FindingEvent,
  Inspector2ScanEvent,
  PushImageInput,
  QuotaOptions,
  ResolvedSimulatorOptions,
  ScanCompletedEvent,
  ScanResourceChangeEvent,
  SimulatorEvent,
  SimulatorOptions,
  SimulatorSnapshot,
} from './glossary.js';
export { manifests } from './manifests.js';
