import { ECRClient, type ECRClientConfig } from '@aws-sdk/client-ecr';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';

/** Region of every client and simulator in the bench. */
export const REGION = 'us-east-1';

/** Repository every row pushes to. */
export const REPOSITORY = 'bench';

/** Static fake credentials: the SDK signs every request, as it would against AWS. */
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'bench-secret' };

/** Per-image window of the pooled simulators: after a clock move of this much, every pooled image may scan again. */
export const POOL_WINDOW_MS = 1_000;

/** Simulator options for rows that scan a pool: a window that a clock move clears, an account limit never hit. */
export const POOL_SIMULATOR_OPTIONS = {
  quotas: { perImageWindowMs: POOL_WINDOW_MS, accountScanLimit: 1_000_000_000 },
} as const;

/** An `ECRClient` with fake credentials and one attempt per call (no retry can hide a failure). */
export function ecrClient(config: Partial<ECRClientConfig> = {}): ECRClient {
  return new ECRClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1, ...config });
}

/** The input of one StartImageScan. */
export interface ScanTarget {
  repositoryName: string;
  imageId: { imageDigest: string };
}

/**
 * A pool of pushed images to scan, one per operation. Between slices the clock moves past the per-image window,
 * so every image may be scanned again; the pool grows (outside the timing) when a slice needs more images.
 */
export class ImagePool {
  readonly #targets: ScanTarget[] = [];
  readonly #simulator: () => EcrSimulator;
  readonly #tick: (ms: number) => unknown;
  #ready = false;

  /**
   * @param simulator - where the images live (a getter: a server may swap its simulator)
   * @param tick - moves that simulator's clock
   */
  constructor(simulator: () => EcrSimulator, tick: (ms: number) => unknown) {
    this.#simulator = simulator;
    this.#tick = tick;
  }

  /** At least `n` images, each free to start a scan now; returns their StartImageScan inputs. */
  async take(n: number): Promise<readonly ScanTarget[]> {
    const sim = this.#simulator();
    if (!this.#ready) {
      await sim.createRepository({ repositoryName: REPOSITORY });
      this.#ready = true;
    }
    while (this.#targets.length < n) {
      const { imageDigest } = await sim.pushImage({
        repositoryName: REPOSITORY,
        seedText: `pool-${this.#targets.length}`,
      });
      this.#targets.push({ repositoryName: REPOSITORY, imageId: { imageDigest } });
    }
    this.#tick(POOL_WINDOW_MS + 1);
    return this.#targets;
  }
}
