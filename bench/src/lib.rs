//! Skupaj's benchmark suite as a library, so that its generator can be tested like the rest of
//! the product (see `tests/seed.rs`); the `skupaj-bench` binary is a thin command line over it.

pub mod baselines;
pub mod catalogue;
pub mod cluster;
pub mod export;
pub mod load;
pub mod outbox;
pub mod peer;
pub mod report;
pub mod run;
pub mod seed;
pub mod sink;
