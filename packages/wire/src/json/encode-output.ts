/**
 * @public Serialises an operation output as awsJson1_1 does (rules W1, W2): a JSON object with the member names
 * unchanged, `Date`s as epoch **seconds** (a JSON number, fractional when the time has milliseconds, e.g.
 * `1579839105.123`), `undefined` members omitted. Never writes an ISO string: the SDK would throw on one.
 *
 * @throws TypeError on a value JSON cannot carry faithfully (a function, a symbol, a bigint, a non-finite number,
 * an invalid date, bytes, a Map or Set): that is a simulator bug, which the dispatcher answers with a 500.
 */
export function encodeOutput(output: unknown): string {
  return JSON.stringify(toWire(output === undefined ? {} : output, '(root)')) ?? '{}';
}

/**
 * Replaces Dates by epoch seconds, copying only the containers on the path to a Date (a findings page keeps its
 * finding objects), then lets native `JSON.stringify` do the rest: about twice as fast as a replacer function on a
 * 100-finding page. Copies are null-prototype objects, so a member named `__proto__` stays a member.
 */
function toWire(value: unknown, key: string): unknown {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`non-finite number at member '${key}'`);
      return value;
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new TypeError(`a ${typeof value} at member '${key}' cannot be sent as JSON`);
    case 'object':
      if (value === null) return value;
      if (value instanceof Date) {
        const ms = value.getTime();
        if (!Number.isFinite(ms)) throw new TypeError(`invalid Date at member '${key}'`);
        return ms / 1000;
      }
      if (Array.isArray(value)) return arrayToWire(value, key);
      if (ArrayBuffer.isView(value) || value instanceof Map || value instanceof Set) {
        throw new TypeError(`a ${value.constructor.name} at member '${key}' cannot be sent as JSON`);
      }
      return objectToWire(value as Record<string, unknown>);
    default:
      return value;
  }
}

function arrayToWire(items: readonly unknown[], key: string): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const wire = toWire(item, key);
    if (wire !== item) {
      copy ??= items.slice();
      copy[i] = wire;
    }
  }
  return copy ?? items;
}

function objectToWire(record: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const member = record[key];
    const wire = toWire(member, key);
    if (wire !== member) {
      if (copy === undefined) {
        copy = Object.create(null) as Record<string, unknown>;
        for (let j = 0; j < i; j++) copy[keys[j] as string] = record[keys[j] as string];
      }
      copy[key] = wire;
    } else if (copy !== undefined) copy[key] = member;
  }
  return copy ?? record;
}
