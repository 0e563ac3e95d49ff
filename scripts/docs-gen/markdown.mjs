// Small Markdown helpers: table cells that survive GitHub's renderer, code spans, links.

/** Text for a table cell: escapes pipes and HTML-looking brackets, folds newlines. */
export function cell(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** A code span for a table cell (pipes must still be escaped inside tables). */
export function code(text) {
  const s = String(text);
  const fence = s.includes('`') ? '``' : '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replaceAll('|', '\\|')}${pad}${fence}`;
}

/** Turns bare URLs in a cell into links, escaping everything else. */
export function linkify(text) {
  return String(text)
    .split(/(https?:\/\/[^\s;,)"]+)/)
    .map((part, i) => (i % 2 === 1 ? `<${part}>` : cell(part)))
    .join('');
}

/** A Markdown table. `rows` are arrays of already-escaped cell strings. */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Locale-independent string order (code units), so the output is the same on every machine. */
export function byString(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
