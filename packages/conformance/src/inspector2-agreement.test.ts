/**
 * Issue 16's "done when", once per transport: the real ECRClient (through EcrScanClient) and a real Inspector2Client
 * reach one simulated account over the Smithy handler, MSW and the HTTP server, and agree (rules S1, S33–S35).
 */
import { manifests } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at } from './commands/command-support.js';
import type { Transport } from './run/run-conformance.js';
import { START_TIME } from './run/settings.js';
import { normalise } from './system/outcome.js';
import { handlerTransport } from './transports/handler-transport.js';
import { mswTransport } from './transports/msw-transport.js';
import { serverTransport } from './transports/server-transport.js';

const DAY = 86_400_000;
const msw = setupServer();

/** What both services must agree on for one finding (normalised: dates as `{ $date }`). */
const shared = (f: unknown, score: unknown) => ({
  arn: at(f, 'findingArn'),
  id: at(f, 'packageVulnerabilityDetails', 'vulnerabilityId'),
  severity: at(f, 'severity'),
  score,
  packages: at(f, 'packageVulnerabilityDetails', 'vulnerablePackages'),
  times: ['firstObservedAt', 'lastObservedAt', 'updatedAt'].map((k) => at(f, k)),
});

describe.each<[string, () => Transport, boolean]>([
  ['the Smithy handler', () => handlerTransport, false],
  ['MSW', () => mswTransport(msw), true],
  ['the HTTP server', () => serverTransport, false],
])('ECRClient and Inspector2Client over %s', (_, transport, intercept) => {
  // MSW intercepts only its own case: the HTTP server's loopback requests must reach the server.
  beforeAll(() => {
    if (intercept) msw.listen({ onUnhandledFrame: 'error' });
  });
  afterAll(() => {
    if (intercept) msw.close();
  });
  it('S1, S33, S34, S35: Enable, push, CONTINUOUS_SCAN rule, DAYS_14 via Inspector, SCAN_ELIGIBILITY_EXPIRED 15 days later', async () => {
    // The option says 30 days: only Inspector's UpdateConfiguration can make day 15 expire.
    const twin = await transport().openTwin(
      { seed: 16, enhanced: { rescanDuration: 'DAYS_30' } },
      START_TIME,
    );
    try {
      const { api, inspector } = twin;
      await inspector.enable({ resourceTypes: ['ECR'] });
      expect((await api.getRegistryScanningConfiguration({})).scanningConfiguration?.scanType).toBe(
        'ENHANCED',
      );
      await api.createRepository({ repositoryName: 'app' });
      const pushed = await api.putImage({
        repositoryName: 'app',
        imageTag: 'v1',
        imageManifest: manifests.image({ seedText: 'issue-16' }),
      });
      const imageDigest = pushed.image?.imageId?.imageDigest as string;
      await api.putRegistryScanningConfiguration({
        scanType: 'ENHANCED',
        rules: [
          {
            scanFrequency: 'CONTINUOUS_SCAN',
            repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }],
          },
        ],
      });
      await inspector.updateConfiguration({ ecrConfiguration: { rescanDuration: 'DAYS_14' } });
      const ecr = async () =>
        normalise(
          await api.describeImageScanFindings({
            repositoryName: 'app',
            imageId: { imageDigest },
            maxResults: 1000,
          }),
        );
      const listed = async () => {
        const filterCriteria = { ecrImageHash: [{ comparison: 'EQUALS' as const, value: imageDigest }] };
        const out: unknown[] = [];
        let nextToken: string | undefined;
        do {
          const token = nextToken;
          const page = normalise(
            await inspector.listFindings({
              filterCriteria,
              ...(token === undefined ? {} : { nextToken: token }),
            }),
          );
          out.push(...((at(page, 'findings') as unknown[] | undefined) ?? []));
          nextToken = at(page, 'nextToken') as string | undefined;
        } while (nextToken !== undefined);
        return out.map((f) => shared(f, at(f, 'inspectorScore')));
      };
      const ecrFindings = (out: unknown) =>
        ((at(out, 'imageScanFindings', 'enhancedFindings') as unknown[] | undefined) ?? []).map((f) =>
          shared(f, at(f, 'scoreDetails') === undefined ? undefined : at(f, 'score')),
        );
      const coverage = async () => {
        const out = normalise(await inspector.listCoverage({}));
        const items = (at(out, 'coveredResources') as unknown[]) ?? [];
        return at(
          items.find((c) => String(at(c, 'resourceId')).endsWith(imageDigest)),
          'scanStatus',
        );
      };

      expect(at(await ecr(), 'imageScanStatus', 'status')).toBe('PENDING');
      expect(await coverage()).toEqual({ statusCode: 'ACTIVE', reason: 'PENDING_INITIAL_SCAN' });
      expect(await listed()).toEqual([]);
      twin.tick(60_000);
      const active = await ecr();
      expect(at(active, 'imageScanStatus', 'status')).toBe('ACTIVE');
      expect(ecrFindings(active).length).toBeGreaterThan(0);
      expect(await listed()).toEqual(ecrFindings(active));
      expect(await coverage()).toEqual({ statusCode: 'ACTIVE', reason: 'SUCCESSFUL' });
      twin.tick(15 * DAY - 60_000);
      const expired = await ecr();
      expect(at(expired, 'imageScanStatus', 'status')).toBe('SCAN_ELIGIBILITY_EXPIRED');
      expect(await coverage()).toEqual({ statusCode: 'INACTIVE', reason: 'SCAN_ELIGIBILITY_EXPIRED' });
      expect(await listed()).toEqual(ecrFindings(expired));
    } finally {
      await twin.close();
    }
  });
});
