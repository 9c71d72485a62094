// @ts-check
/**
 * Entry point of the root action's post step (dist/action-post.js): saves under the key the main
 * step left in the state, unless that key was restored exactly. It never restores.
 */
import { runStep } from './runner.js';
import { saveStep } from './save-step.js';

await runStep((runner) => saveStep(runner, 'post'));
