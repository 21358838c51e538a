/**
 * tests/hostile/pages.mjs: hostile fixture pages for tests/browser/hostile.test.mjs, built around the
 * seed article (so there is something to annotate) plus the attack. Big pages are generated here
 * rather than committed. Each page is `{title, html, headers?, scope?}`; `scope` is the selector
 * whose innerText the test compares before and after the extension ran (default `body`).
 *
 * Every page records its own state in `window.__page` (main world) so the test can check that the
 * extension did not change the page's behaviour, and a payload that would run sets `window.__ncPwned`.
 */
const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function doc({ title, body, head = "", lang = "en" }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<meta property="article:published_time" content="2025-11-28T00:00:00Z">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const paras = (lines) => lines.map((l) => (l === "Putin’s support" ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`)).join("\n");

/** Markup, script, javascript: URLs and CSS escapes in every field the page supplies, as text. */
export const PAYLOADS = [
  `“<img src=x onerror="window.__ncPwned='quote-img'"> We will not back down,” said Vladimir Putin, the <script>window.__ncPwned='role-script'</script> president.`,
  `Alexander Lukashenko <script>window.__ncPwned='name-script'</script> told reporters that “<a href="javascript:window.__ncPwned='js-url'">the plan</a> is working”.`,
  `“Prices will rise,” said Marta <b onmouseover="window.__ncPwned='name-attr'">Kovalenko</b>, a <img src=x onerror="window.__ncPwned='apposition'"> analyst at the javascript:alert(1) Institute.`,
  `“We expect more talks,” said Jonas Reiter, a spokesman for the \\3c script\\3e expression(alert(1)) url(javascript:alert(1)) ministry.`,
  `“<svg onload="window.__ncPwned='svg'"></svg> It is over,” said Nicolás Maduro, the <iframe src="javascript:window.__ncPwned='iframe'"></iframe> leader of Venezuela.`,
];

export function buildPages(seed) {
  const article = (extra = "") => `<main><article>\n<h1>Russia and Belarus reach out to Maduro as pressure mounts</h1>\n${paras(seed)}\n${extra}</article></main>`;
  const pages = {};

  pages.markup = {
    title: "names, roles and quotes carrying markup as text",
    html: doc({
      title: `<img src=x onerror="window.__ncPwned='title'"> Hostile markup`,
      body: `<script>window.__page = {ok: true};</script>\n` +
        article(PAYLOADS.map((p) => `<p>${esc(p)}</p>`).join("\n")),
    }),
    scope: "article",
  };

  // About 5 MB of article text: the seed article repeated.
  {
    const one = paras(seed);
    const reps = Math.ceil((5 * 1024 * 1024) / one.length);
    pages.big = {
      title: "a 5 MB article",
      html: doc({ title: "A very long article", body: `<script>window.__page = {ok: true};</script><main><article>${Array(reps).fill(one).join("\n")}</article></main>` }),
      scope: "article",
    };
  }

  // 100,000 paragraphs: the seed article, then short sentences naming people.
  {
    const out = [paras(seed)];
    const names = ["Putin", "Lukashenko", "Maduro", "officials"];
    for (let i = out.length; i < 100000; i++) out.push(`<p>${names[i % 4]} spoke ${i}.</p>`);
    pages.many = {
      title: "100,000 paragraphs",
      html: doc({ title: "Many paragraphs", body: `<script>window.__page = {ok: true};</script><main><article>${out.join("")}</article></main>` }),
      scope: "article",
    };
  }

  // Deep nesting, built with the DOM (the HTML parser caps element depth at 512 in Chromium), with
  // the article at the bottom. 5,000 deep crashes Chromium 156's renderer by itself, with no
  // extension loaded (seen in a plain browser); 1,000 crashed it in the test too (not tried without
  // the extension); the test uses 500.
  pages.deep = {
    title: "500-deep nesting (5,000 crashes the renderer on its own)",
    html: doc({
      title: "Deep page",
      body: `<div id="root"></div>
<template id="art">${article()}</template>
<script>
(function () {
  var DEPTH = 500, at = document.getElementById("root");
  for (var i = 0; i < DEPTH; i++) { var d = document.createElement(i % 2 ? "div" : "span"); d.className = "lvl"; at.appendChild(d); at = d; }
  at.appendChild(document.getElementById("art").content.cloneNode(true));
  var depth = 0, n = at; while (n.parentNode) { depth++; n = n.parentNode; }
  window.__page = {ok: true, depth: depth};
})();
</script>`,
    }),
  };

  // A page that rewrites part of its own DOM every 10 ms (a ticker and a live list), outside the
  // article, and counts its ticks.
  pages.churn = {
    title: "rewrites its DOM every 10 ms",
    html: doc({
      title: "Live page",
      body: `<div id="ticker">0</div><ul id="live"></ul>
${article()}
<script>
(function () {
  var ticks = 0, t = document.getElementById("ticker"), ul = document.getElementById("live");
  window.__page = {ok: true, ticks: 0};
  setInterval(function () {
    ticks++; window.__page.ticks = ticks;
    t.textContent = "Tick " + ticks + ": Putin and Lukashenko spoke again";
    ul.innerHTML = "<li>Maduro update " + ticks + "</li><li>Putin update " + ticks + "</li>";
  }, 10);
})();
</script>`,
    }),
    scope: "article",
  };

  // Prototype tampering in the main world: DOM methods replaced with throwing traps, frozen;
  // attachShadow redefined. The content script's isolated world has its own prototypes.
  pages.tamper = {
    title: "freezes Node.prototype, redefines attachShadow",
    html: doc({
      title: "Tampered page",
      head: `<script>
(function () {
  window.__page = {ok: true, trapped: []};
  var trap = function (name) { return function () { window.__page.trapped.push(name); throw new Error("page trap: " + name); }; };
  ["appendChild", "insertBefore", "replaceChild", "removeChild", "normalize", "cloneNode"].forEach(function (m) {
    Object.defineProperty(Node.prototype, m, {value: trap(m), writable: false, configurable: false});
  });
  Object.defineProperty(Element.prototype, "attachShadow", {value: trap("attachShadow"), writable: false, configurable: false});
  Object.defineProperty(Text.prototype, "splitText", {value: trap("splitText"), writable: false, configurable: false});
  Object.freeze(Node.prototype); Object.freeze(Element.prototype); Object.freeze(Text.prototype);
  Object.freeze(Document.prototype);
})();
</script>`,
      body: article(),
    }),
    scope: "article",
  };

  // document.write during load, an iframe and a srcdoc frame naming people (content scripts run in
  // the top frame only: all_frames is false).
  pages.docwrite = {
    title: "document.write and frames",
    html: doc({
      title: "Written page",
      body: `<main><article><h1>Russia and Belarus reach out to Maduro as pressure mounts</h1>
<script>document.write(${JSON.stringify(paras(seed))}); window.__page = {ok: true, written: true};</script>
</article></main>
<iframe id="f1" srcdoc="<p>Vladimir Putin said “nothing” in a frame.</p>"></iframe>
<iframe id="f2" src="/hostile/frame"></iframe>`,
    }),
  };
  pages.frame = {
    title: "(frame)",
    html: doc({ title: "Frame", body: `<p>“We will talk,” Lukashenko said in a frame.</p>` }),
    internal: true,
  };

  // CSP default-src 'none': no script of the page runs at all.
  pages.csp = {
    title: "CSP default-src 'none'",
    html: doc({ title: "Locked page", body: article() }),
    headers: { "content-security-policy": "default-src 'none'" },
    scope: "article",
    noPageScript: true,
  };

  return pages;
}
