//! `analyze` on arbitrary text (lossily decoded, as a DOM string with lone surrogates would be):
//! never panics, and every span lies within the text's UTF-16 length.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_context::{analyze, Date};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let date = Date::parse("2025-11-28").unwrap();
    let a = analyze(&text, date);
    let n = text.encode_utf16().count();
    for m in &a.mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= n, "mention span out of range");
    }
    for s in &a.sentences {
        assert!(s.span.start <= s.span.end && s.span.end <= n, "sentence span out of range");
    }
});
