//! Lookup structures built once, on first use, and carried beside the data
//! they index: arrangements of a snapshot by id, lines of a source by
//! number. They turn the per-item scans of audit, report, log and history
//! into logarithmic or constant lookups (issue 16).

use std::sync::OnceLock;

use super::Arrangement;

/// A value computed on first use and then kept. It is not data: cloning
/// gives an empty cache (the clone may be edited), and every cache is equal
/// to every other, so it never changes what `==` says about its owner.
#[derive(Default)]
pub struct Lazy<T>(OnceLock<T>);

impl<T> Lazy<T> {
    /// The cached value, computing it with `f` on first use.
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }

    /// Forget the cached value (after editing what it was computed from).
    pub fn clear(&mut self) {
        self.0 = OnceLock::new();
    }
}

impl<T> Clone for Lazy<T> {
    fn clone(&self) -> Self {
        Lazy(OnceLock::new())
    }
}

impl<T> PartialEq for Lazy<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Lazy")
    }
}

/// Positions of a snapshot's arrangements sorted by id (then position), so
/// a lookup is a binary search over 4 bytes per arrangement, with no copy
/// of any id.
#[derive(Debug, Clone, Default)]
pub struct ArrangementIndex {
    /// How many arrangements the index was built over; a snapshot whose list
    /// has since grown or shrunk is searched linearly instead.
    len: usize,
    order: Vec<u32>,
}

impl ArrangementIndex {
    /// Index `arrangements`.
    pub fn build(arrangements: &[Arrangement]) -> Self {
        let mut order: Vec<u32> = (0..arrangements.len() as u32).collect();
        order.sort_by(|&x, &y| {
            arrangements[x as usize]
                .id
                .cmp(&arrangements[y as usize].id)
                .then(x.cmp(&y))
        });
        ArrangementIndex {
            len: arrangements.len(),
            order,
        }
    }

    /// The first arrangement (in list order) with id `id`.
    pub fn find<'a>(&self, arrangements: &'a [Arrangement], id: &str) -> Option<&'a Arrangement> {
        if self.len != arrangements.len() {
            return arrangements.iter().find(|a| a.id.as_str() == id);
        }
        let at = self
            .order
            .partition_point(|&i| arrangements[i as usize].id.as_str() < id);
        self.order
            .get(at)
            .map(|&i| &arrangements[i as usize])
            .filter(|a| a.id.as_str() == id)
    }
}

/// Byte offsets where each line of a text starts, so line `n` is found in
/// constant time. Lines are those of [`str::lines`]: split at `\n`, a
/// trailing `\r` dropped, no empty last line after a final newline.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the lines of `text`.
    pub fn build(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        if !text.is_empty() {
            starts.push(0);
        }
        starts.extend(
            text.match_indices('\n')
                .map(|(i, _)| i + 1)
                .filter(|&i| i < text.len()),
        );
        LineIndex { starts }
    }

    /// The number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the text has no lines.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Line `n` (1-based) of `text`, which must be the text this index was
    /// built from.
    pub fn line<'a>(&self, text: &'a str, n: u32) -> Option<&'a str> {
        let i = (n as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(text.len(), |&e| e - 1);
        let line = text.get(start..end)?;
        let line = line.strip_suffix('\n').unwrap_or(line);
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_agree_with_str_lines() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "\n\nx\n\n",
            "ø\næ\r\n\r\nå",
        ] {
            let idx = LineIndex::build(text);
            let want: Vec<&str> = text.lines().collect();
            assert_eq!(idx.len(), want.len(), "{text:?}");
            for n in 0..=want.len() as u32 + 1 {
                let expected = (n as usize)
                    .checked_sub(1)
                    .and_then(|i| want.get(i))
                    .copied();
                assert_eq!(idx.line(text, n), expected, "{text:?} line {n}");
            }
        }
    }

    #[test]
    fn finds_the_first_of_equal_ids_and_misses_cleanly() {
        let list: Vec<Arrangement> = ["b", "a", "c", "a"]
            .iter()
            .enumerate()
            .map(|(i, id)| Arrangement::row(*id, format!("n{i}"), i as u32 + 1))
            .collect();
        let idx = ArrangementIndex::build(&list);
        assert_eq!(idx.find(&list, "a").map(|a| a.name.as_str()), Some("n1"));
        assert_eq!(idx.find(&list, "c").map(|a| a.name.as_str()), Some("n2"));
        assert!(idx.find(&list, "aa").is_none());
        assert!(idx.find(&list, "").is_none());
        assert!(
            idx.find(&list[..2], "c").is_none(),
            "stale index falls back"
        );
    }
}
