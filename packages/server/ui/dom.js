// @ts-check
// Builds DOM nodes from data. Every text goes in as a Text node (never parsed as HTML): repository names, tags,
// manifests and error messages come from the simulator's state, which anyone who can call the endpoint controls.
// The page's CSP also enforces Trusted Types with no policy, so any HTML-parsing sink would throw.

/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * An element with attributes and children; strings and numbers become Text nodes, empty children are skipped.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | boolean | undefined>} [attributes] - `true` sets an empty attribute; `false` or
 *   `undefined` leaves it out
 * @param {Child[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/**
 * An SVG element (for the quota chart).
 * @param {string} tag
 * @param {Record<string, string | number | undefined>} [attributes]
 * @param {Child[]} children
 * @returns {SVGElement}
 */
export function svg(tag, attributes = {}, ...children) {
  const element = /** @type {SVGElement} */ (document.createElementNS('http://www.w3.org/2000/svg', tag));
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/**
 * @param {Element} element
 * @param {Record<string, string | boolean | undefined>} attributes
 */
function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
}

/**
 * @param {Element} element
 * @param {Child[]} children
 */
function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * A table with a caption and column headers, in a horizontally scrollable region (keyboard-focusable and named,
 * so it stays usable at phone width).
 * @param {string} caption
 * @param {string[]} headers
 * @param {HTMLTableRowElement[]} rows
 * @param {string} [empty] - shown instead of the table when there are no rows
 */
export function table(caption, headers, rows, empty = 'None.') {
  if (rows.length === 0) return h('p', { class: 'muted' }, empty);
  return h(
    'div',
    { class: 'scroll', role: 'region', 'aria-label': `${caption} (scrolls sideways)`, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, ...rows),
    ),
  );
}

/**
 * A table row of cells; a string or number is a text cell.
 * @param {Array<Child | HTMLTableCellElement>} cells
 * @param {Record<string, string | boolean | undefined>} [attributes]
 */
export function row(cells, attributes = {}) {
  return h(
    'tr',
    attributes,
    ...cells.map((cell) => (cell instanceof HTMLTableCellElement ? cell : h('td', {}, cell))),
  );
}

/**
 * A cell that does not wrap (times, digests).
 * @param {string} text
 */
export const nowrap = (text) => h('td', { class: 'nowrap' }, text);
