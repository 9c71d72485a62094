/** @type {import('./args.js').Command[]} */
export const commands: import("./args.js").Command[];
