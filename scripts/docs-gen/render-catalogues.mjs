// The generated tables: every rule by topic, the error catalogue, the status descriptions, the options.
import { byString, cell, code, linkify, table } from './markdown.mjs';

const ruleNumber = (id) => Number(id.slice(1));

/** Every rule, grouped by topic in `RULE_TOPICS` order, numbered order inside a topic. */
export function renderRules(model, testsByRule) {
  const out = [];
  for (const [letter, topic] of Object.entries(model.RULE_TOPICS)) {
    const rules = model.RULES.filter((r) => r.id.startsWith(letter) && /^\d+$/.test(r.id.slice(1))).sort(
      (a, b) => ruleNumber(a.id) - ruleNumber(b.id),
    );
    if (rules.length === 0) continue;
    out.push(`### ${letter}: ${topic}`, '');
    out.push(
      table(
        ['ID', 'Rule', 'Source', 'Confidence', 'Decision', 'Option', 'Tests'],
        rules.map((r) => {
          const tests = testsByRule.get(r.id) ?? [];
          return [
            `<a id="rule-${r.id.toLowerCase()}"></a>**${r.id}**`,
            cell(r.statement),
            linkify(r.source),
            r.confidence,
            r.decision ?? '—',
            r.option ? code(r.option) : '—',
            tests.length === 0 ? '— (no test yet)' : tests.map((t) => `[${cell(t)}](../${t})`).join('<br>'),
          ];
        }),
      ),
      '',
    );
  }
  const orphans = model.RULES.filter((r) => !Object.hasOwn(model.RULE_TOPICS, r.id[0]));
  if (orphans.length > 0)
    throw new Error(`[ecr-scan-sim] rules without a topic: ${orphans.map((r) => r.id).join(', ')}`);
  return out.join('\n');
}

/**
 * One row per error message template, plus codes that have no fixed text, sorted by exception name. One table per
 * service (decision record 0018): ECR's by default, Inspector2's with `codes`/`messages` of its catalogue.
 */
export function renderErrors(model, codes = model.ERROR_CODES, catalogue = model.MESSAGES) {
  const rows = [];
  for (const [name, entry] of Object.entries(codes)) {
    const messages = Object.entries(catalogue)
      .filter(([, m]) => m.code === name)
      .sort(([a], [b]) => byString(a, b));
    const base = (id, template, confidence, source) => [
      `**${name}**`,
      id,
      String(entry.httpStatus),
      entry.fault,
      template,
      confidence,
      cell(entry.when),
      source,
    ];
    if (messages.length === 0)
      rows.push([
        name,
        base(
          '—',
          `— (no fixed text: ${code(catalogue.injectedFault.template)})`,
          'synthetic',
          linkify(catalogue.injectedFault.source),
        ),
      ]);
    for (const [id, m] of messages)
      rows.push([`${name}\u0000${id}`, base(code(id), code(m.template), m.confidence, linkify(m.source))]);
  }
  rows.sort(([a], [b]) => byString(a, b));
  return table(
    ['Exception', 'Message id', 'HTTP', 'Fault', 'Message template', 'Confidence', 'When', 'Source'],
    rows.map(([, r]) => r),
  );
}

/** Scan status descriptions: the catalogue messages without an exception code. */
export function renderDescriptions(model) {
  const rows = Object.entries(model.MESSAGES)
    .filter(([, m]) => m.code === null && m !== model.MESSAGES.injectedFault)
    .sort(([a], [b]) => byString(a, b))
    .map(([id, m]) => [code(id), code(m.template), m.confidence, linkify(m.source)]);
  return table(['Message id', 'Description text', 'Confidence', 'Source'], rows);
}

/** Inspector2 message fragments (templates without an exception: parts of a message or a failedAccounts text). */
export function renderInspector2Fragments(model) {
  const rows = Object.entries(model.INSPECTOR2_MESSAGES)
    .filter(([, m]) => m.code === null && m !== model.INSPECTOR2_MESSAGES.injectedFault)
    .sort(([a], [b]) => byString(a, b))
    .map(([id, m]) => [code(id), code(m.template), m.confidence, linkify(m.source)]);
  return table(['Message id', 'Text', 'Confidence', 'Source'], rows);
}
