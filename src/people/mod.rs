//! Who is this? The knowledge base, and finding the people a text mentions.

pub mod given_names;
pub mod kb;
pub mod kb_format;
pub mod keys;
pub mod mentions;
pub mod titles;

pub use kb::KnowledgeBase;
