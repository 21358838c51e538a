//! The JavaScript entry points: the only module that knows about `JsValue`.
//!
//! Values cross the boundary through serde-wasm-bindgen in its JSON-compatible mode, so that
//! `JSON.stringify` of a result equals what the native CLI prints for the same input. A panic is
//! reported to the console by console_error_panic_hook and reaches the caller as a thrown error;
//! the extension then leaves the page untouched.
//!
//! The knowledge base is a file of its own (`kb.bin` beside the wasm): the host fetches it while
//! the module instantiates and hands it over once with [`load_knowledge_base`]; until then
//! [`analyze`] and [`plan`] answer with an error saying so.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{self, Date};
use crate::page;
use crate::people::kb;

/// Installs the panic hook once, when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("news-context: could not return the result: {e}")))
}

/// Makes `bytes` (the file `kb.bin`) the knowledge base: called once, before any analysis. A file
/// that is not one, of another format version, truncated or damaged is refused with the reason.
#[wasm_bindgen(js_name = loadKnowledgeBase)]
pub fn load_knowledge_base(bytes: Vec<u8>) -> Result<(), JsError> {
    kb::load(bytes).map_err(|e| JsError::new(&format!("news-context: {e}")))
}

/// The error every analysis gives before the knowledge base is loaded (nothing is read before).
fn require_knowledge_base() -> Result<(), JsError> {
    if kb::is_loaded() {
        Ok(())
    } else {
        Err(JsError::new(
            "news-context: the knowledge base is not loaded (call loadKnowledgeBase with kb.bin first)",
        ))
    }
}

/// Analyses `text` with roles resolved at `date` (`YYYY-MM-DD`); returns the analysis object
/// documented in `docs/analysis-json.md`.
#[wasm_bindgen]
pub fn analyze(text: &str, date: &str) -> Result<JsValue, JsError> {
    require_knowledge_base()?;
    let date = Date::parse(date).map_err(|e| JsError::new(&format!("news-context: {e}")))?;
    to_js(&engine::analyze(text, date))
}

/// Plans the marks and cards for a page snapshot (see `extension/lib/snapshot.js`).
#[wasm_bindgen]
pub fn plan(snapshot: JsValue) -> Result<JsValue, JsError> {
    require_knowledge_base()?;
    let snapshot: page::Snapshot = serde_wasm_bindgen::from_value(snapshot).map_err(|e| {
        JsError::new(&format!(
            "news-context: the page snapshot is malformed: {e}"
        ))
    })?;
    let plan =
        page::planner::plan(&snapshot).map_err(|e| JsError::new(&format!("news-context: {e}")))?;
    to_js(&plan)
}

/// The crate's version, for the About page and diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
