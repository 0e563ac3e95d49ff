// @ts-check
import { h, nowrap, row, table } from './dom.js';
import { formatCount, formatSeverityCounts, formatTime, shortDigest } from './format.js';

/** @typedef {import('./types.js').DashboardView} DashboardView */

/**
 * The most recent calls first; failed ones are marked in text ("Error") and by style, never by colour alone.
 * @param {DashboardView['calls']} calls
 */
export function renderCalls(calls) {
  const rows = calls.recent.map((call) =>
    row(
      [
        nowrap(formatTime(call.at)),
        call.operation,
        call.region,
        call.error === null
          ? 'OK'
          : h(
              'td',
              {},
              h('strong', {}, `Error: ${call.error.name}`),
              h('div', { class: 'small' }, call.error.message),
            ),
        h('td', {}, h('code', { class: 'input', title: call.input }, call.input)),
      ],
      { class: call.ok ? undefined : 'error' },
    ),
  );
  const failed = calls.recent.filter((c) => !c.ok).length;
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'muted' },
      `${formatCount(calls.total)} calls logged` +
        (calls.total > calls.recent.length ? `, the last ${calls.recent.length} shown` : '') +
        (failed > 0 ? `; ${failed} of those shown failed.` : '.'),
    ),
    table('Recent calls', ['Time', 'Operation', 'Region', 'Outcome', 'Input'], rows, 'No calls yet.'),
  );
}

/** @param {DashboardView['events']} events */
export function renderEvents(events) {
  const rows = events.recent.map((event) =>
    row([
      nowrap(formatTime(Date.parse(event.time))),
      event.detail['scan-status'],
      event.detail['repository-name'],
      event.detail['image-tags'].join(', ') || 'untagged',
      h(
        'td',
        {},
        h('code', { title: event.detail['image-digest'] }, shortDigest(event.detail['image-digest'])),
      ),
      formatSeverityCounts(event.detail['finding-severity-counts']),
    ]),
  );
  return h(
    'div',
    {},
    h('p', { class: 'muted' }, `${formatCount(events.total)} "ECR Image Scan" events (completed scans).`),
    table(
      'Scan events',
      ['Completed', 'Status', 'Repository', 'Tags', 'Digest', 'Findings'],
      rows,
      'No events yet.',
    ),
  );
}

/** @param {DashboardView['faults']} faults */
export function renderFaults(faults) {
  const rows = faults.map((fault) =>
    row([
      fault.error,
      fault.operation ?? 'every operation',
      fault.remaining === null
        ? `until cleared, probability ${fault.probability ?? 1}`
        : `${formatCount(fault.remaining)} more call${fault.remaining === 1 ? '' : 's'}`,
    ]),
  );
  return table('Injected faults', ['Error', 'Operation', 'Fails'], rows, 'No faults armed.');
}
