import { formatMessage } from '../errors/catalogue.js';

/**
 * @public The `<constraint>` texts of InvalidParameterException messages
 * (`Invalid parameter at '<member>' failed to satisfy constraint: '<constraint>'`, rule V1). The engine builds
 * its texts from these templates, so no constraint wording lives anywhere else. Observed texts are marked; the
 * others are ours (synthetic) or follow the observed ones by analogy (inferred).
 */
export const CONSTRAINTS = {
  /** Observed (`tags.2.member.key`, spec D13). */
  notNull: 'Member must not be null',
  /**
   * Observed (Terraform output, spec D13; for lists too: `Invalid parameter at 'imageIds' failed to satisfy
   * constraint: 'Member must have length greater than or equal to 1'`, puemos/aws-lambda-ecr-cleaner#3).
   */
  lengthMin: 'Member must have length greater than or equal to <min>',
  /** Inferred by analogy with `lengthMin`. */
  lengthMax: 'Member must have length less than or equal to <max>',
  /** Observed (CloudFormation failure, spec D13). */
  pattern: 'Member must satisfy regular expression pattern: <pattern>',
  /** Inferred by analogy with `valueMax`. */
  valueMin: 'Member must have value greater than or equal to <min>',
  /** Observed (renovatebot/renovate ECR fixture, spec D13). */
  valueMax: 'Member must have value less than or equal to <max>',
  /** Observed (moto tests, spec D13). */
  enum: 'Member must satisfy enum value set: [<values>]',
  /** Observed (aws-actions/amazon-ecr-login README): how a violation by a list item is reported on the list. */
  listItem: 'Member must satisfy constraint: [<constraint>]',
  /** Rule V2 (synthetic text in the observed pattern wording; the model has no digest pattern). */
  imageDigest: 'Member must satisfy regular expression pattern: sha256:[a-f0-9]{64}',
  /** Rule V3 (synthetic). */
  imageIdEmpty: 'Member must specify imageDigest or imageTag',
  /**
   * PutImage with a manifest ECR cannot read, even valid JSON without a mediaType. Observed (aws/aws-cli#8620,
   * boto/boto3#3295, aws/aws-sdk#193), where ECR names the member `ImageManifest` (capital I).
   */
  imageManifest: 'Invalid JSON syntax',
  /** Rule R7 (inferred: moto's text for a resourceArn that is not an ECR repository ARN). */
  invalidArn: 'Invalid ARN',
  /** Rule R12. Observed (awsdocs/amazon-ecr-user-guide#20; terraform-aws-modules/terraform-aws-ecr#19), member `PolicyText`. */
  invalidRepositoryPolicy: 'Invalid repository policy provided',
  /** Rule R17. Observed (pulumi/pulumi-aws#2326; hashicorp/terraform-provider-aws#40933), member `PolicyText`. */
  invalidRegistryPolicy: 'Invalid registry policy provided',
  /**
   * Rule R14, member `LifecyclePolicyText`. The prefix is observed (cloudposse/terraform-aws-ecr#158, with the detail
   * `instance failed to match exactly one schema (matched 0 out of 2)`); other details follow the same JSON-schema
   * validator's wording (inferred).
   */
  lifecyclePolicy: 'Lifecycle policy validation failure: <detail>',
  /** Rule V10 (inferred: moto's text). */
  exclusionFiltersNull:
    "ImageTagMutabilityExclusionFilters can't be null when imageTagMutability is set as <imageTagMutability>",
  /** Rule P3 (synthetic). */
  issuedToken: 'Member must be a nextToken returned by a previous call with the same parameters',
  /** Rule P5 (synthetic). */
  notWithImageIds: 'Member must not be specified when imageIds is specified',
} as const;

/** @internal Fills a constraint template (one pass, values verbatim). */
export function constraintText(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return formatMessage(template, params);
}
