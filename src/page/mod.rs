//! Page planning: a [`Snapshot`] of a page's text nodes in, a [`Plan`] of marks and cards out.
//!
//! The extension's JS takes the snapshot and applies the plan; every decision in between is made here,
//! so that it is the same in Chrome's service worker, Firefox, the demo page and the native CLI.

pub mod article;
#[cfg(feature = "cli")]
pub mod html;
pub mod plan;
pub mod planner;
pub mod reader;
pub mod snapshot;

pub use plan::{Card, CardLine, Mark, Plan, Summary};
pub use snapshot::{Block, Snapshot, TextNode};
