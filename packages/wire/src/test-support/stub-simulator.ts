import type { CallContext, EcrSimulator } from '@ecr-scan-sim/simulator';

/** A call the stub received. */
export interface StubCall {
  operation: string;
  input: unknown;
  context: CallContext | undefined;
}

/**
 * A stand-in simulator for dispatcher unit tests: records each `call` and answers with `answer`. Only `options`
 * and `call` are used by the wire; the rest of the interface is absent on purpose.
 */
export function stubSimulator(answer: (operation: string, input: unknown) => unknown): {
  sim: EcrSimulator;
  calls: StubCall[];
} {
  const calls: StubCall[] = [];
  const sim = {
    options: { seed: 1, region: 'sa-east-1', accountId: '123456789012' },
    async call(operation: string, input: unknown, context?: CallContext) {
      calls.push({ operation, input, context });
      return answer(operation, input);
    },
  } as unknown as EcrSimulator;
  return { sim, calls };
}
