// @ts-check
/**
 * Cache keys and the cache `version`, byte-identical to `@actions/cache`.
 *
 * The computation lives in the Rust core; this module only shapes arguments. It never touches
 * the filesystem: the version hashes path *patterns* as written, never resolved paths.
 */
import * as wasm from './wasm.js';

/** The compression methods `@actions/cache` knows, as they appear in the version. */
export const COMPRESSION_METHODS = /** @type {const} */ (['zstd-without-long', 'zstd', 'gzip']);

/**
 * @typedef {object} CacheVersionOptions
 * @property {string[]} paths The path patterns, verbatim and in order.
 * @property {string} [compressionMethod] `zstd-without-long` (what hosted runners use), `zstd`, `gzip`; absent hashes none.
 * @property {boolean} [enableCrossOsArchive] Drop the `windows-only` component on Windows.
 * @property {string} [platform] `process.platform` of the saving or restoring machine (default: this one's).
 */

/**
 * The cache version and the components it was hashed from.
 * @param {CacheVersionOptions} options
 * @returns {import('../wasm/cachet_wasm.js').VersionExplained}
 */
export function explainCacheVersion({ paths, compressionMethod, enableCrossOsArchive, platform }) {
  return wasm.explainVersion({
    paths,
    compressionMethod,
    enableCrossOsArchive,
    platform: platform ?? defaultPlatform(),
  });
}

/**
 * The cache version `@actions/cache` computes (`getCacheVersion`) for the same inputs.
 * @param {CacheVersionOptions} options
 * @returns {string} 64 lowercase hex characters
 */
export function cacheVersion(options) {
  return explainCacheVersion(options).version;
}

/**
 * Checks a key and its restore keys as `@actions/cache` does. Throws an `Error` whose `code` is
 * `key_empty`, `key_too_long`, `key_comma` or `too_many_keys`, and whose message names the key.
 * @param {string} key
 * @param {string[]} [restoreKeys]
 */
export function checkKeys(key, restoreKeys = []) {
  wasm.checkKeys(key, restoreKeys);
}

function defaultPlatform() {
  return typeof process !== 'undefined' && process.platform ? process.platform : 'linux';
}
