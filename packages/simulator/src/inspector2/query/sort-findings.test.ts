import { describe, expect, it } from 'vitest';
import { renderInspectorFinding } from '../findings/render-inspector-finding.js';
import { syntheticRecords } from '../test-support/records.js';
import { sortFindings } from './sort-findings.js';

const findings = syntheticRecords(24).map(renderInspectorFinding);

describe('sortFindings', () => {
  it('S20: SEVERITY sorts by rank, UNTRIAGED lowest; ties by findingArn', () => {
    const desc = sortFindings(findings, { field: 'SEVERITY', sortOrder: 'DESC' }).map((f) => f.severity);
    expect(desc.slice(0, 4)).toEqual(['CRITICAL', 'CRITICAL', 'CRITICAL', 'CRITICAL']);
    expect(desc.at(-1)).toBe('UNTRIAGED');
    const asc = sortFindings(findings, { field: 'SEVERITY', sortOrder: 'ASC' });
    expect(asc[0]?.severity).toBe('UNTRIAGED');
    const untriaged = asc.filter((f) => f.severity === 'UNTRIAGED').map((f) => f.findingArn);
    expect(untriaged).toEqual([...untriaged].sort());
  });

  it('S20: times and scores sort numerically, findings without the field come last in either order', () => {
    const byScore = sortFindings(findings, { field: 'INSPECTOR_SCORE', sortOrder: 'ASC' });
    const scores = byScore.map((f) => f.inspectorScore);
    const present = scores.filter((s) => s !== undefined) as number[];
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(scores.slice(present.length).every((s) => s === undefined)).toBe(true);
    expect(
      sortFindings(findings, { field: 'INSPECTOR_SCORE', sortOrder: 'DESC' }).at(-1)?.inspectorScore,
    ).toBeUndefined();
    const times = sortFindings(findings, { field: 'FIRST_OBSERVED_AT', sortOrder: 'DESC' }).map(
      (f) => f.firstObservedAt?.getTime() ?? 0,
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('S20: text fields sort as text; without sortCriteria the source order stays', () => {
    const repos = sortFindings(findings, { field: 'ECR_IMAGE_REPOSITORY_NAME', sortOrder: 'ASC' }).map(
      (f) => f.resources?.[0]?.details?.awsEcrContainerImage?.repositoryName,
    );
    expect(repos).toEqual([...repos].sort());
    expect(sortFindings(findings, undefined)).toEqual(findings);
  });
});
