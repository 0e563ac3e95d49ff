// package.json checks for a public package: the fields a consumer and the registry rely on.
const REQUIRED = [
  'name',
  'version',
  'description',
  'license',
  'repository',
  'exports',
  'files',
  'sideEffects',
  'engines',
  'publishConfig',
];

/** Every condition object in `exports` (keys that do not start with '.') with its path, e.g. `exports["."]`. */
function conditionObjects(value, path, out = []) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => !k.startsWith('.'))) out.push({ path, keys });
  for (const key of keys) conditionObjects(value[key], `${path}[${JSON.stringify(key)}]`, out);
  return out;
}

/** @returns {string[]} problems, empty when the manifest is publishable. */
export function checkManifest(manifest) {
  const problems = [];
  for (const field of REQUIRED)
    if (manifest[field] === undefined || manifest[field] === '') problems.push(`missing "${field}"`);
  if (manifest.name && !/^@ecr-scan-sim\/[a-z][a-z0-9-]*$/.test(manifest.name))
    problems.push(`"name" ${manifest.name} is not @ecr-scan-sim/<kebab-case>`);
  if (manifest.version && !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(manifest.version))
    problems.push(`"version" ${manifest.version} is not semver`);
  if (manifest.repository && (typeof manifest.repository !== 'object' || !manifest.repository.url))
    problems.push('"repository" needs { type, url, directory }');
  if (manifest.type !== 'module') problems.push('"type" must be "module" (the packages are ESM-only)');
  if (manifest.files && (!Array.isArray(manifest.files) || !manifest.files.includes('dist')))
    problems.push('"files" must list "dist"');
  if (
    manifest.sideEffects !== undefined &&
    manifest.sideEffects !== false &&
    !Array.isArray(manifest.sideEffects)
  )
    problems.push('"sideEffects" must be false or a list of files');
  if (manifest.engines && typeof manifest.engines.node !== 'string')
    problems.push('"engines.node" is missing');
  if (manifest.publishConfig && manifest.publishConfig.access !== 'public')
    problems.push('"publishConfig.access" must be "public" for a scoped package');
  if (manifest.exports && typeof manifest.exports === 'object') {
    if (!Object.hasOwn(manifest.exports, '.')) problems.push('"exports" has no "." entry');
    if (!Object.hasOwn(manifest.exports, './package.json'))
      problems.push('"exports" has no "./package.json" entry');
    for (const { path, keys } of conditionObjects(manifest.exports, 'exports')) {
      if (keys[0] !== 'types')
        problems.push(`${path}: "types" must be the first condition (found ${keys.join(', ')})`);
      if (keys.includes('default') && keys.at(-1) !== 'default')
        problems.push(`${path}: "default" must be the last condition`);
    }
  }
  for (const [field, deps] of Object.entries({
    dependencies: manifest.dependencies,
    peerDependencies: manifest.peerDependencies,
  }))
    for (const [dep, range] of Object.entries(deps ?? {}))
      if (typeof range === 'string' && range.startsWith('workspace:') && range !== 'workspace:^')
        problems.push(`${field}.${dep} is ${range}; use workspace:^ so the published range is ^<version>`);
  return problems;
}
