/**
 * `1.2 MB in 3.4 s (350.0 kB/s)`, or the parts that are known.
 * @param {{ size?: number, elapsedMs: number }} r
 */
export function transferFacts(r: {
    size?: number;
    elapsedMs: number;
}): string;
/**
 * `850 ms`, `12.3 s`.
 * @param {number} ms
 */
export function formatDuration(ms: number): string;
/**
 * Bytes per second; 0 when no time passed.
 * @param {number} size
 * @param {number} elapsedMs
 */
export function throughput(size: number, elapsedMs: number): number;
/**
 * @param {import('../cache.js').RestoreResult} r
 * @param {{ exact: boolean, lookupOnly: boolean }} ctx
 * @returns {Description}
 */
export function describeRestore(r: import("../cache.js").RestoreResult, { exact, lookupOnly }: {
    exact: boolean;
    lookupOnly: boolean;
}): Description;
/**
 * @param {import('../cache.js').SaveResult} r
 * @param {{ existing?: 'committed' | 'pending' | 'unknown' }} [ctx] for `alreadyExists`: what a
 *   lookup of the key found (a finalized entry, none yet, or the lookup failed)
 * @returns {Description}
 */
export function describeSave(r: import("../cache.js").SaveResult, ctx?: {
    existing?: "committed" | "pending" | "unknown";
}): Description;
/**
 * `title` is a short headline (for the summary and annotation titles), `text` the full message.
 */
export type Description = {
    level: "info" | "warning";
    title: string;
    text: string;
};
