/**
 * The rules of Amazon Inspector2's view of the simulated account (topic S) and of its restJson1 wire protocol
 * (W3–W10). They join the one rule catalogue (`RULES`): rules are about behaviour, and a topic letter already
 * partitions them, so a second service needs a letter, not a second table (decision record 0018).
 */
import type { Rule } from './rule.js';

const REF = 'shared/reference/ecr-enhanced-scanning.md';
const API = 'https://docs.aws.amazon.com/inspector/v2/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/inspector/latest/user';
const MODEL = 'botocore inspector2 2020-06-08 service-2.json';
const SMITHY = 'https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html';

/** @public The Inspector2 and restJson1 rules, in documentation order. */
export const INSPECTOR2_RULES = [
  // --- Inspector2: the account ---
  {
    id: 'S1',
    statement:
      "Inspector2 is a view of the simulator's state, not a second store: Enable / Disable with resource type ECR switch the registry of the call's region to ENHANCED / BASIC through the same switch as PutRegistryScanningConfiguration, which records when ENHANCED was switched on; the registry's rules are kept.",
    source: `${REF} D32, D19; ${GUIDE}/scanning-ecr.html ("you set Amazon Inspector as the preferred scanning service for your private registry")`,
    confidence: 'inferred',
    decision: 'D32',
  },
  {
    id: 'S2',
    statement:
      'A member of the wrong JSON type is ValidationException reason CANNOT_PARSE (the first one); timestamps are epoch seconds on the wire (a Date in process).',
    source: `${MODEL} (ValidationExceptionReason CANNOT_PARSE); ${SMITHY}`,
    confidence: 'inferred',
  },
  {
    id: 'S3',
    statement:
      'Constraint violations are all reported in one ValidationException "<n> validation error(s) detected: Value at \'<member>\' failed to satisfy constraint: <constraint>" joined by "; ", reason FIELD_VALIDATION_FAILED, one fields entry each; a scalar list item\'s violation is reported on the list, wrapped in "Member must satisfy constraint: [...]"; enum values are listed in the reverse of the model\'s order.',
    source:
      'boto/boto3#4179 (ListFindings maxResults 123); hashicorp/terraform-provider-aws#33935 (Disable resourceTypes: [LAMBDA_CODE, LAMBDA, ECR, EC2])',
    confidence: 'observed',
  },
  {
    id: 'S4',
    statement:
      'Filter shapes (filterCriteria, the filters in it, sortCriteria, aggregation requests) refuse members they do not know with ValidationException; other structures ignore unknown members.',
    source:
      'botocore refuses unknown filter keys client-side ("Unknown parameter in filterCriteria"); awslabs/mcp#4529',
    confidence: 'inferred',
  },
  {
    id: 'S5',
    statement:
      'ListFindingAggregations: aggregationRequest sets exactly one member, the one its aggregationType reads (REPOSITORY → repositoryAggregation, AWS_ECR_CONTAINER → awsEcrContainerAggregation, …); anything else is ValidationException.',
    source: `${API}/API_ListFindingAggregations.html ("This object is a Union"); ${MODEL}`,
    confidence: 'inferred',
  },
  {
    id: 'S6',
    statement:
      'UpdateConfiguration needs ecrConfiguration or ec2Configuration (else ValidationException); updateConfigurationInheritance is AccessDeniedException, as the simulated account is no delegated administrator.',
    source: `${API}/API_UpdateConfiguration.html`,
    confidence: 'inferred',
  },
  {
    id: 'S7',
    statement:
      'Enable and Disable take effect at once (no ENABLING / DISABLING phase) and are idempotent; the answer lists the account with status and resourceStatus of every resource type (ec2, ecr, lambda, lambdaCode, codeRepository).',
    source: `${API}/API_Enable.html`,
    confidence: 'inferred',
  },
  {
    id: 'S8',
    statement:
      'Disable without resourceTypes disables every resource type; when no type remains enabled Inspector is deactivated for the account and its ECR re-scan settings are deleted.',
    source: `${GUIDE}/deactivating-best-practices.html ("all Amazon Inspector scan settings … are deleted for the account")`,
    confidence: 'doc',
  },
  {
    id: 'S9',
    statement:
      'BatchGetAccountStatus: state ENABLED while any resource type is enabled, else DISABLED; resourceState.ecr is ENABLED exactly while the registry is ENHANCED; EC2, Lambda, Lambda code and code-repository scanning show what Enable / Disable set (they scan nothing: the account has no such resources).',
    source: `${REF} D32`,
    confidence: 'inferred',
    decision: 'D32',
  },
  {
    id: 'S10',
    statement:
      'An accountIds entry other than the simulated account is listed in failedAccounts with errorCode ACCESS_DENIED (Enable, Disable, BatchGetAccountStatus); GetConfiguration / UpdateConfiguration for another accountId is AccessDeniedException.',
    source: `${MODEL} (FailedAccount, ErrorCode ACCESS_DENIED)`,
    confidence: 'inferred',
    option: 'accountId',
  },
  {
    id: 'S11',
    statement:
      'maxResults is 1–100 for ListFindings and ListFindingAggregations and 1–200 for ListCoverage; without it a page holds that maximum; the last page carries no nextToken.',
    source: `${MODEL}; boto/boto3#4179 ("API limit is 1 to 100")`,
    confidence: 'doc',
  },
  {
    id: 'S12',
    statement:
      'A nextToken is bound to its query (operation, region, filterCriteria, sortCriteria, aggregation type and request): a token we did not issue, or issued for another query, is ValidationException on member nextToken, and changes nothing.',
    source: `${REF} D32 (issue 16, Bad input)`,
    confidence: 'inferred',
  },
  {
    id: 'S13',
    statement:
      'GetConfiguration reports ecrConfiguration.rescanDurationState: the stored rescanDuration or the default DAYS_14 (D24), pullDateRescanDuration DAYS_14 and pullDateRescanMode LAST_IN_USE_AT unless set, status SUCCESS, updatedAt once set; ec2Configuration.scanModeState EC2_HYBRID / SUCCESS unless set.',
    source: `${GUIDE}/scanning_resources_configure_duration_setting_ecr.html (14 days for new accounts); ${GUIDE}/scanning-ec2.html (hybrid on first activation); aws-cli examples/inspector2/get-configuration.rst`,
    confidence: 'doc',
    decision: 'D24',
  },
  {
    id: 'S14',
    statement:
      "UpdateConfiguration stores ecrConfiguration per registry (rescanDuration; pull-date members kept when omitted) with updatedAt the clock's time; ECR's eligibility reads the effective re-scan duration from the same place.",
    source: `${REF} D24, §1.4`,
    confidence: 'doc',
    decision: 'D24',
  },
  // --- Inspector2: the query engine ---
  {
    id: 'S15',
    statement:
      'String filters: EQUALS matches the exact value, PREFIX a value that starts with it, NOT_EQUALS any other value, case-sensitive; EQUALS and PREFIX filters on one key are joined by OR, NOT_EQUALS filters by AND; filter keys are joined by AND.',
    source:
      'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_StringFilter.html (the same shape, documented for Security Hub)',
    confidence: 'inferred',
  },
  {
    id: 'S16',
    statement:
      'A list-valued field (ecrImageTags, relatedVulnerabilities, vulnerablePackages) passes a positive filter when any element matches and NOT_EQUALS when no element equals the value; a finding without the field fails positive filters and passes NOT_EQUALS.',
    source: `${API}/API_FilterCriteria.html`,
    confidence: 'inferred',
  },
  {
    id: 'S17',
    statement:
      'Date filters (startInclusive / endInclusive) and number filters (lowerInclusive / upperInclusive) are inclusive ranges, either end optional; several ranges on one key are joined by OR.',
    source: `${API}/API_DateFilter.html; ${API}/API_NumberFilter.html`,
    confidence: 'inferred',
  },
  {
    id: 'S18',
    statement:
      'A resourceTags map filter (EQUALS) matches a resource that has the key, with the value when one is given; a package filter matches when one vulnerable package satisfies every sub-filter it gives.',
    source: `${API}/API_MapFilter.html; ${API}/API_PackageFilter.html`,
    confidence: 'inferred',
  },
  {
    id: 'S19',
    statement:
      'Filter keys of other resource types (EC2 instance, Lambda, code repository, network reachability, code vulnerability) match no ECR finding with a positive comparison and every finding with NOT_EQUALS: the simulated account has only ECR resources.',
    source: `${API}/API_FilterCriteria.html`,
    confidence: 'inferred',
  },
  {
    id: 'S20',
    statement:
      'sortCriteria sorts by the named field (SEVERITY by rank, UNTRIAGED lowest; times and scores numerically; others as text), ties by findingArn; findings without the field come last in either order; without sortCriteria findings keep the source order (image push order, then the generator order).',
    source: `${API}/API_SortCriteria.html`,
    confidence: 'inferred',
  },
  {
    id: 'S21',
    statement:
      "A finding is rendered in Inspector's shape, not ECR's: inspectorScore and inspectorScoreDetails.adjustedCvss (none for UNTRIAGED), remediation.recommendation {text, Url}, resources[0] with partition and region, packageVulnerabilityDetails with the vulnerable packages, fixAvailable, exploitAvailable, epss when known.",
    source: `${REF} §2.2, D26`,
    confidence: 'doc',
    decision: 'D26',
  },
  {
    id: 'S22',
    statement:
      "One generator, two renderings: the Inspector Finding and ECR's enhancedFindings entry of a vulnerability come from one neutral record, so they carry the same finding ARN, vulnerability id, severity, score, packages and timestamps.",
    source: `${REF} D32 (issue 16)`,
    confidence: 'doc',
    decision: 'D32',
  },
  {
    id: 'S23',
    statement:
      'resources[].partition follows the region (aws, aws-cn for cn-*, aws-us-gov for us-gov-*, aws-iso*, aws-eusc for eusc-*); resources[].region is the region of the image.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html (partitions)',
    confidence: 'doc',
  },
  {
    id: 'S33',
    statement:
      "ListFindings (and the aggregations) hold, for every image of an ENHANCED registry, exactly the enhancedFindings ECR's DescribeImageScanFindings shows for it at the same clock time: none while ingesting, PENDING, in the findings lag, unsupported, unrecognised or in a MANUAL repository; the first scan's, then the feed's as they arrive; an expired or archived image's as last seen (status ACTIVE). ECR enhancedFindings of an image equal ListFindings filtered by its ecrImageHash, by finding ARN, vulnerability id, severity, score, packages and timestamps (the agreement property).",
    source: `${REF} D32, D24, D26 (issue 16)`,
    confidence: 'inferred',
    decision: 'D32',
  },
  // --- Inspector2: coverage ---
  {
    id: 'S24',
    statement:
      'ListCoverage lists ECR resources only while ECR scanning is enabled (the registry is ENHANCED): one AWS_ECR_REPOSITORY entry per repository and one AWS_ECR_CONTAINER_IMAGE entry per image, scanType PACKAGE, accountId the simulated account; repositories by name, each followed by its images in push order.',
    source: `${REF} D32, §1.2`,
    confidence: 'inferred',
    decision: 'D32',
  },
  {
    id: 'S25',
    statement:
      'A repository is ACTIVE / SUCCESSFUL when its effective frequency (D19) is CONTINUOUS_SCAN or SCAN_ON_PUSH and INACTIVE / SCAN_FREQUENCY_MANUAL when MANUAL; resourceMetadata.ecrRepository carries name and scanFrequency.',
    source: `${API}/API_ScanStatus.html (SCAN_FREQUENCY_MANUAL: "not covered … due to the repository scan frequency configuration"); ${REF} D19`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'S26',
    statement:
      'An image in a MANUAL repository is INACTIVE / SCAN_FREQUENCY_MANUAL; an image index or non-image artifact INACTIVE / UNSUPPORTED_MEDIA_TYPE; an archived or restoring image INACTIVE / IMAGE_ARCHIVED; other images take their status from the enhanced lifecycle (PENDING_INITIAL_SCAN, SUCCESSFUL, SCAN_FREQUENCY_SCAN_ON_PUSH, SCAN_ELIGIBILITY_EXPIRED, UNSUPPORTED_OS); resourceMetadata.ecrImage.tags are the current tags.',
    source: `${API}/API_ScanStatus.html; ${REF} §1.2 (reason ↔ ECR status table)`,
    confidence: 'inferred',
    decision: 'D32',
  },
  {
    id: 'S27',
    statement:
      'Coverage filters: scanStatusCode, scanStatusReason, accountId, resourceId, resourceType, scanType, ecrRepositoryName, ecrImageTags (EQUALS / NOT_EQUALS as S15), lastScannedAt, imagePulledAt, ecrImageLastInUseAt (dates), ecrImageInUseCount (numbers); keys of other resource types match nothing (S19).',
    source: `${API}/API_CoverageFilterCriteria.html`,
    confidence: 'inferred',
  },
  {
    id: 'S34',
    statement:
      "An image's coverage follows the enhanced lifecycle ECR shows at the same clock time: ingesting or PENDING is ACTIVE / PENDING_INITIAL_SCAN, ACTIVE is ACTIVE / SUCCESSFUL, COMPLETE is INACTIVE / SCAN_FREQUENCY_SCAN_ON_PUSH, SCAN_ELIGIBILITY_EXPIRED is INACTIVE / SCAN_ELIGIBILITY_EXPIRED, UNSUPPORTED_IMAGE is INACTIVE / UNSUPPORTED_OS; lastScannedAt is ECR's imageScanCompletedAt once results exist.",
    source: `${API}/API_ScanStatus.html; ${REF} §1.2 (reason ↔ ECR status table, inferred mapping)`,
    confidence: 'inferred',
    decision: 'D32',
  },
  {
    id: 'S35',
    statement:
      "UpdateConfiguration's ecrConfiguration.rescanDuration is the re-scan duration ECR's eligibility reads from the next call on (D24, counted from the image's last push): with DAYS_14, a CONTINUOUS_SCAN image pushed 15 days ago is SCAN_ELIGIBILITY_EXPIRED in DescribeImageScanFindings and INACTIVE / SCAN_ELIGIBILITY_EXPIRED in ListCoverage. The pull-date members are stored and reported but expire nothing (the simulator records no pulls).",
    source: `${REF} §1.4, D24 (the push-date duration); ${API}/API_EcrConfiguration.html`,
    confidence: 'inferred',
    decision: 'D24',
  },
  // --- Inspector2: aggregations ---
  {
    id: 'S28',
    statement:
      'Aggregations count the ACTIVE findings that ListFindings returns; severityCounts has all, critical, high and medium; entries with no ACTIVE finding are not listed.',
    source: `${API}/API_SeverityCounts.html`,
    confidence: 'inferred',
  },
  {
    id: 'S29',
    statement:
      'AWS_ECR_CONTAINER aggregates per image (resourceId, imageSha, repository, architecture, imageTags, accountId, severityCounts), filtered by resourceIds, imageShas, repositories, architectures and imageTags; REPOSITORY per repository (severityCounts, affectedImages), filtered by repositories.',
    source: `${API}/API_AwsEcrContainerAggregationResponse.html; ${API}/API_RepositoryAggregationResponse.html`,
    confidence: 'inferred',
  },
  {
    id: 'S30',
    statement:
      'Aggregations sort by sortBy (CRITICAL by default; HIGH, ALL, AFFECTED_IMAGES for repositories) in sortOrder (DESC by default), ties by the entry key; ACCOUNT, FINDING_TYPE, PACKAGE, TITLE and IMAGE_LAYER aggregate the same findings; aggregation types of other resources (AMI, EC2 instance, Lambda, code repository, VM, container image, serverless) have no entries.',
    source: `${API}/API_ListFindingAggregations.html`,
    confidence: 'inferred',
  },
  // --- Inspector2: the simulator ---
  {
    id: 'S31',
    statement:
      'Inspector2 calls are entered like ECR calls: validated (S2–S6), then injected faults of service inspector2, then the operation; each is logged in sim.calls with service "inspector2"; a refused call changes nothing (X1).',
    source: `${REF} D32 (issue 16)`,
    confidence: 'doc',
  },
  {
    id: 'S32',
    statement:
      "The snapshot carries each registry's Inspector2 state (enabled resource types, ECR re-scan configuration, when ENHANCED was switched on); a snapshot without it loads with the defaults.",
    source: 'ecr-scan-sim snapshot format version 1',
    confidence: 'doc',
  },
  // --- Wire: restJson1 ---
  {
    id: 'W3',
    statement:
      'Inspector2 speaks restJson1: each operation is POST on its path from the service model (/enable, /disable, /status/batch/get, /configuration/get, /configuration/update, /findings/list, /coverage/list, /findings/aggregation/list) with a JSON body (an empty body is {}); success is 200 with content-type application/json.',
    source: `${SMITHY}; ${MODEL} (@http)`,
    confidence: 'doc',
  },
  {
    id: 'W4',
    statement:
      "restJson1 errors carry the status of the error shape (ValidationException 400, AccessDeniedException 403, ResourceNotFoundException 404, ThrottlingException 429, InternalServerException 500), header x-amzn-errortype with the name, and a body with message and the shape's other members (reason and fields for ValidationException); retryAfterSeconds travels as Retry-After.",
    source: `${SMITHY} (Operation error serialization); ${MODEL} (@httpError, @httpHeader Retry-After)`,
    confidence: 'doc',
  },
  {
    id: 'W5',
    statement: 'restJson1 timestamps are epoch seconds as JSON numbers in request and response bodies.',
    source: `${SMITHY} (timestampFormat default epoch-seconds for the body)`,
    confidence: 'doc',
  },
  {
    id: 'W6',
    statement:
      'On the Inspector2 endpoint a method and path that name no served operation are 404 UnknownOperationException (restJson1-shaped); a body over the size limit is 413; a body that is not a JSON object is ValidationException CANNOT_PARSE.',
    source:
      'smithy-lang/smithy#1368 (an AWS engineer: a request no protocol handler claims is a 404 UnknownOperationException)',
    confidence: 'observed',
  },
  {
    id: 'W7',
    statement:
      'One handler answers both services, routing by the request: an ECR API host or an Inspector2 host decides; otherwise an x-amz-target header means awsJson1_1 (ECR), a SigV4 credential scope for inspector2 or a served Inspector2 path means restJson1; anything else goes to ECR as before.',
    source: `${SMITHY}; https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html`,
    confidence: 'doc',
  },
  {
    id: 'W8',
    statement:
      "The region of an Inspector2 call comes from an inspector2[-fips].<region> host, else from the SigV4 credential scope, else from the default region (the simulator's unless a transport sets one).",
    source:
      'the endpoint rules of @aws-sdk/client-inspector2 (inspector2[-fips].{Region}.{dnsSuffix|dualStackDnsSuffix})',
    confidence: 'doc',
    option: 'region',
  },
  {
    id: 'W9',
    statement:
      'Every request to either protocol, however malformed, gets a well-formed response of its protocol (a JSON body, content-type, content-length, x-amzn-requestid) and no 5xx that is not injected; the fuzz run covers random paths, methods, hosts and bodies for both.',
    source: 'ecr-scan-sim (dispatch fuzz property)',
    confidence: 'doc',
  },
  {
    id: 'W10',
    statement:
      'The local endpoint\'s own refusals take the shape of the service the request is for (decided as in W7): an Inspector2 request over the body limit is restJson1 413 RequestEntityTooLargeException, an unsigned one under --require-auth restJson1 403 MissingAuthenticationTokenException "Missing Authentication Token" (x-amzn-errortype, a JSON body with message); ECR requests keep the awsJson1_1 shapes.',
    source: `${SMITHY} (Operation error serialization); the common AWS answer to unsigned requests`,
    confidence: 'inferred',
  },
] as const satisfies readonly Rule[];
