import { isDeepStrictEqual } from 'node:util';
import { PAGE_SIZE } from '@ecr-scan-sim/model';
import type { Oracle } from '../model/oracle.js';
import type { FindingsPrediction } from '../model/oracle-types.js';
import type { Outcome } from '../system/outcome.js';
import type { SystemUnderTest } from '../system/system.js';
import { expectInspectorAgrees } from './agreement.js';
import {
  at,
  cliImageId,
  type EcrCommand,
  expectPrediction,
  type ImageAddress,
  resolveImage,
} from './command-support.js';

/**
 * DescribeImageScanFindings of the image at a position, following every `nextToken` (rules P1, P2, P4): each
 * page is compared across transports; the oracle checks the status, the severity counts and the total.
 */
export class DescribeImageScanFindingsCommand implements EcrCommand {
  private printed: string | undefined;

  constructor(
    private readonly imageIndex: number,
    private readonly address: ImageAddress,
    private readonly pageSize: number | undefined,
  ) {}

  check(oracle: Readonly<Oracle>): boolean {
    return oracle.images.length > 0;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const { repositoryName, imageId, image } = resolveImage(oracle, this.imageIndex, this.address);
    const size = this.pageSize === undefined ? '' : ` --max-results ${this.pageSize}`;
    this.printed = `aws ecr describe-image-scan-findings --repository-name ${repositoryName} --image-id ${cliImageId(imageId)}${size}`;
    const predicted = oracle.describeImageScanFindings(image, repositoryName);
    const pages: Outcome[] = [];
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const page = await system.call(`${this.printed} (page ${pages.length + 1})`, (api) =>
        api.describeImageScanFindings({
          repositoryName,
          imageId,
          ...(this.pageSize === undefined ? {} : { maxResults: this.pageSize }),
          ...(token === undefined ? {} : { nextToken: token }),
        }),
      );
      pages.push(page);
      const got = page.ok ? at(page.value, 'nextToken') : undefined;
      nextToken = typeof got === 'string' && got !== '' ? got : undefined;
      if (pages.length > 1100)
        throw new Error(`[conformance] ${this.printed}: nextToken never ends (rule P2)`);
    } while (nextToken !== undefined);
    const first = pages[0] as Outcome;
    expectPrediction(this.printed, predicted, first, (expected) => this.compare(expected, pages));
    // D32: Inspector2 lists the same findings for the image, at the same clock time, on every transport.
    if (image === undefined) return;
    const ecr = pages.flatMap((page) =>
      page.ok
        ? ((at(page.value, 'imageScanFindings', 'enhancedFindings') as unknown[] | undefined) ?? [])
        : [],
    );
    await expectInspectorAgrees(system, repositoryName, image.digest, ecr);
  }

  private compare(expected: FindingsPrediction, pages: Outcome[]): string | undefined {
    const limit = this.pageSize ?? PAGE_SIZE.default;
    const list = expected.enhanced ? 'enhancedFindings' : 'findings';
    let total = 0;
    for (const page of pages) {
      if (!page.ok) return 'every page to succeed';
      const status = at(page.value, 'imageScanStatus', 'status');
      if (status !== expected.status) return `status ${expected.status}`;
      if (expected.enhanced) {
        // E25: both lists on every enhanced page, `findings` always empty.
        const basic = at(page.value, 'imageScanFindings', 'findings');
        if (!Array.isArray(basic) || basic.length > 0) return 'findings: [] next to enhancedFindings (E25)';
      }
      const findings = at(page.value, 'imageScanFindings', list);
      if (expected.enhanced && !Array.isArray(findings)) return 'an enhancedFindings list (E25)';
      const count = Array.isArray(findings) ? findings.length : 0;
      if (count > limit) return `at most ${limit} findings per page (P1)`;
      total += count;
      if (expected.total > 0 || expected.atLeast) {
        const counts = (at(page.value, 'imageScanFindings', 'findingSeverityCounts') ?? {}) as Record<
          string,
          number
        >;
        const wanted = expected.severityCounts as Record<string, number>;
        const matches = expected.atLeast
          ? Object.entries(wanted).every(([s, n]) => (counts[s] ?? 0) >= n)
          : isDeepStrictEqual({ ...counts }, wanted);
        if (!matches) {
          const how = expected.atLeast ? 'at least ' : '';
          return `findingSeverityCounts ${how}${JSON.stringify(wanted)} on every page (P4, E26)`;
        }
      }
    }
    if (expected.atLeast)
      return total >= expected.total ? undefined : `at least ${expected.total} findings (E16)`;
    return total === expected.total ? undefined : `${expected.total} findings over all pages`;
  }

  toString(): string {
    return (
      this.printed ?? `aws ecr describe-image-scan-findings # image #${this.imageIndex} by ${this.address}`
    );
  }
}
