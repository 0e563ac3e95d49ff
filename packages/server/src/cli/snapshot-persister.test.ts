import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatorSnapshot } from '@ecr-scan-sim/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshotPersister } from './snapshot-persister.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-persist-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const snapshotOf = (n: number) => ({ format: 'ecr-scan-sim/snapshot', version: 1, n }) as SimulatorSnapshot;
const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as { n: number };

describe('createSnapshotPersister', () => {
  it('writes once per delay however many changes come, with the state at write time', async () => {
    const file = join(dir, 'state.json');
    let n = 0;
    let takes = 0;
    const persister = createSnapshotPersister(
      file,
      () => {
        takes += 1;
        return snapshotOf(n);
      },
      { delayMs: 30, onError: (error) => expect.fail(String(error)) },
    );
    for (n = 1; n <= 5; n += 1) persister.changed();
    await expect.poll(async () => (await read(file)).n).toBe(6);
    expect(takes).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['state.json']); // the temporary file was renamed over it
  });

  it('keeps writing while changes never pause (a throttle, not a debounce)', async () => {
    const file = join(dir, 'state.json');
    let n = 0;
    const persister = createSnapshotPersister(file, () => snapshotOf(n), {
      delayMs: 20,
      onError: (error) => expect.fail(String(error)),
    });
    const busy = setInterval(() => {
      n += 1;
      persister.changed();
    }, 5);
    try {
      await expect.poll(async () => (await read(file).catch(() => ({ n: 0 }))).n > 0).toBe(true);
    } finally {
      clearInterval(busy);
      await persister.flush();
    }
  });

  it('flush() writes the latest state at once', async () => {
    const file = join(dir, 'state.json');
    let n = 1;
    const persister = createSnapshotPersister(file, () => snapshotOf(n), {
      delayMs: 60_000,
      onError: () => undefined,
    });
    persister.changed();
    n = 2;
    await persister.flush();
    expect((await read(file)).n).toBe(2);
  });

  it('reports a failed write, and writes again on the next change once the path works', async () => {
    const file = join(dir, 'missing', 'state.json');
    const errors: string[] = [];
    const persister = createSnapshotPersister(file, () => snapshotOf(7), {
      delayMs: 10,
      onError: (error) => errors.push((error as NodeJS.ErrnoException).code ?? String(error)),
    });
    persister.changed();
    await expect.poll(() => errors).toEqual(['ENOENT']);
    await mkdir(join(dir, 'missing'));
    persister.changed();
    await expect.poll(async () => (await read(file).catch(() => ({ n: 0 }))).n).toBe(7);
    await expect(persister.flush()).resolves.toBeUndefined();
  });
});
