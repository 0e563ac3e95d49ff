import { EcrError } from '@ecr-scan-sim/model';
import { expect } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import type { SimulatorOptions } from '../glossary.js';

/** A simulator with one repository `app` (scanOnPush as given). */
export async function simWithRepo(options: Omit<SimulatorOptions, 'clock'> = {}, scanOnPush = false) {
  const sim = createSimulator(options);
  await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush } });
  return sim;
}

/** Expects a promise to reject with an EcrError of this name (and message, when given). */
export async function expectEcrError(
  promise: Promise<unknown>,
  name: string,
  message?: string,
): Promise<EcrError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcrError);
  expect((error as EcrError).name).toBe(name);
  if (message !== undefined) expect((error as EcrError).message).toBe(message);
  return error as EcrError;
}
