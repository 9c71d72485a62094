/** `cachet save` and `cachet restore`: placeholder, being written. */
/** @type {import('./args.js').Command[]} */
export const cacheCommands: import("./args.js").Command[];
