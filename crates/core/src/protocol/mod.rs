//! The cache service v2 protocol as sans-IO state machines (placeholder: being written).
