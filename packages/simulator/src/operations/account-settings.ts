import type {
  BasicScanEngine,
  GetAccountSettingRequest,
  GetAccountSettingResponse,
  PutAccountSettingRequest,
  PutAccountSettingResponse,
} from '@ecr-scan-sim/model';
import { engineOf } from '../state/engine.js';
import { ensureRegistry } from '../state/lookup.js';
import type { Operation } from './context.js';

/**
 * GetAccountSetting BASIC_SCAN_TYPE_VERSION (rule N2): the registry's basic-scan engine. The name is already
 * checked (V8). Reads never create a registry.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAccountSetting.html
 * @internal
 */
export const getAccountSetting: Operation<GetAccountSettingRequest, GetAccountSettingResponse> = (
  ctx,
  input,
) => ({
  name: input.name as string,
  value: engineOf(ctx.state.registries.get(ctx.region), ctx.options),
});

/**
 * PutAccountSetting BASIC_SCAN_TYPE_VERSION (rules N3, N4): switches the registry's engine (V8, V9 checked).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutAccountSetting.html
 * @internal
 */
export const putAccountSetting: Operation<PutAccountSettingRequest, PutAccountSettingResponse> = (
  ctx,
  input,
) => {
  const registry = ensureRegistry(ctx);
  registry.engine = input.value as BasicScanEngine;
  return { name: input.name as string, value: registry.engine };
};
