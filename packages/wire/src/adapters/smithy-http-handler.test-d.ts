import type { IncomingHttpHeaders } from 'node:http';
import type { ECRClientConfig } from '@aws-sdk/client-ecr';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import type { HeaderBag } from '@smithy/types';
import { expectTypeOf, test } from 'vitest';
import type { WireHeaders } from '../glossary.js';
import { createSimulatorHandler } from './smithy-http-handler.js';

test('createSimulatorHandler fits ECRClientConfig.requestHandler', () => {
  expectTypeOf(createSimulatorHandler({} as EcrSimulator)).toExtend<
    NonNullable<ECRClientConfig['requestHandler']>
  >();
});

test('Node, fetch-style and Smithy header bags are WireHeaders', () => {
  expectTypeOf<IncomingHttpHeaders>().toExtend<WireHeaders>();
  expectTypeOf<HeaderBag>().toExtend<WireHeaders>();
  expectTypeOf<Record<string, string>>().toExtend<WireHeaders>();
});
