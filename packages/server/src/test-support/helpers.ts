import { ECRClient } from '@aws-sdk/client-ecr';

/** An ECRClient pointed at a local server, with static dummy credentials and no retries unless asked. */
export function ecrClient(url: string, maxAttempts = 1, region = 'us-east-1'): ECRClient {
  return new ECRClient({
    endpoint: url,
    region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    maxAttempts,
  });
}

/** Calls the control API and returns status and parsed JSON. */
export async function control(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** Moves the server clock forward through the control API. */
export async function tick(url: string, duration: string | number): Promise<void> {
  const body = typeof duration === 'number' ? { ms: duration } : { duration };
  const { status } = await control(url, 'POST', '/_sim/clock/tick', body);
  if (status !== 200) throw new Error(`tick failed with ${status}`);
}
