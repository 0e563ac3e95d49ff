/**
 * `sim.inspect.read` runs only read-only operations (ECR's Describe…, Get…, List…, BatchGet… names) and changes
 * nothing: over random call sequences, every read-only step is first run through the inspector, which must leave the
 * snapshot, the call log and the armed faults as they were, and answer exactly what the call then answers.
 */
import { isEcrError } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { runStep, seedState, steps } from '../test-support/random-calls.js';
import { isReadOnlyOperation } from './inspect.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 40);

describe('sim.inspect.read (property)', () => {
  it('X1: a read through the inspector changes nothing and answers as the call does', async () => {
    let reads = 0;
    await fc.assert(
      fc.asyncProperty(steps(30), async (sequence) => {
        const sim = createSimulator({ quotas: { accountScanLimit: 3 } });
        await seedState(sim);
        sim.injectFault({ error: 'ServerException', operation: 'CreateRepository', times: 1 });
        for (const step of sequence) {
          if (step.kind === 'call' && isReadOnlyOperation(step.operation)) {
            reads++;
            const before = {
              snapshot: sim.snapshot(),
              calls: sim.calls.length,
              faults: sim.inspect.faults(),
            };
            let peeked: unknown;
            try {
              peeked = { ok: sim.inspect.read(step.operation, structuredClone(step.input) as never, step) };
            } catch (error) {
              peeked = { error: isEcrError(error) ? error.toJSON() : String(error) };
            }
            expect(sim.snapshot()).toEqual(before.snapshot);
            expect(sim.calls).toHaveLength(before.calls);
            expect(sim.inspect.faults()).toEqual(before.faults);
            expect(await runStep(sim, step)).toEqual(peeked);
          } else {
            await runStep(sim, step);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(reads).toBeGreaterThan(NUM_RUNS);
  });

  it('L1–L7, A3, E2: imageScan shows what DescribeImageScanFindings answers, at every step (property)', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(steps(30), async (sequence) => {
        const sim = createSimulator({ quotas: { accountScanLimit: 3 } });
        await seedState(sim);
        for (const step of sequence) {
          await runStep(sim, step);
          for (const region of ['us-east-1', 'eu-west-1']) {
            for (const repositoryName of ['app', 'other']) {
              for (const imageTag of ['v1', 'v2', 'v3']) {
                const view = sim.inspect.imageScan({ repositoryName, imageTag, region });
                let expected: unknown;
                try {
                  const out = sim.inspect.read(
                    'DescribeImageScanFindings',
                    { repositoryName, imageId: { imageTag }, maxResults: 1 },
                    { region },
                  );
                  const basic = out.imageScanFindings?.findingSeverityCounts === undefined ? undefined : out;
                  expected = {
                    imageDigest: out.imageId?.imageDigest,
                    status: out.imageScanStatus?.status,
                    description: out.imageScanStatus?.description,
                    completedAt: basic?.imageScanFindings?.imageScanCompletedAt?.getTime(),
                    severityCounts: basic?.imageScanFindings?.findingSeverityCounts,
                  };
                } catch (error) {
                  if (!isEcrError(error)) throw error;
                  expected = error.name === 'ScanNotFoundException' ? 'no scan' : 'no image';
                }
                const shown =
                  view === undefined
                    ? 'no image'
                    : view.status === undefined
                      ? 'no scan'
                      : {
                          imageDigest: view.imageDigest,
                          status: view.status,
                          description: view.description,
                          completedAt: view.completedAt,
                          severityCounts: view.severityCounts,
                        };
                expect(shown).toEqual(expected);
                compared++;
              }
            }
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(compared).toBeGreaterThan(NUM_RUNS);
  });
});
