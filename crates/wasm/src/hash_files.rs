//! Bindings for the hashFiles() pattern matcher (placeholder: being written).
