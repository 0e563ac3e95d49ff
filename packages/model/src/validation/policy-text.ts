/**
 * Rules R12 and R17: the IAM-grammar check ECR applies to repository and registry policies before storing them.
 * ECR's full checks are not public; this is the part the evidence supports (inferred), documented in
 * docs/scan-semantics.md: a JSON object; `Version` absent, `2012-10-17` or `2008-10-17`; `Statement` an object or a
 * non-empty list of objects; each statement with `Effect` Allow or Deny, one of `Action` / `NotAction` (a string or a
 * non-empty list of strings), one of `Principal` / `NotPrincipal`, and no member IAM does not define. A repository
 * policy may not name a `Resource` (observed: awsdocs/amazon-ecr-user-guide#20). Duplicate `Sid`s are allowed.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

const isStringOrStrings = (v: unknown): boolean =>
  typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((item) => typeof item === 'string'));

/** Exactly one of two members present. */
const oneOf = (statement: Json, a: string, b: string): boolean =>
  Object.hasOwn(statement, a) !== Object.hasOwn(statement, b);

function statementOk(statement: unknown, kind: 'repository' | 'registry'): boolean {
  if (!isObject(statement)) return false;
  if (!Object.keys(statement).every((key) => STATEMENT_KEYS.has(key))) return false;
  if (statement['Effect'] !== 'Allow' && statement['Effect'] !== 'Deny') return false;
  if (!oneOf(statement, 'Action', 'NotAction')) return false;
  if (!isStringOrStrings(statement['Action'] ?? statement['NotAction'])) return false;
  if (!oneOf(statement, 'Principal', 'NotPrincipal')) return false;
  const principal = statement['Principal'] ?? statement['NotPrincipal'];
  if (principal !== '*' && !isObject(principal)) return false;
  if (
    kind === 'repository' &&
    (Object.hasOwn(statement, 'Resource') || Object.hasOwn(statement, 'NotResource'))
  )
    return false;
  const condition = statement['Condition'];
  return condition === undefined || isObject(condition);
}

/** The statements of a policy document, or `undefined` when the text is not a policy document. */
function statementsOf(text: string): unknown[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const version = parsed['Version'];
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') return undefined;
  const statement = parsed['Statement'];
  if (isObject(statement)) return [statement];
  return Array.isArray(statement) && statement.length > 0 ? statement : undefined;
}

/** @public True when `text` is a policy ECR accepts for a repository (R12) or a registry (R17, before the scope check). */
export function isPolicyDocument(text: string, kind: 'repository' | 'registry'): boolean {
  const statements = statementsOf(text);
  return statements?.every((s) => statementOk(s, kind)) ?? false;
}

/** @public Registry policy scopes (account setting REGISTRY_POLICY_SCOPE): V2, the default for new registries, allows every ECR action. */
export const RegistryPolicyScope = ['V1', 'V2'] as const;
/** @public */
export type RegistryPolicyScope = (typeof RegistryPolicyScope)[number];

const V1_ACTIONS = new Set(['ecr:replicateimage', 'ecr:batchimportupstreamimage', 'ecr:createrepository']);

/**
 * @public Rule R18: every action a registry policy names is allowed in `scope`: V1 only ecr:ReplicateImage,
 * ecr:BatchImportUpstreamImage and ecr:CreateRepository; V2 every `ecr:` action (AWS user guide, "Private registry
 * permissions"). Call it on a text that passed {@link isPolicyDocument}.
 */
export function registryPolicyActionsAllowed(text: string, scope: RegistryPolicyScope): boolean {
  const statements = statementsOf(text) ?? [];
  return statements.every((statement) => {
    const raw = (statement as Json)['Action'] ?? (statement as Json)['NotAction'];
    const actions = (Array.isArray(raw) ? raw : [raw]).map((a) => String(a).toLowerCase());
    return actions.every((a) => (scope === 'V1' ? V1_ACTIONS.has(a) : a.startsWith('ecr:')));
  });
}
