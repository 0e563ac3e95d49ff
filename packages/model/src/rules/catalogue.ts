/**
 * The rule catalogue: every behaviour rule of the reference as data. Code cites the IDs in comments, test names
 * start with them (`it('Q1: ...')`), and `docs/scan-semantics.md` is generated from this table
 * (`pnpm docs:gen`), so a rule, its evidence and its tests are always found together.
 */
import { INSPECTOR2_RULES } from './inspector2-catalogue.js';
import type { Rule } from './rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';
const ENH = 'shared/reference/ecr-enhanced-scanning.md';

/** @public Every rule, in documentation order. */
export const RULES = [
  // --- Quotas ---
  {
    id: 'Q1',
    statement:
      'StartImageScan is refused with LimitExceededException "The scan quota per image has been exceeded. Wait and try again." while less than 24 h have passed since the image\'s last accepted scan start (rolling window).',
    source: `${API}/API_StartImageScan.html; ${REF} §1.3–1.4`,
    confidence: 'doc',
    decision: 'D1',
    option: 'quotas.perImageWindowMs, quotas.window',
  },
  {
    id: 'Q2',
    statement:
      'A scan on push starts the per-image window like a manual scan does; a scan that ends FAILED or UNSUPPORTED_IMAGE still used its slot.',
    source: `${GUIDE}/manual-scan.html ("The 24 hours includes the initial scan on push")`,
    confidence: 'doc',
    decision: 'D1',
  },
  {
    id: 'Q3',
    statement: 'The per-image quota is keyed by manifest digest: several tags on one digest share one quota.',
    source: `${REF} §1.3`,
    confidence: 'inferred',
    decision: 'D1',
  },
  {
    id: 'Q4',
    statement:
      'At most 100,000 basic scans are accepted per rolling 24 h per (account, region); scans on push and StartImageScan both count.',
    source: `${GUIDE}/service-quotas.html; ${API}/API_StartImageScan.html`,
    confidence: 'doc',
    decision: 'D2',
    option: 'quotas.accountScanLimit, quotas.accountWindowMs, quotas.window',
  },
  {
    id: 'Q5',
    statement:
      "A push that would scan while the account window is full runs no scan: the image's scan status is LIMIT_EXCEEDED (synthetic description) and its per-image slot is not used.",
    source: `${REF} §1.5 (LIMIT_EXCEEDED added 2025-02-07 with the quota text)`,
    confidence: 'inferred',
    decision: 'D3',
  },
  {
    id: 'Q6',
    statement:
      'StartImageScan while the account window is full answers HTTP 200 with imageScanStatus.status LIMIT_EXCEEDED and consumes nothing; option "exception" throws LimitExceededException with a distinct synthetic message instead.',
    source: `${REF} §1.5, seeds/ecr-api-change-2025-02-07.txt`,
    confidence: 'inferred',
    decision: 'D4',
    option: 'accountQuotaExceeded',
  },
  {
    id: 'Q7',
    statement:
      'With window "utc-day" both quotas count per UTC calendar day instead of a rolling 24 h (moto\'s behaviour), for users who must match it.',
    source: 'getmoto/moto moto/ecr/models.py start_image_scan',
    confidence: 'inferred',
    decision: 'D1',
    option: 'quotas.window',
  },
  // --- Atomicity ---
  {
    id: 'X1',
    statement:
      'A rejected call changes nothing: no quota consumed, no partial push, the same answer on every SDK retry (the SDK tries LimitExceededException 3 times).',
    source: `${REF} §1.4 (SDK retries throttling errors)`,
    confidence: 'doc',
    decision: 'D5',
  },
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
  // --- Lifecycle ---
  {
    id: 'L1',
    statement: 'An accepted scan answers imageScanStatus { status: IN_PROGRESS } with no description.',
    source: `${REF} §2 (moto; real IN_PROGRESS text not found)`,
    confidence: 'inferred',
    decision: 'D7',
  },
  {
    id: 'L2',
    statement:
      'A scan is IN_PROGRESS for scanDurationMs of clock time (default 30 s), then reaches its outcome; the outcome is derived from clock.now() when observed.',
    source: `${REF} §2.1 (duration undocumented; tens of seconds in practice)`,
    confidence: 'inferred',
    decision: 'D6',
    option: 'scanDurationMs (and a per-image profile)',
  },
  {
    id: 'L3',
    statement: 'A successful scan is COMPLETE with description "The scan was completed successfully."',
    source: 'aws-cli awscli/examples/ecr/describe-image-scan-findings.rst',
    confidence: 'observed',
    decision: 'D7',
  },
  {
    id: 'L4',
    statement:
      'A scan of an unsupported OS ends FAILED with "UnsupportedImageError: The operating system and/or package manager are not supported." (or the OS/version form); option UNSUPPORTED_IMAGE reports that status instead.',
    source: 'aws-observability/aws-otel-collector#2193; aws/containers-roadmap#2028, #2489',
    confidence: 'observed',
    decision: 'D7',
    option: 'unsupportedOsStatus',
  },
  {
    id: 'L5',
    statement: 'DescribeImageScanFindings on an image never scanned throws ScanNotFoundException.',
    source: `${REF} §3.2 (botocore traceback in a public note)`,
    confidence: 'observed',
  },
  {
    id: 'L6',
    statement:
      'The scan record of a scan on push is visible at once; with scanRecordDelayMs it is ScanNotFoundException for that long after the push.',
    source: `${REF} §2.1 (a user note saw a short ScanNotFoundException window)`,
    confidence: 'inferred',
    decision: 'D15',
    option: 'scanRecordDelayMs',
  },
  {
    id: 'L7',
    statement:
      "While a rescan is IN_PROGRESS, or the status is LIMIT_EXCEEDED or IMAGE_ARCHIVED, the status shows the current state and imageScanFindings is the last completed scan's, if any.",
    source: `${GUIDE}/describe-scan-findings.html ("the last completed basic image scan")`,
    confidence: 'inferred',
    decision: 'D8',
  },
  {
    id: 'L8',
    statement:
      'Each completed basic scan emits one EventBridge-like "ECR Image Scan" event, in completion-time order, visible once the clock has passed its completion.',
    source: `${GUIDE}/image-scanning-basic.html ("Amazon ECR sends an event to Amazon EventBridge")`,
    confidence: 'doc',
  },
  // --- Archive ---
  {
    id: 'A1',
    statement:
      'UpdateImageStorageClass ARCHIVE is immediate (ARCHIVED); STANDARD restores through ACTIVATING for restoreDurationMs (default 20 min), then ACTIVE.',
    source: `${GUIDE}/archive-image.html`,
    confidence: 'inferred',
    decision: 'D11',
    option: 'restoreDurationMs',
  },
  {
    id: 'A2',
    statement:
      'StartImageScan on an ARCHIVED or ACTIVATING image throws ImageArchivedException "The specified image is archived and cannot be scanned."',
    source: `${GUIDE}/image-scanning.html ("Archived images cannot be scanned")`,
    confidence: 'doc',
    decision: 'D11',
  },
  {
    id: 'A3',
    statement:
      'DescribeImageScanFindings of an archived image reports status IMAGE_ARCHIVED, with the last findings if any.',
    source: `${REF} §5.3`,
    confidence: 'inferred',
    decision: 'D11',
  },
  {
    id: 'A4',
    statement:
      'DescribeImages without filter.imageStatus lists only ACTIVE images; the filter selects ARCHIVED, ACTIVATING or ANY.',
    source: `${API}/API_DescribeImagesFilter.html ("If not specified, only images with ACTIVE status are returned.")`,
    confidence: 'doc',
    decision: 'D11',
  },
  // --- Unscannable images ---
  {
    id: 'U1',
    statement:
      'StartImageScan on an image index or manifest list throws UnsupportedImageTypeException "An artifact with media type \'<mediaType>\' cannot be scanned. For more information, see the Amazon ECR documentation."',
    source: 'alexjurkiewicz/ecr-scan-image#43',
    confidence: 'observed',
    decision: 'D12',
  },
  {
    id: 'U2',
    statement:
      'A non-image artifact (a manifest whose config is not a container image config) is refused the same way, naming its artifact media type; a push never scans an index or artifact.',
    source: `${API}/API_StartImageScan.html (UnsupportedImageTypeException: "The image is of a type that cannot be scanned.")`,
    confidence: 'inferred',
    decision: 'D12',
  },
  // --- Enhanced ---
  {
    id: 'E1',
    statement: `With an ENHANCED registry, StartImageScan throws ValidationException "This feature is disabled" and changes nothing.`,
    source: `alexjurkiewicz/ecr-scan-image#44; go-to-k/ecr-scan-verifier`,
    confidence: 'observed',
    decision: 'D28',
  },
  {
    id: 'E2',
    statement: `An image of a CONTINUOUS_SCAN repository shows ACTIVE "Continuous scan is selected for image." once its first scan is done, while it is eligible (E10).`,
    source: `aws/aws-cli#6759; ${ENH} §1.2 (APIREF 2025 example)`,
    confidence: 'observed',
    decision: 'D23',
  },
  {
    id: 'E3',
    statement: `Under ENHANCED only images of repositories whose effective frequency (C6) is SCAN_ON_PUSH or CONTINUOUS_SCAN are scanned, by Inspector on its own (no basic scan, no account quota); an image of a MANUAL repository has no scan: ScanNotFoundException.`,
    source: `${ENH} §1.3 ("Off" repositories are not scanned), D23`,
    confidence: 'inferred',
    decision: 'D23',
  },
  {
    id: 'E4',
    statement: `After a push into a scanned repository the image has no visible scan for ingestDelayMs (default 0): ScanNotFoundException, as while Inspector ingests it.`,
    source: `${ENH} §1.6 (DLC, cultureamp, theam/facility retry ScanNotFoundException right after push)`,
    confidence: 'observed',
    decision: 'D23',
    option: 'enhanced.ingestDelayMs',
  },
  {
    id: 'E5',
    statement: `Then it is PENDING "Pending start of the image scan." with imageScanFindings { findings: [], enhancedFindings: [] } for initialScanMs (default 60 s).`,
    source: `${ENH} §1.2 (alexjurkiewicz/ecr-scan-image PR #51, full response)`,
    confidence: 'observed',
    decision: 'D23',
    option: 'enhanced.initialScanMs',
  },
  {
    id: 'E6',
    statement: `An image of a SCAN_ON_PUSH repository then shows COMPLETE "The scan was completed successfully." for good.`,
    source: `aws/aws-sdk#289 (ENHANCED + SCAN_ON_PUSH); ${ENH} §1.2`,
    confidence: 'observed',
    decision: 'D23',
  },
  {
    id: 'E7',
    statement: `COMPLETE and ACTIVE can come before the findings: for findingsLagMs (default 0) both lists are empty and there are no counts and no imageScanCompletedAt.`,
    source: `aws/aws-sdk#289; theam/facility PR #127; ecperth/check-aws-inspector README (15 s)`,
    confidence: 'observed',
    decision: 'D23',
    option: 'enhanced.findingsLagMs',
  },
  {
    id: 'E8',
    statement: `imageScanCompletedAt and vulnerabilitySourceUpdatedAt appear once the first results are in: the time of the last evaluation, and the feed publication it used.`,
    source: `DLC comment (2023); ${ENH} D27`,
    confidence: 'observed',
    decision: 'D27',
  },
  {
    id: 'E9',
    statement: `An image of an unsupported OS (profile outcome FAILED or UNSUPPORTED_IMAGE) shows UNSUPPORTED_IMAGE with the basic unsupported-OS description after its initial scan; an index or non-image artifact shows UNSUPPORTED_IMAGE with a synthetic media-type description.`,
    source: `aws/containers-roadmap#2301; DataBiosphere/azul#6311 (status); descriptions inferred`,
    confidence: 'inferred',
    decision: 'D23',
  },
  {
    id: 'E10',
    statement: `A CONTINUOUS_SCAN image stays ACTIVE while now minus its last push is within the re-scan duration (default DAYS_14; LIFETIME never ends), then shows SCAN_ELIGIBILITY_EXPIRED (synthetic description) with its findings as last seen. SCAN_ON_PUSH images do not expire.`,
    source: `${ENH} §1.4 (Inspector re-scan duration; 14 days for new accounts since 2025-05)`,
    confidence: 'doc',
    decision: 'D24',
    option: 'enhanced.rescanDuration',
  },
  {
    id: 'E11',
    statement: `A push of a digest the repository holds (a new tag, or a restore) counts as a push: an eligible image stays eligible longer; an expired or unrecognised one starts a new scan (PENDING again).`,
    source: `${ENH} §1.4 ("re-push it"; rootameen/ecr-rescanner)`,
    confidence: 'inferred',
    decision: 'D24',
  },
  {
    id: 'E12',
    statement: `When a repository starts being scanned (ENHANCED switched on, or a rule now matching it), its images are scanned from then if last pushed within recognitionWindowMs (default 30 days), else they show SCAN_ELIGIBILITY_EXPIRED until pushed again.`,
    source: `${ENH} §1.2 (troubleshooting: Inspector "only recognizes images pushed … in the last 30 days")`,
    confidence: 'doc',
    decision: 'D24',
    option: 'enhanced.recognitionWindowMs',
  },
  {
    id: 'E13',
    statement: `A change of a repository's frequency under ENHANCED (SCAN_ON_PUSH to CONTINUOUS_SCAN or back, or to or from MANUAL) ends its images' scans and, when it is still scanned, starts new ones (E12 applies).`,
    source: `${ENH} §1.3, D28 ("re-derives enhanced state")`,
    confidence: 'inferred',
    decision: 'D28',
  },
  {
    id: 'E14',
    statement: `Enhanced findings are a deterministic function of (seed, digest, profile, feed time), generated lazily per page; the first scan's findings share CVE id, package and description with the basic finding at the same position.`,
    source: `${ENH} D26`,
    confidence: 'inferred',
    decision: 'D26',
    option: 'seed, image profile',
  },
  {
    id: 'E15',
    statement: `A SCAN_ON_PUSH image is evaluated once: its findings, counts and timestamps never change afterwards.`,
    source: `${ENH} §1.3 (Inspector reason SCAN_FREQUENCY_SCAN_ON_PUSH: scanned one time, no new findings)`,
    confidence: 'doc',
    decision: 'D25',
  },
  {
    id: 'E16',
    statement: `A CONTINUOUS_SCAN image is re-evaluated at every feed publication while eligible, and the feed adds findings per severity at enhanced.feed.newFindingsPer30Days (default CRITICAL 0.25, HIGH 1, MEDIUM 2, LOW 1: every image gains one within 15 days).`,
    source: `${ENH} §1.3 ("rescanned as new CVEs are published"), D25`,
    confidence: 'inferred',
    decision: 'D25',
    option: 'enhanced.feed',
  },
  {
    id: 'E17',
    statement: `On re-evaluation lastObservedAt, updatedAt, imageScanCompletedAt and vulnerabilitySourceUpdatedAt advance; the firstObservedAt of a kept finding never moves.`,
    source: `${ENH} D25`,
    confidence: 'inferred',
    decision: 'D25',
    option: 'enhanced.feed',
  },
  {
    id: 'E18',
    statement: `The feed is a formula of time: counts and pages after a year of simulated time cost what they cost after a day (no replay).`,
    source: `ecr-scan-sim (a cost property, measured by pnpm bench)`,
    confidence: 'inferred',
    decision: 'D25',
  },
  {
    id: 'E19',
    statement: `findingArn is arn:aws:inspector2:<region>:<account>:finding/<32 lowercase hex>, stable per (image, vulnerability).`,
    source: `moto test_ecr_scan_results fixture; ${ENH} §2.1`,
    confidence: 'observed',
    decision: 'D26',
  },
  {
    id: 'E20',
    statement: `title is "<vulnerabilityId> - <package>[, <package>…]"; type PACKAGE_VULNERABILITY; status ACTIVE.`,
    source: `${ENH} §2.1 (APIREF example; INSP-EB "CVE-2024-6119 - libssl3t64, openssl")`,
    confidence: 'doc',
    decision: 'D26',
  },
  {
    id: 'E21',
    statement: `score is the CVSS v3.1 base score with scoreDetails.cvss (adjustments []); an UNTRIAGED finding has score 0.0, cvss [] and no scoreDetails; INFORMATIONAL findings score in the LOW band.`,
    source: `moto fixture (UNTRIAGED); APIREF example`,
    confidence: 'observed',
    decision: 'D26',
  },
  {
    id: 'E22',
    statement: `fixAvailable is YES, NO or PARTIAL with fixedInVersion per package ("NotAvailable" without a fix); exploitAvailable YES or NO; remediation text "None Provided" without a fix.`,
    source: `APIREF example (2025); botocore (members added 2024-09-17)`,
    confidence: 'doc',
    decision: 'D26',
  },
  {
    id: 'E23',
    statement: `resources[0] is AWS_ECR_CONTAINER_IMAGE with id arn:aws:ecr:<region>:<account>:repository/<repo>/<digest> and awsEcrContainerImage (imageHash, the current imageTags, registry, repositoryName, pushedAt, platform, architecture).`,
    source: `APIREF example (2025)`,
    confidence: 'doc',
    decision: 'D26',
  },
  {
    id: 'E24',
    statement: `Packages, versions, advisory source and platform follow the image's OS profile: DEBIAN_12 with DEBIAN_CVE, UBUNTU_22_04 with UBUNTU_CVE, ALPINE_LINUX_3_20, AMAZON_LINUX_2023 with X86_64 packages, and so on.`,
    source: `APIREF (DEBIAN_12, DEBIAN_CVE); UG22 (AMAZON_LINUX_2, X86_64); INSP-EB (UBUNTU_24_04, ARM64); the other names inferred`,
    confidence: 'inferred',
    decision: 'D26',
    option: 'image profile os',
  },
  {
    id: 'E25',
    statement: `Under ENHANCED imageScanFindings always has both findings: [] and enhancedFindings, PENDING included.`,
    source: `alexjurkiewicz PR #51 (both); aws/aws-cli#6759 (findings only); APIREF (enhancedFindings only)`,
    confidence: 'observed',
    decision: 'D27',
  },
  {
    id: 'E26',
    statement: `findingSeverityCounts count the whole image, not the page, only severities above zero, UNTRIAGED included.`,
    source: `moto fixture ({MEDIUM: 1, UNTRIAGED: 1}); the per-page reading of two tools is unconfirmed (${ENH} §2)`,
    confidence: 'inferred',
    decision: 'D27',
  },
  {
    id: 'E27',
    statement: `Enhanced findings page with maxResults (default 100) and nextToken like basic findings; a token from another image or from the other scan type is InvalidParameterException.`,
    source: `${ENH} §2 (paginator result keys); ${REF} D13`,
    confidence: 'doc',
    decision: 'D27',
  },
  {
    id: 'E28',
    statement: `A profile's severityCounts apply to both scanners (UNTRIAGED and UNDEFINED stand for each other) and exact enhancedFindings are returned as given; a profile with an unknown severity, a bad count or an enhanced finding without severity or vulnerability id is refused with a TypeError naming the field, and changes nothing.`,
    source: `ecr-scan-sim (test-double contract)`,
    confidence: 'inferred',
    decision: 'D26',
    option: 'image profile',
  },
  {
    id: 'E29',
    statement: `DescribeImages under ENHANCED never carries imageScanStatus or imageScanFindingsSummary, whatever the basic engine.`,
    source: `steampipe-plugin-aws#2404; aws/aws-cli#6759`,
    confidence: 'observed',
    decision: 'D28',
  },
  {
    id: 'E30',
    statement: `Switching ENHANCED to BASIC shows the earlier basic scans again; enhanced scans consume no basic scan and no account quota; switching back to ENHANCED scans again (E12).`,
    source: `${GUIDE}/image-scanning.html ("the established scans will be available")`,
    confidence: 'doc',
    decision: 'D28',
  },
  {
    id: 'E31',
    statement: `An archived or restoring image shows IMAGE_ARCHIVED under ENHANCED too, with the enhanced findings last seen.`,
    source: `${REF} D11 (archived images cannot be scanned)`,
    confidence: 'inferred',
    decision: 'D11',
  },
  {
    id: 'E32',
    statement: `The SDK waiter waitUntilImageScanComplete succeeds under SCAN_ON_PUSH (COMPLETE) and times out under CONTINUOUS_SCAN (ACTIVE is never success).`,
    source: `aws/aws-sdk#288; botocore waiters-2.json`,
    confidence: 'observed',
    decision: 'D29',
  },
  {
    id: 'E33',
    statement: `scanImage treats COMPLETE and ACTIVE with imageScanCompletedAt as settled and PENDING, the findings lag or ScanNotFoundException as not yet; under ENHANCED it starts no scan (StartImageScan is refused) and collects enhancedFindings over every page.`,
    source: `${ENH} D29; alexjurkiewicz/ecr-scan-image (polls PENDING)`,
    confidence: 'inferred',
    decision: 'D29',
  },
  {
    id: 'E34',
    statement: `When an image's first enhanced scan has results: one Inspector2 Scan event (source aws.inspector2, scan-status INITIAL_SCAN_COMPLETE, repository-name the repository ARN, counts CRITICAL, HIGH, MEDIUM and TOTAL with zeros, version 1.0).`,
    source: `INSP-EB 2023 example; stefanfreitag/ecr-scan-notifier test event (2022)`,
    confidence: 'doc',
    decision: 'D30',
  },
  {
    id: 'E35',
    statement: `One Inspector2 Finding event per finding when it is first observed, its detail in Inspector's Finding shape (inspectorScore, inspectorScoreDetails.adjustedCvss, remediation.recommendation.Url), resources the image ARN.`,
    source: `INSP-EB; ${ENH} §2.2`,
    confidence: 'doc',
    decision: 'D30',
  },
  {
    id: 'E36',
    statement: `ECR Scan Resource Change (action-type SCAN_FREQUENCY_CHANGE) when repositories' frequencies change under ENHANCED or a scanned repository is created; basic scans keep ECR Image Scan only.`,
    source: `UG22 ecr-eventbridge.md`,
    confidence: 'doc',
    decision: 'D30',
  },
  {
    id: 'E37',
    statement: `The re-scan duration is read in one place: the registry's Inspector ECR setting when set (Inspector2 UpdateConfiguration), else the enhanced.rescanDuration option; a change re-derives every image with the new duration.`,
    source: `${ENH} D24 (Inspector keeps inactive images inactive after a raise: not modelled)`,
    confidence: 'inferred',
    decision: 'D24',
    option: 'enhanced.rescanDuration',
  },
  {
    id: 'E38',
    statement: `Enhanced answers are deterministic: the same seed, clock and calls give byte-identical responses over every transport.`,
    source: `ecr-scan-sim`,
    confidence: 'doc',
    decision: 'D26',
    option: 'seed',
  },
  // --- Configuration ---
  {
    id: 'C1',
    statement:
      "With BASIC scanning a push is scanned when the repository's effective frequency (rule C7) is SCAN_ON_PUSH: its own scanOnPush is true or a registry SCAN_ON_PUSH rule has a filter matching its name (rules C4, C5).",
    source: `${REF} §5.1; ${ENH} D19`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C2',
    statement: 'A registry starts with BASIC scanning and no rules (manual frequency).',
    source: `${GUIDE}/image-scanning-basic.html ("By default, Amazon ECR enables basic scanning on all private registries.")`,
    confidence: 'doc',
  },
  {
    id: 'C3',
    statement:
      "One function decides a repository's effective scan configuration (frequency, deciding rule, applied filters) from the registry's scan type and rules and the repository's own scanOnPush; scan on push and BatchGetRepositoryScanningConfiguration both read it.",
    source: `${ENH} D19, §8.5`,
    confidence: 'doc',
    decision: 'D19',
  },
  {
    id: 'C4',
    statement:
      'A filter without `*` matches every repository name that contains it: `prod` matches prod, repo-prod, prod-repo, repo-prod-repo and prodrepo.',
    source: `${GUIDE}/image-scanning-filters.html (filter table); ${ENH} §3.4`,
    confidence: 'doc',
    decision: 'D20',
  },
  {
    id: 'C5',
    statement:
      'A filter with `*` matches the whole name, `*` standing for zero or more characters: `*prod` matches prod and repo-prod, not prod-repo; `prod*repo` matches prod-repo and prodrepo.',
    source: `${GUIDE}/image-scanning-filters.html (filter table); ${ENH} §3.4`,
    confidence: 'doc',
    decision: 'D20',
  },
  {
    id: 'C6',
    statement:
      "ENHANCED: a repository matched by a CONTINUOUS_SCAN rule is CONTINUOUS_SCAN, else one matched by a SCAN_ON_PUSH rule is SCAN_ON_PUSH, whatever the rule order; a repository no rule matches is MANUAL (not scanned). The repository's own scanOnPush plays no part.",
    source: `${GUIDE}/image-scanning-filters.html ("continuous scanning takes precedence"); ${ENH} §1.3`,
    confidence: 'doc',
    decision: 'D19',
  },
  {
    id: 'C7',
    statement:
      'BASIC: a repository is SCAN_ON_PUSH when a SCAN_ON_PUSH rule matches it or its own scanOnPush is true, else MANUAL.',
    source: `${REF} §5.1–5.2 ("Any repositories not matching a scan on push filter will be set to the manual scan frequency")`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C8',
    statement:
      'ENHANCED with no rules scans every repository continuously: each is CONTINUOUS_SCAN with the applied filter `*` (WILDCARD); GetRegistryScanningConfiguration still returns the rules as they were put (none).',
    source: `${ENH} §1.3 (UG22: no rules "sets the scanning configuration to continuous scanning for all repositories"), §3.3 (steampipe#1716: applied filter \`*\`)`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C9',
    statement:
      "Registry rules never change a repository's own imageScanningConfiguration.scanOnPush: DescribeRepositories and BatchGetRepositoryScanningConfiguration's scanOnPush report the repository's flag.",
    source: `${ENH} §1.3 (turbot/steampipe-plugin-aws#1716: scanOnPush false while the frequency is CONTINUOUS_SCAN)`,
    confidence: 'observed',
    decision: 'D19',
  },
  {
    id: 'C10',
    statement:
      'appliedScanFilters are the filters of the deciding rule that match the name, in rule order; [] for MANUAL and for a repository scanned on push by its own scanOnPush alone.',
    source: `${ENH} D22, §3.3 (steampipe#1716, PR #1719)`,
    confidence: 'inferred',
    decision: 'D22',
  },
  {
    id: 'C11',
    statement:
      'When both rules have the winning frequency and match, the first in list order decides (its filters are the applied ones).',
    source: `${ENH} §3.4 (undocumented; moto keeps the last match, which the docs' precedence contradicts)`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C12',
    statement:
      "BatchGetRepositoryScanningConfiguration answers, in request order, one scanningConfiguration per existing repository of the caller's registry (repositoryArn, repositoryName, scanOnPush, scanFrequency, appliedScanFilters) and one failure per unknown name (failureCode REPOSITORY_NOT_FOUND, a synthetic failureReason); both lists are always present.",
    source: `${API}/API_BatchGetRepositoryScanningConfiguration.html; ${ENH} D22`,
    confidence: 'doc',
    decision: 'D22',
  },
  {
    id: 'C13',
    statement:
      'PutRegistryScanningConfiguration replaces the scan type and every rule at once (a missing scanType is BASIC, missing rules none) and answers the configuration it stored; GetRegistryScanningConfiguration returns it.',
    source: `${API}/API_PutRegistryScanningConfiguration.html; ${ENH} §3.4 (moto#7402: "resetting on Put")`,
    confidence: 'doc',
  },
  {
    id: 'C14',
    statement:
      'Filter matching takes time linear in the filter and the name (no regular expression is built from input), so 255-character names and filters of stars answer at once.',
    source: 'ecr-scan-sim (a matcher property, not an AWS behaviour)',
    confidence: 'inferred',
    decision: 'D20',
  },
  {
    id: 'C15',
    statement:
      'With BASIC scanning a new rule set applies to the next push only: images already pushed keep the scans they had (a repository that stops matching keeps its findings; one that starts matching is not scanned retroactively).',
    source: `${ENH} §1.3 (scan on push is per push)`,
    confidence: 'inferred',
    decision: 'D19',
  },
  // --- Engine ---
  {
    id: 'N1',
    statement:
      'With the AWS_NATIVE engine (the default) DescribeImages omits imageScanStatus and imageScanFindingsSummary; with CLAIR it fills both, consistent with DescribeImageScanFindings.',
    source: `${API}/API_DescribeImages.html; aws-exporters/ecr#12`,
    confidence: 'doc',
    decision: 'D9',
    option: 'engine',
  },
  {
    id: 'N2',
    statement:
      "GetAccountSetting BASIC_SCAN_TYPE_VERSION answers { name, value } with the registry's basic-scan engine: the `engine` option until PutAccountSetting changes it.",
    source: `${REF} §2.2 (classmethod: get-account-setting returns {"name":"BASIC_SCAN_TYPE_VERSION","value":"AWS_NATIVE"}); ${ENH} D31`,
    confidence: 'observed',
    decision: 'D31',
    option: 'engine',
  },
  {
    id: 'N3',
    statement:
      'PutAccountSetting BASIC_SCAN_TYPE_VERSION AWS_NATIVE or CLAIR switches the engine of that registry (account, region) at once and answers { name, value }: DescribeImages follows it (rule N1); scans already made stay as they are.',
    source: `${API}/API_PutAccountSetting.html; ${ENH} D31`,
    confidence: 'doc',
    decision: 'D31',
    option: 'engine',
  },
  {
    id: 'N4',
    statement:
      'The engine is registry state: each (account, region) has its own, snapshots keep it, reset() returns every registry to the `engine` option (which `sim.options.engine` keeps reporting).',
    source: `${GUIDE}/image-scanning-basic-enhanced.html (account settings are per Region)`,
    confidence: 'inferred',
    decision: 'D31',
    option: 'engine',
  },
  // --- Pagination ---
  {
    id: 'P1',
    statement: 'maxResults is 1–1000; without it a page holds up to 100 items.',
    source: `${API}/API_DescribeImageScanFindings.html`,
    confidence: 'doc',
  },
  {
    id: 'P2',
    statement: 'The last page carries no nextToken (so SDK paginators end).',
    source: `${REF} §6.2`,
    confidence: 'doc',
  },
  {
    id: 'P3',
    statement:
      'A nextToken we did not issue, or issued for another query, is InvalidParameterException on member nextToken.',
    source: `${REF} D13`,
    confidence: 'inferred',
    decision: 'D13',
  },
  {
    id: 'P4',
    statement:
      'Every findings page repeats the status, timestamps and findingSeverityCounts of the whole scan; counts list only severities above zero.',
    source: `${REF} §4.2, §7 (Dynatrace sample; aws-cli example)`,
    confidence: 'observed',
  },
  {
    id: 'P5',
    statement: 'DescribeImages with imageIds and nextToken or maxResults is InvalidParameterException.',
    source: `${API}/API_DescribeImages.html ("This option cannot be used when you specify images with imageIds.")`,
    confidence: 'doc',
    decision: 'D13',
  },
  // --- Images ---
  {
    id: 'I1',
    statement: 'DescribeImages lists images in a stable order: push time, then digest.',
    source: `${REF} §4.1 (order undocumented)`,
    confidence: 'inferred',
  },
  {
    id: 'I2',
    statement: 'An untagged image omits imageTags rather than returning [].',
    source: 'getmoto/moto moto/ecr/responses.py comment on real AWS serialisation',
    confidence: 'observed',
  },
  {
    id: 'I3',
    statement:
      'DescribeImages with imageIds throws ImageNotFoundException for the first id that matches no image.',
    source: `${REF} §4.1, D14 (mixed found/missing is open)`,
    confidence: 'inferred',
    decision: 'D14',
  },
  {
    id: 'I4',
    statement:
      'PutImage stores the manifest under its sha256 digest, moves the tag to it, and starts a scan on push when configured (rule C1).',
    source: `${API}/API_PutImage.html`,
    confidence: 'doc',
  },
  {
    id: 'I5',
    statement:
      'An imageId naming both a digest and a tag must match one image; DescribeImageScanFindings and StartImageScan echo the members given, with the resolved digest.',
    source: `${REF} §4, §7`,
    confidence: 'inferred',
  },
  {
    id: 'I6',
    statement:
      'PutImage that would move a tag the repository protects (IMMUTABLE; IMMUTABLE_WITH_EXCLUSION outside its filters; MUTABLE_WITH_EXCLUSION inside them) is ImageTagAlreadyExistsException and changes nothing; a new tag is always accepted.',
    source: `${API}/API_PutImage.html; docker push / AWS CLI output quoted in public issues (message)`,
    confidence: 'observed',
  },
  // --- Validation ---
  {
    id: 'V1',
    statement:
      "Malformed input is InvalidParameterException \"Invalid parameter at '<member>' failed to satisfy constraint: '<constraint>'\", first violation only, in a fixed order: JSON types, required members, constraints, cross-member rules.",
    source: `${REF} D13 (renovate fixture; moto; aws-actions/amazon-ecr-login)`,
    confidence: 'observed',
    decision: 'D13',
  },
  {
    id: 'V2',
    statement: "An imageDigest must be 'sha256:' and 64 lowercase hex digits.",
    source: `${REF} §4 (the model has no pattern; the service rejects malformed digests)`,
    confidence: 'inferred',
    decision: 'D13',
  },
  {
    id: 'V3',
    statement: 'An imageId with neither imageDigest nor imageTag is InvalidParameterException.',
    source: `${REF} §4`,
    confidence: 'inferred',
    decision: 'D13',
  },
  {
    id: 'V4',
    statement: 'A member of the wrong JSON type is SerializationException, as awsJson services answer.',
    source: 'Coral JSON deserializer behaviour across awsJson services',
    confidence: 'inferred',
  },
  {
    id: 'V10',
    statement:
      'imageTagMutabilityExclusionFilters go with, and only with, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION (CreateRepository, PutImageTagMutability); otherwise InvalidParameterException on imageTagMutabilityExclusionFilters.',
    source: 'moto ecr/models.py (text); the pairing follows the API reference of ImageTagMutability',
    confidence: 'inferred',
  },
  {
    id: 'V5',
    statement:
      "PutRegistryScanningConfiguration takes at most 2 rules of 0–100 filters; a filter is 1–255 characters matching ^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$ with filterType WILDCARD (the model's constraints, in the V1 format).",
    source: `${API}/API_PutRegistryScanningConfiguration.html; botocore ecr service-2.json`,
    confidence: 'doc',
    decision: 'D21',
  },
  {
    id: 'V6',
    statement:
      "A BASIC rule's scanFrequency must be SCAN_ON_PUSH, an ENHANCED rule's SCAN_ON_PUSH or CONTINUOUS_SCAN (never MANUAL): else InvalidParameterException on rules.N.member.scanFrequency with a synthetic constraint text; a refused Put changes nothing.",
    source: `${API}/API_RegistryScanningRule.html; ${ENH} D21 (error text not recorded)`,
    confidence: 'doc',
    decision: 'D21',
  },
  {
    id: 'V7',
    statement:
      'BatchGetRepositoryScanningConfiguration takes 1–25 repositoryNames, each a valid repository name (a bad item is reported on the list, wrapped).',
    source: `${API}/API_BatchGetRepositoryScanningConfiguration.html`,
    confidence: 'doc',
    decision: 'D22',
  },
  {
    id: 'V8',
    statement:
      'GetAccountSetting and PutAccountSetting take a name of 1–64 characters; names other than BASIC_SCAN_TYPE_VERSION are InvalidParameterException (synthetic text: AWS also has REGISTRY_POLICY_SCOPE and BLOB_MOUNTING, not modelled).',
    source: `${API}/API_GetAccountSetting.html; ${ENH} D31`,
    confidence: 'inferred',
    decision: 'D31',
  },
  {
    id: 'V9',
    statement:
      'PutAccountSetting BASIC_SCAN_TYPE_VERSION takes AWS_NATIVE or CLAIR; anything else is InvalidParameterException "Member must satisfy enum value set: [AWS_NATIVE, CLAIR]" on member value.',
    source: `${API}/API_PutAccountSetting.html (botocore 1.43 lists AWS_NATIVE only; CLAIR kept for the engine option)`,
    confidence: 'inferred',
    decision: 'D31',
  },
  // --- Registries ---
  {
    id: 'G1',
    statement:
      'Each (account, region) is its own registry with its own repositories and quota; defaults 123456789012 / us-east-1; a registryId we do not host is RepositoryNotFoundException.',
    source: `${GUIDE}/service-quotas.html (per account per Region)`,
    confidence: 'doc',
    decision: 'D16',
    option: 'accountId, region',
  },
  // --- Wire ---
  {
    id: 'W1',
    statement:
      'awsJson1_1 over POST /: errors are HTTP 400 (500 for ServerException) with body {"__type", "message"} and header x-amzn-ErrorType; every response has x-amzn-RequestId and content-type application/x-amz-json-1.1.',
    source: `${REF} §3.3`,
    confidence: 'doc',
    decision: 'D17',
  },
  {
    id: 'W2',
    statement: 'Timestamps are epoch seconds as JSON numbers; undefined members are omitted.',
    source: `${REF} §3.3 (ISO strings make the SDK throw)`,
    confidence: 'doc',
    decision: 'D17',
  },
  // --- Time ---
  {
    id: 'T1',
    statement:
      'The simulator reads time only from its injected clock and schedules no timers; moving the clock backwards never un-does accepted scans but can make windows and scans look younger.',
    source: `${REF} D18`,
    confidence: 'doc',
    decision: 'D18',
    option: 'clock',
  },
  // --- Findings ---
  {
    id: 'F1',
    statement:
      "Findings are a deterministic function of (seed, digest, profile): CVE-like names, a severity, string attributes package_name, package_version, CVSS3_SCORE, CVSS3_VECTOR, and the uri of the distribution's tracker.",
    source: `${REF} §7`,
    confidence: 'observed',
    option: 'seed, image profile',
  },
  {
    id: 'F2',
    statement: 'A deterministic 10% of generated findings have no description, as some real findings do.',
    source: 'aws/aws-cli#6759; a cultureamp fixture',
    confidence: 'observed',
    option: 'seed',
  },
  {
    id: 'F3',
    statement:
      'With the AWS_NATIVE engine generated attributes start with CVSS3_SCORE, then package_version and package_name (then CVSS3_VECTOR and any CVSS2 pair); CLAIR keeps package_name, package_version first.',
    source: 'turbot/steampipe-plugin-aws#2357 (AWS_NATIVE output, 2024-12)',
    confidence: 'observed',
    option: 'engine',
  },
  // --- Amazon Inspector2 and restJson1 (S, W3–W9): rules/inspector2-catalogue.ts ---
  ...INSPECTOR2_RULES,
] as const satisfies readonly Rule[];

/** @public */
export type RuleId = (typeof RULES)[number]['id'];

/** @public The rule with an ID. */
export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new TypeError(`[ecr-scan-sim] unknown rule id '${id}'`);
  return rule;
}
