import { IMAGE_CONFIG_MEDIA_TYPES, INDEX_MEDIA_TYPES } from '@ecr-scan-sim/model';
import { utf8Length } from '../internal/digest.js';
import type { ImageKind } from './types.js';

/** @internal What PutImage learns from a manifest. */
export interface ManifestInfo {
  mediaType: string;
  artifactMediaType: string | undefined;
  kind: ImageKind;
  sizeInBytes: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const sizeOf = (v: unknown): number =>
  isObject(v) && typeof v['size'] === 'number' && Number.isFinite(v['size']) && v['size'] >= 0
    ? v['size']
    : 0;

/**
 * @internal A manifest text kept as the recipe that builds it (a builder and its arguments) instead of the text:
 * the text of a built manifest is ~600 bytes, its recipe ~70, and an image keeps its manifest for BatchGetImage
 * (rule R2). `text` builds the same bytes again; `toJSON` makes a snapshot hold the text, as for any manifest.
 */
export class BuiltManifest {
  constructor(
    private readonly build: (seedText: string, layers: number) => string,
    private readonly seedText: string,
    private readonly layers: number,
  ) {}

  get text(): string {
    return this.build(this.seedText, this.layers);
  }

  toJSON(): string {
    return this.text;
  }
}

/** @internal A manifest as an image keeps it: its text, or the recipe of a text `manifests.image` built. */
export type StoredManifest = string | BuiltManifest;

/** @internal The text of a stored manifest. */
export const manifestText = (stored: StoredManifest): string =>
  typeof stored === 'string' ? stored : stored.text;

/**
 * @internal The layer digests an image manifest lists (`layers[].digest`, Docker v2 and OCI), in order; `[]` for an
 * index, a manifest without layers, an unreadable text or an image restored without its manifest. Rule E24: the
 * `sourceLayerHash` of a vulnerable package is one of them.
 */
export function layerDigestsOf(stored: StoredManifest | undefined): string[] {
  if (stored === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText(stored));
  } catch {
    return [];
  }
  const layers = isObject(parsed) && Array.isArray(parsed['layers']) ? parsed['layers'] : [];
  const out: string[] = [];
  for (const layer of layers) {
    const digest = isObject(layer) ? layer['digest'] : undefined;
    if (typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest)) out.push(digest);
  }
  return out;
}

/**
 * The manifest `manifests.*` built last: the object it was serialised from (what JSON.parse would give) and, when
 * known, its recipe.
 */
let lastBuilt: { text: string; parsed: Json; recipe: BuiltManifest | undefined } | undefined;

/**
 * @internal Remembers the object a manifest text was just serialised from, so that pushing that very text (as
 * `sim.pushImage` does next) is not parsed again, and the image can keep `recipe` instead of the text. The object
 * must be plain JSON data that nobody mutates.
 */
export function rememberBuilt(text: string, parsed: Json, recipe?: BuiltManifest): void {
  lastBuilt = { text, parsed, recipe };
}

/** @internal What an image keeps of a manifest text it was pushed with: the text, or the recipe that built it. */
export function storedManifest(text: string): StoredManifest {
  return lastBuilt !== undefined && lastBuilt.text === text && lastBuilt.recipe !== undefined
    ? lastBuilt.recipe
    : text;
}

function parse(manifest: string): unknown {
  if (lastBuilt !== undefined && lastBuilt.text === manifest) return lastBuilt.parsed;
  try {
    return JSON.parse(manifest);
  } catch {
    return undefined;
  }
}

/**
 * Rule I4: parses a manifest. Returns `undefined` unless it is a JSON object with `schemaVersion: 2` and a media
 * type (the one given to PutImage, else the manifest's own `mediaType`). Then:
 * - kind (rules U1, U2): an index (manifest list), an image (config of a container image type), or an artifact;
 * - artifact media type: the config's `mediaType`;
 * - size: config + layers; for an index the largest child already in the repository, else the manifest's bytes.
 * @param childSize - size of a manifest already stored in the repository, by digest
 * @internal
 */
export function analyseManifest(
  manifest: string,
  givenMediaType: string | undefined,
  childSize: (digest: string) => number | undefined,
): ManifestInfo | undefined {
  const parsed = parse(manifest);
  if (!isObject(parsed) || parsed['schemaVersion'] !== 2) return undefined;
  const children = Array.isArray(parsed['manifests']) ? parsed['manifests'] : undefined;
  const ownType = typeof parsed['mediaType'] === 'string' ? parsed['mediaType'] : undefined;
  // ECR refuses a manifest whose media type it cannot tell (observed: 'Invalid JSON syntax', see CONSTRAINTS).
  const mediaType = givenMediaType ?? ownType;
  if (mediaType === undefined) return undefined;
  // Only an index without known children or a manifest without a config are sized by their own bytes.
  const byteLength = () => utf8Length(manifest);

  if (INDEX_MEDIA_TYPES.includes(mediaType) || (children && !('config' in parsed))) {
    const known = (children ?? [])
      .map((c) => (isObject(c) && typeof c['digest'] === 'string' ? childSize(c['digest']) : undefined))
      .filter((s): s is number => s !== undefined);
    return {
      mediaType,
      artifactMediaType: undefined,
      kind: 'index',
      sizeInBytes: known.length > 0 ? Math.max(...known) : byteLength(),
    };
  }
  const config = parsed['config'];
  const configType =
    isObject(config) && typeof config['mediaType'] === 'string' ? config['mediaType'] : undefined;
  const layers = Array.isArray(parsed['layers']) ? parsed['layers'] : [];
  const summed = sizeOf(config) + layers.reduce((total: number, layer) => total + sizeOf(layer), 0);
  return {
    mediaType,
    artifactMediaType: configType,
    kind: configType !== undefined && IMAGE_CONFIG_MEDIA_TYPES.includes(configType) ? 'image' : 'artifact',
    sizeInBytes: isObject(config) ? summed : byteLength(),
  };
}
