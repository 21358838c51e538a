/**
 * threads.mjs: CPU time per thread of Chromium's extension process, read from Linux's /proc.
 *
 * Why it exists: wall times on this shared 2-core machine measure waiting for a core as much as
 * work, and Chromium's traces do not show the extension's service-worker thread. The scheduler's
 * own count (/proc/<pid>/task/<tid>/schedstat, nanoseconds on the CPU) does. Used by
 * bench/worker-cpu.mjs and bench/worker-flow-cpu.mjs; Linux only.
 */
import fs from "node:fs";

/** Exits with a `skipped: …` line on systems without per-thread CPU times in /proc. */
export function requireProcThreads() {
  if (process.platform !== "linux") {
    console.log("skipped: reads per-thread CPU time from /proc (Linux only)");
    process.exit(0);
  }
}

/** Nanoseconds a thread of `pid` has run on a CPU (0 once it has ended). */
function threadNs(pid, tid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return 0;
  }
}

/**
 * The extension process of the Chromium started with the profile directory `profile`: its pid, the
 * CPU time of one of its threads or of all, and the service worker's thread (named
 * "ServiceWorker…", found afresh each time: a restarted worker gets a new thread).
 */
export function extensionProcess(profile) {
  const pid = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p)).find((p) => {
    try {
      const cmd = fs.readFileSync(`/proc/${p}/cmdline`, "utf8");
      return cmd.includes("--extension-process") && cmd.includes(profile);
    } catch {
      return false;
    }
  });
  if (!pid) throw new Error("the extension process was not found in /proc");
  const tasks = () => fs.readdirSync(`/proc/${pid}/task`);
  return {
    pid,
    threadNs: (tid) => threadNs(pid, tid),
    processNs: () => tasks().reduce((sum, tid) => sum + threadNs(pid, tid), 0),
    workerTid: () => tasks().find((tid) => {
      try {
        return /ServiceWorker/.test(fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8"));
      } catch {
        return false;
      }
    }),
  };
}
