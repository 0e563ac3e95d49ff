/** The ECR surface around scanning: repositories, images, tags, policies and the registry. Part of the one rule catalogue (`RULES` in ../catalogue.ts), in documentation order. */
import type { Rule } from '../rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const ENH = 'shared/reference/ecr-enhanced-scanning.md';

export const REPOSITORY_SURFACE_RULES = [
  // --- Repository and registry surface ---
  {
    id: 'R1',
    statement:
      'ListImages answers one image id per (digest, tag), an untagged image as its digest alone, filtered by tagStatus (default ANY) and imageStatus (default ACTIVE only), images in push order, paged by image id (1–1000, default 100).',
    source: `${API}/API_ListImages.html`,
    confidence: 'doc',
  },
  {
    id: 'R2',
    statement:
      'BatchGetImage answers each image with its manifest exactly as pushed and its media type; an id it cannot answer is a failures entry (MissingDigestAndTag, InvalidImageDigest, ImageTagDoesNotMatchDigest, ImageNotFound "Requested image not found"), never an exception.',
    source: `${API}/API_BatchGetImage.html (ImageFailureCode enum); AWS CLI output for the ImageNotFound reason`,
    confidence: 'doc',
  },
  {
    id: 'R3',
    statement:
      'BatchGetImage acceptedMediaTypes never converts a manifest: the stored one is answered whatever the list says (ECR converts Docker schema 2 to schema 1 for v1-only clients; not modelled).',
    source:
      'awslabs/amazon-ecr-containerd-resolver#13 (AWS: a media type outside the accepted list "is still a valid response")',
    confidence: 'inferred',
  },
  {
    id: 'R4',
    statement:
      'GetAuthorizationToken answers, per registry asked for (default the caller\'s), authorizationToken = base64 of "AWS:<password>", expiresAt 12 h after the clock and proxyEndpoint https://<registryId>.dkr.ecr.<region>.amazonaws.com; the password is synthetic and opens nothing.',
    source: `${API}/API_GetAuthorizationToken.html; ${API}/API_AuthorizationData.html ("valid for 12 hours")`,
    confidence: 'doc',
  },
  {
    id: 'R5',
    statement:
      'DescribeRegistry answers the account as registryId and replicationConfiguration { rules: [] } (replication is not modelled).',
    source: `${ENH} §3.5`,
    confidence: 'doc',
  },
  {
    id: 'R6',
    statement:
      'Repository tags set by CreateRepository tags or TagResource (a key given again takes the new value) are listed by ListTagsForResource in the order first set, [] when none; UntagResource removes keys; the tags go with the repository.',
    source: `${API}/API_TagResource.html ("Existing tags on a resource are not changed if they are not specified")`,
    confidence: 'doc',
  },
  {
    id: 'R7',
    statement:
      "A resourceArn that is not arn:aws:ecr:<region>:<account>:repository/<name> is InvalidParameterException 'Invalid ARN' on resourceArn; another account's or another region's ARN is RepositoryNotFoundException naming the ARN's account.",
    source: 'moto ecr/models.py (text; not verified against AWS); rule G1 for the account',
    confidence: 'inferred',
    decision: 'D16',
  },
  {
    id: 'R8',
    statement:
      'Tag keys are 1–128 and values 0–256 characters (InvalidParameterException in the D13 format); a repository holds at most 50 tags, more is TooManyTagsException (synthetic text) and stores none of them.',
    source: `${API}/API_TagResource.html; ${API}/API_Tag.html`,
    confidence: 'doc',
  },
  {
    id: 'R9',
    statement: 'A tag key starting with aws: (any case) is InvalidTagParameterException (synthetic text).',
    source: 'AWS tagging rules ("aws: prefix is reserved for AWS use"); no ECR text found',
    confidence: 'inferred',
  },
  {
    id: 'R10',
    statement: 'UntagResource with a key the repository does not carry succeeds and changes nothing.',
    source: 'AWS tagging APIs answer missing keys without error; no ECR evidence either way',
    confidence: 'inferred',
  },
  {
    id: 'R11',
    statement:
      'SetRepositoryPolicy stores the policy text as given and answers it; GetRepositoryPolicy returns it; DeleteRepositoryPolicy returns and removes it; without one both are RepositoryPolicyNotFoundException. No policy is enforced.',
    source: `${API}/API_GetRepositoryPolicy.html; aws-controllers-k8s/community#1873 (message)`,
    confidence: 'observed',
  },
  {
    id: 'R12',
    statement:
      "A repository policy that is not a policy document (JSON object, Statement with Effect, Action or NotAction, Principal or NotPrincipal, no Resource) is InvalidParameterException 'Invalid repository policy provided' on PolicyText; duplicate Sids and Version 2008-10-17 are accepted.",
    source:
      'awsdocs/amazon-ecr-user-guide#20 (Resource refused, message); terraform-aws-modules/terraform-aws-ecr#19; the grammar beyond that is inferred',
    confidence: 'observed',
  },
  {
    id: 'R13',
    statement:
      'PutLifecyclePolicy stores the policy text as given and answers it; GetLifecyclePolicy returns it; DeleteLifecyclePolicy returns and removes it; without one both are LifecyclePolicyNotFoundException.',
    source: `${API}/API_GetLifecyclePolicy.html; iann0036/former2#16 (message)`,
    confidence: 'observed',
  },
  {
    id: 'R14',
    statement:
      "A lifecycle policy text under 100 characters is InvalidParameterException on lifecyclePolicyText; one that fails ECR's schema (rules, rulePriority ≥ 1 and unique, selection tagStatus/countType/countNumber, action type expire or transition) is 'Lifecycle policy validation failure: <detail>' on LifecyclePolicyText.",
    source:
      'cloudposse/terraform-aws-ecr#158 (prefix and one detail observed); the other details in the same validator wording (inferred)',
    confidence: 'observed',
  },
  {
    id: 'R15',
    statement:
      'Lifecycle policies are stored, never evaluated: no image expires or is archived because of one, and lastEvaluatedAt is the epoch.',
    source:
      'ecr-scan-sim scope (issue 15); aws-cli get-lifecycle-policy example shows lastEvaluatedAt is always answered',
    confidence: 'inferred',
  },
  {
    id: 'R16',
    statement:
      'PutRegistryPolicy stores the policy text as given and answers it with the registryId; GetRegistryPolicy returns it; DeleteRegistryPolicy returns and removes it; without one both are RegistryPolicyNotFoundException.',
    source: `${API}/API_GetRegistryPolicy.html; moto ecr/exceptions.py (message, not verified)`,
    confidence: 'doc',
  },
  {
    id: 'R17',
    statement:
      "A registry policy that is not a policy document is InvalidParameterException 'Invalid registry policy provided' on PolicyText.",
    source: 'pulumi/pulumi-aws#2326; hashicorp/terraform-provider-aws#40933',
    confidence: 'observed',
  },
  {
    id: 'R18',
    statement:
      "With registryPolicyScope V2 (default) a registry policy may name any ecr: action; with V1 only ecr:ReplicateImage, ecr:BatchImportUpstreamImage and ecr:CreateRepository; any other is R17's error.",
    source: `${GUIDE}/registry-permissions-create.html ("The V2 version is the default registry policy scope")`,
    confidence: 'doc',
    option: 'registryPolicyScope',
  },
  {
    id: 'R19',
    statement:
      'PutImageTagMutability sets the mutability and replaces (or, when not given, removes) the exclusion filters, and answers them; images keep their tags.',
    source: `${API}/API_PutImageTagMutability.html`,
    confidence: 'doc',
  },
  {
    id: 'R20',
    statement:
      'CreateRepository with encryptionType KMS (or KMS_DSSE) and no kmsKey answers the AWS managed key arn:aws:kms:<region>:<account>:key/<uuid>, one key per registry.',
    source: `${API}/API_EncryptionConfiguration.html ("If you use the KMS encryption type and don't specify a key, Amazon ECR uses the AWS managed key"); terraform-provider-aws TestAccECRRepository_Encryption_kms`,
    confidence: 'doc',
  },
  {
    id: 'R21',
    statement:
      'BatchDeleteImage by digest answers one imageIds entry per tag the image carried (the digest alone if untagged); a malformed digest is failure InvalidImageDigest.',
    source: 'aws-cli ecr-public batch-delete-image example; UKHomeOffice ECR guide; ImageFailureCode enum',
    confidence: 'observed',
  },
  {
    id: 'R22',
    statement:
      'The server answers POST /moto-api/reset exactly as POST /_sim/reset, so moto server-mode suites (TEST_SERVER_MODE) start every test from an empty simulator.',
    source: 'getmoto/moto moto/core/models.py ServerModeMockAWS.reset',
    confidence: 'doc',
  },
] as const satisfies readonly Rule[];
