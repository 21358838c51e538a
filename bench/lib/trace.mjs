/**
 * trace.mjs: a Chromium trace of one page while the instrumented extension annotates it, and the
 * page's main-thread tasks in it.
 *
 * Why it exists: wall times on a shared 2-core machine grow with the load; the trace's thread CPU
 * (`tdur`) does not. bench/inpage-cpu.mjs (corpus pages) and bench/bigpage-trace.mjs (generated
 * large pages) read the same trace the same way.
 */
import { within } from "./browser.mjs";

/** The trace's categories: tasks, their JavaScript, and the page's own marks (nc-bench-idle). */
const CATEGORIES = ["devtools.timeline", "toplevel", "blink.user_timing", "v8.execute",
  // NC_TRACE_EXTRA (comma-separated categories, e.g. "blink,cc") names what a task's time is spent
  // on when the default categories show nothing inside it.
  ...(process.env.NC_TRACE_EXTRA || "").split(",").filter(Boolean)];

/**
 * Loads the page of `reporting` (browser.mjs's openReporting) with tracing on, until the
 * extension's final report or `timeoutMs`. Returns the trace's events and the report.
 */
export async function traceAnnotation(ctx, reporting, timeoutMs) {
  const cdp = await ctx.newCDPSession(reporting.page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const traceDone = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { transferMode: "ReportEvents", traceConfig: { enableSampling: false, includedCategories: CATEGORIES } });
  try {
    await reporting.go();
    await within(reporting.done, timeoutMs);
    const fin = await reporting.page.evaluate(() => window.__final);
    await cdp.send("Tracing.end");
    await traceDone;
    return { events, fin };
  } catch (e) {
    await cdp.send("Tracing.end").catch(() => {});
    throw e;
  }
}

/**
 * The complete events of the page's main thread (the thread of the report's `nc-bench-idle`
 * mark), by start; `tops`, those not inside another (the tasks); the mark itself; `origin`, the
 * trace time of the report's zero; and `at(ms)`, the trace time of a report time. `null` when the
 * trace lacks the mark.
 */
export function mainThreadTasks(events, fin) {
  const mark = events.find((e) => e.name === "nc-bench-idle");
  if (!mark) return null;
  const { pid, tid } = mark;
  const origin = mark.ts - fin.idle * 1000;
  const at = (ms) => origin + ms * 1000;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tops = [];
  let end = -1;
  for (const e of main) if (e.ts >= end) { tops.push(e); end = e.ts + e.dur; }
  return { main, tops, mark, origin, at };
}
