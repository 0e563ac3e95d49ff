/**
 * @public The registry scanning filter table of the AWS documentation (decision D20): which repository names each
 * filter matches. A filter without `*` matches every name that contains it; with `*` it is a whole-name glob. The
 * docs render it and the simulator's and the conformance oracle's matchers are tested against it.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html
 */
export const SCANNING_FILTER_TABLE = {
  source:
    'AWS ECR user guide, "Filters for scanning" (awsdocs amazon-ecr-user-guide image-scanning.md, 2022)',
  names: ['prod', 'repo-prod', 'prod-repo', 'repo-prod-repo', 'prodrepo'],
  rows: [
    { filter: 'prod', matches: [true, true, true, true, true] },
    { filter: '*prod', matches: [true, true, false, false, false] },
    { filter: 'prod*', matches: [true, false, true, false, true] },
    { filter: '*prod*', matches: [true, true, true, true, true] },
    { filter: 'prod*repo', matches: [false, false, true, false, true] },
  ],
} as const;
