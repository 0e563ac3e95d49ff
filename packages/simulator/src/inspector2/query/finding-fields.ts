import type { Inspector2 } from '@ecr-scan-sim/model';
import type { FieldReader } from './filter-primitives.js';

type Finding = Inspector2.Finding;
type Details = Inspector2.ResourceDetails;

/** @internal How a filter key reads a finding: strings, a time, a number, tag maps, packages or ports. */
export type FindingField =
  | FieldReader<Finding>
  | { kind: 'package'; read: (f: Finding) => Inspector2.VulnerablePackage[] }
  | { kind: 'port'; read: (f: Finding) => Inspector2.PortRange[] };

const present = (values: readonly (string | undefined)[]): string[] =>
  values.filter((v): v is string => v !== undefined);
const details = (f: Finding): Details[] => (f.resources ?? []).map((r) => r.details ?? {});
const fromDetails = (pick: (d: Details) => string | undefined): FindingField => ({
  kind: 'string',
  read: (f) => present(details(f).map(pick)),
});
const listFromDetails = (pick: (d: Details) => readonly string[] | undefined): FindingField => ({
  kind: 'string',
  read: (f) => details(f).flatMap((d) => pick(d) ?? []),
});
const timeFromDetails = (pick: (d: Details) => Date | undefined): FindingField => ({
  kind: 'date',
  read: (f) =>
    details(f)
      .map(pick)
      .find((d) => d !== undefined)
      ?.getTime(),
});
const numberFromDetails = (pick: (d: Details) => number | undefined): FindingField => ({
  kind: 'number',
  read: (f) =>
    details(f)
      .map(pick)
      .find((n) => n !== undefined),
});
const one = (pick: (f: Finding) => string | undefined): FindingField => ({
  kind: 'string',
  read: (f) => present([pick(f)]),
});
const time = (pick: (f: Finding) => Date | undefined): FindingField => ({
  kind: 'date',
  read: (f) => pick(f)?.getTime(),
});
const steps = (f: Finding) => f.networkReachabilityDetails?.networkPath?.steps ?? [];
const ecr = (d: Details) => d.awsEcrContainerImage;
const lambda = (d: Details) => d.awsLambdaFunction;
const ec2 = (d: Details) => d.awsEc2Instance;
const code = (f: Finding) => f.codeVulnerabilityDetails;
const none: FindingField = { kind: 'string', read: () => [] };

/**
 * Every key of `FilterCriteria` and how it reads a finding (rules S15–S19). The mapped type makes the table total:
 * a key the SDK adds is a compile error here, never a silently ignored filter. Keys of other resource types read
 * the members those findings would have; the simulated account has only ECR findings, so they find nothing (S19).
 * The multi-cloud keys (`cloud…`) read nothing: the account has no resources of another cloud provider.
 * @internal
 */
export const FINDING_FIELDS: { readonly [K in keyof Required<Inspector2.FilterCriteria>]: FindingField } = {
  findingArn: one((f) => f.findingArn),
  awsAccountId: one((f) => f.awsAccountId),
  findingType: one((f) => f.type),
  severity: one((f) => f.severity),
  firstObservedAt: time((f) => f.firstObservedAt),
  lastObservedAt: time((f) => f.lastObservedAt),
  updatedAt: time((f) => f.updatedAt),
  findingStatus: one((f) => f.status),
  title: one((f) => f.title),
  inspectorScore: { kind: 'number', read: (f) => f.inspectorScore },
  resourceType: { kind: 'string', read: (f) => present((f.resources ?? []).map((r) => r.type)) },
  resourceId: { kind: 'string', read: (f) => present((f.resources ?? []).map((r) => r.id)) },
  resourceTags: { kind: 'map', read: (f) => (f.resources ?? []).map((r) => r.tags ?? {}) },
  ec2InstanceImageId: fromDetails((d) => ec2(d)?.imageId),
  ec2InstanceVpcId: fromDetails((d) => ec2(d)?.vpcId),
  ec2InstanceSubnetId: fromDetails((d) => ec2(d)?.subnetId),
  ecrImagePushedAt: timeFromDetails((d) => ecr(d)?.pushedAt),
  ecrImageArchitecture: fromDetails((d) => ecr(d)?.architecture),
  ecrImageRegistry: fromDetails((d) => ecr(d)?.registry),
  ecrImageRepositoryName: fromDetails((d) => ecr(d)?.repositoryName),
  ecrImageTags: listFromDetails((d) => ecr(d)?.imageTags),
  ecrImageHash: fromDetails((d) => ecr(d)?.imageHash),
  ecrImageLastInUseAt: timeFromDetails((d) => ecr(d)?.lastInUseAt),
  ecrImageInUseCount: numberFromDetails((d) => ecr(d)?.inUseCount),
  portRange: { kind: 'port', read: (f) => portRanges(f) },
  networkProtocol: one((f) => f.networkReachabilityDetails?.protocol),
  componentId: { kind: 'string', read: (f) => present(steps(f).map((s) => s.componentId)) },
  componentType: { kind: 'string', read: (f) => present(steps(f).map((s) => s.componentType)) },
  vulnerabilityId: one((f) => f.packageVulnerabilityDetails?.vulnerabilityId),
  vulnerabilitySource: one((f) => f.packageVulnerabilityDetails?.source),
  vendorSeverity: one((f) => f.packageVulnerabilityDetails?.vendorSeverity),
  vulnerablePackages: {
    kind: 'package',
    read: (f) => f.packageVulnerabilityDetails?.vulnerablePackages ?? [],
  },
  relatedVulnerabilities: {
    kind: 'string',
    read: (f) => [...(f.packageVulnerabilityDetails?.relatedVulnerabilities ?? [])],
  },
  fixAvailable: one((f) => f.fixAvailable),
  lambdaFunctionName: fromDetails((d) => lambda(d)?.functionName),
  lambdaFunctionLayers: listFromDetails((d) => lambda(d)?.layers),
  lambdaFunctionRuntime: fromDetails((d) => lambda(d)?.runtime),
  lambdaFunctionLastModifiedAt: timeFromDetails((d) => lambda(d)?.lastModifiedAt),
  lambdaFunctionExecutionRoleArn: fromDetails((d) => lambda(d)?.executionRoleArn),
  exploitAvailable: one((f) => f.exploitAvailable),
  codeVulnerabilityDetectorName: one((f) => code(f)?.detectorName),
  codeVulnerabilityDetectorTags: { kind: 'string', read: (f) => [...(code(f)?.detectorTags ?? [])] },
  codeVulnerabilityFilePath: one((f) => code(f)?.filePath?.filePath),
  epssScore: { kind: 'number', read: (f) => f.epss?.score },
  codeRepositoryProjectName: fromDetails((d) => d.codeRepository?.projectName),
  codeRepositoryProviderType: fromDetails((d) => d.codeRepository?.providerType),
  cloudProvider: none,
  cloudProviderRegion: none,
  cloudProviderAccountId: none,
  cloudProviderOrgId: none,
  cloudVmImageReference: none,
  cloudVmNetworkId: none,
  cloudVmSubnetIds: none,
  cloudImageRepositoryName: none,
  cloudImageRegistry: none,
  cloudImageDigest: none,
  cloudImageTags: none,
  cloudImagePushedAt: { kind: 'date', read: () => undefined },
  cloudImageArchitecture: none,
  cloudImageLastInUseAt: { kind: 'date', read: () => undefined },
  cloudImageInUseCount: { kind: 'number', read: () => undefined },
  cloudServerlessFunctionName: none,
  cloudServerlessFunctionRuntime: none,
  cloudServerlessFunctionLastModifiedAt: { kind: 'date', read: () => undefined },
  cloudServerlessFunctionExecutionRole: none,
};

/** The port ranges a network-reachability finding opens (none for package vulnerabilities). */
function portRanges(f: Finding): Inspector2.PortRange[] {
  const range = f.networkReachabilityDetails?.openPortRange;
  return range === undefined ? [] : [range];
}
