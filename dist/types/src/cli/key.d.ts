/** @typedef {import('./main.js').CliContext} CliContext */
/** @type {import('./args.js').Command[]} */
export const keyCommands: import("./args.js").Command[];
export type CliContext = import("./main.js").CliContext;
