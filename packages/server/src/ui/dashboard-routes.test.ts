import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../glossary.js';
import { startDemoServer } from '../test-support/demo-server.js';
import { control, ecrClient } from '../test-support/helpers.js';
import type { DashboardView } from './dashboard-types.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const assetsOf = (html: string): string[] =>
  [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string).filter((u) => u !== '../snapshot');

describe('GET /_sim/ui/ (the dashboard)', () => {
  it('serves the page and every file it loads from the server itself, with a strict CSP and no CORS', async () => {
    server = await startDemoServer();
    const page = await fetch(`${server.url}/_sim/ui/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toContain('unsafe');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/); // no inline style or handler
    const assets = assetsOf(html);
    expect(assets).toEqual(expect.arrayContaining(['icon.svg', 'dashboard.css', 'main.js']));
    const seen = new Set<string>();
    const queue = [...assets];
    while (queue.length > 0) {
      const name = queue.shift() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      expect(name).toMatch(/^[a-z0-9-]+\.(js|css|svg)$/); // relative, same origin
      const asset = await fetch(`${server.url}/_sim/ui/${name}`);
      expect(asset.status, name).toBe(200);
      expect(asset.headers.get('content-security-policy')).toBe(csp);
      const type = { js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml' }[name.split('.').pop()!];
      expect(asset.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      const text = await asset.text();
      if (name.endsWith('.js')) {
        expect(text).not.toMatch(
          /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/,
        );
        // Nothing fetched from elsewhere (the SVG namespace is a name, not a request).
        expect(text.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
        for (const m of text.matchAll(/from '\.\/([a-z0-9-]+\.js)'/g)) queue.push(m[1] as string);
      }
    }
    expect([...seen].filter((n) => n.endsWith('.js')).length).toBeGreaterThan(3);
  });

  it('redirects /_sim/ui to /_sim/ui/ and answers 404 for any other name, including traversal attempts', async () => {
    server = await startDemoServer();
    const redirect = await fetch(`${server.url}/_sim/ui`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/_sim/ui/');
    for (const path of [
      '/_sim/ui/nope.js',
      '/_sim/ui/types.d.ts',
      '/_sim/ui/../package.json',
      '/_sim/ui/..%2fpackage.json',
      '/_sim/ui/%2e%2e/package.json',
      '/_sim/ui/sub/main.js',
      '/_sim/ui/MAIN.JS',
    ]) {
      const { status, body } = await rawGet(server.port, path);
      expect(status, path).toBe(404);
      expect(JSON.parse(body).error, path).toContain('the dashboard is /_sim/ui/');
    }
  });

  it('answers 405 with Allow: GET for another method', async () => {
    server = await startDemoServer();
    const post = await fetch(`${server.url}/_sim/ui/`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });

  it('with requireAuth the page and its reads need what the control API needs (nothing); ECR calls still need a signature', async () => {
    server = await startDemoServer({ requireAuth: true });
    expect((await fetch(`${server.url}/_sim/ui/`)).status).toBe(200);
    expect((await fetch(`${server.url}/_sim/state`)).status).toBe(200);
    expect((await fetch(`${server.url}/_sim/clock`)).status).toBe(200);
    const unsigned = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories',
      },
      body: '{}',
    });
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toContain('MissingAuthenticationTokenException');
  });
});

describe('GET /_sim/state', () => {
  it('shows the registry, repositories, images with scan status, the quota and the clock', async () => {
    server = await startDemoServer();
    const { status, json } = await control(server.url, 'GET', '/_sim/state');
    expect(status).toBe(200);
    const view = json as unknown as DashboardView;
    expect(view.clock).toEqual({
      now: '2026-01-01T00:00:00.000Z',
      epochMs: Date.UTC(2026, 0, 1),
      mode: 'fake',
      offsetMs: null,
    });
    expect(view.registries.map((r) => [r.accountId, r.region, r.scanType])).toEqual([
      ['123456789012', 'us-east-1', 'BASIC'],
    ]);
    const [registry] = view.registries;
    expect(registry?.repositories.map((r) => [r.name, r.scanOnPush, r.imageTagMutability])).toEqual([
      ['web', true, 'MUTABLE'],
      ['legacy', true, 'IMMUTABLE'],
      ['charts', false, 'MUTABLE'],
    ]);
    const legacy = registry?.repositories.find((r) => r.name === 'legacy');
    const fresh = legacy?.images.find((i) => i.tags.includes('fresh'));
    expect(fresh?.scan?.status).toBe('IN_PROGRESS');
    expect(fresh?.window).toEqual({
      lastScanStartedAt: Date.UTC(2026, 0, 1),
      nextScanAllowedAt: Date.UTC(2026, 0, 2),
      allowedNow: false,
    });
    const web = registry?.repositories.find((r) => r.name === 'web');
    const tagged = web?.images.filter((i) => i.tags.length > 0); // the index's platform images are untagged
    expect(tagged?.map((i) => [i.tags, i.imageStatus, i.scan?.status ?? null])).toEqual([
      [['1.4.1'], 'ARCHIVED', 'IMAGE_ARCHIVED'],
      [['1.4.2', 'latest'], 'ACTIVE', 'COMPLETE'],
      [['multiarch'], 'ACTIVE', null],
    ]);
    expect(tagged?.[1]?.scan?.severityCounts).toEqual({ HIGH: 2, MEDIUM: 5, LOW: 9 });
    // Push scans in the window: web:1.4.2 (−2 h), the index's two platform images (−1 h), legacy:2009 (−30 min)
    // and legacy:fresh (now); web:1.4.1's (−3 d) has left it.
    expect(registry?.quota).toMatchObject({ used: 5, limit: 100_000, nextFreeAt: Date.UTC(2026, 0, 1) });
    expect(registry?.quota.histogram.reduce((a, b) => a + b, 0)).toBe(5);
    expect(registry?.quota.histogram.slice(-5)).toEqual([0, 1, 0, 2, 2]);
    expect(view.events.recent.map((e) => e.detail['scan-status'])).toEqual([
      'FAILED',
      'COMPLETE',
      'COMPLETE',
      'COMPLETE',
      'COMPLETE',
    ]);
    expect(view.events.recent[0]?.detail['image-tags']).toEqual(['2009']);
  });

  it('moves with the clock: +30s completes the scan, +24h empties the account window', async () => {
    server = await startDemoServer();
    const fresh = async () => {
      const view = (await control(server!.url, 'GET', '/_sim/state')).json as unknown as DashboardView;
      const legacy = view.registries[0]?.repositories.find((r) => r.name === 'legacy');
      return {
        image: legacy?.images.find((i) => i.tags.includes('fresh')),
        quota: view.registries[0]?.quota,
      };
    };
    await control(server.url, 'POST', '/_sim/clock/tick', { duration: '30s' });
    expect((await fresh()).image?.scan?.status).toBe('COMPLETE');
    await control(server.url, 'POST', '/_sim/clock/tick', { duration: '24h' });
    const after = await fresh();
    expect(after.quota?.used).toBe(0);
    expect(after.quota?.histogram.every((n) => n === 0)).toBe(true);
    expect(after.image?.window.allowedNow).toBe(true);
  });

  it('records no call and consumes no injected fault: looking changes nothing', async () => {
    server = await startDemoServer();
    await control(server.url, 'POST', '/_sim/faults', { error: 'ThrottlingException', times: 2 });
    const calls = server.simulator.calls.length;
    const snapshot = server.simulator.snapshot();
    for (let i = 0; i < 3; i++) expect((await control(server.url, 'GET', '/_sim/state')).status).toBe(200);
    expect(server.simulator.calls).toHaveLength(calls);
    expect(server.simulator.snapshot()).toEqual(snapshot);
    const { json } = await control(server.url, 'GET', '/_sim/faults');
    expect(json).toEqual({
      faults: [{ operation: null, error: 'ThrottlingException', times: 2, probability: null, remaining: 2 }],
    });
  });

  it('lists recent calls, most recent first, with their errors', async () => {
    server = await startDemoServer();
    const ecr = ecrClient(server.url);
    await expect(
      ecr.send(new (await import('@aws-sdk/client-ecr')).DescribeImagesCommand({ repositoryName: 'nope' })),
    ).rejects.toThrow();
    const view = (await control(server.url, 'GET', '/_sim/state')).json as unknown as DashboardView;
    expect(view.calls.recent[0]).toMatchObject({
      operation: 'DescribeImages',
      ok: false,
      error: { name: 'RepositoryNotFoundException' },
      input: '{"repositoryName":"nope"}',
    });
    expect(view.calls.total).toBe(server.simulator.calls.length);
  });

  it("takes each repository's effective scan frequency from BatchGetRepositoryScanningConfiguration only", async () => {
    server = await startDemoServer();
    await server.simulator.putRegistryScanningConfiguration({
      scanType: 'BASIC',
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'leg*', filterType: 'WILDCARD' }] },
      ],
    });
    const view = (await control(server.url, 'GET', '/_sim/state')).json as unknown as DashboardView;
    const shown = view.registries[0]?.repositories.map((r) => [
      r.name,
      r.scanFrequency,
      r.appliedScanFilters,
    ]);
    const answer = server.simulator.inspect.read('BatchGetRepositoryScanningConfiguration', {
      repositoryNames: ['web', 'legacy', 'charts'],
    });
    expect(shown).toEqual(
      answer.scanningConfigurations?.map((c) => [c.repositoryName, c.scanFrequency, c.appliedScanFilters]),
    );
    // The rule decides legacy's frequency; web and charts follow their own scanOnPush.
    expect(shown).toEqual([
      ['web', 'SCAN_ON_PUSH', []],
      ['legacy', 'SCAN_ON_PUSH', [{ filter: 'leg*', filterType: 'WILDCARD' }]],
      ['charts', 'MANUAL', []],
    ]);
  });

  it('limits the images per repository with ?imagesPerRepository and refuses a bad query', async () => {
    server = await startDemoServer();
    const one = (await control(server.url, 'GET', '/_sim/state?imagesPerRepository=1'))
      .json as unknown as DashboardView;
    const web = one.registries[0]?.repositories.find((r) => r.name === 'web');
    expect(web?.images).toHaveLength(1);
    expect(web?.moreImages).toBe(true);
    for (const [query, expected] of [
      ['imagesPerRepository=0', 'imagesPerRepository: must be an integer from 1 to 1000, got "0"'],
      ['imagesPerRepository=1001', 'must be an integer from 1 to 1000'],
      ['imagesPerRepository=1e2', 'must be an integer from 1 to 1000'],
      ['imagesPerRepository=1&imagesPerRepository=2', 'imagesPerRepository: must be given once'],
      ['images=5', 'images: unknown parameter (allowed: imagesPerRepository)'],
    ] as const) {
      const { status, json } = await control(server.url, 'GET', `/_sim/state?${query}`);
      expect(status, query).toBe(400);
      expect(json.error, query).toContain(expected);
    }
    expect((await control(server.url, 'POST', '/_sim/state')).status).toBe(405);
  });
});
