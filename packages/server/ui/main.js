// @ts-check
// The dashboard: polls GET /_sim/state every second (and right after each action), re-renders each section whose
// data changed, and wires the clock buttons, the set-time form and reset to the control API.
import { readState, reset, setTime, tick } from './api.js';
import { renderCalls, renderEvents, renderFaults } from './render-activity.js';
import { clockModeText, clockText } from './render-clock.js';
import { keyText, renderImages, renderImageWindow } from './render-images.js';
import { renderQuota } from './render-quota.js';
import { renderRegistries, renderRepositories } from './render-registry.js';

/** @typedef {import('./types.js').DashboardView} DashboardView */
/** @typedef {import('./render-images.js').ImageKey} ImageKey */

const POLL_MS = 1000;
/** After a slow read (a big state), wait this many times as long, so polling never takes over a busy server. */
const BACKOFF = 3;

/** @param {string} id */
function byId(id) {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`[ecr-scan-sim] the dashboard page has no #${id}`);
  return element;
}

/** What each section was last rendered from, so an unchanged section keeps its DOM (and its focus). */
const renderedFrom = new Map();

/**
 * Re-renders one section when its data changed, keeping keyboard focus on the same control (by `data-key`).
 * @param {string} id
 * @param {unknown} data
 * @param {() => Node} render
 */
function show(id, data, render) {
  const key = JSON.stringify(data);
  if (renderedFrom.get(id) === key) return;
  renderedFrom.set(id, key);
  const container = byId(id);
  const active = document.activeElement;
  const focused = active && container.contains(active) ? active.getAttribute('data-key') : null;
  container.replaceChildren(render());
  if (focused === null) return;
  for (const element of container.querySelectorAll('[data-key]')) {
    if (element.getAttribute('data-key') === focused && element instanceof HTMLElement) element.focus();
  }
}

/** @type {ImageKey | undefined} */
let selected;
/** @type {DashboardView | undefined} */
let view;

/** @param {ImageKey} key */
function select(key) {
  selected = key;
  if (view !== undefined) render(view);
}

/** @param {DashboardView} data */
function render(data) {
  const now = data.clock.epochMs;
  const time = byId('clock-now');
  time.textContent = clockText(data.clock);
  time.setAttribute('datetime', data.clock.now);
  byId('clock-mode').textContent = clockModeText(data.clock);
  /** @type {HTMLInputElement} */ (byId('set-time-input')).placeholder = data.clock.now;
  const { account } = data;
  byId('account').textContent =
    `Account ${account.accountId} · default region ${account.defaultRegion} · ` +
    `${account.engine} engine · scans take ${Math.round(account.scanDurationMs / 1000)} s`;
  const selectedText = selected === undefined ? undefined : keyText(selected);
  const named = data.registries.length > 1;
  show('quota', { q: data.registries.map((r) => r.quota), now }, () => {
    const fragment = document.createDocumentFragment();
    for (const registry of data.registries) fragment.append(renderQuota(registry, now, named));
    return fragment;
  });
  show('registries', data.registries, () => renderRegistries(data.registries));
  show('repositories', data.registries, () => renderRepositories(data.registries));
  show('images', { r: data.registries, selectedText }, () =>
    renderImages(data.registries, selectedText, select),
  );
  show('image-window', { r: data.registries, selectedText, now }, () => renderImageWindow(data, selected));
  show('calls', data.calls, () => renderCalls(data.calls));
  show('events', data.events, () => renderEvents(data.events));
  show('faults', data.faults, () => renderFaults(data.faults));
}

/** @type {boolean | undefined} */
let online;

/**
 * Announces a change of connection only (not every poll), so a screen reader is not told "live" each second.
 * @param {boolean} ok
 * @param {string} [detail]
 */
function setConnection(ok, detail) {
  if (online === ok) return;
  online = ok;
  const element = byId('connection');
  element.textContent = ok ? 'Live' : `Cannot reach the server (${detail}); retrying every second.`;
  element.classList.toggle('offline', !ok);
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
/** @type {Promise<void> | undefined} */
let running;
let again = false;

/** How long the last read took, in ms. */
let lastReadMs = 0;

/**
 * Reads the state now (or right after the read in flight), then polls again a second later (or three times as long
 * as the read took, when that is longer).
 */
function refresh() {
  clearTimeout(timer);
  if (running !== undefined) {
    again = true;
    return running;
  }
  running = (async () => {
    const started = performance.now();
    try {
      view = await readState();
      lastReadMs = performance.now() - started;
      render(view);
      setConnection(true);
    } catch (error) {
      setConnection(false, error instanceof Error ? error.message : String(error));
    } finally {
      running = undefined;
      if (again) {
        again = false;
        void refresh();
      } else if (!document.hidden) {
        timer = setTimeout(refresh, Math.max(POLL_MS, BACKOFF * lastReadMs));
      }
    }
  })();
  return running;
}

document.addEventListener('visibilitychange', () => {
  if (document.hidden) clearTimeout(timer);
  else void refresh();
});

/**
 * Runs one control call with the clock card's controls disabled, reports its outcome, then refreshes at once.
 * @param {() => Promise<unknown>} run
 * @param {(answer: unknown) => string} success
 */
async function act(run, success) {
  const card = byId('clock-heading').parentElement;
  const controls = card ? [...card.querySelectorAll('button')] : [];
  for (const control of controls) control.disabled = true;
  const status = byId('action-status');
  try {
    status.textContent = success(await run());
    status.classList.remove('error');
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    status.classList.add('error');
  } finally {
    for (const control of controls) control.disabled = false;
    await refresh();
  }
}

/** @param {unknown} answer */
const newTime = (answer) => {
  const now = /** @type {{ now?: unknown }} */ (answer).now;
  return typeof now === 'string' ? clockText({ now, epochMs: 0, mode: 'fake', offsetMs: null }) : '?';
};

for (const button of document.querySelectorAll('button[data-tick]')) {
  const duration = button.getAttribute('data-tick') ?? '';
  button.addEventListener('click', () =>
    act(
      () => tick(duration),
      (answer) => `Moved the clock +${duration}: now ${newTime(answer)}.`,
    ),
  );
}

byId('set-time').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ (byId('set-time-input'));
  void act(
    () => setTime(input.value),
    (answer) => `Set the clock to ${newTime(answer)}.`,
  );
});

byId('reset').addEventListener('click', () => {
  if (!window.confirm('Reset the simulator to an empty state? Options and the clock are kept.')) return;
  void act(reset, () => 'Reset: the simulator is empty (options and the clock kept).');
});

void refresh();
