//! The runner's `hashFiles()` pattern language (placeholder: being written).
