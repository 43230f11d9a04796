//! What the load programs (`load_ours`, `load_baseline`) share: their
//! arguments, the driver that makes many calls at once on one shared client
//! and measures them, the faults the server injects, and the line of figures
//! the programs print for `cargo xtask bench load`.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The app key and secret the clients exchange for a token; the server
/// accepts any.
pub const APP_KEY: &str = "bench-app-key";
pub const APP_SECRET: &str = "bench-app-secret";

/// The arguments of the load programs: `BASE_URL CALLS CONCURRENCY`.
#[derive(Debug, PartialEq)]
pub struct LoadArgs {
    pub base_url: String,
    /// Calls made in all.
    pub calls: usize,
    /// Calls in flight at once.
    pub concurrency: usize,
}

impl LoadArgs {
    pub fn parse(args: &[String]) -> Result<LoadArgs, String> {
        let [base_url, calls, concurrency] = args else {
            return Err("usage: BASE_URL CALLS CONCURRENCY".to_owned());
        };
        let number = |text: &str, what: &str| {
            text.parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or(format!("{what} must be a positive number, not `{text}`"))
        };
        Ok(LoadArgs {
            base_url: base_url.clone(),
            calls: number(calls, "CALLS")?,
            concurrency: number(concurrency, "CONCURRENCY")?,
        })
    }

    /// The arguments the program was started with; on a mistake, says so and exits.
    pub fn from_env() -> LoadArgs {
        let args: Vec<String> = std::env::args().skip(1).collect();
        LoadArgs::parse(&args).unwrap_or_else(|message| {
            eprintln!("{message}");
            std::process::exit(2)
        })
    }
}

/// What a load run measured.
#[derive(Debug)]
pub struct Figures {
    pub calls: usize,
    /// Calls that ended with the expected answer.
    pub ok: usize,
    /// Wall time from the first call's start to the last call's end.
    pub seconds: f64,
    /// User and system CPU time of the process over the same span.
    pub cpu_seconds: f64,
    /// Latency of the successful calls (retries included): median and 99th percentile.
    pub p50: Duration,
    pub p99: Duration,
    /// The first failure's message, if any call failed.
    pub first_error: Option<String>,
}

impl Figures {
    /// The line the programs print, `key value` pairs that `bench load` reads.
    pub fn line(&self) -> String {
        format!(
            "calls {} ok {} seconds {:.6} cpu_seconds {:.6} p50_ms {:.3} p99_ms {:.3}",
            self.calls,
            self.ok,
            self.seconds,
            self.cpu_seconds,
            self.p50.as_secs_f64() * 1e3,
            self.p99.as_secs_f64() * 1e3,
        )
    }
}

/// Makes `args.calls` calls of `call`, `args.concurrency` at once, on a
/// multi-threaded runtime: each of `concurrency` tasks takes the next call
/// until none is left. CPU time is measured in this process around the
/// calls alone (the clients are built before).
pub fn run<C, F>(args: &LoadArgs, call: C) -> Result<Figures, String>
where
    C: Fn() -> F + Send + Sync + 'static,
    F: Future<Output = Result<(), String>> + Send + 'static,
{
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("starting a tokio runtime: {e}"))?;
    let call = Arc::new(call);
    let next = Arc::new(AtomicUsize::new(0));
    let first_error: Arc<Mutex<Option<String>>> = Arc::default();
    let calls = args.calls;
    let cpu_before = process_cpu_time()?;
    let started = Instant::now();
    let latencies: Vec<Vec<Duration>> = runtime.block_on(async {
        let tasks: Vec<_> = (0..args.concurrency.min(calls))
            .map(|_| {
                let (call, next, first_error) = (call.clone(), next.clone(), first_error.clone());
                tokio::spawn(async move {
                    let mut latencies = Vec::new();
                    while next.fetch_add(1, Ordering::Relaxed) < calls {
                        let start = Instant::now();
                        match call().await {
                            Ok(()) => latencies.push(start.elapsed()),
                            Err(message) => {
                                let mut first =
                                    first_error.lock().unwrap_or_else(|e| e.into_inner());
                                first.get_or_insert(message);
                            }
                        }
                    }
                    latencies
                })
            })
            .collect();
        let mut all = Vec::new();
        for task in tasks {
            all.push(
                task.await
                    .map_err(|e| format!("a calling task failed: {e}"))?,
            );
        }
        Ok::<_, String>(all)
    })?;
    let seconds = started.elapsed().as_secs_f64();
    let cpu_seconds = (process_cpu_time()? - cpu_before).as_secs_f64();
    let mut latencies: Vec<Duration> = latencies.into_iter().flatten().collect();
    latencies.sort_unstable();
    let first_error = first_error.lock().unwrap_or_else(|e| e.into_inner()).take();
    Ok(Figures {
        calls,
        ok: latencies.len(),
        seconds,
        cpu_seconds,
        p50: percentile(&latencies, 50.0),
        p99: percentile(&latencies, 99.0),
        first_error,
    })
}

/// Runs the load and prints its figures (and the first failure, on standard
/// error); exits with an error when it could not run.
pub fn main<C, F>(call: impl FnOnce(&LoadArgs) -> C)
where
    C: Fn() -> F + Send + Sync + 'static,
    F: Future<Output = Result<(), String>> + Send + 'static,
{
    let args = LoadArgs::from_env();
    match run(&args, call(&args)) {
        Ok(figures) => {
            if let Some(error) = &figures.first_error {
                eprintln!(
                    "{} of {} calls failed, the first: {error}",
                    figures.calls - figures.ok,
                    figures.calls
                );
            }
            println!("{}", figures.line());
        }
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    }
}

/// The `p`th percentile (nearest rank) of `sorted`; zero when it is empty.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The user and system CPU time this process has used, all its threads.
pub fn process_cpu_time() -> Result<Duration, String> {
    // SAFETY: an all-zero `rusage` is a valid value for the call to overwrite.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid `rusage` for the call to write.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return Err(format!(
            "getrusage failed: {}",
            std::io::Error::last_os_error()
        ));
    }
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1_000);
    Ok(time(usage.ru_utime) + time(usage.ru_stime))
}

/// What the server does with one `storage_GetSpace` request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// Answers as asked.
    None,
    /// HTTP 429 with `Retry-After: 1`.
    Throttle,
    /// HTTP 503.
    Unavailable,
    /// Closes the connection without an answer, with a reset.
    Reset,
    /// Answers as asked after [`STALL`].
    Stall,
}

/// How long a stalled answer waits.
pub const STALL: Duration = Duration::from_secs(2);

/// The fault mix of the second run: 10% throttled, 5% unavailable,
/// 2% connection resets, 1% two-second stalls; the rest answered. The fault
/// of the `n`th request depends on the seed and `n` alone, so that a run with
/// the same seed and number of requests meets the same faults.
#[derive(Debug, Clone, Copy)]
pub struct FaultMix {
    seed: u64,
}

impl FaultMix {
    pub fn new(seed: u64) -> FaultMix {
        FaultMix { seed }
    }

    pub fn fault(&self, n: u64) -> Fault {
        match splitmix64(self.seed ^ splitmix64(n)) % 100 {
            0..10 => Fault::Throttle,
            10..15 => Fault::Unavailable,
            15..17 => Fault::Reset,
            17..18 => Fault::Stall,
            _ => Fault::None,
        }
    }
}

/// SplitMix64's output function: a well-mixed 64-bit hash of `x`.
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn arguments_are_a_url_and_two_positive_numbers() {
        let args = |list: &[&str]| {
            LoadArgs::parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            args(&["http://127.0.0.1:1", "2000", "16"]),
            Ok(LoadArgs {
                base_url: "http://127.0.0.1:1".to_owned(),
                calls: 2000,
                concurrency: 16
            })
        );
        assert!(args(&["http://127.0.0.1:1", "0", "16"]).is_err());
        assert!(args(&["http://127.0.0.1:1", "10"]).is_err());
        assert!(args(&["http://127.0.0.1:1", "10", "many"]).is_err());
    }

    #[test]
    fn percentiles_are_nearest_ranks() {
        let ms = |n: u64| Duration::from_millis(n);
        let sorted: Vec<Duration> = (1..=100).map(ms).collect();
        assert_eq!(percentile(&sorted, 50.0), ms(50));
        assert_eq!(percentile(&sorted, 99.0), ms(99));
        assert_eq!(percentile(&sorted[..1], 99.0), ms(1));
        assert_eq!(percentile(&[], 50.0), Duration::ZERO);
    }

    #[test]
    fn the_fault_mix_has_its_shares_and_depends_on_the_seed_alone() {
        let mix = FaultMix::new(7);
        let mut counts: HashMap<Fault, u64> = HashMap::new();
        let n = 100_000;
        for i in 0..n {
            *counts.entry(mix.fault(i)).or_default() += 1;
        }
        let share = |fault| counts.get(&fault).copied().unwrap_or(0) as f64 / n as f64 * 100.0;
        for (fault, percent) in [
            (Fault::Throttle, 10.0),
            (Fault::Unavailable, 5.0),
            (Fault::Reset, 2.0),
            (Fault::Stall, 1.0),
            (Fault::None, 82.0),
        ] {
            assert!(
                (share(fault) - percent).abs() < 0.5,
                "{fault:?}: {}%",
                share(fault)
            );
        }
        let again: Vec<Fault> = (0..1000).map(|i| FaultMix::new(7).fault(i)).collect();
        let same: Vec<Fault> = (0..1000).map(|i| mix.fault(i)).collect();
        assert_eq!(again, same);
        let other: Vec<Fault> = (0..1000).map(|i| FaultMix::new(8).fault(i)).collect();
        assert_ne!(other, same);
    }

    #[test]
    fn every_call_is_made_once_and_failures_are_counted() {
        let made = Arc::new(AtomicUsize::new(0));
        let counter = made.clone();
        let args = LoadArgs {
            base_url: String::new(),
            calls: 1000,
            concurrency: 16,
        };
        let figures = run(&args, move || {
            let n = counter.fetch_add(1, Ordering::Relaxed);
            async move {
                tokio::task::yield_now().await;
                if n.is_multiple_of(10) {
                    Err(format!("call {n} failed"))
                } else {
                    Ok(())
                }
            }
        })
        .unwrap();
        assert_eq!(made.load(Ordering::Relaxed), 1000);
        assert_eq!((figures.calls, figures.ok), (1000, 900));
        assert!(figures.first_error.unwrap().ends_with("failed"));
        assert!(figures.p50 <= figures.p99);
    }

    /// The CPU time the calling thread has used.
    fn thread_cpu_time() -> Duration {
        // SAFETY: an all-zero `timespec` is a valid value for the call to overwrite.
        let mut time: libc::timespec = unsafe { std::mem::zeroed() };
        // SAFETY: `time` is a valid `timespec` for the call to write.
        let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) };
        assert_eq!(status, 0, "{}", std::io::Error::last_os_error());
        Duration::new(time.tv_sec as u64, time.tv_nsec as u32)
    }

    #[test]
    fn cpu_time_counts_the_work_of_every_thread() {
        let before = process_cpu_time().unwrap();
        // Busy for 100 ms of its own CPU time, however long that takes on a
        // loaded machine.
        let busy = || {
            let start = thread_cpu_time();
            let mut x = 0u64;
            while thread_cpu_time() - start < Duration::from_millis(100) {
                x = std::hint::black_box(x.wrapping_add(1));
            }
        };
        std::thread::spawn(busy).join().unwrap();
        let used = process_cpu_time().unwrap() - before;
        // Allowing for rounding in the two clocks.
        assert!(used >= Duration::from_millis(90), "{used:?}");
    }
}
