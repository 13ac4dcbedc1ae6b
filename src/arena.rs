//! The arenas that hold what one call reads and computes (a JSON tree, a pricing's lists), kept
//! per thread so that a call like the last one needs no new memory.

use std::cell::RefCell;
use std::ops::Deref;

use bumpalo::Bump;

/// Where a reading's JSON tree (its lists, objects and unescaped strings) and a pricing's lists
/// are kept: made by the caller beside what it holds, it lives as long as that and is emptied at
/// once with it. Its memory is kept for the thread's next use (up to [`MAX_KEPT_ARENA_BYTES`]), so
/// that a tree or a pricing like the last one allocates nothing.
pub(crate) struct Arena {
    bump: Bump,
}

/// The most bytes an arena keeps for the thread's next use; a larger one is freed. A 1000-line
/// quote's texts and lists fit: a larger block, which glibc maps and unmaps for each use, would
/// cost the next quote a page fault every 4 KB (a fifth of its time).
const MAX_KEPT_ARENA_BYTES: usize = 1024 * 1024;

/// How many arenas a thread keeps: one in use may call for another (the dispatch's arguments,
/// then the pricing's lists).
const KEPT_ARENAS: usize = 2;

thread_local! {
    /// The memory of the thread's last arenas, emptied.
    static KEPT: RefCell<Vec<Bump>> = const { RefCell::new(Vec::new()) };
}

impl Arena {
    /// An arena: one the thread kept if there is one (none while they are in use).
    pub(crate) fn new() -> Self {
        let bump = KEPT.with(|kept| kept.borrow_mut().pop()).unwrap_or_default();
        Arena { bump }
    }
}

impl Deref for Arena {
    type Target = Bump;

    fn deref(&self) -> &Bump {
        &self.bump
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        let mut bump = std::mem::take(&mut self.bump);
        bump.reset();
        if bump.allocated_bytes() <= MAX_KEPT_ARENA_BYTES {
            KEPT.with(|kept| {
                let mut kept = kept.borrow_mut();
                if kept.len() < KEPT_ARENAS {
                    kept.push(bump);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sizes of the arenas the thread keeps, the next one given last.
    fn kept_sizes() -> Vec<usize> {
        KEPT.with(|kept| kept.borrow().iter().map(Bump::allocated_bytes).collect())
    }

    #[test]
    fn arenas_are_kept_for_the_threads_next_trees_unless_they_grew_large() {
        KEPT.with(|kept| kept.borrow_mut().clear());
        // Each of three at the same time has memory of its own; two are kept, the last dropped
        // given first.
        let arenas = [Arena::new(), Arena::new(), Arena::new()];
        for (arena, size) in arenas.iter().zip([1_000, 10_000, 100_000]) {
            arena.alloc_slice_copy(&vec![0u8; size]);
        }
        drop(arenas);
        let kept = kept_sizes();
        assert_eq!(kept.len(), 2);
        assert!(kept.iter().all(|size| *size >= 1_000) && kept[0] < kept[1], "{kept:?}");
        let reused = Arena::new();
        assert_eq!(reused.allocated_bytes(), kept[1]);
        assert_eq!(kept_sizes(), [kept[0]]);
        reused.alloc_slice_copy(&vec![0u8; MAX_KEPT_ARENA_BYTES]);
        drop(reused);
        assert_eq!(kept_sizes(), [kept[0]], "a large arena is freed");
    }
}
