/**
 * Graceful stop on every Node version (22, 24, 26): a request that has started to arrive when `close()` comes is
 * answered, never reset, even when its head has not been read yet (Node 26's closeIdleConnections closes such
 * connections: nodejs/node#63470); silent and idle connections are closed; new connections are refused.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from './glossary.js';
import { startServer } from './start-server.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request = (connection: 'keep-alive' | 'close') =>
  'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.1\r\n' +
  `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.DescribeRepositories\r\nConnection: ${connection}\r\n` +
  'Content-Length: 2\r\n\r\n{}';

/** A raw client socket: what the server wrote, and how the connection ended (an error code such as ECONNRESET). */
interface RawClient {
  socket: Socket;
  received: () => string;
  ended: Promise<{ error: string | undefined }>;
}

async function rawClient(port: number): Promise<RawClient> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  let error: string | undefined;
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    data += chunk;
  });
  socket.on('error', (e: NodeJS.ErrnoException) => {
    error = e.code ?? e.message;
  });
  const ended = new Promise<{ error: string | undefined }>((resolve) =>
    socket.once('close', () => resolve({ error })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => data, ended };
}

const statusLines = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]);

function refusesConnections(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

describe('close()', () => {
  it('answers a request whose head has not been parsed yet, then refuses new connections', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const { port } = server;
    const client = await rawClient(port);
    // The bytes reach the server's receive buffer, but the server reads them only after close() has begun.
    client.socket.write(request('keep-alive'));
    const closing = server.close();

    expect(await client.ended).toEqual({ error: undefined });
    expect(statusLines(client.received())).toEqual(['200']);
    expect(client.received()).toMatch(/\r\nconnection: close\r\n/i);
    await closing;
    server = undefined;
    expect(await refusesConnections(port)).toBe('ECONNREFUSED');
  });

  it('answers the next request of an idle keep-alive connection that arrives as close() comes', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const client = await rawClient(server.port);
    client.socket.write(request('keep-alive'));
    await expect.poll(() => statusLines(client.received())).toEqual(['200']);
    client.socket.write(request('keep-alive'));
    const closing = server.close();

    expect(await client.ended).toEqual({ error: undefined });
    expect(statusLines(client.received())).toEqual(['200', '200']);
    await closing;
  });

  it('closes a connection that has sent nothing without waiting for the 10 s grace', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const silent = await rawClient(server.port);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<string>((resolve) => {
      timer = setTimeout(resolve, 5_000, 'still waiting');
    });
    const closing = server.close().then(() => 'closed');

    expect(await Promise.race([closing, waited])).toBe('closed');
    clearTimeout(timer);
    expect(await silent.ended).toEqual({ error: undefined });
    expect(silent.received()).toBe('');
  });
});
