// @ecr-scan-sim/simulator. Export by name only.

// --- clocks ---
export { FakeClock } from './clock/fake-clock.js';
export { parseDuration } from './clock/parse-duration.js';
export { systemClock } from './clock/system-clock.js';
// --- the simulator ---
export { createSimulator } from './create-simulator.js';
// --- contract ---
export type {
  AccountWindowView,
  ActiveFaultView,
  CallContext,
  CallRecord,
  Clock,
  EcrCallRecord,
  EcrFaultSpec,
  EcrSimulator,
  EnhancedFeedOptions,
  EnhancedOptions,
  EnhancedOptionsInput,
  FaultHandle,
  FaultSpec,
  ImageProfile,
  ImageRef,
  ImageScanView,
  ImageWindowView,
  Inspector2CallRecord,
  Inspector2FaultSpec,
  Inspector2FindingEvent,
  Inspector2ScanEvent,
  Inspector2Simulator,
  PushImageInput,
  QuotaOptions,
  ReadOnlyOperationName,
  ResolvedSimulatorOptions,
  ScanCompletedEvent,
  ScanResourceChangeEvent,
  SimulatorEvent,
  SimulatorInspector,
  SimulatorOptions,
  SimulatorSnapshot,
} from './glossary.js';
export { manifests } from './manifests.js';
