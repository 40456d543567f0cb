//! Reading the server's Prometheus metrics: the admitted-call histograms
//! (`summit_grpc_admitted_duration_seconds`, by class) and the shed
//! counter, before and after a flood, and the quantiles of the difference.
//!
//! Pure parsing and arithmetic, unit-tested; [`scrape`] is the one call
//! that touches the network (plain HTTP/1.1 on loopback).

use std::collections::BTreeMap;
use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const ADMITTED: &str = "summit_grpc_admitted_duration_seconds";
const SHED: &str = "summit_grpc_requests_shed_total";
const LIMIT: &str = "summit_grpc_in_flight_limit";

/// `GET /metrics` from `addr`: the body.
pub async fn scrape(addr: SocketAddr) -> Result<String, String> {
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| format!("metrics at {addr}: {e}"))?;
    stream
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .map_err(|e| format!("metrics at {addr}: {e}"))?;
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .await
        .map_err(|e| format!("metrics at {addr}: {e}"))?;
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("metrics at {addr}: no HTTP header"))?;
    if !head.starts_with("HTTP/1.1 200") {
        return Err(format!(
            "metrics at {addr}: {}",
            head.lines().next().unwrap_or("")
        ));
    }
    Ok(body.to_owned())
}

/// A cumulative histogram: upper bound (`le`, +Inf last) → calls at or under it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Buckets(Vec<(f64, f64)>);

/// What one scrape says about admission.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The admitted histogram per class (`light`, `heavy`).
    pub admitted: BTreeMap<String, Buckets>,
    pub shed: f64,
    /// The adaptive in-flight limit per class.
    pub limits: BTreeMap<String, f64>,
}

/// The value of `key="..."` in a sample's label set.
fn label<'a>(labels: &'a str, key: &str) -> Option<&'a str> {
    let start = labels.find(&format!("{key}=\""))? + key.len() + 2;
    let end = labels[start..].find('"')? + start;
    Some(&labels[start..end])
}

/// Parses the exposition text.
pub fn parse(text: &str) -> Snapshot {
    let mut snapshot = Snapshot::default();
    let bucket = format!("{ADMITTED}_bucket");
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let Some((series, value)) = line.rsplit_once(' ') else {
            continue;
        };
        let Ok(value) = value.parse::<f64>() else {
            continue;
        };
        let (name, labels) = series.split_once('{').unwrap_or((series, ""));
        if name == bucket {
            let (Some(class), Some(le)) = (label(labels, "class"), label(labels, "le")) else {
                continue;
            };
            let le = if le == "+Inf" {
                f64::INFINITY
            } else {
                match le.parse() {
                    Ok(le) => le,
                    Err(_) => continue,
                }
            };
            snapshot
                .admitted
                .entry(class.to_owned())
                .or_default()
                .0
                .push((le, value));
        } else if name == SHED {
            snapshot.shed += value;
        } else if name == LIMIT
            && let Some(class) = label(labels, "class")
        {
            snapshot.limits.insert(class.to_owned(), value);
        }
    }
    for buckets in snapshot.admitted.values_mut() {
        buckets.0.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    snapshot
}

impl Buckets {
    /// The calls counted in `self` and not in `before` (same bounds).
    pub fn since(&self, before: Option<&Buckets>) -> Buckets {
        Buckets(
            self.0
                .iter()
                .map(|&(le, count)| {
                    let earlier = before
                        .and_then(|b| b.0.iter().find(|(l, _)| *l == le))
                        .map_or(0.0, |&(_, c)| c);
                    (le, count - earlier)
                })
                .collect(),
        )
    }

    /// Both histograms' calls together (same bounds).
    pub fn plus(&self, other: &Buckets) -> Buckets {
        if self.0.is_empty() {
            return other.clone();
        }
        Buckets(
            self.0
                .iter()
                .map(|&(le, count)| {
                    let more = other
                        .0
                        .iter()
                        .find(|(l, _)| *l == le)
                        .map_or(0.0, |&(_, c)| c);
                    (le, count + more)
                })
                .collect(),
        )
    }

    pub fn count(&self) -> f64 {
        self.0.last().map_or(0.0, |&(_, count)| count)
    }

    /// The `q` quantile in seconds, interpolated linearly inside its bucket
    /// as Prometheus' `histogram_quantile` does; `None` when empty. A
    /// quantile in the +Inf bucket is the largest finite bound.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        let total = self.count();
        if total <= 0.0 {
            return None;
        }
        let rank = q * total;
        let mut lower = (0.0, 0.0);
        for &(le, count) in &self.0 {
            if count >= rank {
                if le.is_infinite() {
                    return Some(lower.0);
                }
                let width = count - lower.1;
                let within = if width > 0.0 {
                    (rank - lower.1) / width
                } else {
                    1.0
                };
                return Some(lower.0 + (le - lower.0) * within);
            }
            lower = (le, count);
        }
        Some(lower.0)
    }

    /// The bucket bound at or above the `q` quantile: the quantile is
    /// certainly no larger.
    pub fn bound_at(&self, q: f64) -> Option<f64> {
        let rank = q * self.count();
        self.0
            .iter()
            .find(|&&(_, count)| count >= rank && count > 0.0)
            .map(|&(le, _)| le)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# TYPE summit_grpc_admitted_duration_seconds histogram
summit_grpc_admitted_duration_seconds_bucket{class=\"heavy\",le=\"0.01\"} 10
summit_grpc_admitted_duration_seconds_bucket{class=\"heavy\",le=\"0.05\"} 90
summit_grpc_admitted_duration_seconds_bucket{class=\"heavy\",le=\"+Inf\"} 100
summit_grpc_admitted_duration_seconds_sum{class=\"heavy\"} 2.5
summit_grpc_admitted_duration_seconds_count{class=\"heavy\"} 100
summit_grpc_admitted_duration_seconds_bucket{class=\"light\",le=\"0.01\"} 50
summit_grpc_admitted_duration_seconds_bucket{class=\"light\",le=\"0.05\"} 50
summit_grpc_admitted_duration_seconds_bucket{class=\"light\",le=\"+Inf\"} 50
summit_grpc_requests_shed_total 7
summit_grpc_in_flight_limit{class=\"heavy\"} 4
";

    #[test]
    fn a_scrape_gives_each_class_its_buckets_the_shed_count_and_the_limits() {
        let snapshot = parse(TEXT);
        let heavy = &snapshot.admitted["heavy"];
        assert_eq!(
            heavy.0,
            vec![(0.01, 10.0), (0.05, 90.0), (f64::INFINITY, 100.0)]
        );
        assert_eq!(snapshot.admitted["light"].count(), 50.0);
        assert_eq!(snapshot.shed, 7.0);
        assert_eq!(snapshot.limits["heavy"], 4.0);
    }

    #[test]
    fn quantiles_interpolate_inside_their_bucket_of_the_difference() {
        let after = parse(TEXT).admitted["heavy"].clone();
        let before = Buckets(vec![(0.01, 10.0), (0.05, 10.0), (f64::INFINITY, 10.0)]);
        let flood = after.since(Some(&before));
        assert_eq!(flood.count(), 90.0);
        // 80 of the 90 lie in (10 ms, 50 ms]: the median is 45 of them in.
        let median = flood.quantile(0.5).expect("calls");
        assert!(
            (median - (0.01 + 0.04 * 45.0 / 80.0)).abs() < 1e-12,
            "{median}"
        );
        assert_eq!(flood.bound_at(0.5), Some(0.05));
        // The p99 lies in the +Inf bucket: the largest finite bound.
        assert_eq!(flood.quantile(0.99), Some(0.05));
        assert_eq!(Buckets::default().quantile(0.99), None);
    }

    #[test]
    fn classes_add_up_bucket_by_bucket() {
        let snapshot = parse(TEXT);
        let all = snapshot.admitted["heavy"].plus(&snapshot.admitted["light"]);
        assert_eq!(all.count(), 150.0);
        assert_eq!(all.0[0], (0.01, 60.0));
    }
}
