//! `--format json`: changelogs and histories as the documented wire format
//! ([`super::wire`]), pretty-printed, one document per run.

use std::io::{self, Write};

use super::wire::{ChangelogDoc, HistoryDoc, WireChange};
use crate::diff::{Changelog, History};

/// Changes serialized per piece: two threads print every other piece
/// while this one writes the pieces printed, in order, and only a few
/// pieces are held at once.
const PIECE: usize = 4096;

/// Write `log` as a `samdiff-changelog/1` document.
///
/// The same bytes as `to_writer_pretty` of the whole [`ChangelogDoc`], made
/// without the document's copy of every change: the head (format,
/// snapshots, summary) is printed as a document without changes, and the
/// changes are printed piece by piece (`print_changes`) on two threads,
/// each indented to its place in the array, while this thread writes.
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
    let pieces: Vec<&[crate::diff::Change]> = log.changes.chunks(PIECE).collect();
    if let [one] = pieces[..] {
        let mut buf = Vec::new();
        print_changes(one, &mut buf)?;
        out.write_all(&buf)?;
    } else {
        write_pieces(&pieces, out)?;
    }
    out.write_all(b"\n  ]\n}\n")
}

/// Write `pieces` of the changes array, comma-separated, printed on two
/// threads (one the even pieces, one the odd) while this thread writes.
/// Each printer gets its buffers back once written: a few buffers serve
/// every piece (fresh memory for each was a tenth of a keyed diff's page
/// faults).
fn write_pieces(pieces: &[&[crate::diff::Change]], out: &mut dyn Write) -> io::Result<()> {
    use std::sync::mpsc::{channel, sync_channel};
    std::thread::scope(|s| {
        let mut printers = Vec::new();
        for parity in 0..2 {
            // A printer waits when its next piece is printed and not yet
            // taken, and stops when this thread stops taking (an error).
            let (tx, rx) = sync_channel::<io::Result<Vec<u8>>>(1);
            let (give_back, returned) = channel::<Vec<u8>>();
            s.spawn(move || {
                for piece in pieces.iter().skip(parity).step_by(2) {
                    let mut buf = returned.try_recv().unwrap_or_default();
                    let made = print_changes(piece, &mut buf).map(|()| buf);
                    if tx.send(made).is_err() {
                        return;
                    }
                }
            });
            printers.push((rx, give_back));
        }
        for k in 0..pieces.len() {
            let (printed, give_back) = &printers[k % 2];
            // A printer that stopped without sending panicked: the scope
            // passes its panic on.
            let Ok(buf) = printed.recv() else {
                break;
            };
            let buf = buf?;
            if k > 0 {
                out.write_all(b",")?;
            }
            out.write_all(&buf)?;
            // A printer that has finished has no use for it.
            let _ = give_back.send(buf);
        }
        Ok(())
    })
}

/// `changes` as the elements of the changelog's `changes` array: each on a
/// new line, indented two levels, separated by commas.
fn print_changes(changes: &[crate::diff::Change], buf: &mut Vec<u8>) -> io::Result<()> {
    use serde::Serialize;
    buf.clear();
    for (i, c) in changes.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.push(b'\n');
        buf.extend_from_slice(NESTED);
        let mut ser = serde_json::Serializer::with_formatter(&mut *buf, Nested::default());
        WireChange::from(c).serialize(&mut ser)?;
    }
    Ok(())
}

/// The indent of an element of the changes array.
const NESTED: &[u8] = b"    ";

/// serde_json's pretty printer, for a value nested in the changes array:
/// every line it breaks is moved in by [`NESTED`]. A JSON string never
/// holds a raw line break, so the line breaks are the printer's own, and
/// the bytes are those of the whole document printed pretty.
#[derive(Default)]
struct Nested(serde_json::ser::PrettyFormatter<'static>);

/// A writer that writes [`NESTED`] after every write ending a line.
struct Indenting<'w, W: ?Sized>(&'w mut W);

impl<W: ?Sized + Write> Write for Indenting<'_, W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)?;
        if bytes.ends_with(b"\n") {
            self.0.write_all(NESTED)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The methods `PrettyFormatter` overrides, passed on; those that break a
/// line write through [`Indenting`].
impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(&mut Indenting(w))
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(&mut Indenting(w), first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(&mut Indenting(w))
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(&mut Indenting(w), first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
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

    /// A writer that fails (a closed pipe) stops the printers: the error is
    /// returned, nothing hangs.
    #[test]
    fn a_failing_writer_stops_the_printing() {
        struct FailsAfter(usize);
        impl Write for FailsAfter {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                if self.0 < bytes.len() {
                    return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
                }
                self.0 -= bytes.len();
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let (a, b) = crate::diff::testutil::large_pair(5 * PIECE);
        let log = diff_snapshots(&a, &b, &NoKnowledge);
        assert!(log.changes.len() > 4 * PIECE);
        for room in [0, 10_000, 2_000_000] {
            let err = write_changelog(&log, &mut FailsAfter(room)).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::BrokenPipe, "{room}");
        }
    }
}
