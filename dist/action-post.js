import {
  saveStep
} from "./chunks/chunk-AB53WT3S.js";
import {
  runStep
} from "./chunks/chunk-ADGYFROW.js";
import "./chunks/chunk-PDC6Z7HT.js";

// js/src/action/post.js
await runStep((runner) => saveStep(runner, "post"));
