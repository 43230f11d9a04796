//! Generating: each document through the generator in this process, phase by
//! phase, with panics caught, and each generated client written as a crate.

use std::collections::HashSet;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use super::{bar, Document, Generated, Generation, Outcome, Version};

/// Timings of the generator's phases for one document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    pub load: f64,
    pub lower: f64,
    pub emit: f64,
}

impl Phases {
    pub fn total(&self) -> f64 {
        self.load + self.lower + self.emit
    }
}

/// The generator run on `path` as `codegen::generate` runs it, phase by
/// phase: the API model (for its counts), the files, and the time each phase took.
pub fn generate_timed(
    path: &Path,
    settings: &codegen::Settings,
) -> (
    Result<(codegen::lower::Lowered, Vec<codegen::File>), codegen::Error>,
    Phases,
) {
    let mut phases = Phases::default();
    let start = Instant::now();
    let spec = codegen::Spec::load(path);
    phases.load = start.elapsed().as_secs_f64();
    let spec = match spec {
        Ok(spec) => spec,
        Err(e) => return (Err(e), phases),
    };
    let start = Instant::now();
    let lowered = codegen::lower::lower(&spec);
    phases.lower = start.elapsed().as_secs_f64();
    let lowered = match lowered {
        Ok(lowered) => lowered,
        Err(e) => return (Err(e), phases),
    };
    let start = Instant::now();
    let files = codegen::emit::emit(&lowered.api, settings);
    phases.emit = start.elapsed().as_secs_f64();
    (files.map(|files| (lowered, files)), phases)
}

/// Each problem of a refusal, one line each (`file:line:column: pointer: message`).
pub(super) fn problems(error: &codegen::Error) -> Vec<String> {
    match error {
        codegen::Error::Spec(errors) => errors.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    }
}

/// A Cargo package name made from a document's name, unique among `taken`.
pub(super) fn crate_name(document: &str, taken: &mut HashSet<String>) -> String {
    let mut slug: String = document
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    slug = slug.trim_matches('-').to_owned();
    while slug.contains("--") {
        slug = slug.replace("--", "-");
    }
    let base = format!("api-{slug}");
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// Writes `contents` to `path` unless it holds them already (so that Cargo
/// does not check an unchanged crate again).
pub(super) fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The crate of one generated client: the generated modules and a `lib.rs`
/// naming them, depending on the runtime alone.
pub(super) fn write_crate(
    build: &Path,
    runtime: &Path,
    krate: &str,
    files: &[codegen::File],
) -> Result<(), String> {
    let dir = build.join("clients").join(krate);
    let manifest = format!(
        "[package]\nname = \"{krate}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nopenapi-runtime = {{ path = {:?} }}\n",
        runtime.display().to_string()
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    for file in files {
        write_if_changed(&dir.join("src/api").join(&file.name), &file.contents)?;
    }
    write_if_changed(&dir.join("src/lib.rs"), "mod api;\npub use api::*;\n")
}

/// Runs the generator on one document, catching a panic.
pub(super) fn generate_one(
    document: &Document,
    build: &Path,
    runtime: &Path,
    krate: &str,
) -> Outcome {
    let text = std::fs::read_to_string(&document.path).unwrap_or_default();
    let version = Version::of(&text);
    drop(text);
    let start = Instant::now();
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        generate_timed(&document.path, &codegen::Settings::default()).0
    }));
    let seconds = start.elapsed().as_secs_f64();
    let generation = match result {
        Err(_) => Generation::Panicked(
            LAST_PANIC
                .with(|last| last.borrow_mut().take())
                .unwrap_or_else(|| "a panic without a message".to_owned()),
        ),
        Ok(Err(error)) => {
            // Named by the document rather than by its path on this machine.
            let file = document.path.display().to_string();
            let problems = problems(&error)
                .into_iter()
                .map(|p| p.replacen(&file, &document.name, 1))
                .collect();
            Generation::Refused(problems)
        }
        Ok(Ok((lowered, files))) => match write_crate(build, runtime, krate, &files) {
            Ok(()) => Generation::Generated({
                let (fields, untyped) = field_counts(&lowered.api);
                Generated {
                    operations: lowered.api.operations.len(),
                    types: lowered.api.types.len(),
                    lines: files.iter().map(|f| f.contents.lines().count()).sum(),
                    warnings: lowered.warnings.len(),
                    fields,
                    untyped,
                    krate: krate.to_owned(),
                }
            }),
            Err(e) => Generation::Refused(vec![e]),
        },
    };
    Outcome {
        name: document.name.clone(),
        version,
        generation,
        seconds,
        check: None,
    }
}

/// The fields of the models of `api`, and how many of them are typed as
/// any JSON: `serde_json::Value`, in a list or map or not, or through aliases.
pub(super) fn field_counts(api: &codegen::model::Api) -> (usize, usize) {
    use codegen::model::{Type, TypeKind};
    let kinds: std::collections::HashMap<&str, &TypeKind> = api
        .types
        .iter()
        .map(|t| (t.name.as_str(), &t.kind))
        .collect();
    let untyped = |ty: &Type| {
        let mut ty = ty;
        for _ in 0..32 {
            ty = match ty {
                Type::Json => return true,
                Type::Vec(inner) | Type::Map(inner) => inner,
                Type::Named(name) => match kinds.get(name.as_str()) {
                    Some(TypeKind::Alias(aliased)) => aliased,
                    _ => return false,
                },
                _ => return false,
            };
        }
        false
    };
    let fields = api.types.iter().flat_map(|t| match &t.kind {
        TypeKind::Struct(fields) => &fields[..],
        _ => &[],
    });
    fields.fold((0, 0), |(all, any), field| {
        (all + 1, any + usize::from(untyped(&field.ty)))
    })
}

thread_local! {
    /// The message and place of the last panic on this thread.
    pub(super) static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs `body` with panics recorded in `LAST_PANIC` instead of printed.
pub(super) fn with_quiet_panics<T>(body: impl FnOnce() -> T) -> T {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(format!("{message}{place}")));
    }));
    let result = body();
    std::panic::set_hook(previous);
    result
}

/// Generates every document on as many threads as there are cores; the
/// outcomes in the documents' order.
pub(super) fn generate_all(documents: &[Document], build: &Path, runtime: &Path) -> Vec<Outcome> {
    let mut taken = HashSet::new();
    let krates: Vec<String> = documents
        .iter()
        .map(|d| crate_name(&d.name, &mut taken))
        .collect();
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> =
        Mutex::new((0..documents.len()).map(|_| None).collect());
    let progress = bar(documents.len(), "generating");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    with_quiet_panics(|| {
        std::thread::scope(|scope| {
            for _ in 0..threads {
                std::thread::Builder::new()
                    // Deeply nested schemas are walked recursively.
                    .stack_size(512 << 20)
                    .spawn_scoped(scope, || loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some(document) = documents.get(i) else {
                            break;
                        };
                        progress.set_message(document.name.clone());
                        let outcome = generate_one(document, build, runtime, &krates[i]);
                        outcomes.lock().expect("no panic while holding it")[i] = Some(outcome);
                        progress.inc(1);
                    })
                    .expect("a thread can be started");
            }
        });
    });
    progress.finish_and_clear();
    outcomes
        .into_inner()
        .expect("no panic while holding it")
        .into_iter()
        .map(|o| o.expect("every document was generated"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_typed_as_any_json_are_counted_through_lists_maps_and_aliases() {
        let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Loose: {}\n    Thing:\n      type: object\n      properties:\n        a: {type: string}\n        b: {}\n        c: {type: array, items: {}}\n        d: {$ref: '#/components/schemas/Loose'}\n        e: {type: object, additionalProperties: {type: integer}}\n";
        let spec = codegen::Spec::parse(Path::new("api.yaml"), yaml).unwrap();
        let lowered = codegen::lower::lower(&spec).unwrap();
        assert_eq!(field_counts(&lowered.api), (5, 3));
    }

    #[test]
    fn crate_names_are_cargo_names_and_unique() {
        let mut taken = HashSet::new();
        assert_eq!(
            crate_name("amazonaws.com/acm", &mut taken),
            "api-amazonaws-com-acm"
        );
        assert_eq!(
            crate_name("amazonaws.com-acm", &mut taken),
            "api-amazonaws-com-acm-2"
        );
        assert_eq!(crate_name("_x_", &mut taken), "api-x");
    }
}
