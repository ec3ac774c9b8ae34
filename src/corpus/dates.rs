//! Finds date expressions in prose and normalizes them to calendar spans.
