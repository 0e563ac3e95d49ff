import { statusDescriptions } from '@ecr-scan-sim/model';
import { type EnhancedView, enhancedViewAt } from '../enhanced/enhanced-view.js';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import { rescanMsOf } from './inspector-configuration.js';
import { imageStatusAt, type ScanView, scanViewAt } from './scan-view.js';
import type { ImageState, RegistryState } from './types.js';

/** @internal What an image's scan shows once the registry's scan type is taken into account. */
export type ShownScan =
  | (ScanView & { scanType: 'BASIC' })
  | (EnhancedViewOrArchived & { scanType: 'ENHANCED' });

/** @internal An enhanced view, or IMAGE_ARCHIVED with the enhanced findings last seen (rule E31). */
export type EnhancedViewOrArchived = Omit<EnhancedView, 'scan'> & { scan?: EnhancedView['scan'] };

/**
 * The one answer to "which scan status does this image show", for DescribeImageScanFindings, the CLAIR listing
 * (rule N1) and events. An archived or restoring image shows IMAGE_ARCHIVED whatever the scan type (A3, E31), with the
 * findings of its scanner; otherwise a BASIC registry shows the basic scan view (L1–L7, Q5, Q6) and an ENHANCED one
 * the enhanced view (E3–E13). `undefined`: ScanNotFoundException (L5, E3, E4).
 * @internal
 */
export function shownScanAt(
  registry: RegistryState,
  image: ImageState,
  now: number,
  options: ResolvedSimulatorOptions,
): ShownScan | undefined {
  if (registry.scanType === 'BASIC') {
    const view = scanViewAt(image, now, options);
    return view && { ...view, scanType: 'BASIC' };
  }
  const view = enhancedViewAt(image, now, options, rescanMsOf(registry, options));
  if (imageStatusAt(image, now) !== 'ACTIVE') {
    return {
      status: 'IMAGE_ARCHIVED',
      description: statusDescriptions.imageArchived(),
      ...(view?.evaluation === undefined ? {} : { evaluation: view.evaluation }),
      ...(view === undefined ? {} : { scan: view.scan }),
      scanType: 'ENHANCED',
    };
  }
  return view && { ...view, scanType: 'ENHANCED' };
}
