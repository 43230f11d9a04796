//! How a file is cut into parts: the storage's rules ([`PartRules`]) and the
//! part size that keeps an upload within them ([`PartPlan`]).

use crate::error::Plain as Error;

/// The part size used when the caller sets none and the file needs no larger one.
pub const DEFAULT_PART_SIZE: u64 = 8 * 1024 * 1024;

/// What a storage accepts of a multipart upload. The defaults accept anything
/// up to 10,000 parts; an API whose storage is stricter says so with
/// [`PartRules::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartRules {
    /// The smallest part the storage accepts, the last part excepted.
    pub min_part_size: u64,
    /// The largest part the storage accepts.
    pub max_part_size: u64,
    /// The most parts one upload may have.
    pub max_parts: u32,
}

impl Default for PartRules {
    fn default() -> Self {
        PartRules {
            min_part_size: 1,
            max_part_size: u64::MAX,
            max_parts: 10_000,
        }
    }
}

/// How an upload is cut: parts of `part_size` bytes (the last one shorter), `parts` of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartPlan {
    /// The size of each part but the last.
    pub part_size: u64,
    /// How many parts.
    pub parts: u32,
}

impl PartRules {
    /// The rules of a storage: its smallest and largest part (the last part
    /// may be smaller) and its most parts.
    pub const fn new(min_part_size: u64, max_part_size: u64, max_parts: u32) -> Self {
        PartRules {
            min_part_size,
            max_part_size,
            max_parts,
        }
    }

    /// The largest upload these rules allow: the most parts of the largest size.
    pub fn max_size(&self) -> u64 {
        self.max_part_size.saturating_mul(u64::from(self.max_parts))
    }

    /// How to cut `size` bytes. With a `requested` part size, that size, or an
    /// error naming the rule it breaks; without, [`DEFAULT_PART_SIZE`] (within
    /// the rules), grown in whole MiB when the file would otherwise need more
    /// than `max_parts` parts. Nothing is sent before a plan is made, so a
    /// plan the storage would refuse fails before the first byte.
    pub fn plan(&self, size: u64, requested: Option<u64>) -> Result<PartPlan, Error> {
        const MIB: u64 = 1024 * 1024;
        let refuse = |rule: String| Error::InvalidInput {
            operation_id: "upload",
            field: "part_size".to_owned(),
            rule,
        };
        if size > self.max_size() {
            return Err(refuse(format!(
                "a file of {size} bytes is larger than the storage takes in one upload \
                 ({} parts of at most {} bytes)",
                self.max_parts, self.max_part_size
            )));
        }
        let part_size = match requested {
            Some(0) => return Err(refuse("must be at least 1 byte".to_owned())),
            Some(part) if part < self.min_part_size && part < size => {
                return Err(refuse(format!(
                    "{part} bytes is under the storage's minimum part size of {} bytes \
                     (only the last part may be smaller)",
                    self.min_part_size
                )))
            }
            Some(part) if part > self.max_part_size => {
                return Err(refuse(format!(
                    "{part} bytes is over the storage's maximum part size of {} bytes",
                    self.max_part_size
                )))
            }
            Some(part) => part,
            None => {
                let needed = size.div_ceil(u64::from(self.max_parts).max(1));
                let grown = needed.div_ceil(MIB).saturating_mul(MIB);
                DEFAULT_PART_SIZE
                    .max(grown)
                    .clamp(self.min_part_size, self.max_part_size)
                    .max(needed)
            }
        };
        let parts = size.div_ceil(part_size).max(1);
        match u32::try_from(parts) {
            Ok(parts) if parts <= self.max_parts => Ok(PartPlan { part_size, parts }),
            _ => Err(refuse(format!(
                "{size} bytes in parts of {part_size} bytes make {parts} parts, over the \
                 storage's limit of {} parts; use parts of at least {} bytes",
                self.max_parts,
                size.div_ceil(u64::from(self.max_parts))
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    const GIB: u64 = 1024 * MIB;
    const TIB: u64 = 1024 * GIB;
    /// Rules like those of the object storages behind many file APIs.
    const STORAGE: PartRules = PartRules::new(100 * KIB, 5 * GIB, 10_000);

    fn rule(error: Error) -> String {
        match error {
            Error::InvalidInput { field, rule, .. } => {
                assert_eq!(field, "part_size");
                rule
            }
            other => panic!("not an input error: {other}"),
        }
    }

    #[test]
    fn files_up_to_the_default_parts_limit_keep_the_default_size() {
        for size in [0, 1, 8 * MIB, 8 * MIB + 1, GIB, 78 * GIB] {
            let plan = STORAGE.plan(size, None).unwrap();
            assert_eq!(plan.part_size, DEFAULT_PART_SIZE, "{size}");
            assert_eq!(
                u64::from(plan.parts),
                size.div_ceil(DEFAULT_PART_SIZE).max(1)
            );
        }
    }

    #[test]
    fn larger_files_get_larger_parts_up_to_five_tib() {
        let mut size = 79 * GIB;
        while size <= 5 * TIB {
            let plan = STORAGE.plan(size, None).unwrap();
            assert!(plan.parts <= 10_000, "{size}: {plan:?}");
            assert!(
                plan.part_size >= 100 * KIB && plan.part_size <= 5 * GIB,
                "{size}: {plan:?}"
            );
            assert_eq!(plan.part_size % MIB, 0, "{size}: {plan:?}");
            assert!(plan.part_size * u64::from(plan.parts) >= size);
            assert!(plan.part_size * u64::from(plan.parts - 1) < size);
            size = size * 3 / 2 + 12_345;
        }
        let plan = STORAGE.plan(5 * TIB, None).unwrap();
        assert_eq!(plan.part_size, 525 * MIB);
        assert_eq!(plan.parts, 9_987);
    }

    #[test]
    fn the_largest_file_the_rules_allow_is_planned_and_one_byte_more_is_refused() {
        let largest = STORAGE.max_size();
        assert_eq!(STORAGE.plan(largest, None).unwrap().parts, 10_000);
        assert!(rule(STORAGE.plan(largest + 1, None).unwrap_err()).contains("larger than"));
    }

    #[test]
    fn a_requested_size_that_breaks_a_rule_is_refused_with_the_rule() {
        let small = rule(STORAGE.plan(GIB, Some(64 * KIB)).unwrap_err());
        assert!(
            small.contains("minimum part size of 102400 bytes"),
            "{small}"
        );
        let large = rule(STORAGE.plan(GIB, Some(6 * GIB)).unwrap_err());
        assert!(large.contains("maximum part size"), "{large}");
        let many = rule(STORAGE.plan(GIB, Some(100 * KIB)).unwrap_err());
        assert!(
            many.contains("10486 parts, over the storage's limit of 10000"),
            "{many}"
        );
        assert!(many.contains("at least 107375 bytes"), "{many}");
    }

    #[test]
    fn a_small_file_may_be_one_part_under_the_minimum() {
        let plan = STORAGE.plan(10 * KIB, Some(64 * KIB)).unwrap();
        assert_eq!(
            plan,
            PartPlan {
                part_size: 64 * KIB,
                parts: 1
            }
        );
    }
}
