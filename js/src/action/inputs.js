// @ts-check
/**
 * The action's inputs: their names per sub-action, and one pure function that parses the raw
 * `INPUT_*` strings into a typed object keyed by input name, reporting every problem at once.
 * Names and meanings follow actions/cache; cachet's own inputs are added.
 *
 * It never reads the environment or the filesystem (the caller passes a reader), and never
 * computes a key: `hash-files` is parsed here and hashed by the step.
 */

/** @typedef {'cache' | 'restore' | 'save'} ActionKind  the root action, restore/ and save/ */

/** Every input, and the sub-actions that declare it (as in the action.yml files). */
export const INPUTS = /** @type {const} */ ({
  path: ['cache', 'restore', 'save'],
  key: ['cache', 'restore', 'save'],
  'restore-keys': ['cache', 'restore'],
  'upload-chunk-size': ['cache', 'save'],
  enableCrossOsArchive: ['cache', 'restore', 'save'],
  'fail-on-cache-miss': ['cache', 'restore'],
  'lookup-only': ['cache', 'restore'],
  'save-on-failure': ['cache'],
  'save-always': ['cache'],
  'hash-files': ['cache', 'restore', 'save'],
  'compression-level': ['cache', 'save'],
  'block-size': ['cache', 'restore', 'save'],
  concurrency: ['cache', 'restore', 'save'],
  'idle-timeout': ['cache', 'restore', 'save'],
});

/** The outputs of each sub-action. */
export const OUTPUTS = /** @type {const} */ ({
  'cache-hit': ['cache', 'restore'],
  'cache-primary-key': ['cache', 'restore'],
  'cache-matched-key': ['cache', 'restore'],
});

/** The environment variable the main step exports for the post step's `post-if`. */
export const SAVE_ON_FAILURE_ENV = 'CACHET_SAVE_ON_FAILURE';

const MIB = 1024 * 1024;
/** Bounds of `block-size` (MiB) and of what `upload-chunk-size` is mapped to. */
export const BLOCK_SIZE_MIN_MIB = 1;
export const BLOCK_SIZE_MAX_MIB = 256;
export const CONCURRENCY_MAX = 64;

/**
 * @typedef {object} ActionInputs
 * @property {string[]} path the path patterns, one per line, as actions/cache splits them
 * @property {string} key the key as given (before any `hash-files` suffix)
 * @property {string[]} restore-keys
 * @property {number | undefined} upload-chunk-size bytes (actions/cache's rule: a non-negative whole number, else ignored)
 * @property {boolean} enableCrossOsArchive
 * @property {boolean} fail-on-cache-miss
 * @property {boolean} lookup-only
 * @property {boolean} save-on-failure true also when the deprecated `save-always` is true
 * @property {{ patterns: string[], followSymbolicLinks: boolean } | null} hash-files
 * @property {number | undefined} compression-level
 * @property {number | undefined} block-size MiB
 * @property {number | undefined} concurrency
 * @property {number | undefined} idle-timeout seconds
 */

/**
 * The result of parsing: the inputs, and notices for the log (deprecations, mappings).
 * @typedef {{ inputs: ActionInputs, notes: string[] }} ParsedInputs
 */

/** Thrown for invalid inputs: every problem found, one sentence each. */
export class ActionInputError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'ActionInputError';
    this.problems = problems;
  }
}

/**
 * Splits a multi-line input like actions/cache's `getInputAsArray`: one item a line, `! x`
 * folded to `!x`, trimmed, empty lines dropped.
 * @param {string} text
 */
export function splitLines(text) {
  return text
    .split('\n')
    .map((s) => s.replace(/^!\s+/, '!').trim())
    .filter((s) => s !== '');
}

/**
 * Parses the raw input strings of one sub-action.
 * @param {ActionKind} kind
 * @param {(name: string) => string} read an input's raw value, '' when not given
 * @returns {ParsedInputs}
 * @throws {ActionInputError}
 */
export function parseInputs(kind, read) {
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const notes = [];
  /** @param {keyof typeof INPUTS} name */
  const raw = (name) => (/** @type {readonly string[]} */ (INPUTS[name]).includes(kind) ? read(name).trim() : '');

  /** @param {keyof typeof INPUTS} name */
  const bool = (name) => {
    const v = raw(name);
    if (v === '') return false;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    problems.push(`${name}: '${v}' is not a boolean: use true or false`);
    return false;
  };

  /**
   * @param {keyof typeof INPUTS} name
   * @param {{ min: number, max?: number, unit: string, integer?: boolean }} range
   */
  const number = (name, { min, max, unit, integer = true }) => {
    const v = raw(name);
    if (v === '') return undefined;
    const n = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || (max !== undefined && n > max)) {
      const kindOf = integer ? 'a whole number' : 'a number';
      problems.push(`${name}: '${v}' is not ${kindOf} of ${unit} from ${min}${max !== undefined ? ` to ${max}` : ' up'}`);
      return undefined;
    }
    return n;
  };

  const path = splitLines(raw('path'));
  if (path.length === 0) problems.push('path: input required and not supplied: name at least one file, folder or pattern to cache');
  const key = raw('key');
  if (key === '') problems.push('key: input required and not supplied');

  // actions/cache's getInputAsInt: parseInt; NaN or negative means "not given".
  /** @type {number | undefined} */
  let uploadChunkSize;
  const chunkRaw = raw('upload-chunk-size');
  if (chunkRaw !== '') {
    const n = parseInt(chunkRaw, 10);
    if (Number.isNaN(n) || n < 0) notes.push(`upload-chunk-size: '${chunkRaw}' is not a number of bytes; ignored, as actions/cache does`);
    else uploadChunkSize = n;
  }

  const saveOnFailure = bool('save-on-failure');
  const saveAlways = bool('save-always');
  if (saveAlways) notes.push('save-always is deprecated in actions/cache (where it never worked); cachet treats it as save-on-failure: true');

  /** @type {ActionInputs['hash-files']} */
  let hashFiles = null;
  const hashLines = splitLines(raw('hash-files'));
  if (hashLines.length) {
    let followSymbolicLinks = false;
    if (hashLines[0] === '--follow-symbolic-links') {
      followSymbolicLinks = true;
      hashLines.shift();
    }
    if (hashLines.length === 0) problems.push('hash-files: --follow-symbolic-links needs at least one pattern after it');
    else hashFiles = { patterns: hashLines, followSymbolicLinks };
  }

  /** @type {ActionInputs} */
  const inputs = {
    path,
    key,
    'restore-keys': splitLines(raw('restore-keys')),
    'upload-chunk-size': uploadChunkSize,
    enableCrossOsArchive: bool('enableCrossOsArchive'),
    'fail-on-cache-miss': bool('fail-on-cache-miss'),
    'lookup-only': bool('lookup-only'),
    'save-on-failure': saveOnFailure || saveAlways,
    'hash-files': hashFiles,
    'compression-level': number('compression-level', { min: 1, max: 22, unit: 'zstd levels (gzip: 1 to 9)' }),
    'block-size': number('block-size', { min: BLOCK_SIZE_MIN_MIB, max: BLOCK_SIZE_MAX_MIB, unit: 'MiB' }),
    concurrency: number('concurrency', { min: 1, max: CONCURRENCY_MAX, unit: 'transfers' }),
    'idle-timeout': number('idle-timeout', { min: 1, max: 3600, unit: 'seconds', integer: false }),
  };
  if (problems.length) throw new ActionInputError(problems);
  return { inputs, notes };
}

/**
 * The transfer options of `saveCache`/`restoreCache` the inputs ask for. `block-size` wins over
 * `upload-chunk-size`, which is mapped onto the block size (clamped to 1–256 MiB) because the
 * cache service v2 has no separate chunk size. Pure; notes explain any mapping.
 * @param {ActionInputs} inputs
 * @param {'save' | 'restore'} operation
 * @returns {{ options: { blockSize?: number, concurrency?: number, idleTimeoutMs?: number, compressionLevel?: number }, notes: string[] }}
 */
export function transferOptions(inputs, operation) {
  /** @type {string[]} */
  const notes = [];
  /** @type {{ blockSize?: number, concurrency?: number, idleTimeoutMs?: number, compressionLevel?: number }} */
  const options = {};
  if (inputs['block-size'] !== undefined) {
    options.blockSize = inputs['block-size'] * MIB;
    if (inputs['upload-chunk-size'] !== undefined && operation === 'save') {
      notes.push(`upload-chunk-size is ignored: block-size (${inputs['block-size']} MiB) is set`);
    }
  } else if (inputs['upload-chunk-size'] !== undefined && inputs['upload-chunk-size'] > 0 && operation === 'save') {
    const asked = inputs['upload-chunk-size'];
    const bytes = Math.min(Math.max(asked, BLOCK_SIZE_MIN_MIB * MIB), BLOCK_SIZE_MAX_MIB * MIB);
    options.blockSize = bytes;
    notes.push(
      bytes === asked
        ? `upload-chunk-size ${asked} bytes is used as the upload block size`
        : `upload-chunk-size ${asked} bytes is outside 1 MiB to 256 MiB; the upload block size is ${bytes / MIB} MiB`,
    );
  }
  if (inputs.concurrency !== undefined) options.concurrency = inputs.concurrency;
  if (inputs['idle-timeout'] !== undefined) options.idleTimeoutMs = Math.round(inputs['idle-timeout'] * 1000);
  if (operation === 'save' && inputs['compression-level'] !== undefined) options.compressionLevel = inputs['compression-level'];
  return { options, notes };
}

/**
 * actions/cache's `isExactKeyMatch`: the matched key equals the primary key, ignoring case
 * (`localeCompare` with accent sensitivity). This decides `cache-hit` and whether the post step
 * saves.
 * @param {string} key
 * @param {string | undefined | null} matchedKey
 */
export function isExactKeyMatch(key, matchedKey) {
  return !!(matchedKey && matchedKey.localeCompare(key, undefined, { sensitivity: 'accent' }) === 0);
}
