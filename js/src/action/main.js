// @ts-check
/**
 * Entry point of the root action's main step (dist/action-main.js): restores, then leaves the
 * key and the inputs in the state for the post step. It never saves.
 */
import { runStep } from './runner.js';
import { restoreStep } from './restore-step.js';

await runStep((runner) => restoreStep(runner, 'cache'));
