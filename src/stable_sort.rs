//! A stable sort that costs little code in the wasm.
//!
//! The standard library's stable sort (driftsort) is fast but is compiled anew, several kilobytes
//! at a time, for every element type and comparison it is called with: fourteen call sites made
//! about 62 KB of the wasm's code before `wasm-opt`. The lists sorted here are short (the mentions
//! of one article, the people of one plan), so one merge sort over positions, compiled once, and
//! a small per-type step that moves the elements into place give the same order for a fraction
//! of the size. Same contract as `slice::sort_by`: equal elements keep their order.

use std::cmp::Ordering;

/// Runs shorter than this are sorted by insertion before merging.
const INSERTION_RUN: usize = 12;

/// Sorts `v` by `key`, keeping the order of elements with equal keys (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Sorts `v` by `compare`, keeping the order of equal elements (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        sorted_positions(items.len(), &mut |a, b| {
            compare(&items[a], &items[b]) == Ordering::Less
        })
    };
    apply_order(v, order);
}

/// The positions `0..n` in stable sorted order, `less(a, b)` telling whether the element at `a`
/// goes strictly before the one at `b`. Not generic: compiled once for every caller.
fn sorted_positions(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for run in order.chunks_mut(INSERTION_RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && less(run[j], run[j - 1]) {
                run.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut buffer = vec![0usize; n];
    let mut width = INSERTION_RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid == end || !less(order[mid], order[mid - 1]) {
                // The two runs are already in order (most lists here come nearly sorted): a copy,
                // not a merge, so a sorted list costs one comparison per pair of runs.
                buffer[start..end].copy_from_slice(&order[start..end]);
                continue;
            }
            let (mut i, mut j) = (start, mid);
            for slot in &mut buffer[start..end] {
                // Take from the right run only when strictly less: stability.
                let take_right = i == mid || (j < end && less(order[j], order[i]));
                if take_right {
                    *slot = order[j];
                    j += 1;
                } else {
                    *slot = order[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    order
}

/// Rearranges `v` so that position `i` holds the element that was at `order[i]`: each swap puts
/// one element where it belongs, so at most `n` swaps.
fn apply_order<T>(v: &mut [T], order: Vec<usize>) {
    let mut destination = vec![0usize; order.len()];
    for (i, &from) in order.iter().enumerate() {
        destination[from] = i;
    }
    for i in 0..v.len() {
        while destination[i] != i {
            let d = destination[i];
            v.swap(i, d);
            destination.swap(i, d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(keys in prop::collection::vec(0u8..6, 0..90)) {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = ours.clone();
            sort_by_key(&mut ours, |x| x.0);
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn sorts_by_a_comparison_as_the_standard_stable_sort(keys in prop::collection::vec(0u8..4, 0..70)) {
            let mut ours: Vec<(u8, String)> = keys.iter().enumerate().map(|(i, &k)| (k, i.to_string())).collect();
            let mut std_sorted = ours.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0).then_with(|| a.1.len().cmp(&b.1.len())));
            std_sorted.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.len().cmp(&b.1.len())));
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn sorts_concatenated_sorted_runs_as_the_standard_stable_sort(
            runs in prop::collection::vec(prop::collection::vec(0u8..8, 0..40), 0..6)
        ) {
            // Lists that arrive as a few sorted runs one after the other (runs of the merge that
            // are already in order are copied, not merged).
            let mut keys = Vec::new();
            for mut run in runs {
                run.sort();
                keys.extend(run);
            }
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = ours.clone();
            sort_by_key(&mut ours, |x| x.0);
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
