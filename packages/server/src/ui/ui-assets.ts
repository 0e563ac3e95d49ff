import { readdir, readFile } from 'node:fs/promises';

/** @internal One file of the page, read once. */
export interface UiAsset {
  body: string;
  contentType: string;
}

/** Served types by extension; any other file in the folder is not served. */
const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
};
/** A flat name: no slash, no dot-dot, a known extension. */
const NAME = /^[a-z0-9][a-z0-9-]*\.(html|js|css|svg)$/;

/** @internal The folder of the page's files: `packages/server/ui/`, one level above both `src/` and `dist/`. */
export const UI_DIR = new URL('../../ui/', import.meta.url);

let loaded: Promise<ReadonlyMap<string, UiAsset>> | undefined;

async function load(): Promise<ReadonlyMap<string, UiAsset>> {
  const assets = new Map<string, UiAsset>();
  for (const name of (await readdir(UI_DIR)).sort()) {
    const match = NAME.exec(name);
    if (match === null) continue;
    const body = await readFile(new URL(name, UI_DIR), 'utf8');
    assets.set(name, { body, contentType: TYPES[match[1] as string] as string });
  }
  return assets;
}

/**
 * @internal The page's files by name, read from disk on first use and kept (they are a few tens of KB). Only flat
 * names of the folder with an allowed extension exist, so no request path can reach another file.
 */
export function uiAssets(): Promise<ReadonlyMap<string, UiAsset>> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
