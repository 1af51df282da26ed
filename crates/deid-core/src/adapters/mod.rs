//! Format adapters: each turns a document into fields, runs the engine, and writes the
//! same format back with untouched bytes left byte-identical.

pub mod text;
