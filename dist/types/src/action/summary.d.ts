/**
 * Inline code that survives any content: a fence longer than any backtick run inside, and `|`
 * escaped so it can sit in a table cell.
 * @param {string} s
 */
export function code(s: string): string;
/**
 * Names each version component: the path lines, then the compression method, the
 * `windows-only` marker when present, and the salt.
 * @param {string[]} components
 * @param {number} pathCount
 * @returns {[string, string][]}
 */
export function labelVersionComponents(components: string[], pathCount: number): [string, string][];
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
export function restoreSummary(r: import("../cache.js").RestoreResult, ctx: SummaryContext & {
    exact: boolean;
    lookupOnly: boolean;
}): string;
/**
 * @param {import('../cache.js').SaveResult} r
 * @param {SummaryContext} ctx
 */
export function saveSummary(r: import("../cache.js").SaveResult, ctx: SummaryContext): string;
/**
 * The summary of a post step that did not save because the primary key was restored exactly.
 * @param {string} key
 */
export function skippedSaveSummary(key: string): string;
/** At most this many hashed files are listed (the rest are counted). */
export const MAX_LISTED_FILES: 300;
/**
 * `files` in hash order; absent in the post step (the main step listed them)
 */
export type HashedFiles = {
    hash: string;
    patterns: string[];
    count: number;
    files?: {
        path: string;
        sha256: string;
    }[];
};
export type SummaryContext = {
    /**
     * the `key` input before the hash-files suffix
     */
    keyInput: string;
    pathCount: number;
    hashed: HashedFiles | null;
    description: import("./messages.js").Description;
    /**
     * the local store's folder
     */
    storeDir?: string | undefined;
};
