import { ImageStatusFilter, TagStatus } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { IMAGE_KINDS } from '../fixtures/image-kinds.js';
import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { AccountSettingCommand } from './account-setting-command.js';
import {
  BATCH_GET_NAMES,
  BatchGetRepositoryScanningConfigurationCommand,
} from './batch-get-repository-scanning-configuration-command.js';
import { IMAGE_ADDRESSES, REPOSITORIES, TAGS } from './command-support.js';
import { CreateRepositoryCommand } from './create-repository-command.js';
import { DescribeImageScanFindingsCommand } from './describe-image-scan-findings-command.js';
import { DescribeImagesCommand } from './describe-images-command.js';
import { Inspector2SwitchCommand } from './inspector2-switch-command.js';
import { PushImageCommand } from './push-image-command.js';
import { PutImageScanningConfigurationCommand } from './put-image-scanning-configuration-command.js';
import {
  PutRegistryScanningConfigurationCommand,
  registryConfigurationArb,
} from './put-registry-scanning-configuration-command.js';
import { StartImageScanCommand } from './start-image-scan-command.js';
import { TagImageCommand } from './tag-image-command.js';
import { TICKS_MS, TickCommand } from './tick-command.js';
import { RESCAN_DURATIONS, UpdateConfigurationCommand } from './update-configuration-command.js';
import { UpdateImageStorageClassCommand } from './update-image-storage-class-command.js';

const repositoryIndex = fc.nat({ max: REPOSITORIES.length - 1 });
const imageIndex = fc.nat({ max: 63 });
const address = fc.constantFrom(...IMAGE_ADDRESSES);

/** Every command arbitrary; the weights favour the scan calls and the clock. */
export function commandArbitraries(): fc.Arbitrary<fc.AsyncCommand<Oracle, SystemUnderTest>>[] {
  const create = fc.tuple(repositoryIndex, fc.boolean()).map(([r, s]) => new CreateRepositoryCommand(r, s));
  const push = fc
    .tuple(repositoryIndex, fc.integer({ min: -1, max: TAGS.length - 1 }), fc.constantFrom(...IMAGE_KINDS))
    .map(([r, t, k]) => new PushImageCommand(r, t, k));
  const start = fc.tuple(imageIndex, address).map(([i, a]) => new StartImageScanCommand(i, a));
  const findings = fc
    .tuple(imageIndex, address, fc.constantFrom(undefined, 7, 50, 100, 1000))
    .map(([i, a, p]) => new DescribeImageScanFindingsCommand(i, a, p));
  const images = fc
    .tuple(
      repositoryIndex,
      fc.constantFrom(undefined, ...TagStatus),
      fc.constantFrom(undefined, ...ImageStatusFilter),
    )
    .map(([r, t, s]) => new DescribeImagesCommand(r, t, s));
  const storage = fc
    .tuple(imageIndex, address, fc.constantFrom('ARCHIVE' as const, 'STANDARD' as const))
    .map(([i, a, t]) => new UpdateImageStorageClassCommand(i, a, t));
  const registry = registryConfigurationArb.map(
    ({ scanType, rules }) => new PutRegistryScanningConfigurationCommand(scanType, rules),
  );
  const batchGet = fc
    .array(fc.nat({ max: BATCH_GET_NAMES.length - 1 }), { minLength: 1, maxLength: 4 })
    .map((names) => new BatchGetRepositoryScanningConfigurationCommand(names));
  const accountSetting = fc
    .constantFrom(undefined, 'AWS_NATIVE', 'CLAIR', 'CLAIR', 'NATIVE')
    .map((value) => new AccountSettingCommand(value));
  const repoScanOnPush = fc
    .tuple(repositoryIndex, fc.boolean())
    .map(([r, s]) => new PutImageScanningConfigurationCommand(r, s));
  const retag = fc
    .tuple(imageIndex, fc.nat({ max: TAGS.length - 1 }))
    .map(([i, t]) => new TagImageCommand(i, t));
  const tick = fc.constantFrom(...TICKS_MS).map((ms) => new TickCommand(ms));
  // Issue 16: Inspector2's switch and re-scan duration act on the same account (D32, D24).
  const inspectorSwitch = fc
    .constantFrom(true, true, false)
    .map((enable) => new Inspector2SwitchCommand(enable));
  const rescan = fc
    .constantFrom(...(Object.keys(RESCAN_DURATIONS) as Array<keyof typeof RESCAN_DURATIONS>))
    .map((duration) => new UpdateConfigurationCommand(duration));
  return [
    ...[create, create],
    ...[push, push, push, push],
    ...[start, start, start, start],
    ...[findings, findings, findings],
    ...[images, storage, registry, registry, repoScanOnPush, retag, batchGet, accountSetting],
    ...[inspectorSwitch, inspectorSwitch, rescan],
    ...[tick, tick, tick],
  ];
}

/** The command sequences of one run. `replayPath` comes from a failure report (see docs/conformance.md). */
export function commandSequences(maxCommands: number, replayPath?: string) {
  return fc.commands(commandArbitraries(), {
    maxCommands,
    size: 'max',
    ...(replayPath === undefined ? {} : { replayPath }),
  });
}
