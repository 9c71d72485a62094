// @ts-check
/**
 * Entry point of the save/ action (dist/action-save.js): saves the paths under the key it is
 * given, whatever any restore found (as actions/cache/save). It never restores.
 */
import { runStep } from './runner.js';
import { saveStep } from './save-step.js';

await runStep((runner) => saveStep(runner, 'save'));
