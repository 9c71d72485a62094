// @ts-check
/**
 * The list of `cachet` commands. Each entry says its name, its options and how to run it.
 */
import { keyCommands } from './key.js';
import { cacheCommands } from './cache.js';

/** @type {import('./args.js').Command[]} */
export const commands = [...keyCommands, ...cacheCommands];
