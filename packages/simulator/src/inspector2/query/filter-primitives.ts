/**
 * The comparisons every Inspector2 filter list is made of (rules S15–S18), over the plain values a field accessor
 * reads from a finding or a coverage item. Pure functions: no state, no clock.
 */

/** @internal A string filter as the model has it (`StringFilter`, `CoverageStringFilter`). */
export interface StringFilterLike {
  comparison: string | undefined;
  value: string | undefined;
}

/** @internal A range filter over epoch milliseconds or numbers (dates are compared as their time). */
export interface RangeLike {
  lower?: number | undefined;
  upper?: number | undefined;
}

function matchesOne(filter: StringFilterLike, value: string): boolean {
  const wanted = filter.value ?? '';
  return filter.comparison === 'PREFIX' ? value.startsWith(wanted) : value === wanted;
}

/**
 * Rules S15, S16: EQUALS and PREFIX filters are joined by OR, NOT_EQUALS filters by AND; a list-valued field
 * passes a positive filter when any element matches and NOT_EQUALS when no element equals the value; a field
 * without values fails every positive filter and passes NOT_EQUALS. Case-sensitive.
 * @internal
 */
export function passesStringFilters(
  filters: readonly StringFilterLike[] | undefined,
  values: readonly string[],
): boolean {
  if (filters === undefined || filters.length === 0) return true;
  let positives = 0;
  let positiveHit = false;
  for (const filter of filters) {
    if (filter.comparison === 'NOT_EQUALS') {
      if (values.includes(filter.value ?? '')) return false;
      continue;
    }
    positives++;
    if (!positiveHit && values.some((v) => matchesOne(filter, v))) positiveHit = true;
  }
  return positives === 0 || positiveHit;
}

/**
 * Rule S17: inclusive ranges, either end optional, joined by OR; a field without a value fails.
 * @internal
 */
export function passesRanges(ranges: readonly RangeLike[] | undefined, value: number | undefined): boolean {
  if (ranges === undefined || ranges.length === 0) return true;
  if (value === undefined) return false;
  return ranges.some(
    (r) => (r.lower === undefined || value >= r.lower) && (r.upper === undefined || value <= r.upper),
  );
}

/** @internal Date filters as ranges of epoch milliseconds. */
export function dateRanges(
  filters: readonly { startInclusive?: Date | undefined; endInclusive?: Date | undefined }[] | undefined,
): RangeLike[] | undefined {
  return filters?.map((f) => ({ lower: f.startInclusive?.getTime(), upper: f.endInclusive?.getTime() }));
}

/** @internal Number filters as ranges. */
export function numberRanges(
  filters:
    | readonly { lowerInclusive?: number | undefined; upperInclusive?: number | undefined }[]
    | undefined,
): RangeLike[] | undefined {
  return filters?.map((f) => ({ lower: f.lowerInclusive, upper: f.upperInclusive }));
}

/**
 * Rule S18: map filters (EQUALS, the only comparison) are joined by OR; one matches a tag map that has the key,
 * with the value when the filter gives one.
 * @internal
 */
export function passesMapFilters(
  filters: readonly { key?: string | undefined; value?: string | undefined }[] | undefined,
  maps: readonly Readonly<Record<string, string>>[],
): boolean {
  if (filters === undefined || filters.length === 0) return true;
  return filters.some((f) =>
    maps.some(
      (tags) =>
        f.key !== undefined &&
        Object.hasOwn(tags, f.key) &&
        (f.value === undefined || tags[f.key] === f.value),
    ),
  );
}

/** @internal How a filter key reads an item (a finding, a coverage item): strings, a time, a number or tag maps. */
export type FieldReader<T> =
  | { kind: 'string'; read: (item: T) => string[] }
  | { kind: 'date'; read: (item: T) => number | undefined }
  | { kind: 'number'; read: (item: T) => number | undefined }
  | { kind: 'map'; read: (item: T) => Record<string, string>[] };

/** @internal Whether `item` passes the filter list of one key (rules S15–S18), for the shared kinds of field. */
export function passesField<T>(field: FieldReader<T>, filters: unknown, item: T): boolean {
  switch (field.kind) {
    case 'string':
      return passesStringFilters(filters as StringFilterLike[], field.read(item));
    case 'date':
      return passesRanges(dateRanges(filters as Parameters<typeof dateRanges>[0]), field.read(item));
    case 'number':
      return passesRanges(numberRanges(filters as Parameters<typeof numberRanges>[0]), field.read(item));
    case 'map':
      return passesMapFilters(filters as Parameters<typeof passesMapFilters>[0], field.read(item));
  }
}
