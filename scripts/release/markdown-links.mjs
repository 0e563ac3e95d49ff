// Markdown links and anchors, enough for our own docs: inline links outside code, headings and <a id> anchors.
// Shared by scripts/package-docs.mjs (copies docs into packages) and the release check (links in tarballs).

const LINK = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Splits markdown into fenced code blocks and the rest. */
function blocks(text) {
  const out = [];
  const fence = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;
  let last = 0;
  for (const match of text.matchAll(fence)) {
    out.push({ code: false, text: text.slice(last, match.index) });
    out.push({ code: true, text: match[0] });
    last = match.index + match[0].length;
  }
  out.push({ code: false, text: text.slice(last) });
  return out;
}

/** Start and end offsets of the inline code spans of a prose block. */
function codeSpans(text) {
  return [...text.matchAll(/(`+)[\s\S]*?\1/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** The links of a prose block that do not start inside inline code. */
function proseLinks(text) {
  const spans = codeSpans(text);
  return [...text.matchAll(LINK)].filter((m) => !spans.some(([from, to]) => m.index >= from && m.index < to));
}

/** Is `target` a link inside the same file set (not a URL, `mailto:` or a pure `#anchor`)? */
export function isRelative(target) {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

/** Every inline link of `text` outside code: `{ text, target, image }`. */
export function links(text) {
  return blocks(text)
    .filter((block) => !block.code)
    .flatMap((block) => proseLinks(block.text))
    .map((m) => ({ image: m[1] === '!', text: m[2], target: m[3] }));
}

/** `text` with each link outside code replaced by `replace(link)` (return `link.whole` to keep it). */
export function rewriteLinks(text, replace) {
  return blocks(text)
    .map((block) => {
      if (block.code) return block.text;
      let out = '';
      let last = 0;
      for (const m of proseLinks(block.text)) {
        out += block.text.slice(last, m.index);
        out += replace({ whole: m[0], image: m[1] === '!', text: m[2], target: m[3] });
        last = m.index + m[0].length;
      }
      return out + block.text.slice(last);
    })
    .join('');
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[`*_~]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a markdown file offers: its headings' slugs (numbered when repeated) and `<a id="…">` ids. */
export function anchors(text) {
  const found = new Set();
  const seen = new Map();
  for (const block of blocks(text)) {
    if (block.code) continue;
    for (const m of block.text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const base = slug(m[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      found.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of block.text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) found.add(m[1]);
  }
  return found;
}
