//! News Context: who is this person, and who says so?
//!
//! The core is DOM-free: text goes in, spans come out. It is layered so that each layer only uses
//! the ones before it:
//!
//! - [`text`]: offsets (UTF-8 bytes ⇄ UTF-16 code units), tokens, sentences, repairs of
//!   run-together words.
//! - [`people`]: the compiled knowledge base of leaders and officials, and finding their mentions.
//! - [`attribution`]: quotes, cues and sources; each sentence's claim kind.
//! - [`analysis`]: the stable result format, and [`analyze`] which runs the layers above.
//! - [`page`]: a snapshot of a page's text nodes in, a plan of marks and cards out.
//! - `bindings` (wasm only): the JavaScript entry points.

pub mod analysis;
pub mod attribution;
pub mod engine;
#[cfg(feature = "cli")]
pub mod evaluation;
pub mod page;
pub mod people;
pub mod stable_sort;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use analysis::Analysis;
pub use engine::{analyze, analyze_with, Date};
