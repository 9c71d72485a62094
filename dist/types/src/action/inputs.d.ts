/**
 * Splits a multi-line input like actions/cache's `getInputAsArray`: one item a line, `! x`
 * folded to `!x`, trimmed, empty lines dropped.
 * @param {string} text
 */
export function splitLines(text: string): string[];
/**
 * Parses the raw input strings of one sub-action.
 * @param {ActionKind} kind
 * @param {(name: string) => string} read an input's raw value, '' when not given
 * @returns {ParsedInputs}
 * @throws {ActionInputError}
 */
export function parseInputs(kind: ActionKind, read: (name: string) => string): ParsedInputs;
/**
 * The transfer options of `saveCache`/`restoreCache` the inputs ask for. `block-size` wins over
 * `upload-chunk-size`, which is mapped onto the block size (clamped to 1–256 MiB) because the
 * cache service v2 has no separate chunk size. Pure; notes explain any mapping.
 * @param {ActionInputs} inputs
 * @param {'save' | 'restore'} operation
 * @returns {{ options: { blockSize?: number, concurrency?: number, idleTimeoutMs?: number, compressionLevel?: number }, notes: string[] }}
 */
export function transferOptions(inputs: ActionInputs, operation: "save" | "restore"): {
    options: {
        blockSize?: number;
        concurrency?: number;
        idleTimeoutMs?: number;
        compressionLevel?: number;
    };
    notes: string[];
};
/**
 * actions/cache's `isExactKeyMatch`: the matched key equals the primary key, ignoring case
 * (`localeCompare` with accent sensitivity). This decides `cache-hit` and whether the post step
 * saves.
 * @param {string} key
 * @param {string | undefined | null} matchedKey
 */
export function isExactKeyMatch(key: string, matchedKey: string | undefined | null): boolean;
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
export const INPUTS: {
    readonly path: readonly ["cache", "restore", "save"];
    readonly key: readonly ["cache", "restore", "save"];
    readonly 'restore-keys': readonly ["cache", "restore"];
    readonly 'upload-chunk-size': readonly ["cache", "save"];
    readonly enableCrossOsArchive: readonly ["cache", "restore", "save"];
    readonly 'fail-on-cache-miss': readonly ["cache", "restore"];
    readonly 'lookup-only': readonly ["cache", "restore"];
    readonly 'save-on-failure': readonly ["cache"];
    readonly 'save-always': readonly ["cache"];
    readonly 'hash-files': readonly ["cache", "restore", "save"];
    readonly 'compression-level': readonly ["cache", "save"];
    readonly 'block-size': readonly ["cache", "restore", "save"];
    readonly concurrency: readonly ["cache", "restore", "save"];
    readonly 'idle-timeout': readonly ["cache", "restore", "save"];
};
/** The outputs of each sub-action. */
export const OUTPUTS: {
    readonly 'cache-hit': readonly ["cache", "restore"];
    readonly 'cache-primary-key': readonly ["cache", "restore"];
    readonly 'cache-matched-key': readonly ["cache", "restore"];
};
/** The environment variable the main step exports for the post step's `post-if`. */
export const SAVE_ON_FAILURE_ENV: "CACHET_SAVE_ON_FAILURE";
/** Bounds of `block-size` (MiB) and of what `upload-chunk-size` is mapped to. */
export const BLOCK_SIZE_MIN_MIB: 1;
export const BLOCK_SIZE_MAX_MIB: 256;
export const CONCURRENCY_MAX: 64;
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
    constructor(problems: string[]);
    problems: string[];
}
/**
 * the root action, restore/ and save/
 */
export type ActionKind = "cache" | "restore" | "save";
export type ActionInputs = {
    /**
     * the path patterns, one per line, as actions/cache splits them
     */
    path: string[];
    /**
     * the key as given (before any `hash-files` suffix)
     */
    key: string;
    "restore-keys": string[];
    /**
     * bytes (actions/cache's rule: a non-negative whole number, else ignored)
     */
    "upload-chunk-size": number | undefined;
    enableCrossOsArchive: boolean;
    "fail-on-cache-miss": boolean;
    "lookup-only": boolean;
    /**
     * true also when the deprecated `save-always` is true
     */
    "save-on-failure": boolean;
    "hash-files": {
        patterns: string[];
        followSymbolicLinks: boolean;
    } | null;
    "compression-level": number | undefined;
    /**
     * MiB
     */
    "block-size": number | undefined;
    concurrency: number | undefined;
    /**
     * seconds
     */
    "idle-timeout": number | undefined;
};
/**
 * The result of parsing: the inputs, and notices for the log (deprecations, mappings).
 */
export type ParsedInputs = {
    inputs: ActionInputs;
    notes: string[];
};
