//! The calling thread's CPU time, shared by the examples that measure CPU rather than wall time
//! (on a loaded machine wall time mostly measures the other processes).

/// Where Linux gives the calling thread's CPU time (absent elsewhere, and on kernels built
/// without schedstats: callers that can do without check it first).
pub const SCHEDSTAT: &str = "/proc/thread-self/schedstat";

/// This thread's CPU time so far, in seconds.
pub fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string(SCHEDSTAT)
        .expect("/proc/thread-self/schedstat (Linux) gives the thread's CPU time");
    let ns: u64 = stat
        .split_whitespace()
        .next()
        .and_then(|x| x.parse().ok())
        .expect("schedstat starts with nanoseconds on the CPU");
    ns as f64 / 1e9
}
