// Types of doc-snippets.mjs, for the TypeScript tests that import it.
export interface CodeBlock {
  lang: string;
  file: string | undefined;
  name: string | undefined;
  continues: boolean;
  skip: boolean;
  line: number;
  text: string;
}
export interface Program {
  name: string | undefined;
  line: number;
  text: string;
}
export function codeBlocks(markdown: string): CodeBlock[];
export function programs(markdown: string, lang?: string): Program[];
export function namedBlock(markdown: string, name: string, where?: string): CodeBlock;
