// @ts-check
import { h, nowrap, row, table } from './dom.js';
import {
  formatBytes,
  formatDuration,
  formatRelative,
  formatSeverityCounts,
  formatTime,
  shortDigest,
} from './format.js';

/** @typedef {import('./types.js').DashboardView} DashboardView */
/** @typedef {import('./types.js').RegistryView} RegistryView */
/** @typedef {import('./types.js').ImageView} ImageView */
/** @typedef {{ region: string, repositoryName: string, digest: string }} ImageKey */
/** @typedef {{ region: string, repositoryName: string, image: ImageView }} ListedImage */

/** @param {ImageKey} key */
export const keyText = (key) => `${key.region}\u0000${key.repositoryName}\u0000${key.digest}`;

/**
 * Every listed image with where it lives.
 * @param {RegistryView[]} registries
 * @returns {ListedImage[]}
 */
export function listImages(registries) {
  return registries.flatMap((registry) =>
    registry.repositories.flatMap((repository) =>
      repository.images.map((image) => ({ region: registry.region, repositoryName: repository.name, image })),
    ),
  );
}

/** @param {ListedImage} listed */
const imageName = (listed) =>
  `${listed.repositoryName}:${listed.image.tags[0] ?? shortDigest(listed.image.digest)}`;

/**
 * ECR's storage class from the image status: ACTIVE images are STANDARD, ARCHIVED ones ARCHIVE, ACTIVATING ones
 * are being restored.
 * @param {string} status
 */
function storageText(status) {
  if (status === 'ACTIVE') return 'STANDARD';
  if (status === 'ARCHIVED') return 'ARCHIVE';
  if (status === 'ACTIVATING') return 'ARCHIVE, restoring';
  return status;
}

/** @param {ImageView['scan']} scan */
function statusCell(scan) {
  if (scan === null) return h('td', {}, h('span', { class: 'muted' }, 'no scan'));
  return h(
    'td',
    { 'data-status': scan.status },
    h('span', { class: 'status' }, scan.status),
    scan.description === null ? null : h('div', { class: 'muted small' }, scan.description),
  );
}

/**
 * @param {RegistryView[]} registries
 * @param {string | undefined} selected - keyText of the selected image
 * @param {(key: ImageKey) => void} onSelect
 */
export function renderImages(registries, selected, onSelect) {
  const listed = listImages(registries);
  const many = registries.length > 1;
  const rows = listed.map((item) => {
    const key = { region: item.region, repositoryName: item.repositoryName, digest: item.image.digest };
    const text = keyText(key);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'small-button',
        'aria-pressed': text === selected ? 'true' : 'false',
        'aria-label': `Per-image window of ${imageName(item)}`,
        'data-key': text,
      },
      'Window',
    );
    button.addEventListener('click', () => onSelect(key));
    const { image } = item;
    return row(
      [
        many ? `${item.region}: ${item.repositoryName}` : item.repositoryName,
        image.tags.length === 0
          ? h('td', {}, h('span', { class: 'muted' }, 'untagged'))
          : image.tags.join(', '),
        h('td', {}, h('code', { title: image.digest }, shortDigest(image.digest))),
        nowrap(formatTime(image.pushedAt)),
        storageText(image.imageStatus),
        statusCell(image.scan),
        image.scan === null || image.scan.completedAt === null
          ? '—'
          : formatSeverityCounts(image.scan.severityCounts),
        h('td', {}, button),
      ],
      { class: text === selected ? 'selected' : undefined },
    );
  });
  const more = registries.some((r) => r.repositories.some((repo) => repo.moreImages));
  return h(
    'div',
    {},
    table(
      'Images',
      ['Repository', 'Tags', 'Digest', 'Pushed', 'Storage', 'Scan status', 'Findings', 'Details'],
      rows,
      'No images.',
    ),
    more ? h('p', { class: 'muted' }, 'Some repositories hold more images than are listed here.') : null,
  );
}

/**
 * The per-image window of the selected image: last accepted start, window length, when it may be scanned again.
 * @param {DashboardView} view
 * @param {ImageKey | undefined} selected
 */
export function renderImageWindow(view, selected) {
  const item =
    selected &&
    listImages(view.registries).find(
      (i) =>
        i.region === selected.region &&
        i.repositoryName === selected.repositoryName &&
        i.image.digest === selected.digest,
    );
  if (!item) {
    return h('p', { class: 'muted' }, 'Choose “Window” on an image to see its per-image scan window.');
  }
  const now = view.clock.epochMs;
  const { image } = item;
  const { quotas } = view.account;
  const { window } = image;
  const length =
    quotas.window === 'utc-day'
      ? 'one scan per UTC day'
      : `one scan per ${formatDuration(quotas.perImageWindowMs)}, rolling`;
  let verdict;
  if (window.lastScanStartedAt === null) verdict = 'Never scanned: a scan may start now.';
  else if (window.allowedNow) verdict = 'The window is open: a scan may start now.';
  else if (window.nextScanAllowedAt !== null) {
    verdict = `Refused until ${formatTime(window.nextScanAllowedAt)} (${formatRelative(window.nextScanAllowedAt, now)}).`;
  } else verdict = 'Refused.';
  /** @type {Array<[string, string]>} */
  const facts = [
    ['Image', `${item.repositoryName} · ${image.tags.join(', ') || 'untagged'}`],
    ['Digest', image.digest],
    ['Region', item.region],
    ['Media type', image.artifactMediaType ?? image.mediaType],
    ['Size', formatBytes(image.sizeInBytes)],
    ['Scan status', image.scan === null ? 'no scan' : image.scan.status],
    ['Scan completed', formatTime(image.scan?.completedAt)],
    ['Quota', length],
    [
      'Last scan started',
      window.lastScanStartedAt === null
        ? 'never'
        : `${formatTime(window.lastScanStartedAt)} (${formatRelative(window.lastScanStartedAt, now)})`,
    ],
    [
      'Next scan allowed',
      window.nextScanAllowedAt === null ? 'any time' : formatTime(window.nextScanAllowedAt),
    ],
  ];
  return h(
    'div',
    {},
    h('dl', { class: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('p', { class: window.allowedNow ? '' : 'warning', 'data-testid': 'image-window-verdict' }, verdict),
  );
}
