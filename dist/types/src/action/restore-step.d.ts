/**
 * @param {import('./runner.js').Runner} runner
 * @param {'cache' | 'restore'} kind `cache` is the root action's main step
 */
export function restoreStep(runner: import("./runner.js").Runner, kind: "cache" | "restore"): Promise<void>;
