// The simulator options table: name, default, the rules it changes, and their evidence.
// Names are checked against packages/simulator/src/glossary.ts so the table cannot drift from the contract.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cell, code, table } from './markdown.mjs';

const HOUR_MS = 3_600_000;
/** Thousands separators without Intl, so every Node build prints the same. */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const ms = (n) => {
  const human =
    n % HOUR_MS === 0 ? `${n / HOUR_MS} h` : n % 60_000 === 0 ? `${n / 60_000} min` : `${n / 1000} s`;
  return `${grouped(n)} (${human})`;
};

function options(model) {
  const q = model.SCAN_QUOTAS;
  return [
    ['clock', 'a new `FakeClock` at 2026-01-01T00:00:00Z, exposed as `sim.clock`'],
    ['seed', '`0`'],
    ['accountId', code(model.DEFAULT_ACCOUNT_ID)],
    ['region', code(model.DEFAULT_REGION)],
    ['quotas.perImageWindowMs', ms(q.perImageWindowMs)],
    ['quotas.accountScanLimit', grouped(q.accountScanLimit)],
    ['quotas.accountWindowMs', ms(q.accountWindowMs)],
    ['quotas.window', "`'rolling'` (or `'utc-day'`, which ignores the two window lengths)"],
    ['accountQuotaExceeded', "`'status'` (or `'exception'`)"],
    ['scanDurationMs', `${ms(model.DEFAULT_SCAN_DURATION_MS)}; per image: profile \`scanDurationMs\``],
    [
      'engine',
      "`'AWS_NATIVE'` (or `'CLAIR'`): the initial engine of every registry; PutAccountSetting changes it per registry",
    ],
    ['unsupportedOsStatus', "`'FAILED'` (or `'UNSUPPORTED_IMAGE'`)"],
    ['restoreDurationMs', ms(model.DEFAULT_RESTORE_DURATION_MS)],
    ['scanRecordDelayMs', '`0` (the record is visible at once)'],
    ['enhanced.ingestDelayMs', '`0` (the scan is visible at once)'],
    ['enhanced.initialScanMs', ms(model.ENHANCED_DEFAULTS.initialScanMs)],
    ['enhanced.findingsLagMs', '`0` (findings come with the status)'],
    [
      'enhanced.rescanDuration',
      `\`'${model.ENHANCED_DEFAULTS.rescanDuration}'\` (LIFETIME, DAYS_3 … DAYS_180)`,
    ],
    ['enhanced.recognitionWindowMs', ms(model.ENHANCED_DEFAULTS.recognitionWindowMs)],
    [
      'enhanced.feed',
      `\`{ intervalMs: ${grouped(model.ENHANCED_DEFAULTS.feed.intervalMs)}, newFindingsPer30Days: ${JSON.stringify(model.ENHANCED_DEFAULTS.feed.newFindingsPer30Days).replaceAll('"', '').replaceAll(',', ', ').replaceAll(':', ': ')} }\` (\`{}\` rates: no change)`,
    ],
    [
      'registryPolicyScope',
      "`'V2'` (or `'V1'`, moto's; no server flag: set it in the options of a snapshot loaded with `PUT /_sim/snapshot`)",
    ],
    ['snapshot', 'none (an empty simulator)'],
  ];
}

/** Rules whose `option` field names this option (comma-separated names, parentheticals ignored). */
function rulesFor(model, name) {
  return model.RULES.filter((r) =>
    (r.option ?? '')
      .replace(/\([^)]*\)/g, '')
      .split(',')
      .map((s) => s.trim())
      .includes(name),
  );
}

async function assertInGlossary(repoRoot, names) {
  let glossary;
  try {
    glossary = await readFile(join(repoRoot, 'packages', 'simulator', 'src', 'glossary.ts'), 'utf8');
  } catch {
    return;
  }
  const missing = names.filter((n) => !new RegExp(`\\b${n.split('.').at(-1)}\\??:`).test(glossary));
  if (missing.length > 0)
    throw new Error(
      `[ecr-scan-sim] docs-gen lists options the simulator glossary does not declare: ${missing.join(', ')}. ` +
        'Update scripts/docs-gen/render-options.mjs.',
    );
}

export async function renderOptions(model, repoRoot) {
  const rows = options(model);
  await assertInGlossary(
    repoRoot,
    rows.map(([n]) => n),
  );
  return table(
    ['Option', 'Default', 'Rules', 'Evidence'],
    rows.map(([name, def]) => {
      const rules = rulesFor(model, name);
      return [
        code(name),
        def,
        rules.length === 0 ? '—' : rules.map((r) => `[${r.id}](#rule-${r.id.toLowerCase()})`).join(', '),
        rules.length === 0
          ? '—'
          : rules
              .map((r) => cell(`${r.id}: ${r.confidence}${r.decision ? `, ${r.decision}` : ''}`))
              .join('; '),
      ];
    }),
  );
}
