import { SHIPPED_DOCS } from '../internal/shipped-docs.js';

/** @internal The `--help` text: every flag, its default, and where to read more. */
export const HELP_TEXT = `ecr-scan-sim: a local Amazon ECR image-scanning endpoint (basic and enhanced, simulated, in memory)

Usage: ecr-scan-sim [serve] [flags]

Server
  --port <n>                      TCP port, 0 = any free port (default 4510)
  --host <addr>                   interface to bind (default 127.0.0.1; 0.0.0.0 exposes it to your network)
  --max-body-bytes <n>            largest request body; bigger ones get 413 (default 1048576)
  --require-auth                  reject unsigned requests with 403 MissingAuthenticationTokenException
  --verbose                       log one JSON line per request
Time
  --clock wall|fake               wall (default): follows real time, /_sim/clock moves an offset;
                                  fake: frozen at --start-time until ticked through /_sim/clock/tick
  --start-time <iso|ms>           where the clock starts (default: now; fake: 2026-01-01T00:00:00Z)
Simulator (durations: 30s, 15m, 24h, 2d or milliseconds)
  --seed <n|text>                 seed of findings, tokens and request ids (default 0)
  --account <12 digits>           account id (default 123456789012)
  --region <name>                 default region (default us-east-1); signed requests use their own region
  --account-scan-limit <n>        accepted scans per account window (default 100000)
  --per-image-window <duration>   one scan per image per window (default 24h)
  --account-window <duration>     account quota window (default 24h)
  --window rolling|utc-day        quota window kind (default rolling)
  --account-quota-exceeded status|exception
                                  StartImageScan once the account quota is spent (default status)
  --scan-duration <duration>      IN_PROGRESS time of a scan (default 30s)
  --restore-duration <duration>   ACTIVATING time of an archive restore (default 20m)
  --scan-record-delay <duration>  delay before a push scan is visible (default 0)
  --engine AWS_NATIVE|CLAIR       basic scan engine (default AWS_NATIVE)
  --unsupported-os-status FAILED|UNSUPPORTED_IMAGE
                                  status of a scan of an unsupported OS (default FAILED)
Enhanced scanning (registries with scanType ENHANCED)
  --enhanced-ingest-delay <duration>       ScanNotFoundException after a push (default 0)
  --enhanced-initial-scan <duration>       PENDING time before COMPLETE / ACTIVE (default 60s)
  --enhanced-findings-lag <duration>       COMPLETE / ACTIVE shown without findings (default 0)
  --enhanced-rescan-duration LIFETIME|DAYS_3|DAYS_7|DAYS_14|DAYS_30|DAYS_60|DAYS_90|DAYS_180
                                           continuous images stay ACTIVE this long after a push (default DAYS_14)
  --enhanced-recognition-window <duration> images present when scanning starts count if pushed within (default 30d)
  --enhanced-feed-interval <duration>      vulnerability feed publications (default 24h)
  --enhanced-feed-rates <SEV=n,...|off>    new findings per image per 30 days (default CRITICAL=0.25,HIGH=1,MEDIUM=2,LOW=1)
State
  --fixtures <file>               JSON or YAML repositories and images to load at start
                                  (format: ${SHIPPED_DOCS.fixtures})
  --snapshot <file>               restore this snapshot at start if the file exists (fixtures are then skipped)
  --persist                       with --snapshot: keep that file current (written atomically within
                                  about 1 s of each change, and on SIGTERM/SIGINT)
Other
  --help, -h                      show this text

Control API: GET /_sim/clock, POST /_sim/clock/tick {"duration":"24h"}, POST /_sim/clock/set, POST /_sim/reset,
GET|PUT /_sim/snapshot, PUT /_sim/images/profile, GET|POST|DELETE /_sim/faults, GET /_sim/calls, GET /_sim/events,
GET /_sim/state. Dashboard: open /_sim/ui/ in a browser (http://127.0.0.1:4510/_sim/ui/ by default).
Docs: ${SHIPPED_DOCS.server}`;
