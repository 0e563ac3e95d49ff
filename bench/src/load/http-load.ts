import { Agent, request } from 'node:http';

/** One ECR request of the mix, ready to send: its `x-amz-target` and JSON body. */
export interface MixRequest {
  target: string;
  body: string;
}

/** The awsJson 1.1 target prefix of ECR. */
export const ECR_TARGET = 'AmazonEC2ContainerRegistry_V20150921';

/**
 * A fixed, unsigned Authorization header that names the ECR credential scope. It is not a signature (the same
 * bytes on every request, computed by nobody): moto_server needs a scope to route a request to ECR, and our server
 * reads the region from it. Every server in the comparison gets the same header.
 */
const AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/ecr/aws4_request, SignedHeaders=host;x-amz-target, Signature=0';

/**
 * The light load generator of the HTTP rows: `node:http` with a keep-alive agent, `connections` sockets, each
 * with one request in flight; no SDK, no signing. It costs the same per request whatever server answers, so
 * ratios between servers measured with it compare the servers.
 */
export class HttpLoad {
  readonly #agent: Agent;
  readonly #host: string;
  readonly #port: number;

  constructor(
    url: string,
    readonly connections: number,
  ) {
    const { hostname, port } = new URL(url);
    this.#host = hostname;
    this.#port = Number(port);
    this.#agent = new Agent({ keepAlive: true, maxSockets: connections, keepAliveMsecs: 60_000 });
  }

  /** Sends one request; resolves with the status and the body once the whole answer has arrived. */
  send(target: string, body: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.#agent,
          host: this.#host,
          port: this.#port,
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': `${ECR_TARGET}.${target}`,
            authorization: AUTHORIZATION,
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Sends `n` requests of the mix in turn over all connections; rejects on the first answer that is not a 200. */
  async run(mix: readonly MixRequest[], n: number): Promise<void> {
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < n; i = next++) {
        const { target, body } = mix[i % mix.length]!;
        const answer = await this.send(target, body);
        if (answer.status !== 200) {
          throw new Error(
            `[ecr-scan-sim bench] ${target} answered ${answer.status}: ${answer.body.slice(0, 200)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: this.connections }, worker));
  }

  close(): void {
    this.#agent.destroy();
  }
}
