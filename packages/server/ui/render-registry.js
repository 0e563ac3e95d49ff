// @ts-check
import { h, nowrap, row, table } from './dom.js';
import { formatTime } from './format.js';

/** @typedef {import('./types.js').RegistryView} RegistryView */

/**
 * `SCAN_ON_PUSH: prod (WILDCARD), web-* (WILDCARD)` per rule, one per line.
 * @param {RegistryView['rules']} rules
 */
function rulesCell(rules) {
  if (rules.length === 0) return h('td', {}, h('span', { class: 'muted' }, 'no rules'));
  return h(
    'td',
    {},
    h(
      'ul',
      { class: 'plain' },
      ...rules.map((rule) =>
        h(
          'li',
          {},
          `${rule.scanFrequency}: `,
          rule.filters.length === 0
            ? h('span', { class: 'muted' }, 'no filters')
            : rule.filters.map((f) => `${f.filter} (${f.filterType})`).join(', '),
        ),
      ),
    ),
  );
}

/** @param {RegistryView[]} registries */
export function renderRegistries(registries) {
  return table(
    'Registries',
    ['Account', 'Region', 'Scan type', 'Scanning rules', 'Repositories'],
    registries.map((r) =>
      row([r.accountId, r.region, r.scanType, rulesCell(r.rules), String(r.repositories.length)]),
    ),
    'No registry yet.',
  );
}

/**
 * The effective scan frequency as ECR answers it (BatchGetRepositoryScanningConfiguration), with the filters that
 * decided it; an em dash if the answer left the repository out.
 * @param {RegistryView['repositories'][number]} repository
 */
function frequencyCell(repository) {
  if (repository.scanFrequency === null) {
    return h(
      'td',
      {},
      h('span', { class: 'muted', title: 'not reported by BatchGetRepositoryScanningConfiguration' }, '—'),
    );
  }
  const filters = repository.appliedScanFilters ?? [];
  return h(
    'td',
    {},
    repository.scanFrequency,
    filters.length === 0
      ? null
      : h(
          'div',
          { class: 'muted small' },
          `by ${filters.map((f) => `${f.filter} (${f.filterType})`).join(', ')}`,
        ),
  );
}

/**
 * @param {RegistryView[]} registries
 */
export function renderRepositories(registries) {
  const rows = registries.flatMap((registry) =>
    registry.repositories.map((repository) =>
      row([
        registry.region,
        h('td', {}, h('strong', {}, repository.name), h('div', { class: 'muted small' }, repository.uri)),
        frequencyCell(repository),
        repository.scanOnPush ? 'yes' : 'no',
        repository.imageTagMutability,
        `${repository.images.length}${repository.moreImages ? '+' : ''}`,
        nowrap(formatTime(repository.createdAt)),
      ]),
    ),
  );
  return table(
    'Repositories',
    [
      'Region',
      'Repository',
      'Effective scan frequency',
      'Scan on push',
      'Tag mutability',
      'Images',
      'Created',
    ],
    rows,
    'No repositories.',
  );
}
