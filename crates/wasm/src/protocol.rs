//! Bindings for the save and restore machines (placeholder: being written).
