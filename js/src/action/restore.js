// @ts-check
/**
 * Entry point of the restore/ action (dist/action-restore.js): restores and sets
 * `cache-primary-key` and `cache-matched-key` as outputs for a later save/ step. It never saves.
 */
import { runStep } from './runner.js';
import { restoreStep } from './restore-step.js';

await runStep((runner) => restoreStep(runner, 'restore'));
