/**
 * snapshot-of-text.mjs: a page snapshot (src/page/snapshot.rs) of plain text, one <p> per line
 * inside <article>, as extension/lib/snapshot.js would take it from such a page. Lets the
 * per-article timings run the extension's own entry point, `plan(snapshot)`.
 */
export function snapshotOfText(text, date, title = "") {
  const lines = text.split("\n").filter((l) => /\S/.test(l));
  return {
    url: "http://127.0.0.1/article",
    lang: "en",
    title,
    published: date,
    today: date,
    article_body_hint: "",
    // Any text timed here is read as an article, however short (the planner would otherwise decline
    // a one-sentence page as "not an article").
    reader_asked: true,
    blocks: lines.map(() => ({ tag: "p", hints: "", in_article: true, landmarks: [] })),
    nodes: lines.map((line, i) => ({ text: line, block: i, heading: false, link: false, quote: false, caption: false, skip: false })),
  };
}
