import { readFile, rename, writeFile } from 'node:fs/promises';
import type { SimulatorSnapshot } from '@ecr-scan-sim/simulator';

/** @internal Reads a snapshot file; `undefined` when it does not exist. Throws for unreadable or foreign JSON. */
export async function readSnapshotFile(file: string): Promise<SimulatorSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  const value: unknown = JSON.parse(text);
  if (
    typeof value !== 'object' ||
    value === null ||
    !Object.hasOwn(value, 'format') ||
    (value as { format: unknown }).format !== 'ecr-scan-sim/snapshot'
  ) {
    throw new Error(`${file} is not an ecr-scan-sim snapshot (no "format": "ecr-scan-sim/snapshot")`);
  }
  return value as SimulatorSnapshot;
}

/** @internal Writes a snapshot atomically (temporary file, then rename), so a crash never leaves half a file. */
export async function writeSnapshotFile(file: string, snapshot: SimulatorSnapshot): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(snapshot, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}
