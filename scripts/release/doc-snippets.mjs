// Code blocks of our markdown docs, so tests and the consumer smoke run the snippets the docs show instead of
// copies that drift. A block may be marked by an HTML comment on the line before its fence (invisible when
// rendered):
//   <!-- snippet: <name> -->     names it (the consumer smoke finds it by name)
//   <!-- snippet: continues -->  it continues the block before it: both form one program
//   <!-- snippet: skip -->       not a program (a fragment); tests do not compile it
// A fence's info string may name the file the block is (```json tsconfig.json).

/** Every fenced code block of `markdown`, in order. */
export function codeBlocks(markdown) {
  const lines = markdown.replaceAll('\r\n', '\n').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(```+|~~~+)\s*([\w-]*)\s*(\S*)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? '').startsWith(fence)) end += 1;
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before -= 1;
    const marker = /^<!--\s*snippet:\s*([\w-]+)\s*-->$/.exec((lines[before] ?? '').trim())?.[1];
    blocks.push({
      lang: open[2] ?? '',
      file: open[3] === '' ? undefined : open[3],
      name: marker === 'continues' || marker === 'skip' ? undefined : marker,
      continues: marker === 'continues',
      skip: marker === 'skip',
      line: i + 2,
      text: `${lines.slice(i + 1, end).join('\n')}\n`,
    });
    i = end;
  }
  return blocks;
}

/**
 * The programs of `markdown` in language `lang` (`ts`): each block not marked skip, with the blocks that continue
 * it appended. `name` is the first block's name, `line` its first line.
 */
export function programs(markdown, lang = 'ts') {
  const out = [];
  for (const block of codeBlocks(markdown)) {
    if (block.lang !== lang || block.skip) continue;
    const last = out.at(-1);
    if (block.continues && last !== undefined) last.text += block.text;
    else out.push({ name: block.name, line: block.line, text: block.text });
  }
  return out;
}

/** The block named `name` (throws, naming the file, when there is none). */
export function namedBlock(markdown, name, where = 'the markdown') {
  const block = codeBlocks(markdown).find((b) => b.name === name);
  if (block === undefined)
    throw new Error(`[ecr-scan-sim] ${where} has no code block marked <!-- snippet: ${name} -->`);
  return block;
}
