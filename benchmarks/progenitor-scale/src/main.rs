//! `progenitor-scale SPEC.json OUT.rs`: progenitor's client for the OpenAPI
//! document `SPEC.json`, generated with its default settings through its
//! library API (`Generator::generate_tokens`, formatted by prettyplease) and
//! written to `OUT.rs`. Prints one line, `SECONDS LINES`: the time from
//! reading the document to the formatted source (median of `RUNS` runs, the
//! third argument, 1 by default) and the lines of the source. A refusal or a panic of the generator exits with status 1 and
//! its message on standard error.

use std::time::Instant;

use progenitor::{GenerationSettings, Generator};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (spec, out, runs) = match args.as_slice() {
        [spec, out] => (spec, out, 1),
        [spec, out, runs] => (spec, out, runs.parse().expect("RUNS is a number")),
        _ => {
            eprintln!("usage: progenitor-scale SPEC.json OUT.rs [RUNS]");
            std::process::exit(2);
        }
    };
    let mut times = Vec::new();
    let mut source = String::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        source = match generate(spec) {
            Ok(source) => source,
            Err(message) => {
                eprintln!("progenitor: {message}");
                std::process::exit(1);
            }
        };
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    std::fs::write(out, &source).expect("the output is writable");
    println!("{} {}", times[times.len() / 2], source.lines().count());
}

/// The formatted client of the document at `path`, or why progenitor did not
/// generate it.
fn generate(path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?;
    let spec: openapiv3::OpenAPI =
        serde_json::from_str(&text).map_err(|e| format!("parsing {path}: {e}"))?;
    let mut generator = Generator::new(&GenerationSettings::default());
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|e| e.to_string())?;
    let file = syn::parse2(tokens).map_err(|e| e.to_string())?;
    Ok(prettyplease::unparse(&file))
}
