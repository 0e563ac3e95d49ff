import { readFileSync } from 'node:fs';
import os from 'node:os';
import { canCollect } from '../harness/heap.js';
import type { MachineInfo } from './results.js';

/** What the run knows about itself before it starts. */
export interface RunShape {
  mode: 'full' | 'quick';
  rounds: number;
  sliceMs: number;
}

/** The first value of a /proc/cpuinfo field, if Linux has one. */
function cpuinfo(field: string): string | undefined {
  try {
    const text = readFileSync('/proc/cpuinfo', 'utf8');
    return new RegExp(`^${field}\\s*:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();
  } catch {
    return undefined;
  }
}

/** CPU model, family/model numbers, clock and whether it is virtual: os.cpus() and /proc/cpuinfo. */
function describeCpu(): string {
  const cpu = os.cpus()[0];
  const family = cpuinfo('cpu family');
  const model = cpuinfo('model');
  const mhz = cpu?.speed || Math.round(Number(cpuinfo('cpu MHz') ?? 0));
  return [
    `${cpu?.model.trim() ?? 'unknown'}${family && model ? ` (family ${family}, model ${model})` : ''}`,
    ...(mhz ? [`${mhz} MHz`] : []),
    ...(/\bhypervisor\b/.test(cpuinfo('flags') ?? '') ? ['virtual machine'] : []),
  ].join(', ');
}

/** CPU (from os.cpus(), which reads /proc/cpuinfo on Linux), cores, memory, Node, OS and date. */
export function describeMachine(shape: RunShape, startedAt: Date, loadAverageStart: number): MachineInfo {
  return {
    cpu: describeCpu(),
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: startedAt.toISOString(),
    mode: shape.mode,
    rounds: shape.rounds,
    sliceMs: shape.sliceMs,
    gcExposed: canCollect,
    loadAverageStart,
    loadAverageEnd: os.loadavg()[0] ?? 0,
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
  };
}
