/**
 * @typedef {object} Prepared
 * @property {import('./inputs.js').ActionInputs} inputs
 * @property {string} key the final primary key (`key` + `-` + the files' hash with `hash-files`)
 * @property {import('./summary.js').HashedFiles | null} hashed
 * @property {string} workspace
 * @property {'service' | 'local'} backend
 * @property {string | undefined} storeDir the local store, when that is the backend
 */
/**
 * Masks `ACTIONS_RUNTIME_TOKEN` (first thing every step does).
 * @param {import('./runner.js').Runner} runner
 */
export function maskSecrets(runner: import("./runner.js").Runner): void;
/**
 * Where caches go: the service when the runner gave its URL and token, else the local store.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ backend: 'service' | 'local', storeDir: string | undefined }}
 */
export function backendOf(env: NodeJS.ProcessEnv): {
    backend: "service" | "local";
    storeDir: string | undefined;
};
/** @param {NodeJS.ProcessEnv} env */
export function workspaceOf(env: NodeJS.ProcessEnv): string;
/**
 * @param {import('./runner.js').Runner} runner
 * @param {import('./inputs.js').ActionKind} kind
 * @returns {Promise<Prepared | null>} null when the step failed (the reason is printed)
 */
export function prepare(runner: import("./runner.js").Runner, kind: import("./inputs.js").ActionKind): Promise<Prepared | null>;
/**
 * The "Cache configuration" log group: the key and where it came from, restore keys, the
 * version with its inputs, the store and the tunables.
 * @param {import('./runner.js').Runner} runner
 * @param {{ kind: string, inputs: import('./inputs.js').ActionInputs, key: string, hashed: import('./summary.js').HashedFiles | null, backend: string, storeDir?: string, workspace: string }} c
 */
export function printConfiguration(runner: import("./runner.js").Runner, { kind, inputs, key, hashed, backend, storeDir, workspace }: {
    kind: string;
    inputs: import("./inputs.js").ActionInputs;
    key: string;
    hashed: import("./summary.js").HashedFiles | null;
    backend: string;
    storeDir?: string;
    workspace: string;
}): void;
export type Prepared = {
    inputs: import("./inputs.js").ActionInputs;
    /**
     * the final primary key (`key` + `-` + the files' hash with `hash-files`)
     */
    key: string;
    hashed: import("./summary.js").HashedFiles | null;
    workspace: string;
    backend: "service" | "local";
    /**
     * the local store, when that is the backend
     */
    storeDir: string | undefined;
};
