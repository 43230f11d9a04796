//! Reporting: the counts of a run, the kinds of problems most documents
//! have, and the report and the table of results written from them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::process::Command;
use std::time::Duration;

use super::{Check, Generation, Options, Outcome, Version, DIRECTORY};

/// The kind of a problem: its message with the place and the names in it
/// taken out, so that problems of one kind in different documents read alike.
pub(super) fn kind(problem: &str) -> String {
    // `file:line:column: #/pointer: message`, or a message alone.
    let message = match problem.find(": #/") {
        Some(at) => {
            let rest = &problem[at + 2..];
            rest.split_once(": ").map_or(rest, |(_, message)| message)
        }
        None => problem,
    };
    let mut message = message.lines().next().unwrap_or_default();
    // The media types a body offers instead of JSON are names too.
    if let Some(at) = message.find(", this offers ") {
        message = &message[..at];
    }
    let mut out = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' | '"' => {
                out.push(c);
                out.push('…');
                for inner in chars.by_ref() {
                    if inner == c {
                        break;
                    }
                }
                out.push(c);
            }
            // A JSON pointer, up to the next space.
            '#' if chars.peek() == Some(&'/') => {
                while chars.peek().is_some_and(|c| !c.is_whitespace()) {
                    chars.next();
                }
                out.push_str("#/…");
            }
            '0'..='9' => {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                out.push('N');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The counts of a run.
#[derive(Default)]
pub(super) struct Summary {
    documents: usize,
    versions: BTreeMap<String, usize>,
    /// Of the OpenAPI 3.0 documents:
    v30: usize,
    generated: usize,
    refused: usize,
    /// Of every document.
    panicked: usize,
    /// Of the OpenAPI 3.1 documents.
    v31: Tally,
    /// Documents of other versions refused with one error at their version field.
    other_refused_at_version: usize,
    other_versions: usize,
    /// Of every document: generated, and generated and compiled.
    all_generated: usize,
    all_compiled: usize,
    /// Of the OpenAPI 3.0 documents:
    checked: usize,
    compiled: usize,
    failed: usize,
    unknown: usize,
    operations: usize,
    lines: usize,
    /// Model fields of the generated 3.0 documents, and those typed as any
    /// JSON: of all, and of Amazon's (`amazonaws.com/...`).
    fields: usize,
    untyped: usize,
    aws_fields: usize,
    aws_untyped: usize,
}

/// What became of the documents of one version.
#[derive(Default)]
pub(super) struct Tally {
    documents: usize,
    generated: usize,
    refused: usize,
    checked: usize,
    compiled: usize,
    failed: usize,
}

impl Summary {
    pub(super) fn of(outcomes: &[Outcome]) -> Summary {
        let mut s = Summary {
            documents: outcomes.len(),
            ..Summary::default()
        };
        for o in outcomes {
            *s.versions.entry(o.version.label()).or_default() += 1;
            if matches!(o.generation, Generation::Panicked(_)) {
                s.panicked += 1;
            }
            if matches!(o.generation, Generation::Generated(_)) {
                s.all_generated += 1;
                s.all_compiled += usize::from(matches!(o.check, Some(Check::Passed)));
            }
            if o.version == Version::V31 {
                let t = &mut s.v31;
                t.documents += 1;
                match &o.generation {
                    Generation::Generated(_) => t.generated += 1,
                    Generation::Refused(_) => t.refused += 1,
                    Generation::Panicked(_) => {}
                }
                match &o.check {
                    Some(Check::Passed) => {
                        t.checked += 1;
                        t.compiled += 1;
                    }
                    Some(Check::Failed(..)) => {
                        t.checked += 1;
                        t.failed += 1;
                    }
                    Some(Check::Unknown(_)) => t.checked += 1,
                    None => {}
                }
                continue;
            }
            if o.version != Version::V30 {
                s.other_versions += 1;
                if let Generation::Refused(problems) = &o.generation {
                    let at_version = problems.len() == 1
                        && (problems[0].contains(": #/openapi: ")
                            || problems[0].contains(": #/swagger: "));
                    s.other_refused_at_version += usize::from(at_version);
                }
                continue;
            }
            s.v30 += 1;
            match &o.generation {
                Generation::Generated(g) => {
                    s.generated += 1;
                    s.operations += g.operations;
                    s.lines += g.lines;
                    s.fields += g.fields;
                    s.untyped += g.untyped;
                    if o.name.starts_with("amazonaws.com") {
                        s.aws_fields += g.fields;
                        s.aws_untyped += g.untyped;
                    }
                }
                Generation::Refused(_) => s.refused += 1,
                Generation::Panicked(_) => {}
            }
            match &o.check {
                Some(Check::Passed) => {
                    s.checked += 1;
                    s.compiled += 1;
                }
                Some(Check::Failed(..)) => {
                    s.checked += 1;
                    s.failed += 1;
                }
                Some(Check::Unknown(_)) => s.unknown += 1,
                None => {}
            }
        }
        s
    }

    pub(super) fn generation_line(&self) -> String {
        format!(
            "OpenAPI 3.0 documents: {}; generated {} ({}), refused {}, panicked {}",
            self.v30,
            self.generated,
            percent(self.generated, self.v30),
            self.refused,
            self.panicked
        )
    }

    pub(super) fn lines(&self) -> Vec<String> {
        let versions: Vec<String> = self
            .versions
            .iter()
            .map(|(v, n)| format!("{v}: {n}"))
            .collect();
        let t = &self.v31;
        let mut v31 = format!(
            "OpenAPI 3.1 documents: {}; generated {} ({}), refused {}",
            t.documents,
            t.generated,
            percent(t.generated, t.documents),
            t.refused
        );
        if t.checked > 0 {
            v31.push_str(&format!(
                "; checked {}, compiled {}, failed {}",
                t.checked, t.compiled, t.failed
            ));
        }
        let mut lines = vec![
            format!("documents: {} ({})", self.documents, versions.join(", ")),
            self.generation_line(),
            v31,
            format!(
                "other versions: {}, refused with one error at their version field: {}",
                self.other_versions, self.other_refused_at_version
            ),
        ];
        if self.checked + self.unknown > 0 {
            lines.push(format!(
                "checked: {} of {} generated; compiled {} ({}), failed {}, no verdict {}",
                self.checked + self.unknown,
                self.generated,
                self.compiled,
                percent(self.compiled, self.checked + self.unknown),
                self.failed,
                self.unknown
            ));
        }
        let mut whole = format!(
            "of the whole directory: generated {} of {} ({})",
            self.all_generated,
            self.documents,
            percent(self.all_generated, self.documents)
        );
        if self.checked + self.unknown + self.v31.checked > 0 {
            whole.push_str(&format!(
                ", generated and compiled {} ({})",
                self.all_compiled,
                percent(self.all_compiled, self.documents)
            ));
        }
        lines.push(whole);
        lines.push(format!(
            "generated {} operations in {} lines",
            self.operations, self.lines
        ));
        lines.push(format!(
            "model fields typed as any JSON: {} of {} ({}); of Amazon's documents: {} of {} ({})",
            self.untyped,
            self.fields,
            percent(self.untyped, self.fields),
            self.aws_untyped,
            self.aws_fields,
            percent(self.aws_untyped, self.aws_fields)
        ));
        lines
    }
}

pub(super) fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".to_owned();
    }
    format!("{:.1}%", part as f64 * 100.0 / whole as f64)
}

/// Kinds and how many documents have them, most frequent first.
pub(super) fn tally<'a>(
    kinds: impl Iterator<Item = (String, &'a str)>,
) -> Vec<(String, usize, String)> {
    let mut counts: HashMap<String, (usize, String)> = HashMap::new();
    for (kind, example) in kinds {
        counts.entry(kind).or_insert((0, example.to_owned())).0 += 1;
    }
    let mut rows: Vec<(String, usize, String)> =
        counts.into_iter().map(|(k, (n, e))| (k, n, e)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

pub(super) fn table(rows: &[(String, usize, String)], limit: usize, what: &str) -> String {
    let mut out = format!("| {what} | documents | e.g. |\n|---|---|---|\n");
    for (kind, n, example) in rows.iter().take(limit) {
        out.push_str(&format!("| {} | {n} | {} |\n", cell(kind), cell(example)));
    }
    if rows.len() > limit {
        out.push_str(&format!("\n({} more kinds)\n", rows.len() - limit));
    }
    out
}

/// Text for a Markdown table cell.
pub(super) fn cell(text: &str) -> String {
    let text = text.replace('|', "\\|");
    if text.chars().count() > 160 {
        format!("{}…", text.chars().take(160).collect::<String>())
    } else {
        text
    }
}

pub(super) fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

pub(super) fn report(
    options: &Options,
    found: usize,
    outcomes: &[Outcome],
    summary: &Summary,
    generation_time: Duration,
    check_time: Option<Duration>,
) -> String {
    let mut out = format!(
        "# Corpus run\n\n`{}` on {}: {} of the {found} documents of the npm package `{}@{}`.\n\n",
        options.describe(),
        today(),
        outcomes.len(),
        DIRECTORY.name,
        DIRECTORY.version
    );
    for line in summary.lines() {
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str(&format!(
        "- generation took {:.0} s ({} threads)",
        generation_time.as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    ));
    if let Some(time) = check_time {
        out.push_str(&format!(", `cargo check` {:.0} s", time.as_secs_f64()));
    }
    out.push_str("\n\n");

    let v30 = || {
        outcomes
            .iter()
            .filter(|o| matches!(o.version, Version::V30 | Version::V31))
    };
    let refused: Vec<&Vec<String>> = v30()
        .filter_map(|o| match &o.generation {
            Generation::Refused(problems) => Some(problems),
            _ => None,
        })
        .collect();
    out.push_str(
        "## Top refusal reasons (the first problem of each refused 3.0 or 3.1 document)\n\n",
    );
    let first = tally(
        refused
            .iter()
            .filter_map(|p| p.first())
            .map(|p| (kind(p), p.as_str())),
    );
    out.push_str(&table(&first, 20, "kind"));
    out.push_str(
        "\n## Every problem of the refused 3.0 and 3.1 documents (a document counted once per kind)\n\n",
    );
    let every = tally(refused.iter().flat_map(|problems| {
        let mut seen = HashSet::new();
        problems
            .iter()
            .filter(move |p| seen.insert(kind(p)))
            .map(|p| (kind(p), p.as_str()))
            .collect::<Vec<_>>()
    }));
    out.push_str(&table(&every, 40, "kind"));

    let failed: Vec<(&str, &str)> = v30()
        .filter_map(|o| match &o.check {
            Some(Check::Failed(_, first)) => Some((o.name.as_str(), first.as_str())),
            Some(Check::Unknown(why)) => Some((o.name.as_str(), why.as_str())),
            _ => None,
        })
        .collect();
    if !failed.is_empty() {
        out.push_str("\n## Generated clients that did not compile (first error)\n\n");
        let rows = tally(failed.iter().map(|(name, e)| (kind(e), *name)));
        out.push_str(&table(&rows, 30, "first error"));
    }
    let panics: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| matches!(o.generation, Generation::Panicked(_)))
        .collect();
    if !panics.is_empty() {
        out.push_str("\n## Panics\n\n");
        for o in panics {
            if let Generation::Panicked(message) = &o.generation {
                out.push_str(&format!("- `{}`: {}\n", o.name, message));
            }
        }
    }
    let mut slowest: Vec<&Outcome> = outcomes.iter().collect();
    slowest.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    out.push_str("\n## Slowest to generate\n\n| document | seconds | outcome |\n|---|---|---|\n");
    for o in slowest.iter().take(5) {
        out.push_str(&format!(
            "| {} | {:.2} | {} |\n",
            o.name,
            o.seconds,
            outcome_word(o)
        ));
    }
    out
}

pub(super) fn outcome_word(outcome: &Outcome) -> &'static str {
    match (&outcome.generation, &outcome.check) {
        (Generation::Panicked(_), _) => "panicked",
        (Generation::Refused(_), _) => "refused",
        (Generation::Generated(_), Some(Check::Passed)) => "compiled",
        (Generation::Generated(_), Some(Check::Failed(..))) => "did not compile",
        (Generation::Generated(_), Some(Check::Unknown(_))) => "no verdict",
        (Generation::Generated(_), None) => "generated",
    }
}

/// One line per document: name, version, outcome, counts, seconds, first problem.
pub(super) fn results_tsv(outcomes: &[Outcome]) -> String {
    let mut out =
        "document\tversion\toutcome\toperations\ttypes\tlines\twarnings\tfields\tuntyped fields\tseconds\tfirst problem\n"
            .to_owned();
    for o in outcomes {
        let (operations, types, lines, warnings, fields, untyped) = match &o.generation {
            Generation::Generated(g) => (
                g.operations,
                g.types,
                g.lines,
                g.warnings,
                g.fields,
                g.untyped,
            ),
            _ => (0, 0, 0, 0, 0, 0),
        };
        let problem = match (&o.generation, &o.check) {
            (Generation::Refused(problems), _) => problems.first().cloned().unwrap_or_default(),
            (Generation::Panicked(message), _) => message.clone(),
            (_, Some(Check::Failed(_, first))) => first.clone(),
            (_, Some(Check::Unknown(why))) => why.clone(),
            _ => String::new(),
        };
        let problem = problem.replace(['\t', '\n'], " ");
        out.push_str(&format!(
            "{}\t{}\t{}\t{operations}\t{types}\t{lines}\t{warnings}\t{fields}\t{untyped}\t{:.3}\t{problem}\n",
            o.name,
            o.version.label(),
            outcome_word(o),
            o.seconds
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_of_one_kind_read_alike() {
        assert_eq!(
            kind("a.json:3:5: #/paths/~1x/get/parameters/0: cookie parameters are not supported"),
            "cookie parameters are not supported"
        );
        assert_eq!(
            kind("a.json:9:1: #/components/schemas/Pet: `$ref: #/x` points at a schema that does not exist"),
            "`…` points at a schema that does not exist"
        );
        assert_eq!(
            kind("a.json:1:2: #/paths/~1a/get: operationId `x` is not unique: it clashes with the operation at #/paths/~1b/get"),
            "operationId `…` is not unique: it clashes with the operation at #/…"
        );
        assert_eq!(
            kind("a.json:1:2: #/paths/~1x/post/requestBody/content: only JSON content is supported, this offers text/plain, application/xml"),
            "only JSON content is supported"
        );
        assert_eq!(
            kind("E0412: cannot find type \"Foo\" in 2 places"),
            "EN: cannot find type \"…\" in N places"
        );
    }
}
