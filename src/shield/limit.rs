//! Adaptive concurrency limits: AIMD on the latency of admitted calls.
//!
//! A fixed in-flight bound is either too high for the calls that cost
//! milliseconds of CPU (their latency grows with the queue in front of the
//! cores) or too low for the cheap ones. So each class of call has its own
//! limit, which [`Aimd`] moves between a floor and a ceiling from what the
//! admitted calls show: a call that took longer than the latency target
//! while others of its class ran beside it cuts the limit by a quarter (at
//! most once per target interval, so one slow batch counts once), and a
//! call within the target while the limit
//! was at least half used raises it by `1 / limit` (about one per limit's
//! worth of calls). The limit then settles where admitted calls finish
//! within the target; calls over it are refused at once by
//! [`super::load`], so nothing queues in front of the cores.
//!
//! A slow call that ran alone cuts nothing: its time is its own cost (a
//! durable write on a slow disk, a cold cache), which no lower limit can
//! shorten, and cutting on it would refuse a handful of callers on a
//! merely slow machine.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// What a slow call leaves of the limit.
const BACKOFF: f64 = 0.75;

/// The additive-increase, multiplicative-decrease rule; pure (time comes in).
#[derive(Debug, Clone)]
pub struct Aimd {
    limit: f64,
    floor: f64,
    ceiling: f64,
    /// `None`: a fixed limit at the ceiling.
    target: Option<Duration>,
    /// No further cut before this: calls admitted before the last cut are
    /// still finishing slowly.
    hold_until: Option<Instant>,
}

impl Aimd {
    /// A limit between `floor` and `ceiling` (both at least 1), starting at
    /// `initial`, aiming for admitted calls within `target`; with no target
    /// the limit stays at the ceiling.
    pub fn new(floor: usize, ceiling: usize, initial: usize, target: Option<Duration>) -> Aimd {
        let ceiling = ceiling.max(1) as f64;
        let floor = (floor.max(1) as f64).min(ceiling);
        let initial = if target.is_some() {
            (initial as f64).clamp(floor, ceiling)
        } else {
            ceiling
        };
        Aimd {
            limit: initial,
            floor,
            ceiling,
            target,
            hold_until: None,
        }
    }

    /// The calls that may be in flight now.
    pub fn limit(&self) -> usize {
        // The limit lies in [floor, ceiling], both whole and at least 1.
        self.limit.floor() as usize
    }

    /// One admitted call finished at `now` after `latency`, with
    /// `in_flight` calls of its class (itself included) running just before.
    pub fn observe(&mut self, now: Instant, latency: Duration, in_flight: usize) {
        let Some(target) = self.target else {
            return;
        };
        if latency > target {
            if in_flight <= 1 {
                return;
            }
            if self.hold_until.is_none_or(|until| now >= until) {
                self.limit = (self.limit * BACKOFF).max(self.floor);
                self.hold_until = Some(now + target);
            }
        } else if in_flight as f64 * 2.0 >= self.limit {
            self.limit = (self.limit + 1.0 / self.limit).min(self.ceiling);
        }
    }
}

/// One class's limit and the calls of it in flight, shared by every
/// connection's copy of the layer.
#[derive(Debug)]
pub struct ClassLimit {
    /// The class's name, as the `class` metric label and in refusals.
    pub name: &'static str,
    in_flight: AtomicUsize,
    /// [`Aimd::limit`], read without the lock on every admission.
    limit: AtomicUsize,
    /// Whether the limit moves: a fixed one needs no timing or lock unless
    /// metrics record the latency.
    adaptive: bool,
    aimd: Mutex<Aimd>,
}

impl ClassLimit {
    pub fn new(name: &'static str, aimd: Aimd) -> ClassLimit {
        let limit = aimd.limit();
        crate::telemetry::set_in_flight_limit(name, limit);
        ClassLimit {
            name,
            in_flight: AtomicUsize::new(0),
            limit: AtomicUsize::new(limit),
            adaptive: aimd.target.is_some(),
            aimd: Mutex::new(aimd),
        }
    }

    /// The limit now.
    pub fn limit(&self) -> usize {
        self.limit.load(Ordering::Relaxed)
    }

    /// Admits one call if fewer than the limit are in flight; the ticket
    /// gives the place back when dropped.
    pub fn try_admit(self: &std::sync::Arc<Self>) -> Option<Ticket> {
        let limit = self.limit();
        self.in_flight
            .fetch_update(Ordering::AcqRel, Ordering::Relaxed, |n| {
                (n < limit).then_some(n + 1)
            })
            .ok()?;
        let timed = self.adaptive || crate::telemetry::enabled();
        Some(Ticket {
            class: std::sync::Arc::clone(self),
            admitted: timed.then(Instant::now),
            finished: false,
        })
    }

    fn release(&self, latency: Option<Duration>) {
        let in_flight = self.in_flight.fetch_sub(1, Ordering::AcqRel);
        let Some(latency) = latency else {
            return;
        };
        crate::telemetry::record_admitted(self.name, latency);
        if !self.adaptive {
            return;
        }
        let mut aimd = self.aimd.lock().unwrap_or_else(PoisonError::into_inner);
        let before = aimd.limit();
        aimd.observe(Instant::now(), latency, in_flight);
        let after = aimd.limit();
        drop(aimd);
        if after != before {
            self.limit.store(after, Ordering::Relaxed);
            crate::telemetry::set_in_flight_limit(self.name, after);
        }
    }
}

/// An admitted call's place in its class.
#[derive(Debug)]
pub struct Ticket {
    class: std::sync::Arc<ClassLimit>,
    /// When it was admitted, if anything needs its latency.
    admitted: Option<Instant>,
    finished: bool,
}

impl Ticket {
    /// The handler answered: its time since admission is recorded and fed
    /// to the limit.
    pub fn finish(mut self) {
        self.finished = true;
        // Drop releases the place and observes the latency.
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        // A call dropped unanswered (the client left) tells nothing about
        // latency; it only gives its place back.
        let latency = self
            .admitted
            .filter(|_| self.finished)
            .map(|admitted| admitted.elapsed());
        self.class.release(latency);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TARGET: Duration = Duration::from_millis(20);
    const FAST: Duration = Duration::from_millis(2);
    const SLOW: Duration = Duration::from_millis(80);

    #[test]
    fn a_slow_call_cuts_the_limit_by_a_quarter_once_per_target_interval() {
        let start = Instant::now();
        let mut aimd = Aimd::new(1, 16, 16, Some(TARGET));
        aimd.observe(start, SLOW, 16);
        assert_eq!(aimd.limit(), 12);
        // The rest of the same slow batch does not cut again.
        aimd.observe(start + Duration::from_millis(5), SLOW, 12);
        assert_eq!(aimd.limit(), 12);
        aimd.observe(start + TARGET, SLOW, 12);
        assert_eq!(aimd.limit(), 9);
    }

    #[test]
    fn a_slow_call_that_ran_alone_cuts_nothing() {
        let start = Instant::now();
        let mut aimd = Aimd::new(1, 16, 8, Some(TARGET));
        for step in 0..20 {
            aimd.observe(start + TARGET * step, SLOW, 1);
        }
        assert_eq!(aimd.limit(), 8, "no lower limit makes a lone call faster");
        aimd.observe(start + TARGET * 20, SLOW, 2);
        assert_eq!(aimd.limit(), 6);
    }

    #[test]
    fn the_limit_never_leaves_its_floor_and_ceiling() {
        let start = Instant::now();
        let mut aimd = Aimd::new(2, 8, 8, Some(TARGET));
        for step in 0..50 {
            aimd.observe(start + TARGET * step, SLOW, 8);
        }
        assert_eq!(aimd.limit(), 2);
        for step in 0..10_000 {
            aimd.observe(start + TARGET * (100 + step), FAST, 8);
        }
        assert_eq!(aimd.limit(), 8);
    }

    #[test]
    fn fast_calls_raise_the_limit_only_while_it_is_in_use() {
        let start = Instant::now();
        let mut aimd = Aimd::new(1, 64, 8, Some(TARGET));
        for _ in 0..100 {
            aimd.observe(start, FAST, 1);
        }
        assert_eq!(aimd.limit(), 8, "one call at a time says nothing of more");
        // 8 + 1/8 + 1/8.125 + ...: past 9 on the ninth call.
        for _ in 0..9 {
            aimd.observe(start, FAST, 8);
        }
        assert_eq!(aimd.limit(), 9, "about one more per limit's worth of calls");
    }

    #[test]
    fn without_a_target_the_limit_is_fixed_at_the_ceiling() {
        let start = Instant::now();
        let mut aimd = Aimd::new(1, 6, 2, None);
        assert_eq!(aimd.limit(), 6);
        aimd.observe(start, SLOW, 6);
        assert_eq!(aimd.limit(), 6);
    }

    #[test]
    fn tickets_admit_up_to_the_limit_and_give_places_back() {
        let class = std::sync::Arc::new(ClassLimit::new("test", Aimd::new(1, 2, 2, None)));
        let first = class.try_admit().expect("first place");
        let second = class.try_admit().expect("second place");
        assert!(class.try_admit().is_none(), "a third would wait");
        first.finish();
        let third = class.try_admit().expect("a place came back");
        drop((second, third));
        assert!(class.try_admit().is_some());
    }
}
