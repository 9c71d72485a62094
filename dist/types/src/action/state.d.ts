/**
 * @typedef {object} MainState
 * @property {string} key the primary key the restore used and the save will use
 * @property {import('./inputs.js').ActionInputs} inputs
 * @property {{ hash: string, patterns: string[], count: number } | null} hashFiles what `hash-files` hashed
 * @property {string | null} matchedKey the key restored (or found, with lookup-only)
 * @property {boolean} exactHit whether `matchedKey` is the primary key (actions/cache's rule)
 * @property {string} restoreOutcome `hit`, `miss`, `rateLimited`, `skipped`, `failed`
 */
/** @param {MainState} state */
export function encodeState(state: MainState): string;
/**
 * @param {string} text the `STATE_cachet` value
 * @returns {MainState | null} null when absent or not written by this version of cachet
 */
export function decodeState(text: string): MainState | null;
/**
 * What the main step hands to the post step: one JSON value under one state name. It holds the
 * final key (with the `hash-files` suffix already applied), the parsed inputs and what the
 * restore found, so the post step never re-reads or re-evaluates an input.
 *
 * Pure: it never reads the environment; the runner moves the string.
 */
/** The state name (the post step reads it as `STATE_cachet`). */
export const STATE_NAME: "cachet";
export type MainState = {
    /**
     * the primary key the restore used and the save will use
     */
    key: string;
    inputs: import("./inputs.js").ActionInputs;
    /**
     * what `hash-files` hashed
     */
    hashFiles: {
        hash: string;
        patterns: string[];
        count: number;
    } | null;
    /**
     * the key restored (or found, with lookup-only)
     */
    matchedKey: string | null;
    /**
     * whether `matchedKey` is the primary key (actions/cache's rule)
     */
    exactHit: boolean;
    /**
     * `hit`, `miss`, `rateLimited`, `skipped`, `failed`
     */
    restoreOutcome: string;
};
