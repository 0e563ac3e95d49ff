// @ts-check
import { h, svg } from './dom.js';
import { formatCount, formatDuration, formatRelative, formatTime } from './format.js';

/** @typedef {import('./types.js').RegistryView} RegistryView */

const WIDTH = 480;
const HEIGHT = 72;

/**
 * A bar chart of accepted scans per slice of the account window, oldest slice on the left. An SVG built with DOM
 * calls, named for assistive technology by its summary; each bar carries its own title.
 * @param {RegistryView['quota']} quota
 */
function chart(quota) {
  const peak = Math.max(1, ...quota.histogram);
  const slot = WIDTH / quota.histogram.length;
  const plot = HEIGHT - 1;
  const bars = quota.histogram.map((count, i) => {
    const height = count === 0 ? 0 : Math.max(2, (count / peak) * (plot - 4));
    const start = quota.from + i * quota.sliceMs;
    return svg(
      'rect',
      {
        class: 'bar',
        x: (i * slot + 1).toFixed(1),
        y: (plot - height).toFixed(1),
        width: Math.max(1, slot - 2).toFixed(1),
        height: height.toFixed(1),
      },
      svg(
        'title',
        {},
        `${formatTime(start)} – ${formatTime(start + quota.sliceMs)}: ${formatCount(count)} accepted`,
      ),
    );
  });
  const total = quota.histogram.reduce((a, b) => a + b, 0);
  const label =
    `Accepted scans over the window, ${formatDuration(quota.sliceMs)} per bar: ${formatCount(total)} in total, ` +
    `at most ${formatCount(Math.max(...quota.histogram, 0))} in one bar.`;
  return svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label },
    svg('title', {}, label),
    svg('line', { class: 'axis', x1: 0, y1: HEIGHT - 0.5, x2: WIDTH, y2: HEIGHT - 0.5 }),
    ...bars,
  );
}

/**
 * The chart with its scale and time axis as text (readable at any width, unlike SVG text scaled down).
 * @param {RegistryView['quota']} quota
 */
function chartFigure(quota) {
  const peak = Math.max(0, ...quota.histogram);
  return h(
    'figure',
    { class: 'chart-figure' },
    h(
      'div',
      { class: 'chart-scale muted small', 'aria-hidden': 'true' },
      `peak ${formatCount(peak)} per bar`,
    ),
    chart(quota),
    h(
      'div',
      { class: 'chart-axis muted small', 'aria-hidden': 'true' },
      h('span', {}, formatTime(quota.from)),
      h('span', {}, quota.window === 'rolling' ? 'now' : formatTime(quota.to)),
    ),
  );
}

/**
 * The account quota of one registry: used / limit in the current window, a meter, the chart and when the next
 * slot frees.
 * @param {RegistryView} registry
 * @param {number} now
 * @param {boolean} named - whether to name the registry (when there are several)
 */
export function renderQuota(registry, now, named) {
  const { quota } = registry;
  const full = quota.used >= quota.limit;
  const windowText =
    quota.window === 'rolling'
      ? `rolling ${formatDuration(quota.to - quota.from)}: since ${formatTime(quota.from)}`
      : `UTC day ${formatTime(quota.from).slice(0, 10)}`;
  let next;
  if (quota.nextFreeAt === null) next = 'Never: the limit is 0.';
  else if (!full) next = 'A slot is free now.';
  else next = `Next slot frees ${formatRelative(quota.nextFreeAt, now)}, at ${formatTime(quota.nextFreeAt)}.`;
  return h(
    'div',
    { class: 'quota' },
    named ? h('h3', {}, `${registry.accountId} · ${registry.region}`) : null,
    h(
      'p',
      { class: 'big' },
      h('span', { 'data-testid': 'quota-used' }, formatCount(quota.used)),
      ' / ',
      formatCount(quota.limit),
      h('span', { class: 'muted' }, ' scans in the window'),
    ),
    h('meter', {
      min: '0',
      max: String(Math.max(quota.limit, 1)),
      value: String(quota.used),
      high: String(Math.max(quota.limit, 1) * 0.9),
      'aria-label': `Account quota used: ${formatCount(quota.used)} of ${formatCount(quota.limit)}`,
    }),
    h('p', { class: 'muted' }, `Window: ${windowText}.`),
    chartFigure(quota),
    h('p', { class: full ? 'warning' : '', 'data-testid': 'quota-next' }, next),
  );
}
