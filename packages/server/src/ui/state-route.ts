import { InputError } from '../internal/untrusted.js';
import type { DashboardLimits } from './dashboard-view.js';

const ALLOWED = ['imagesPerRepository'];
const DEFAULT_IMAGES = 100;
const MAX_IMAGES = 1000;

/**
 * @internal Reads the query of `GET /_sim/state` as strictly as the control API reads bodies: unknown or repeated
 * parameters are refused, `imagesPerRepository` is an integer from 1 to 1000 (default 100).
 */
export function parseStateQuery(query: URLSearchParams): DashboardLimits {
  for (const key of new Set(query.keys())) {
    if (!ALLOWED.includes(key)) {
      throw new InputError(key, `unknown parameter (allowed: ${ALLOWED.join(', ')})`);
    }
    if (query.getAll(key).length > 1) throw new InputError(key, 'must be given once');
  }
  const raw = query.get('imagesPerRepository');
  if (raw === null) return { imagesPerRepository: DEFAULT_IMAGES };
  const value = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 1 && value <= MAX_IMAGES)) {
    throw new InputError(
      'imagesPerRepository',
      `must be an integer from 1 to ${MAX_IMAGES}, got ${JSON.stringify(raw.slice(0, 20))}`,
    );
  }
  return { imagesPerRepository: value };
}
