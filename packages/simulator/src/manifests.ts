import { MEDIA_TYPES } from '@ecr-scan-sim/model';
import { syntheticBlobDigest } from './internal/digest.js';
import { BuiltManifest, rememberBuilt } from './state/manifest-info.js';

const LAYER_MEDIA_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

/** A deterministic fake blob descriptor: digest and size derived from a text. */
function blob(text: string, mediaType: string): { mediaType: string; size: number; digest: string } {
  const digest = syntheticBlobDigest(text);
  return {
    mediaType,
    size: 1_000 + (Number.parseInt(digest.slice(7, 13), 16) % 50_000_000),
    digest,
  };
}

/** @internal The object of `manifests.image`: a Docker v2 image manifest with a config and `layers` layers. */
export function imageObject(seedText: string, layers: number) {
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifest,
    config: blob(`${seedText}\u0000config`, MEDIA_TYPES.dockerConfig),
    layers: Array.from({ length: layers }, (_, i) => blob(`${seedText}\u0000layer${i}`, LAYER_MEDIA_TYPE)),
  };
}

type Blob = ReturnType<typeof blob>;

/** A blob descriptor as `JSON.stringify` writes it (its strings need no escaping: media types and digests). */
const blobJson = (b: Blob): string =>
  `{"mediaType":"${b.mediaType}","size":${b.size},"digest":"${b.digest}"}`;

/**
 * @internal The text of a manifest object of {@link imageObject}, exactly as `JSON.stringify` writes it (a test
 * compares the two), written directly: several times cheaper, and every `sim.pushImage` writes one.
 */
export function imageJson(manifest: ReturnType<typeof imageObject>): string {
  let layers = '';
  for (let i = 0; i < manifest.layers.length; i++)
    layers += (i === 0 ? '' : ',') + blobJson(manifest.layers[i]!);
  return `{"schemaVersion":2,"mediaType":"${manifest.mediaType}","config":${blobJson(manifest.config)},"layers":[${layers}]}`;
}

/** The text of `manifests.image` again, from its arguments (what a {@link BuiltManifest} keeps). */
const imageText = (seedText: string, layers: number): string => imageJson(imageObject(seedText, layers));

/**
 * @public Builders of manifests to push with PutImage or `sim.pushImage`: the same input always gives the same
 * text, hence the same digest.
 */
export const manifests = {
  /**
   * A single-platform Docker v2 image manifest (scannable).
   * @param options.seedText - makes the manifest (and digest) unique
   * @param options.layers - how many layers, default 2
   */
  image(options: { seedText: string; layers?: number }): string {
    const layers = options.layers ?? 2;
    if (!Number.isSafeInteger(layers) || layers < 0) {
      throw new TypeError(`[ecr-scan-sim] manifests.image: layers must be an integer >= 0, got ${layers}`);
    }
    const seedText = `${options.seedText}`;
    const manifest = imageObject(seedText, layers);
    const text = imageJson(manifest);
    // Pushed next, as a rule (sim.pushImage): PutImage then reads this object instead of parsing the text again,
    // and the image keeps the recipe instead of the text.
    rememberBuilt(text, manifest, new BuiltManifest(imageText, seedText, layers));
    return text;
  },
  /**
   * An image index (or Docker manifest list) of the given child digests: never scannable (rule U1).
   * @param mediaType - default the OCI index type
   */
  index(childDigests: readonly string[], mediaType: string = MEDIA_TYPES.ociIndex): string {
    const childType =
      mediaType === MEDIA_TYPES.dockerManifestList ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest;
    return JSON.stringify({
      schemaVersion: 2,
      mediaType,
      manifests: childDigests.map((digest) => ({
        mediaType: childType,
        digest,
        size: 1_000,
        platform: { architecture: 'amd64', os: 'linux' },
      })),
    });
  },
  /**
   * A non-image OCI artifact (Helm chart, signature…) whose config has `artifactMediaType`: never scannable (U2).
   * @param seedText - makes the manifest unique, default empty
   */
  artifact(artifactMediaType: string, seedText = ''): string {
    return JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: blob(`${seedText}\u0000artifact-config`, artifactMediaType),
      layers: [blob(`${seedText}\u0000artifact-layer`, 'application/octet-stream')],
    });
  },
} as const;
