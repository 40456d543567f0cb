//! Per-client rate limiting: a token bucket (GCRA, from `governor`) for each
//! API key name, or for each peer IP address when API keys are off.

use std::fmt;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Weak};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use super::api_keys::KeyName;

/// Who a request is counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClientId {
    /// The name of the API key the request presented.
    Key(KeyName),
    /// The peer's IP address (every port of one host shares a bucket).
    Ip(IpAddr),
    /// A peer whose address the transport did not report (none on TCP).
    Unknown,
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientId::Key(name) => write!(f, "key {name}"),
            ClientId::Ip(ip) => write!(f, "address {ip}"),
            ClientId::Unknown => f.write_str("an unknown peer"),
        }
    }
}

/// How often buckets that have refilled completely are forgotten, so a
/// stream of new peer addresses cannot grow the table without bound.
const FORGET_FULL_BUCKETS_EVERY: Duration = Duration::from_secs(30);

type Keyed = RateLimiter<ClientId, DefaultKeyedStateStore<ClientId>, DefaultClock>;

/// Calls per second and burst allowed to each client.
#[derive(Clone)]
pub struct ClientRateLimit {
    limiter: Arc<Keyed>,
}

impl fmt::Debug for ClientRateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientRateLimit")
            .field("clients", &self.limiter.len())
            .finish()
    }
}

impl ClientRateLimit {
    /// `per_second` calls per second per client on average, with bursts of
    /// up to `burst` calls. Must be called inside a tokio runtime: it starts
    /// a task that forgets idle clients, which ends with the limiter.
    pub fn new(per_second: NonZeroU32, burst: NonZeroU32) -> ClientRateLimit {
        let quota = Quota::per_second(per_second).allow_burst(burst);
        let limiter = Arc::new(RateLimiter::hashmap(quota));
        tokio::spawn(forget_full_buckets(Arc::downgrade(&limiter)));
        ClientRateLimit { limiter }
    }

    /// Takes one call from `client`'s bucket, or says how long until the
    /// next call would be allowed.
    pub fn check(&self, client: &ClientId) -> Result<(), Duration> {
        self.limiter
            .check_key(client)
            .map_err(|not_until| not_until.wait_time_from(self.limiter.clock().now()))
    }
}

async fn forget_full_buckets(limiter: Weak<Keyed>) {
    let mut every = tokio::time::interval(FORGET_FULL_BUCKETS_EVERY);
    every.tick().await;
    loop {
        every.tick().await;
        let Some(limiter) = limiter.upgrade() else {
            return;
        };
        limiter.retain_recent();
        limiter.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nz(n: u32) -> NonZeroU32 {
        NonZeroU32::new(n).expect("non-zero")
    }

    #[tokio::test]
    async fn each_client_gets_its_own_burst_and_then_a_wait() {
        let limit = ClientRateLimit::new(nz(1), nz(3));
        let a = ClientId::Ip([127, 0, 0, 1].into());
        let b = ClientId::Ip([127, 0, 0, 2].into());
        for _ in 0..3 {
            assert_eq!(limit.check(&a), Ok(()));
        }
        let wait = limit.check(&a).expect_err("the burst is spent");
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(1),
            "{wait:?}"
        );
        assert_eq!(limit.check(&b), Ok(()), "another client is not affected");
    }
}
