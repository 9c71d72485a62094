/**
 * @param {import('./runner.js').Runner} runner
 * @param {'post' | 'save'} kind `post` is the root action's post step
 */
export function saveStep(runner: import("./runner.js").Runner, kind: "post" | "save"): Promise<void>;
