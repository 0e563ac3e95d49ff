import { MESSAGES, statusDescriptions } from '@ecr-scan-sim/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanImage } from './scan-image.js';
import { ScanTimeoutError } from './scan-timeout-error.js';
import { type ScriptedResponse, scriptedAdapter } from './test-support/scripted-handler.js';

const ref = { repositoryName: 'r1', imageId: { imageTag: 't1' } };
const started: ScriptedResponse = { body: { ...ref, imageScanStatus: { status: 'IN_PROGRESS' } } };
const page = (status: string, description?: string): ScriptedResponse => ({
  body: {
    ...ref,
    imageScanStatus: { status, description },
    imageScanFindings: {
      imageScanCompletedAt: 1767225630,
      findingSeverityCounts: { HIGH: 1 },
      findings: [{ name: 'CVE-1', severity: 'HIGH' }],
    },
  },
});

describe('scanImage with the SDK waiter (options.client)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('L3: returns the COMPLETE result the waiter succeeded on', async () => {
    const { api, client, seen } = scriptedAdapter([
      started,
      page('COMPLETE', MESSAGES.scanComplete.template),
    ]);
    const result = await scanImage(api, ref, { client, deadlineMs: 60_000 });
    expect(result).toMatchObject({ status: 'COMPLETE', quota: 'ok', severityCounts: { HIGH: 1 } });
    expect(result.findings).toHaveLength(1);
    expect(seen.map((s) => s.target?.split('.')[1])).toEqual(['StartImageScan', 'DescribeImageScanFindings']);
  });

  it('L4: reads the FAILED result back after the waiter throws its FAILURE error', async () => {
    const failed = page('FAILED', statusDescriptions.unsupportedOs());
    const { api, client, seen } = scriptedAdapter([started, failed, failed]);
    const result = await scanImage(api, ref, { client, deadlineMs: 60_000 });
    expect(result).toMatchObject({ status: 'FAILED', description: statusDescriptions.unsupportedOs() });
    expect(seen).toHaveLength(3);
  });

  it('turns the waiter TimeoutError into a ScanTimeoutError', async () => {
    vi.useFakeTimers();
    const { api, client } = scriptedAdapter([started, page('IN_PROGRESS')]);
    const pending = scanImage(api, ref, { client, deadlineMs: 10_000, pollIntervalMs: 5_000 });
    const settled = pending.then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(30_000);
    const error = await settled;
    expect(error).toBeInstanceOf(ScanTimeoutError);
    expect((error as ScanTimeoutError).deadlineMs).toBe(10_000);
  });
});
