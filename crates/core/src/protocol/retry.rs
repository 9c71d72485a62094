//! Retry arithmetic shared by both machines: a seeded PRNG, exponential back-off with jitter,
//! `Retry-After` parsing and the rate-limit gate.
//!
//! Pure arithmetic: it never reads a clock (the caller passes `now`) and never draws entropy
//! (the PRNG is seeded by the host).

use super::{Millis, TransferPolicy};

/// SplitMix64: tiny, seedable, good enough for jitter and block-id prefixes (not for secrets).
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0). The modulo bias is irrelevant for jitter.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}

/// The wait after the `failures`-th consecutive failure of one request (1-based), as
/// `@actions/cache` computes it: the base for the first, then uniform in
/// `[base·1.5^n, base·1.5^(n+1))` for the n-th (0-based) retry.
pub(crate) fn backoff(policy: &TransferPolicy, failures: u32, rng: &mut Rng) -> Millis {
    let n = failures.saturating_sub(1).min(40);
    let base = u128::from(policy.base_backoff_ms);
    if n == 0 {
        return policy.base_backoff_ms;
    }
    let low = base * 3u128.pow(n) / 2u128.pow(n);
    let high = base * 3u128.pow(n + 1) / 2u128.pow(n + 1);
    let low = u64::try_from(low).unwrap_or(u64::MAX);
    let high = u64::try_from(high).unwrap_or(u64::MAX);
    low.saturating_add(rng.below(high.saturating_sub(low)))
}

/// `Retry-After` as milliseconds: delta-seconds (an integer, or a decimal as some proxies send).
/// An HTTP date is not understood (the host clock is not wall time): `None`.
pub(crate) fn parse_retry_after(value: &str) -> Option<Millis> {
    let value = value.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let seconds: u64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let mut millis = 0u64;
    let mut scale = 100;
    for digit in fraction.bytes().take(3) {
        if !digit.is_ascii_digit() {
            return None;
        }
        millis += u64::from(digit - b'0') * scale;
        scale /= 10;
    }
    Some(seconds.saturating_mul(1000).saturating_add(millis))
}

/// Holds every request back while the service says it is rate limited, and counts the time spent
/// so against `rate_limit_budget_ms`. One gate per machine: the service's limits are per
/// repository, not per request, so one 429 pauses all of the machine's requests.
#[derive(Clone, Debug, Default)]
pub(crate) struct RateGate {
    until: Millis,
    spent: Millis,
    hits: u32,
}

/// The rate-limit budget is spent: give up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BudgetSpent {
    /// The wait the service last asked for, if it said.
    pub(crate) retry_after_ms: Option<Millis>,
    /// A sentence for the outcome.
    pub(crate) message: String,
}

impl RateGate {
    /// The time before which no request may start.
    pub(crate) fn open_at(&self) -> Millis {
        self.until
    }

    /// Records a 429 received at `now`. The wait is `Retry-After` when given, else a back-off
    /// that grows with the number of 429s. Returns `Err` when waiting would overrun the budget.
    pub(crate) fn on_rate_limited(
        &mut self,
        now: Millis,
        retry_after: Option<Millis>,
        policy: &TransferPolicy,
        rng: &mut Rng,
        what: &str,
        service_message: &str,
    ) -> Result<(), BudgetSpent> {
        self.hits += 1;
        let wait = match retry_after {
            Some(ms) if ms > 0 => ms,
            _ => backoff(policy, self.hits, rng).max(1),
        };
        let new_until = now.saturating_add(wait);
        let extension = new_until.saturating_sub(self.until.max(now));
        if self.spent.saturating_add(extension) > policy.rate_limit_budget_ms {
            let detail = if service_message.is_empty() { String::new() } else { format!(": {service_message}") };
            let asked = match retry_after {
                Some(ms) => format!("; the service asked to wait {ms} ms more"),
                None => String::new(),
            };
            return Err(BudgetSpent {
                retry_after_ms: retry_after,
                message: format!(
                    "Rate limited on {what}{detail} (HTTP 429). Waited {} ms of the {} ms rate-limit budget{asked}; giving up",
                    self.spent, policy.rate_limit_budget_ms
                ),
            });
        }
        self.spent += extension;
        self.until = self.until.max(new_until);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_follows_the_official_client() {
        let policy = TransferPolicy::default();
        let mut rng = Rng::new(7);
        assert_eq!(backoff(&policy, 1, &mut rng), 3000);
        for _ in 0..100 {
            let d = backoff(&policy, 2, &mut rng);
            assert!((4500..6750).contains(&d), "{d}");
            let d = backoff(&policy, 3, &mut rng);
            assert!((6750..10125).contains(&d), "{d}");
        }
        // Huge failure counts saturate instead of overflowing.
        let _ = backoff(&policy, u32::MAX, &mut rng);
    }

    #[test]
    fn rng_is_deterministic() {
        let a: Vec<u64> = {
            let mut r = Rng::new(1);
            (0..4).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::new(1);
            (0..4).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }

    #[test]
    fn retry_after_is_seconds() {
        for (text, want) in [
            ("3", Some(3000)),
            (" 0 ", Some(0)),
            ("1.5", Some(1500)),
            (".25", Some(250)),
            ("Wed, 21 Oct 2015 07:28:00 GMT", None),
            ("-1", None),
            ("", None),
        ] {
            assert_eq!(parse_retry_after(text), want, "{text:?}");
        }
    }

    #[test]
    fn the_gate_counts_overlapping_waits_once() {
        let policy = TransferPolicy { rate_limit_budget_ms: 10_000, ..TransferPolicy::default() };
        let mut rng = Rng::new(0);
        let mut gate = RateGate::default();
        gate.on_rate_limited(0, Some(4000), &policy, &mut rng, "x", "").unwrap();
        // A second 429 in the same window only extends the gate by what is new.
        gate.on_rate_limited(1000, Some(4000), &policy, &mut rng, "x", "").unwrap();
        assert_eq!(gate.open_at(), 5000);
        assert_eq!(gate.spent, 5000);
        gate.on_rate_limited(5000, Some(5000), &policy, &mut rng, "x", "").unwrap();
        let err = gate.on_rate_limited(10_000, Some(1), &policy, &mut rng, "CreateCacheEntry", "rate limit exceeded").unwrap_err();
        assert_eq!(err.retry_after_ms, Some(1));
        assert!(err.message.contains("rate limit exceeded"), "{}", err.message);
    }
}
