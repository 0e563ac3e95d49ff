import { open, readFile, rename, rm } from 'node:fs/promises';
import type { SimulatorSnapshot } from '@ecr-scan-sim/simulator';
import { serverMessages } from './messages.js';

const FORMAT = 'ecr-scan-sim/snapshot';
/** The snapshot format version this build reads and writes (the simulator's `version: 1`). */
const VERSION = 1;

/** @internal A snapshot file the server refuses to start from; the message names the file and the problem. */
export class SnapshotFileError extends Error {
  override name = 'SnapshotFileError';
}

/** What is wrong with a parsed snapshot file, or `undefined` when it is one this build reads. */
function problem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'it is JSON but not an object';
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== FORMAT) return `it is not an ecr-scan-sim snapshot (no "format": "${FORMAT}")`;
  if (typeof version === 'number' && version > VERSION)
    return `it has format version ${version}, written by a newer ecr-scan-sim; this one reads version ${VERSION}`;
  if (version !== VERSION) return `its "version" is ${JSON.stringify(version)}, not ${VERSION}`;
  return undefined;
}

/**
 * @internal Reads a snapshot file; `undefined` when it does not exist. A file that is empty, truncated, not JSON,
 * not a snapshot or from a future format version is refused with a {@link SnapshotFileError} naming the file and
 * the problem; the file is never changed.
 */
export async function readSnapshotFile(file: string): Promise<SimulatorSnapshot | undefined> {
  const refuse = (found: string) => new SnapshotFileError(serverMessages.snapshotRefused(file, found));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw refuse(`it cannot be read (${(error as Error).message})`);
  }
  if (text.trim() === '') throw refuse('it is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refuse(`it is not valid JSON, perhaps truncated (${(error as Error).message})`);
  }
  const found = problem(value);
  if (found !== undefined) throw refuse(found);
  return value as SimulatorSnapshot;
}

/**
 * @internal Writes a snapshot atomically: a temporary file beside it, flushed to disk, then renamed over it, so a
 * crash (even of the machine) leaves the old file or the new one, never half of one.
 */
export async function writeSnapshotFile(file: string, snapshot: SimulatorSnapshot | string): Promise<void> {
  const text = typeof snapshot === 'string' ? snapshot : serializeSnapshot(snapshot);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, file);
}

/** @internal The file's text for a snapshot (pretty JSON, one trailing newline). */
export function serializeSnapshot(snapshot: SimulatorSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
