import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from './glossary.js';
import { startServer } from './start-server.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TARGET = 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories';

/** Sends raw bytes on a fresh socket and resolves with everything the server wrote before closing. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      data += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(data));
    socket.write(bytes, 'latin1');
  });
}

async function describeRepositories(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET },
    body: '{}',
  });
}

describe('transport robustness', () => {
  it.each([
    ['garbage', '\u0000\u0001\u0002 not http at all\r\n\r\n'],
    ['a bad request line', 'GET\r\n\r\n'],
    ['a broken header', 'POST / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'],
    ['a bad content-length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['a bad chunk', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ])('answers %s with 400, closes the socket, and keeps serving', async (_, bytes) => {
    server = await startServer({ port: 0, clock: 'fake' });
    const answer = await raw(server.port, bytes);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const after = await describeRepositories(server.url);
    expect(after.status).toBe(200);
  });

  it('W1: answers an oversized body with an AWS-shaped 413 and keeps the keep-alive connection usable', async () => {
    server = await startServer({ port: 0, clock: 'fake', maxBodyBytes: 1024 });
    const big = JSON.stringify({ repositoryName: 'x'.repeat(10_000) });
    const tooLarge = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET },
      body: big,
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('x-amzn-errortype')).toBe('RequestEntityTooLargeException');
    expect(await tooLarge.json()).toEqual({
      __type: 'RequestEntityTooLargeException',
      message: 'The request body is larger than the limit of 1024 bytes.',
    });
    expect((await describeRepositories(server.url)).status).toBe(200);
  });

  it('drains an oversized body on the same socket so the next request on it is answered', async () => {
    server = await startServer({ port: 0, clock: 'fake', maxBodyBytes: 64 });
    const body = 'x'.repeat(5_000);
    const head = (length: number) =>
      `POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: ${TARGET}\r\nContent-Length: ${length}\r\n\r\n`;
    const answer = await raw(
      server.port,
      `${head(body.length)}${body}${head(2).replace('Host: localhost', 'Host: localhost\r\nConnection: close')}{}`,
    );
    const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]);
    expect(statuses).toEqual(['413', '200']);
  });

  it('with requireAuth an unsigned request gets 403, a signed one passes', async () => {
    server = await startServer({ port: 0, clock: 'fake', requireAuth: true });
    const unsigned = await describeRepositories(server.url);
    expect(unsigned.status).toBe(403);
    expect(((await unsigned.json()) as { __type: string }).__type).toBe(
      'MissingAuthenticationTokenException',
    );
    const signed = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': TARGET,
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=00',
      },
      body: '{}',
    });
    expect(signed.status).toBe(200);
    expect((await fetch(`${server.url}/_sim/clock`)).status).toBe(200);
  });

  it('close() lets an in-flight request finish, then stops listening', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const { port } = server;
    const running = server;
    let closing: Promise<void> | undefined;
    const status = await new Promise<number>((resolve, reject) => {
      const headers = { 'x-amz-target': TARGET, 'content-type': 'application/x-amz-json-1.1' };
      const req = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.flushHeaders();
      req.write('{', () => {
        closing = running.close();
        req.end('}');
      });
    });
    expect(status).toBe(200);
    await closing;
    server = undefined;
    await expect(fetch(`http://127.0.0.1:${port}/_sim/clock`)).rejects.toThrow();
  });

  it('logs one JSON line per request with verbose', async () => {
    const lines: string[] = [];
    server = await startServer({ port: 0, clock: 'fake', verbose: true, log: (line) => lines.push(line) });
    await describeRepositories(server.url);
    await fetch(`${server.url}/_sim/nope`);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map(({ method, target, status }) => ({ method, target, status }))).toEqual([
      { method: 'POST', target: 'DescribeRepositories', status: 200 },
      { method: 'GET', target: '/_sim/nope', status: 404 },
    ]);
    expect(typeof entries[0]?.ms).toBe('number');
  });

  it('logs nothing by default', async () => {
    const lines: string[] = [];
    server = await startServer({ port: 0, clock: 'fake', log: (line) => lines.push(line) });
    await describeRepositories(server.url);
    expect(lines).toEqual([]);
  });
});
