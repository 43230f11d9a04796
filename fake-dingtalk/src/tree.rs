//! The tree of files and folders that drive and storage spaces both keep:
//! entries by id, each with the id of the folder it is in (`0` for the root
//! of its space).

use std::collections::HashMap;

/// A file or a folder of a space.
pub(crate) trait Entry {
    fn id(&self) -> &str;
    fn space_id(&self) -> &str;
    fn parent_id(&self) -> &str;
    fn name(&self) -> &str;
    /// Whether the entry itself was deleted into a recycle bin.
    fn recycled(&self) -> bool;
    /// When it was created, on the clock of its store, which orders entries
    /// created within the same second.
    fn created(&self) -> u64;
}

/// The entries directly inside folder `parent_id` (`0`: the root) of a
/// space that are not in a recycle bin on their own, oldest first.
pub(crate) fn children<'a, E: Entry>(
    nodes: &'a HashMap<String, E>,
    space_id: &str,
    parent_id: &str,
) -> Vec<&'a E> {
    inside(nodes, space_id, parent_id, RecycleBin::Skip)
}

/// Whether a walk of a tree goes into entries in a recycle bin.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecycleBin {
    /// Leave out what is in a recycle bin on its own, with everything inside it.
    Skip,
    /// Go into what is in a recycle bin too.
    Include,
}

/// The ids of entry `id` and everything inside it, each folder before what
/// it holds and entries of the same folder oldest first.
pub(crate) fn tree<E: Entry>(
    nodes: &HashMap<String, E>,
    id: &str,
    recycled: RecycleBin,
) -> Vec<String> {
    let mut ids = vec![id.to_owned()];
    let mut next = 0;
    while next < ids.len() {
        let parent = &ids[next];
        next += 1;
        let Some(node) = nodes.get(parent) else {
            continue;
        };
        let inner: Vec<String> = inside(nodes, node.space_id(), parent, recycled)
            .into_iter()
            .map(|n| n.id().to_owned())
            .collect();
        ids.extend(inner);
    }
    ids
}

/// The entry `id` and the folders above it, nearest first.
pub(crate) fn lineage<'a, E: Entry>(nodes: &'a HashMap<String, E>, id: &str) -> Vec<&'a E> {
    let mut lineage = Vec::new();
    let mut at = nodes.get(id);
    while let Some(node) = at {
        lineage.push(node);
        at = nodes.get(node.parent_id());
    }
    lineage
}

/// The path of entry `id` from the root of its space: `/Reports/2024.xlsx`.
pub(crate) fn path<E: Entry>(nodes: &HashMap<String, E>, id: &str) -> String {
    let names: Vec<&str> = lineage(nodes, id).iter().rev().map(|n| n.name()).collect();
    format!("/{}", names.join("/"))
}

fn inside<'a, E: Entry>(
    nodes: &'a HashMap<String, E>,
    space_id: &str,
    parent_id: &str,
    recycled: RecycleBin,
) -> Vec<&'a E> {
    let mut inside: Vec<&E> = nodes
        .values()
        .filter(|n| n.space_id() == space_id && n.parent_id() == parent_id && n.id() != parent_id)
        .filter(|n| recycled == RecycleBin::Include || !n.recycled())
        .collect();
    inside.sort_by(|a, b| (a.created(), a.id()).cmp(&(b.created(), b.id())));
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Node {
        id: &'static str,
        space: &'static str,
        parent: &'static str,
        recycled: bool,
        created: u64,
    }

    impl Entry for Node {
        fn id(&self) -> &str {
            self.id
        }
        fn space_id(&self) -> &str {
            self.space
        }
        fn parent_id(&self) -> &str {
            self.parent
        }
        fn name(&self) -> &str {
            self.id
        }
        fn recycled(&self) -> bool {
            self.recycled
        }
        fn created(&self) -> u64 {
            self.created
        }
    }

    /// `a` holds `b` (recycled, holding `d`) and `c`; `e` is in another space.
    fn nodes() -> HashMap<String, Node> {
        let node = |id, space, parent, recycled, created| Node {
            id,
            space,
            parent,
            recycled,
            created,
        };
        [
            node("c", "s", "a", false, 4),
            node("d", "s", "b", false, 3),
            node("a", "s", "0", false, 1),
            node("b", "s", "a", true, 2),
            node("e", "t", "a", false, 5),
        ]
        .into_iter()
        .map(|n| (n.id.to_owned(), n))
        .collect()
    }

    fn ids(nodes: Vec<&Node>) -> Vec<&str> {
        nodes.into_iter().map(|n| n.id).collect()
    }

    #[test]
    fn children_are_the_live_entries_of_the_folder_in_its_space_oldest_first() {
        let nodes = nodes();
        assert_eq!(ids(children(&nodes, "s", "a")), ["c"]);
        assert_eq!(ids(children(&nodes, "s", "0")), ["a"]);
        assert_eq!(ids(children(&nodes, "t", "a")), ["e"]);
    }

    #[test]
    fn a_tree_lists_folders_before_their_contents_and_skips_or_includes_the_recycled() {
        let nodes = nodes();
        assert_eq!(tree(&nodes, "a", RecycleBin::Skip), ["a", "c"]);
        assert_eq!(tree(&nodes, "a", RecycleBin::Include), ["a", "b", "c", "d"]);
        assert_eq!(tree(&nodes, "d", RecycleBin::Skip), ["d"]);
        assert_eq!(tree(&nodes, "missing", RecycleBin::Include), ["missing"]);
    }

    #[test]
    fn a_lineage_and_a_path_go_up_to_the_root() {
        let nodes = nodes();
        assert_eq!(ids(lineage(&nodes, "d")), ["d", "b", "a"]);
        assert!(lineage(&nodes, "0").is_empty());
        assert_eq!(path(&nodes, "d"), "/a/b/d");
        assert_eq!(path(&nodes, "0"), "/");
    }
}
