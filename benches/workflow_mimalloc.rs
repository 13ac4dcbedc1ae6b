//! The workflow benchmarks again under mimalloc, an allocator a Rust host may choose: most of
//! what a bulk update of 10 000 orders costs on glibc's allocator is the allocator's.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(dead_code)] // its own `main` is not this benchmark's
#[path = "workflow.rs"]
mod workflow;

criterion::criterion_main!(workflow::benches);
