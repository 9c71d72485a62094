/**
 * Saves `paths` under `key`.
 * @param {string[]} paths path patterns, as in actions/cache's `path:`
 * @param {string} key
 * @param {SaveOptions} [options]
 * @returns {Promise<SaveResult>}
 */
export function saveCache(paths: string[], key: string, options?: SaveOptions): Promise<SaveResult>;
/**
 * Restores the newest entry matching `key`, else each of `restoreKeys` in order.
 * @param {string[]} paths path patterns, identical to the ones used to save
 * @param {string} key
 * @param {string[]} [restoreKeys]
 * @param {RestoreOptions} [options]
 * @returns {Promise<RestoreResult>}
 */
export function restoreCache(paths: string[], key: string, restoreKeys?: string[], options?: RestoreOptions): Promise<RestoreResult>;
/**
 * @typedef {object} CommonOptions
 * @property {string} [workspace] archive paths are relative to it (default `$GITHUB_WORKSPACE`, else the current folder)
 * @property {NodeJS.ProcessEnv} [env] where `ACTIONS_*` are read (default `process.env`)
 * @property {{ resultsUrl: string, runtimeToken: string, cacheMode?: string }} [service] use the cache service with these settings
 * @property {string} [store] use the local store in this folder (default `~/.cache/cachet` when no service is configured)
 * @property {string} [compression] `zstd-without-long` (default with zstd), `zstd` (long mode: a separate version), `gzip`
 * @property {boolean} [enableCrossOsArchive]
 * @property {string} [platform] default `process.platform`
 * @property {number} [blockSize] bytes per uploaded block and per download range (default 32 MiB)
 * @property {number} [concurrency] transfers in flight (default 4)
 * @property {number} [idleTimeoutMs] abort and resume a transfer with no progress for this long (default 30 s)
 * @property {number} [maxAttempts] attempts per request on 5xx and network errors (default 5)
 * @property {number} [backoffBaseMs] first retry back-off, growing 1.5x per attempt with jitter (default 3000)
 * @property {number} [rateLimitBudgetMs] longest total wait on `Retry-After` (default 60 s)
 * @property {(p: import('./progress.js').Progress) => void} [onProgress] called every `progressIntervalMs` during transfers
 * @property {number} [progressIntervalMs] default 5000
 * @property {string} [tempDir] for staging restores and tar manifests (default `$RUNNER_TEMP`, else the OS temp folder)
 */
/**
 * @typedef {CommonOptions & { compressionLevel?: number }} SaveOptions
 * @typedef {CommonOptions & { lookupOnly?: boolean }} RestoreOptions
 *
 * @typedef {object} SaveResult
 * @property {'saved' | 'alreadyExists' | 'writeDenied' | 'rateLimited' | 'skipped' | 'failed'} outcome
 * @property {string} key
 * @property {string} version
 * @property {string[]} versionComponents
 * @property {'service' | 'local'} backend
 * @property {number} [size] archive bytes
 * @property {number} [entryId]
 * @property {string} [code] stable code for `failed` (and the reason for `skipped`)
 * @property {string} [message]
 * @property {number} [retryAfterMs]
 * @property {number} elapsedMs
 *
 * @typedef {object} RestoreResult
 * @property {'hit' | 'miss' | 'rateLimited' | 'skipped' | 'failed'} outcome
 * @property {string} key
 * @property {string[]} restoreKeys
 * @property {string} version
 * @property {string[]} versionComponents
 * @property {'service' | 'local'} backend
 * @property {string} [matchedKey]
 * @property {boolean} [exact] `matchedKey === key`
 * @property {boolean} [downloaded] false with `lookupOnly`
 * @property {number} [size] archive bytes
 * @property {string} [code]
 * @property {string} [message]
 * @property {number} [retryAfterMs]
 * @property {number} elapsedMs
 */
export class CacheInputError extends Error {
    /** @param {string} message @param {string} code */
    constructor(message: string, code: string);
    code: string;
}
export type CommonOptions = {
    /**
     * archive paths are relative to it (default `$GITHUB_WORKSPACE`, else the current folder)
     */
    workspace?: string | undefined;
    /**
     * where `ACTIONS_*` are read (default `process.env`)
     */
    env?: NodeJS.ProcessEnv | undefined;
    /**
     * use the cache service with these settings
     */
    service?: {
        resultsUrl: string;
        runtimeToken: string;
        cacheMode?: string;
    } | undefined;
    /**
     * use the local store in this folder (default `~/.cache/cachet` when no service is configured)
     */
    store?: string | undefined;
    /**
     * `zstd-without-long` (default with zstd), `zstd` (long mode: a separate version), `gzip`
     */
    compression?: string | undefined;
    enableCrossOsArchive?: boolean | undefined;
    /**
     * default `process.platform`
     */
    platform?: string | undefined;
    /**
     * bytes per uploaded block and per download range (default 32 MiB)
     */
    blockSize?: number | undefined;
    /**
     * transfers in flight (default 4)
     */
    concurrency?: number | undefined;
    /**
     * abort and resume a transfer with no progress for this long (default 30 s)
     */
    idleTimeoutMs?: number | undefined;
    /**
     * attempts per request on 5xx and network errors (default 5)
     */
    maxAttempts?: number | undefined;
    /**
     * first retry back-off, growing 1.5x per attempt with jitter (default 3000)
     */
    backoffBaseMs?: number | undefined;
    /**
     * longest total wait on `Retry-After` (default 60 s)
     */
    rateLimitBudgetMs?: number | undefined;
    /**
     * called every `progressIntervalMs` during transfers
     */
    onProgress?: ((p: import("./progress.js").Progress) => void) | undefined;
    /**
     * default 5000
     */
    progressIntervalMs?: number | undefined;
    /**
     * for staging restores and tar manifests (default `$RUNNER_TEMP`, else the OS temp folder)
     */
    tempDir?: string | undefined;
};
export type SaveOptions = CommonOptions & {
    compressionLevel?: number;
};
export type RestoreOptions = CommonOptions & {
    lookupOnly?: boolean;
};
export type SaveResult = {
    outcome: "saved" | "alreadyExists" | "writeDenied" | "rateLimited" | "skipped" | "failed";
    key: string;
    version: string;
    versionComponents: string[];
    backend: "service" | "local";
    /**
     * archive bytes
     */
    size?: number | undefined;
    entryId?: number | undefined;
    /**
     * stable code for `failed` (and the reason for `skipped`)
     */
    code?: string | undefined;
    message?: string | undefined;
    retryAfterMs?: number | undefined;
    elapsedMs: number;
};
export type RestoreResult = {
    outcome: "hit" | "miss" | "rateLimited" | "skipped" | "failed";
    key: string;
    restoreKeys: string[];
    version: string;
    versionComponents: string[];
    backend: "service" | "local";
    matchedKey?: string | undefined;
    /**
     * `matchedKey === key`
     */
    exact?: boolean | undefined;
    /**
     * false with `lookupOnly`
     */
    downloaded?: boolean | undefined;
    /**
     * archive bytes
     */
    size?: number | undefined;
    code?: string | undefined;
    message?: string | undefined;
    retryAfterMs?: number | undefined;
    elapsedMs: number;
};
