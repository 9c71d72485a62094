import {
  restoreStep
} from "./chunks/chunk-USKRMGNT.js";
import {
  runStep
} from "./chunks/chunk-J4B2DU3X.js";
import "./chunks/chunk-X7JTKCET.js";

// js/src/action/restore.js
await runStep((runner) => restoreStep(runner, "restore"));
