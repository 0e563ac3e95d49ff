import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  CompleteLayerUploadCommand,
  type ECRClient,
  InitiateLayerUploadCommand,
  UploadLayerPartCommand,
} from '@aws-sdk/client-ecr';
import { MEDIA_TYPES } from '@ecr-scan-sim/model';

const digestOf = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A minimal runnable-looking image: an empty tar layer and its config. Real ECR scans it to FAILED (no OS). */
export function minimalImage(label: string) {
  const tar = new Uint8Array(1024); // an empty tar archive: two zero blocks
  const layer = gzipSync(tar);
  const config = new TextEncoder().encode(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'ecr-scan-sim.test': label } },
      rootfs: { type: 'layers', diff_ids: [digestOf(tar)] },
    }),
  );
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifest,
    config: { mediaType: MEDIA_TYPES.dockerConfig, size: config.length, digest: digestOf(config) },
    layers: [
      {
        mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
        size: layer.length,
        digest: digestOf(layer),
      },
    ],
  });
  return {
    blobs: [config, new Uint8Array(layer)],
    manifest,
    digest: digestOf(new TextEncoder().encode(manifest)),
  };
}

/** Uploads blobs with the layer-upload API, as `docker push` does, so PutImage accepts the manifest. */
export async function uploadBlobs(
  client: ECRClient,
  repositoryName: string,
  blobs: Uint8Array[],
): Promise<void> {
  for (const blob of blobs) {
    const { uploadId } = await client.send(new InitiateLayerUploadCommand({ repositoryName }));
    await client.send(
      new UploadLayerPartCommand({
        repositoryName,
        uploadId,
        partFirstByte: 0,
        partLastByte: blob.length - 1,
        layerPartBlob: blob,
      }),
    );
    await client.send(
      new CompleteLayerUploadCommand({ repositoryName, uploadId, layerDigests: [digestOf(blob)] }),
    );
  }
}
