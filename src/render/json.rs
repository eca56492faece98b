//! `--format json`: changelogs and histories as the documented wire format
//! ([`super::wire`]), pretty-printed, one document per run.

use std::io::{self, Write};

use super::wire::{ChangelogDoc, HistoryDoc, WireChange};
use crate::diff::{Changelog, History};

/// Changes serialized per piece: a piece is printed on one thread while
/// the next is printed on another, and only two pieces are held at once.
const PIECE: usize = 4096;

/// Write `log` as a `samdiff-changelog/1` document.
///
/// The same bytes as `to_writer_pretty` of the whole [`ChangelogDoc`], made
/// without the document's copy of every change: the head (format,
/// snapshots, summary) is printed as a document without changes, and the
/// changes are printed piece by piece, two pieces at a time on two threads,
/// each indented to its place in the array (a JSON string never holds a
/// raw line break, so indenting after every line break is exact).
pub fn write_changelog(log: &Changelog, out: &mut dyn Write) -> io::Result<()> {
    let mut text = serde_json::to_vec_pretty(&ChangelogDoc::head(log))?;
    if log.changes.is_empty() {
        out.write_all(&text)?;
        return writeln!(out);
    }
    // The head ends `"changes": []\n}`: open the array instead.
    const EMPTY_END: &[u8] = b"[]\n}";
    debug_assert!(text.ends_with(EMPTY_END));
    text.truncate(text.len() - EMPTY_END.len());
    out.write_all(&text)?;
    out.write_all(b"[")?;
    let mut chunks = log.changes.chunks(PIECE);
    let mut first = true;
    // Two buffers serve every piece (a fresh one each time would be mapped
    // and zeroed anew).
    let (mut buf_one, mut buf_two) = (Vec::new(), Vec::new());
    while let Some(one) = chunks.next() {
        let two = chunks.next();
        let (a, b) = std::thread::scope(|s| {
            let b = two.map(|two| {
                let buf = &mut buf_two;
                s.spawn(move || print_changes(two, buf))
            });
            let a = print_changes(one, &mut buf_one);
            (
                a,
                b.map(|b| b.join().unwrap_or_else(|p| std::panic::resume_unwind(p))),
            )
        });
        a?;
        let both = [&buf_one, &buf_two];
        let pieces = if b.transpose()?.is_some() {
            &both[..]
        } else {
            &both[..1]
        };
        for piece in pieces {
            if !first {
                out.write_all(b",")?;
            }
            first = false;
            out.write_all(piece)?;
        }
    }
    out.write_all(b"\n  ]\n}\n")
}

/// `changes` as the elements of the changelog's `changes` array: each on a
/// new line, indented two levels, separated by commas.
fn print_changes(changes: &[crate::diff::Change], buf: &mut Vec<u8>) -> io::Result<()> {
    const INDENT: &[u8] = b"    ";
    buf.clear();
    let mut one = Vec::with_capacity(4096);
    for (i, c) in changes.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.push(b'\n');
        buf.extend_from_slice(INDENT);
        one.clear();
        serde_json::to_writer_pretty(&mut one, &WireChange::from(c))?;
        // Every line after the first moves in by the indent.
        let mut from = 0;
        for nl in memchr::memchr_iter(b'\n', &one) {
            buf.extend_from_slice(&one[from..=nl]);
            buf.extend_from_slice(INDENT);
            from = nl + 1;
        }
        buf.extend_from_slice(&one[from..]);
    }
    Ok(())
}

/// Write `h` as a `samdiff-history/1` document.
pub fn write_history(h: &History, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &HistoryDoc::from(h))?;
    writeln!(out)
}

/// The JSON Schema of the changelog format, for `samdiff schema changelog`.
pub fn changelog_schema() -> schemars::Schema {
    schemars::schema_for!(ChangelogDoc)
}

/// The JSON Schema of the history format.
pub fn history_schema() -> schemars::Schema {
    schemars::schema_for!(HistoryDoc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{NoKnowledge, diff_snapshots};

    /// The piecewise writer prints the bytes `to_writer_pretty` prints of
    /// the whole document: with no change, one, and several pieces.
    #[test]
    fn the_changelog_is_printed_as_the_whole_document_would_be() {
        let (a, b) = crate::diff::testutil::large_pair(3 * PIECE);
        let log = diff_snapshots(&a, &b, &NoKnowledge);
        assert!(log.changes.len() > 2 * PIECE);
        for n in [0, 1, PIECE, log.changes.len()] {
            let part = Changelog {
                snapshots: log.snapshots.clone(),
                changes: log.changes[..n].to_vec(),
            };
            let mut got = Vec::new();
            write_changelog(&part, &mut got).unwrap();
            let mut want = serde_json::to_vec_pretty(&ChangelogDoc::from(&part)).unwrap();
            want.push(b'\n');
            assert!(got == want, "{n} changes");
        }
    }
}
