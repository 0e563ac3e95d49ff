/**
 * @internal Every text the server and the CLI print or answer on their own (not ECR's: those live in the model's
 * catalogue). One prefix, `[ecr-scan-sim]`, and each says what to do next (msw `devUtils`).
 */
import { SHIPPED_DOCS } from './shipped-docs.js';

/** @internal */
export const PREFIX = '[ecr-scan-sim]';

/** @internal Texts by purpose. */
export const serverMessages = {
  listening: (url: string) => `ecr-scan-sim listening on ${url}`,
  hint: (url: string, region: string) => [
    `  try: aws ecr describe-repositories --endpoint-url ${url} --region ${region}`,
    '  credentials: any values work, e.g. export AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x',
    `  control API: curl ${url}/_sim/clock   (stop with Ctrl+C)`,
    `  dashboard: ${url}/_sim/ui/`,
  ],
  exposed: (host: string) =>
    `${PREFIX} warning: bound to ${host}, not loopback: anyone who can reach it can change the simulator (see Security in ${SHIPPED_DOCS.server})`,
  badFlags: (detail: string) => `${PREFIX} ${detail}; see --help`,
  startFailed: (detail: string) => `${PREFIX} could not start: ${detail}`,
  fixturesLoaded: (file: string, repos: number, images: number) =>
    `${PREFIX} loaded fixtures from ${file}: ${repos} repositories, ${images} images`,
  snapshotLoaded: (file: string) => `${PREFIX} restored the snapshot in ${file} (fixtures skipped)`,
  snapshotSaved: (file: string) => `${PREFIX} saved the snapshot to ${file}`,
  snapshotRefused: (file: string, problem: string) =>
    `${PREFIX} refusing the snapshot file ${file}: ${problem}. The file was left as it is: fix it, delete it or pass another --snapshot <file>`,
  snapshotSaveFailed: (file: string, detail: string) =>
    `${PREFIX} could not save the snapshot to ${file}: ${detail}; check the path and its permissions`,
  stopping: (signal: string) => `${PREFIX} ${signal} received, stopping`,
  fixtureError: (file: string, path: string, problem: string) =>
    `${PREFIX} fixtures ${file}: ${path === '' ? '' : `${path}: `}${problem}`,
  unknownControlPath: (path: string) =>
    `unknown control path ${path}; see docs/server.md in the @ecr-scan-sim/server package for the /_sim/ API`,
  wrongMethod: (method: string, path: string, allowed: string) =>
    `${method} is not allowed on ${path}; use ${allowed}`,
  unknownUiPath: (path: string) => `no dashboard file at ${path}; the dashboard is /_sim/ui/`,
  crossSite: (origin: string) =>
    `refused a control request from the web page at ${origin}: only this server's own pages (and clients that are not browsers) may change the simulator`,
  badJson: () => 'the request body is not valid JSON',
  invalid: (path: string, problem: string) => `${path === '' ? 'body' : path}: ${problem}`,
  clockNotControllable: () => 'this clock cannot be moved (it has no tick/setSystemTime)',
} as const;
