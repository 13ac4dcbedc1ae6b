//! Stable sorting that compiles the standard library's sort once for the whole library: each of
//! its instantiations (one per element type and comparison) is about 4.5 KB of wasm.

use std::cmp::Ordering;

/// The positions `0..len` in the order that sorts the entries at them stably by `compare`.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let positions = sorted_positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        positions
            .into_iter()
            .filter_map(|p| slots.get_mut(p).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_entries_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        let mut expected = items.clone();
        expected.sort_by_key(|&(k, _)| k);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
    }
}
