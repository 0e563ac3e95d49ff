// @ts-check
// The page's only I/O: same-origin calls of the server's /_sim/ control API (relative URLs, so the page works under
// whatever host and port the server answers on). Reads use GET /_sim/state; every action is an existing control
// call, so the page offers no second way to change the simulator. No credentials are sent or kept: the control API
// takes none (see docs/server.md, "Dashboard").

/** @typedef {import('./types.js').DashboardView} DashboardView */

const BASE = new URL('../', document.baseURI);

/**
 * @param {string} path - relative to /_sim/
 * @param {RequestInit} [init]
 * @returns {Promise<unknown>}
 */
async function call(path, init = {}) {
  const response = await fetch(new URL(path, BASE), {
    ...init,
    cache: 'no-store',
    credentials: 'same-origin',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
  });
  const text = await response.text();
  /** @type {unknown} */
  let json;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new Error(`the server answered ${response.status} with a body that is not JSON`);
  }
  if (!response.ok) {
    const error = /** @type {{ error?: unknown }} */ (json).error;
    throw new Error(typeof error === 'string' ? error : `the server answered ${response.status}`);
  }
  return json;
}

/** @returns {Promise<DashboardView>} */
export const readState = async () => /** @type {DashboardView} */ (await call('state'));

/**
 * POST /_sim/clock/tick with a duration such as `30s`.
 * @param {string} duration
 */
export const tick = (duration) => call('clock/tick', { method: 'POST', body: JSON.stringify({ duration }) });

/**
 * POST /_sim/clock/set: ISO text as given, or epoch ms when the field holds only digits.
 * @param {string} time
 */
export const setTime = (time) => {
  const trimmed = time.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  return call('clock/set', { method: 'POST', body: JSON.stringify({ time: value }) });
};

/** POST /_sim/reset. */
export const reset = () => call('reset', { method: 'POST' });
