import { fileURLToPath } from 'node:url';

/**
 * @internal The docs this package ships (packages/server/docs/, copies of the repository's docs/), as absolute
 * paths: they work from a registry install, where the repository's docs/ folder does not exist.
 */
export const SHIPPED_DOCS = {
  server: fileURLToPath(new URL('../../docs/server.md', import.meta.url)),
  fixtures: fileURLToPath(new URL('../../docs/fixtures.md', import.meta.url)),
} as const;
