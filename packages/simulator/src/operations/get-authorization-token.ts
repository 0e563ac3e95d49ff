import type {
  AuthorizationData,
  GetAuthorizationTokenRequest,
  GetAuthorizationTokenResponse,
} from '@ecr-scan-sim/model';
import { hashString } from '../internal/prng.js';
import type { Operation } from './context.js';

/** Rule R4: authorization tokens are valid for 12 hours. */
export const TOKEN_VALIDITY_MS = 12 * 3_600_000;

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** A password that looks like a token: deterministic from (seed, account, region, time), never a secret. */
function password(seed: number | string, registryId: string, region: string, now: number): string {
  const parts = [0, 1, 2, 3].map((i) =>
    hex(hashString(`${String(seed)}\u0000${registryId}\u0000${region}\u0000${now}\u0000${i}`)),
  );
  return `ecr-scan-sim.${parts.join('')}`;
}

/**
 * GetAuthorizationToken (rule R4): per registry asked for (default the caller's account), `authorizationToken`
 * base64 of `AWS:<password>`, `expiresAt` 12 h after the clock, `proxyEndpoint`
 * `https://<registryId>.dkr.ecr.<region>.amazonaws.com`. The token opens nothing: the simulator serves no registry
 * (docker) API.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAuthorizationToken.html
 * @internal
 */
export const getAuthorizationToken: Operation<GetAuthorizationTokenRequest, GetAuthorizationTokenResponse> = (
  ctx,
  input,
) => {
  const registryIds = input.registryIds ?? [ctx.options.accountId];
  const authorizationData: AuthorizationData[] = registryIds.map((registryId) => ({
    authorizationToken: btoa(`AWS:${password(ctx.options.seed, registryId, ctx.region, ctx.now)}`),
    expiresAt: new Date(ctx.now + TOKEN_VALIDITY_MS),
    proxyEndpoint: `https://${registryId}.dkr.ecr.${ctx.region}.amazonaws.com`,
  }));
  return { authorizationData };
};
