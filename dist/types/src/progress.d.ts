/**
 * Progress of long transfers: a callback-friendly counter and a line formatter
 * ("restore: 412.0 MB of 1.07 GB (38%), 118.2 MB/s, ETA 6 s"). It never prints by itself;
 * the CLI and the action decide where lines go and how often.
 */
/**
 * @typedef {object} Progress
 * @property {'save' | 'restore'} operation
 * @property {number} bytes bytes transferred so far (compressed archive bytes)
 * @property {number | null} total the archive's size, when known
 * @property {number} elapsedMs since the transfer started
 */
/** @param {number} n */
export function formatBytes(n: number): string;
/** @param {Progress} p */
export function formatProgress(p: Progress): string;
/**
 * Calls `report` at most every `intervalMs` with the latest progress, and once at the end
 * when it reported anything before (a quick transfer prints nothing).
 * @param {(p: Progress) => void} report
 * @param {{ operation: 'save' | 'restore', intervalMs?: number, now?: () => number }} options
 */
export function createProgressTracker(report: (p: Progress) => void, { operation, intervalMs, now }: {
    operation: "save" | "restore";
    intervalMs?: number;
    now?: () => number;
}): {
    /** @param {number} n */
    add(n: number): void;
    /** @param {number | null} n */
    setTotal(n: number | null): void;
    readonly bytes: number;
    /** A closing line, for transfers long enough to have shown progress. */
    finish(): void;
    elapsedMs: () => number;
};
export type Progress = {
    operation: "save" | "restore";
    /**
     * bytes transferred so far (compressed archive bytes)
     */
    bytes: number;
    /**
     * the archive's size, when known
     */
    total: number | null;
    /**
     * since the transfer started
     */
    elapsedMs: number;
};
