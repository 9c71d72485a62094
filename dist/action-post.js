import {
  saveStep
} from "./chunks/chunk-ANBLIV3Z.js";
import {
  runStep
} from "./chunks/chunk-5FSG6OTY.js";
import "./chunks/chunk-NKZ7TN7B.js";

// js/src/action/post.js
await runStep((runner) => saveStep(runner, "post"));
