/** @type {import('./args.js').Command[]} */
export const cacheCommands: import("./args.js").Command[];
export type CliContext = import("./main.js").CliContext;
