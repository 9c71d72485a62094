// @ts-check
/**
 * The job summary (Markdown for `GITHUB_STEP_SUMMARY`) of a restore or a save: key, matched key,
 * hit kind, size, time, throughput, the version and the inputs it was hashed from, the files
 * `hash-files` hashed, and on a miss why nothing matched.
 *
 * Pure: it returns text; the runner writes it (and keeps the step within 1 MiB).
 */
import { formatBytes } from '../progress.js';
import { formatDuration, throughput } from './messages.js';

/** At most this many hashed files are listed (the rest are counted). */
export const MAX_LISTED_FILES = 300;

/**
 * Inline code that survives any content: a fence longer than any backtick run inside, and `|`
 * escaped so it can sit in a table cell.
 * @param {string} s
 */
export function code(s) {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const body = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const pad = longest > 0 || body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Names each version component: the path lines, then the compression method, the
 * `windows-only` marker when present, and the salt.
 * @param {string[]} components
 * @param {number} pathCount
 * @returns {[string, string][]}
 */
export function labelVersionComponents(components, pathCount) {
  return components.map((c, i) => {
    if (i < pathCount) return [`path ${i + 1}`, c];
    if (i === components.length - 1) return ['salt', c];
    if (c === 'windows-only') return ['Windows-only marker (enableCrossOsArchive: false)', c];
    return ['compression', c];
  });
}

/** @param {[string, string][]} rows */
function table(rows) {
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

/**
 * @param {{ version: string, versionComponents: string[] }} r
 * @param {number} pathCount
 */
function versionSection(r, pathCount) {
  const rows = labelVersionComponents(r.versionComponents, pathCount).map(([k, v]) => `| ${k} | ${code(v)} |`);
  return [
    `**Version** ${code(r.version)}: sha256 of these inputs joined with \`|\`. An entry is found only under the version it was saved with.`,
    '',
    '| Input | Value |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * @typedef {{ hash: string, patterns: string[], count: number, files?: { path: string, sha256: string }[] }} HashedFiles
 *   `files` in hash order; absent in the post step (the main step listed them)
 */

/** @param {HashedFiles | null} hashed */
function hashFilesSection(hashed) {
  if (!hashed) return '';
  const n = hashed.files?.length ?? hashed.count;
  const head = `<details><summary>hash-files: ${n} file${n === 1 ? '' : 's'} → ${hashed.hash ? `<code>${hashed.hash.slice(0, 16)}…</code>` : 'no hash (nothing matched)'}</summary>\n\n`;
  const patterns = `Patterns: ${hashed.patterns.map(code).join(', ')}\n\n`;
  if (n === 0) return `${head}${patterns}No file matched.\n\n</details>`;
  if (!hashed.files) return `${head}${patterns}Hashed once, in the main step: its summary lists the files.\n\n</details>`;
  const listed = hashed.files.slice(0, MAX_LISTED_FILES).map((f) => `| ${code(f.path)} | ${code(f.sha256.slice(0, 16))} |`);
  const more = n > MAX_LISTED_FILES ? `\n\n…and ${n - MAX_LISTED_FILES} more files.` : '';
  return `${head}${patterns}| File (in hash order) | sha256 |\n| --- | --- |\n${listed.join('\n')}${more}\n\n</details>`;
}

/** @param {'service' | 'local'} backend @param {string} [storeDir] */
function storeName(backend, storeDir) {
  return backend === 'service' ? 'the GitHub Actions cache service' : `the local store${storeDir ? ` ${code(storeDir)}` : ''}`;
}

/**
 * @param {{ size?: number, elapsedMs: number }} r
 * @returns {[string, string][]}
 */
function transferRows(r) {
  /** @type {[string, string][]} */
  const rows = [];
  if (r.size !== undefined && r.size !== null) rows.push(['Size', formatBytes(r.size)]);
  rows.push(['Time', formatDuration(r.elapsedMs)]);
  if (r.size !== undefined && r.size !== null) rows.push(['Throughput', `${formatBytes(throughput(r.size, r.elapsedMs))}/s`]);
  return rows;
}

/**
 * @typedef {object} SummaryContext
 * @property {string} keyInput the `key` input before the hash-files suffix
 * @property {number} pathCount
 * @property {HashedFiles | null} hashed
 * @property {import('./messages.js').Description} description
 * @property {string} [storeDir] the local store's folder
 */

/**
 * @param {import('../cache.js').RestoreResult} r
 * @param {SummaryContext & { exact: boolean, lookupOnly: boolean }} ctx
 */
export function restoreSummary(r, ctx) {
  const { description: d } = ctx;
  const parts = [];
  if (r.outcome === 'hit') {
    parts.push(`### cachet restore: ${d.title}`);
    /** @type {[string, string][]} */
    const rows = [
      ['Primary key', code(r.key)],
      ['Matched key', code(r.matchedKey ?? '')],
      ['Hit', ctx.exact ? 'exact: `cache-hit` is `true`' : 'restore key: `cache-hit` is `false`'],
    ];
    if (ctx.lookupOnly || r.downloaded === false) rows.push(['Downloaded', 'no (lookup-only)']);
    else rows.push(...transferRows(r));
    rows.push(['Store', storeName(r.backend, ctx.storeDir)]);
    parts.push(table(rows));
  } else if (r.outcome === 'miss') {
    parts.push(`### cachet restore: miss`);
    parts.push(
      `No entry matched key ${code(r.key)}${r.restoreKeys.length ? ' or any restore key' : ''} for version ${code(r.version)} in ${storeName(r.backend, ctx.storeDir)}. ` +
        '`cache-hit` is empty. The keys were tried in this order, each as an exact key and then as a prefix (the newest match wins), only among entries of the same version:',
    );
    parts.push([r.key, ...r.restoreKeys].map((k, i) => `${i + 1}. ${code(k)}${i === 0 ? ' (primary key)' : ''}`).join('\n'));
    parts.push(
      'The version is the hash of the inputs below. An entry saved with other `path` lines (even the same folder spelled differently), ' +
        'another compression method (a runner without zstd uses gzip) or, on Windows, another `enableCrossOsArchive` has another version and cannot match. ' +
        "The service also scopes entries by branch: a run sees its own branch's entries and its default or base branch's.",
    );
  } else {
    parts.push(`### cachet restore: ${d.title}`);
    parts.push(d.text);
    parts.push(table([['Primary key', code(r.key)], ...(r.matchedKey ? [/** @type {[string, string]} */ (['Matched key', code(r.matchedKey)])] : []), ['Store', storeName(r.backend, ctx.storeDir)]]));
  }
  if (ctx.hashed) parts.push(`The key is ${code(ctx.keyInput)} + \`-\` + the hash of the files below.`);
  parts.push(versionSection(r, ctx.pathCount));
  const hf = hashFilesSection(ctx.hashed);
  if (hf) parts.push(hf);
  return parts.join('\n\n') + '\n';
}

/**
 * @param {import('../cache.js').SaveResult} r
 * @param {SummaryContext} ctx
 */
export function saveSummary(r, ctx) {
  const { description: d } = ctx;
  const parts = [`### cachet save: ${d.title}`];
  if (r.outcome !== 'saved') parts.push(d.text);
  parts.push(table([['Key', code(r.key)], ...(r.outcome === 'saved' ? transferRows(r) : []), ['Store', storeName(r.backend, ctx.storeDir)]]));
  if (ctx.hashed) parts.push(`The key is ${code(ctx.keyInput)} + \`-\` + the hash of the files below.`);
  parts.push(versionSection(r, ctx.pathCount));
  const hf = hashFilesSection(ctx.hashed);
  if (hf) parts.push(hf);
  return parts.join('\n\n') + '\n';
}

/**
 * The summary of a post step that did not save because the primary key was restored exactly.
 * @param {string} key
 */
export function skippedSaveSummary(key) {
  return `### cachet save: skipped\n\nThe primary key ${code(key)} was restored exactly (\`cache-hit\` is \`true\`), and entries are immutable: there is nothing to save.\n`;
}
