//! Keyed register tables on a lean path (issue 16): `diff --key` of two
//! national registers without a draft snapshot per row.
//!
//! A register table is read once as records: the encoding, the delimiter
//! and the header are found as for any table (on the first
//! [`HEAD_LINES`] lines, with the importer's own header finder), then every
//! record is streamed with `csv` and kept as a few numbers: where its bytes
//! lie in the decoded text, its line, its key, its effective section and a
//! hash of its slug. Rows are paired by key (a sorted index of key
//! hashes); a pair whose record bytes (and section) are equal in two
//! tables of the same layout cannot differ in anything the diff compares,
//! so only the rows that differ, end or appear become arrangements,
//! through the importer's own row reading, and the diff runs on those
//! ([`KeyedPair`]).
//!
//! What the whole document decides is kept exact: the ids (a slug of the
//! name, numbered among the rows of the whole table that share it), the
//! ids an added row must not take, and what each table prints at all
//! ([`Printed`]). A row listed twice and a row without a key are reported
//! as the importer reports them. Sources this path does not read
//! (workbooks, Word documents, a table listing members in one column) go
//! the importer's way ([`read_register`] returns `None`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hasher;
use std::sync::atomic::{AtomicBool, Ordering};

use sha2::{Digest, Sha256};

use super::cells::{self, Grid, GridSource};
use super::table::{self, Header, HeaderContext};
use super::vocab::{Role, Vocabulary};
use super::{ImportOptions, Layout, RawRow};
use crate::diff::Printed;
use crate::error::{Error, Issue, Location, Result};
use crate::i18n::{Msg, Text};
use crate::matching::key::match_by_key;
use crate::matching::{MatchOptions, rewrite_ids_in};
use crate::model::{
    ArrangementId, ColumnOrderBasis, CuratorNote, Host, Municipality, Participation, Snapshot,
};
use crate::registry::Registry;
use crate::snapshot::hex;
use crate::source::TextEncoding;

/// Lines read to find the header, the date and the scope: the header
/// finder looks at `table::SNIFF_LINES` rows for a header and as many
/// below it for marks, so twice that (and the header) is all it can use.
pub const HEAD_LINES: usize = 2 * table::SNIFF_LINES + 2;

/// A row has a form cell.
const HAS_FORM: u8 = 1;
/// A row has a host cell.
const HAS_HOST: u8 = 2;
/// A row repeats the key of an earlier row (listed twice).
const REPEATED: u8 = 4;
/// A row's key is repeated by a later row.
const HAS_REPEAT: u8 = 8;
/// Another row (not repeated) has the same slug: the ids are numbered.
const SHARED_SLUG: u8 = 16;

/// Mark spellings remembered per table: a table prints a handful (`x`,
/// `ja`, empty); a column of free text is read cell by cell past this many.
const MARK_SPELLINGS: usize = 32;

/// Cells of a row trimmed once as it is read (a register prints a dozen
/// or so; the rest are trimmed when asked for).
const TRIMMED_CELLS: usize = 24;

/// Bytes a record reader reads ahead: a register row is a few hundred
/// bytes, and a longer one is read in several gulps.
const RECORD_BUFFER: usize = 1024;

/// A `csv` reader over a table's text, and the record it reads into (one
/// for every row: a fresh record would allocate its buffers anew).
struct RowReader<'a> {
    reader: csv::Reader<std::io::Cursor<&'a [u8]>>,
    record: csv::StringRecord,
    /// Where each cell of a line split at its delimiters ends.
    ends: Vec<usize>,
}

/// No category: the row is above every section heading.
const NO_CATEGORY: u32 = u32::MAX;

/// One data row, as a few numbers into its table's text.
#[derive(Debug, Clone, Copy)]
struct Row {
    /// Byte range of the record in the decoded text.
    start: usize,
    end: usize,
    line: u32,
    /// Range of the trimmed key in [`Register::keys`].
    key: (u32, u32),
    /// Index in [`Register::categories`], or [`NO_CATEGORY`].
    category: u32,
    /// Hash of the slug of the name: rows that share a slug are numbered.
    slug: u64,
    flags: u8,
}

/// A register table read for `diff --key`.
#[derive(Debug)]
pub struct Register {
    /// The name shown in messages.
    pub path: String,
    /// The draft snapshot of the table without its arrangements: date,
    /// scope, columns, source and notes, as `samdiff import` makes them
    /// (its source's SHA-256 may be left to work out: see
    /// [`KeyedPair::digests`]).
    pub template: Snapshot,
    /// Rows that could not be read, and every other import warning, in
    /// the importer's order.
    pub problems: Vec<Issue>,
    /// How the bytes were read, when that is worth saying.
    pub reading: Option<Text>,
    /// The draft's own warnings (every column taken as the scope), which
    /// the importer reports after the rows' problems.
    pub draft_problems: Vec<Issue>,
    text: String,
    /// The text holds no character [`Self::into_text`] would escape
    /// (decoding found none): it is cited as it is, without a second scan.
    clean: bool,
    /// The template's `source.sha256` is still empty: the bytes received
    /// are the text, and [`pair_registers`] hashes it while it matches
    /// (a serial stretch, where the other core is idle).
    digest_pending: bool,
    delimiter: u8,
    header: Header,
    /// The municipality columns as the document spells them.
    columns: Vec<Municipality>,
    rows: Vec<Row>,
    keys: Vec<u8>,
    categories: Vec<String>,
    /// The mark spellings the table uses and how they read.
    marks: Vec<(String, Option<Participation>)>,
    /// (key hash, first row with that key), sorted: looked up by binary
    /// search. Sorting a million pairs is quicker than hashing them into
    /// a map, whose every insert is a cache miss.
    by_key: Vec<(u64, u32)>,
    /// (slug hash, rows (not repeated) with that slug), sorted.
    slug_count: Vec<(u64, u32)>,
    /// Whether a row (not repeated) has a category, a form, a host cell.
    printed: Printed,
}

/// A fixed 64-bit hash (the same on every run and machine). Fx, not
/// SipHash: a million keys are hashed twice each, and a collision of two
/// keys (crafted or not) only sends the table the importer's way.
fn hash64(bytes: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.finish()
}

/// `pairs` sorted by their hash, stably (rows of one hash stay in row
/// order): a radix sort on the high half of the hash (half the passes of
/// one on the whole), then the runs of an equal high half (a few in a
/// million) by the whole.
fn sort_by_hash(pairs: &mut [(u64, u32)]) {
    radsort::sort_by_key(pairs, |e| (e.0 >> 32) as u32);
    for run in pairs.chunk_by_mut(|x, y| x.0 >> 32 == y.0 >> 32) {
        if run.len() > 1 {
            run.sort_by_key(|e| e.0);
        }
    }
}

/// `s` trimmed: as it is when it starts and ends with a printable ASCII
/// character (most cells), else by `str::trim`.
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(x), Some(y)) if x.is_ascii_graphic() && y.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Read the register `bytes` (named `path` in messages) keyed by
/// `opts.key_column`. `None` when this path does not read the source (a
/// workbook, a Word document): the caller imports it the usual way.
pub fn read_register(path: &str, bytes: Vec<u8>, opts: &ImportOptions) -> Result<Option<Register>> {
    let invalid = |i: Issue| Error::Invalid(vec![i]);
    super::text::check_size(path, &bytes).map_err(invalid)?;
    if crate::source::docx::is_docx(&bytes) || crate::source::is_container(&bytes) {
        return Ok(None);
    }
    let Some(key_column) = opts.key_column.as_deref() else {
        return Ok(None);
    };
    let Decoded {
        text,
        encoding,
        received,
        clean,
    } = decode(path, bytes)?;
    let vocab = Vocabulary::shared();
    let known = super::known_municipalities(opts);
    let mut overrides = opts.columns_by_role.clone();
    overrides.id = Some(key_column.to_owned());
    let ctx = HeaderContext {
        vocab,
        known: &known,
        overrides: &overrides,
    };
    // The head: where the title, the date, the scope and the header are.
    let head_end = text
        .match_indices('\n')
        .nth(HEAD_LINES - 1)
        .map_or(text.len(), |(i, _)| i + 1);
    let head = &text[..head_end];
    let head_lines: Vec<String> = head.lines().map(str::to_owned).collect();
    let grids: Vec<Grid> = cells::DELIMITERS
        .iter()
        .map(|&d| cells::text_grid(head, d, encoding))
        .collect();
    let Some(header) = table::find_header(&grids, &ctx) else {
        let line = head_lines
            .iter()
            .position(|l| !l.trim().is_empty())
            .map_or(1, |i| i + 1);
        return Err(invalid(
            Issue::new(
                Location::new(path, line, 1),
                Text::new(Msg::ImportNoHeader, vec![("line", line.into())]),
            )
            .with_hint(Msg::HintColumns),
        ));
    };
    let grid = &grids[header.grid];
    let key_col = table::key_column(path, grid, &header, key_column).map_err(invalid)?;
    let key_header = grid
        .rows
        .iter()
        .find(|r| r.line == header.line)
        .map_or(key_column, |r| r.cell(key_col))
        .to_owned();
    // A column listing each row's members stands for the municipality
    // columns: its rows are read the importer's way.
    let GridSource::Text { delimiter, .. } = grid.source else {
        return Ok(None);
    };
    if header.members.is_some() {
        return Ok(None);
    }
    // Rows down to the header, read as the importer reads them: data above
    // the header is an error, a column without a role a warning.
    let above = Grid {
        rows: grid
            .rows
            .iter()
            .filter(|r| r.line <= header.line)
            .cloned()
            .collect(),
        source: grid.source.clone(),
    };
    let mut parsed = table::parse(path, &above, &header, vocab);
    if !parsed.errors.is_empty() {
        let mut errors = parsed.errors;
        errors.sort();
        return Err(Error::Invalid(errors));
    }
    if let Some((line, col, c)) = crate::controls::first_unsafe_in_lines(&head_lines) {
        return Err(invalid(Issue::new(
            Location::new(path, line, col),
            Text::new(
                Msg::IssueControlChar,
                vec![("char", crate::controls::code_point(c).into())],
            ),
        )));
    }
    let columns = super::respell_from_text(&header, &head_lines, vocab, &mut parsed);
    let basis = (
        ColumnOrderBasis::Printed,
        format!(
            "Column order printed in the header row (line {}).",
            header.line
        ),
        header.line,
    );
    // The bytes as received, for the source's hash: when they are the
    // text itself, the hash is left to `pair_registers`.
    let (mut template, more) = super::build_snapshot(
        path,
        received.as_deref(),
        &head_lines,
        opts,
        Layout::Table,
        Vec::new(),
        &Some(columns.clone()),
        Some(basis),
        parsed.skipped,
    )?;
    let digest_pending = received.is_none();
    drop(received);
    if encoding != TextEncoding::Utf8 {
        template.notes.push(CuratorNote {
            text: format!(
                "The source was read as {}; it is kept byte for byte as received.",
                encoding.label()
            ),
            evidence: vec![],
        });
    }
    let reading = matches!(
        encoding,
        TextEncoding::Windows1252 | TextEncoding::Utf16Le | TextEncoding::Utf16Be
    )
    .then(|| {
        Text::new(
            Msg::ImportReadEncoding,
            vec![("encoding", encoding.label().into())],
        )
    });
    let mut reg = Register {
        path: path.to_owned(),
        template,
        problems: parsed.problems,
        reading,
        draft_problems: more,
        text,
        clean,
        digest_pending,
        delimiter,
        header,
        columns,
        rows: Vec::new(),
        keys: Vec::new(),
        categories: Vec::new(),
        marks: Vec::new(),
        by_key: Vec::new(),
        slug_count: Vec::new(),
        printed: Printed::default(),
    };
    let read = stream(&reg, key_col, &key_header, vocab);
    reg.rows = read.rows;
    reg.keys = read.keys;
    reg.categories = read.categories;
    reg.marks = read.marks;
    reg.problems.extend(read.problems);
    if !reg.index() {
        return Ok(None);
    }
    reg.problems.sort();
    Ok(Some(reg))
}

/// A register's bytes read as text.
struct Decoded {
    /// One string with `\n` line endings.
    text: String,
    encoding: TextEncoding,
    /// The bytes as received when the text is not them: plain UTF-8
    /// without carriage returns becomes the text without a copy.
    received: Option<Vec<u8>>,
    /// The text holds no unsafe character (not even a form feed).
    clean: bool,
}

/// The text of `bytes`, refused as the importer refuses it (binary,
/// unknown encoding, control characters, empty).
fn decode(path: &str, bytes: Vec<u8>) -> Result<Decoded> {
    let invalid = |i: Issue| Error::Invalid(vec![i]);
    let plain = !bytes.starts_with(b"\xEF\xBB\xBF") && memchr::memchr(0, &bytes).is_none();
    let (mut text, encoding, mut bytes) = match String::from_utf8(bytes) {
        Ok(text) if plain => (text, TextEncoding::Utf8, None),
        other => {
            let bytes = other.map_or_else(|e| e.into_bytes(), String::into_bytes);
            let (text, encoding) = crate::source::decode_bytes(&bytes)
                .map_err(|e| invalid(super::text::decode_issue(path, &bytes, e)))?;
            (text, encoding, Some(bytes))
        }
    };
    // One fast scan for the usual case of nothing to refuse; the exact
    // scans below find what it flagged.
    let suspect = crate::controls::has_unsafe(&text, true);
    let bad = suspect
        .then(|| {
            text.bytes().position(|b| {
                (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f || b == 0xc2
            })
        })
        .flatten();
    if let Some(from) = bad {
        // C0 and DEL are single bytes; C1 controls start with 0xC2.
        if let Some((i, c)) = text[from..]
            .char_indices()
            .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        {
            let (line, col) = crate::snapshot::line_col_at(&text, from + i);
            return Err(invalid(Issue::new(
                Location::new(path, line, col),
                Text::new(
                    Msg::ImportControlChar,
                    vec![("code", format!("{:04X}", c as u32).into())],
                ),
            )));
        }
    }
    if text.trim().is_empty() {
        return Err(invalid(Issue::new(Location::start(path), Msg::ImportEmpty)));
    }
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        let received = std::mem::replace(&mut text, normalised);
        bytes.get_or_insert_with(|| received.into_bytes());
    }
    // Bidirectional controls (U+202A..E, U+2066..9) are three bytes
    // starting E2 80 / E2 81.
    if suspect
        && let Some(i) = text
            .as_bytes()
            .windows(3)
            .position(|w| w[0] == 0xe2 && (w[1] == 0x80 || w[1] == 0x81))
        && let Some((j, c)) = text[i..]
            .char_indices()
            .find(|&(_, c)| crate::controls::is_unsafe(c) && c != '\u{c}')
    {
        let (line, col) = crate::snapshot::line_col_at(&text, i + j);
        return Err(invalid(Issue::new(
            Location::new(path, line, col),
            Text::new(
                Msg::IssueControlChar,
                vec![("char", crate::controls::code_point(c).into())],
            ),
        )));
    }
    Ok(Decoded {
        text,
        encoding,
        received: bytes,
        // Carriage returns, the only unsafe character the first scan
        // allows, are line feeds now.
        clean: !suspect,
    })
}

impl Register {
    /// Index the rows by key (marking a key listed twice) and count slugs.
    fn index(&mut self) -> bool {
        let mut by_key: Vec<(u64, u32)> = (0..self.rows.len())
            .map(|i| (hash64(self.key_of(i)), i as u32))
            .collect();
        sort_by_hash(&mut by_key);
        // A run of one hash: its first row is the key's first listing.
        let mut first = 0;
        for k in 1..by_key.len() {
            let (h, i) = by_key[k];
            if h != by_key[first].0 {
                first = k;
                continue;
            }
            let f = by_key[first].1 as usize;
            // Equal hashes of different keys would be paired wrongly:
            // compare the keys themselves.
            if self.key_of(f) != self.key_of(i as usize) {
                // Vanishingly rare: the table goes the importer's way.
                return false;
            }
            self.rows[i as usize].flags |= REPEATED;
            self.rows[f].flags |= HAS_REPEAT;
        }
        by_key.dedup_by_key(|e| e.0);
        self.by_key = by_key;
        let mut slugs: Vec<(u64, u32)> = Vec::with_capacity(self.rows.len());
        for (i, r) in self.rows.iter().enumerate() {
            if r.flags & REPEATED != 0 {
                continue;
            }
            slugs.push((r.slug, i as u32));
            self.printed.categories |= r.category != NO_CATEGORY;
            self.printed.forms |= r.flags & HAS_FORM != 0;
            self.printed.hosts |= r.flags & HAS_HOST != 0;
        }
        sort_by_hash(&mut slugs);
        // Counted in place: the runs are never more than the rows.
        let mut runs = 0;
        let mut k = 0;
        while k < slugs.len() {
            let slug = slugs[k].0;
            let len = slugs[k..].iter().take_while(|e| e.0 == slug).count();
            if len > 1 {
                for &(_, i) in &slugs[k..k + len] {
                    self.rows[i as usize].flags |= SHARED_SLUG;
                }
            }
            slugs[runs] = (slug, len as u32);
            runs += 1;
            k += len;
        }
        slugs.truncate(runs);
        self.slug_count = slugs;
        true
    }

    /// How many rows (not repeated) have the slug hash `slug`.
    fn slug_rows(&self, slug: u64) -> u32 {
        self.slug_count
            .binary_search_by_key(&slug, |e| e.0)
            .map_or(0, |k| self.slug_count[k].1)
    }

    fn key_of(&self, i: usize) -> &[u8] {
        let (o, l) = self.rows[i].key;
        &self.keys[o as usize..(o + l) as usize]
    }

    fn find(&self, key: &[u8]) -> Option<usize> {
        let h = hash64(key);
        self.by_key
            .binary_search_by_key(&h, |e| e.0)
            .ok()
            .map(|k| self.by_key[k].1 as usize)
            .filter(|&i| self.key_of(i) == key)
    }

    fn record(&self, i: usize) -> &[u8] {
        let r = &self.rows[i];
        &self.text.as_bytes()[r.start..r.end]
    }

    fn category(&self, i: usize) -> Option<&str> {
        let c = self.rows[i].category;
        (c != NO_CATEGORY).then(|| self.categories[c as usize].as_str())
    }

    /// The municipalities the table declares (covers, then mentions), as
    /// the importer's row reading takes them.
    fn declared(&self) -> Vec<&Municipality> {
        let scope = &self.template.scope;
        scope.covers.iter().chain(&scope.mentions).collect()
    }

    /// Rows that are not repeats: the arrangements of the whole table.
    pub fn arrangements(&self) -> usize {
        self.rows.iter().filter(|r| r.flags & REPEATED == 0).count()
    }

    /// A reader of single records anywhere in the text ([`Self::raw_row`]
    /// seeks it): building a `csv` reader costs more than reading a row.
    fn reader(&self) -> RowReader<'_> {
        RowReader {
            reader: csv::ReaderBuilder::new()
                .delimiter(self.delimiter)
                .has_headers(false)
                .flexible(true)
                .buffer_capacity(RECORD_BUFFER)
                .from_reader(std::io::Cursor::new(self.text.as_bytes())),
            record: csv::StringRecord::new(),
            ends: Vec::new(),
        }
    }

    /// The row `i` as the importer reads it.
    fn raw_row(&self, rdr: &mut RowReader<'_>, i: usize, vocab: &Vocabulary) -> RawRow {
        let row = &self.rows[i];
        let RowReader {
            reader,
            record,
            ends,
        } = rdr;
        // A line without a quote is split where it stands; else the bytes
        // are read again as the record they were read as before (seeking
        // a cursor and reading them cannot fail).
        let text = self.text[row.start..row.end].trim_end_matches('\n');
        let cells = match super::records::split_line(text, self.delimiter, ends) {
            Some(cells) => cells,
            None => {
                let mut at = csv::Position::new();
                at.set_byte(row.start as u64);
                let _ = reader.seek(at).and_then(|()| reader.read_record(record));
                super::records::Cells::Read(record)
            }
        };
        let cell = |i: usize| cells.get(i).map_or("", trim);
        let h = &self.header;
        let opt = |role: Role| {
            h.roles
                .get(&role)
                .map(|&c| cell(c))
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let participation: BTreeMap<Municipality, Participation> = h
            .marks
            .iter()
            .zip(&self.columns)
            .map(|((c, _), m)| {
                let v = cell(*c);
                let p = match self.marks.iter().find(|(s, _)| s == v) {
                    Some((_, p)) => *p,
                    None => vocab.mark(v),
                };
                (m.clone(), p.unwrap_or(Participation::Unknown))
            })
            .collect();
        let line = self.rows[i].line;
        // A quoted cell may hold line breaks: the row is cited on each line.
        let last = line + text.matches('\n').count() as u32;
        RawRow {
            lines: (line..=last).collect(),
            name: cell(h.name).to_owned(),
            name_line: line,
            category: self.category(i).map(str::to_owned),
            form: opt(Role::Form),
            comment: opt(Role::Comment),
            host: opt(Role::Host),
            status: opt(Role::Status),
            key: opt(Role::Id),
            participation,
            notes: vec![],
        }
    }

    /// The rows `idx` (ascending) as arrangements, with the ids they have
    /// in the whole table, and the importer's problems about them.
    fn arrangements_of(
        &self,
        idx: &[usize],
        registry: &Registry,
    ) -> (Vec<crate::model::Arrangement>, Vec<Issue>) {
        let vocab = Vocabulary::shared();
        let mut rdr = self.reader();
        let rows: Vec<RawRow> = idx
            .iter()
            .map(|&i| self.raw_row(&mut rdr, i, vocab))
            .collect();
        let declared = self.declared();
        let (mut arrs, problems) =
            super::build_arrangements(&self.path, rows, &declared, registry, &self.template.as_of);
        let firsts: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| self.rows[i].flags & REPEATED == 0)
            .collect();
        let names: Vec<&str> = arrs.iter().map(|a| a.name.as_str()).collect();
        let ids = self.ids(&firsts, &names);
        for (a, id) in arrs.iter_mut().zip(ids) {
            a.id = id;
        }
        (arrs, problems)
    }

    /// The ids the importer gives the rows `idx` in the whole table: the
    /// slug of the name, numbered in name order among the rows that share
    /// it (`assign_ids`).
    fn ids(&self, idx: &[usize], names: &[&str]) -> Vec<ArrangementId> {
        let shared: HashSet<u64> = idx
            .iter()
            .filter(|&&i| self.rows[i].flags & SHARED_SLUG != 0)
            .map(|&i| self.rows[i].slug)
            .collect();
        // One pass over the table for the groups of shared slugs.
        let mut groups: HashMap<u64, Vec<(String, usize)>> = HashMap::new();
        if !shared.is_empty() {
            let vocab = Vocabulary::shared();
            let mut rdr = self.reader();
            for (i, r) in self.rows.iter().enumerate() {
                if r.flags & REPEATED == 0 && shared.contains(&r.slug) {
                    groups
                        .entry(r.slug)
                        .or_default()
                        .push((self.raw_row(&mut rdr, i, vocab).name, i));
                }
            }
            for g in groups.values_mut() {
                g.sort();
            }
        }
        idx.iter()
            .zip(names)
            .map(|(&i, name)| {
                let base = super::slug(name);
                let k = groups
                    .get(&self.rows[i].slug)
                    .and_then(|g| g.iter().position(|(_, j)| *j == i))
                    .unwrap_or(0);
                ArrangementId(if k == 0 {
                    base
                } else {
                    format!("{base}-{}", k + 1)
                })
            })
            .collect()
    }

    /// Whether an arrangement of the whole table has the id `id`.
    fn has_id(&self, id: &str) -> bool {
        let count = |s: &str| self.slug_rows(hash64(s.as_bytes()));
        if count(id) > 0 {
            return true;
        }
        match id.rsplit_once('-') {
            Some((base, n)) => n.parse::<u32>().is_ok_and(|n| n >= 2 && n <= count(base)),
            None => false,
        }
    }

    /// Whether the table names a host anywhere: a host cell, else a host
    /// read from a comment (looked for among `kept` first, then, when
    /// `needed`, row by row until one is found). Only a pair whose host is
    /// unknown on this side and known on the other needs the answer.
    fn names_a_host(
        &self,
        kept: &[crate::model::Arrangement],
        needed: bool,
        registry: &Registry,
    ) -> bool {
        if self.printed.hosts || kept.iter().any(|a| a.host != Host::Unknown) {
            return true;
        }
        if !needed {
            return false;
        }
        let vocab = Vocabulary::shared();
        let declared = self.declared();
        let mut rdr = self.reader();
        (0..self.rows.len())
            .filter(|&i| self.rows[i].flags & REPEATED == 0)
            .any(|i| {
                let r = self.raw_row(&mut rdr, i, vocab);
                let form = r
                    .form
                    .as_deref()
                    .map(|p| super::legal_form_field(p, registry));
                let facts = super::comment::read_comment(
                    &super::comment::RowText {
                        comment: r.comment.as_deref(),
                        name: &r.name,
                        form: form.as_ref().and_then(|f| f.normalised.as_deref()),
                    },
                    &declared,
                    registry,
                );
                facts.host != Host::Unknown
            })
    }

    /// Whether two tables print their columns alike, so equal record bytes
    /// mean equal rows.
    fn same_layout(&self, other: &Register) -> bool {
        self.delimiter == other.delimiter
            && self.header.width == other.header.width
            && self.header.name == other.header.name
            && self.header.roles == other.header.roles
            && self.columns == other.columns
            && self.header.marks.iter().map(|(c, _)| c).eq(other
                .header
                .marks
                .iter()
                .map(|(c, _)| c))
            && self.template.scope.covers == other.template.scope.covers
            && self.template.scope.mentions == other.template.scope.mentions
    }

    /// The decoded text, with unsafe characters escaped: what citations
    /// into this table point at.
    pub fn into_text(self) -> String {
        if self.clean {
            return self.text;
        }
        match crate::controls::escape_document(&self.text) {
            std::borrow::Cow::Borrowed(_) => self.text,
            std::borrow::Cow::Owned(s) => s,
        }
    }
}

/// What streaming a table's records yields.
#[derive(Debug, Default)]
struct Streamed {
    rows: Vec<Row>,
    keys: Vec<u8>,
    categories: Vec<String>,
    problems: Vec<Issue>,
    marks: Vec<(String, Option<Participation>)>,
}

/// Read every record below the header, as `table::parse` reads a row.
fn stream(reg: &Register, key_col: usize, key_header: &str, vocab: &Vocabulary) -> Streamed {
    let mut out = Streamed::default();
    // A row a line, about: the vectors grow once. Room not written to
    // costs no memory, so the keys have room for the whole text.
    let lines = memchr::memchr_iter(b'\n', reg.text.as_bytes()).count();
    out.rows.reserve(lines + 1);
    out.keys.reserve(reg.text.len());
    let h = &reg.header;
    let col = |r: Role| h.roles.get(&r).copied();
    let (cat_col, form_col, host_col) = (col(Role::Category), col(Role::Form), col(Role::Host));
    // The few mark spellings a table uses, read once each.
    let marks = &mut out.marks;
    let mut category: Option<String> = None;
    let mut category_id = NO_CATEGORY;
    let mut category_ids: HashMap<String, u32> = HashMap::new();
    let at = |line: u32| Location::new(&reg.path, line as usize, 1);
    let mut slug = String::new();
    super::records::for_each_record(&reg.text, reg.delimiter, |rec| {
        let line = rec.line;
        if line <= h.line {
            return;
        }
        let cells = &rec.cells;
        // The first cells trimmed once: a row's cells are asked for a
        // score of times (the marks twice), a million rows over.
        let mut first = [""; TRIMMED_CELLS];
        for (slot, c) in first.iter_mut().zip(cells.iter()) {
            *slot = trim(c);
        }
        let cell = |i: usize| match first.get(i) {
            Some(c) => *c,
            None => cells.get(i).map_or("", trim),
        };
        // Only none, one or more matter: counting stops at two.
        let nonempty = (0..cells.len())
            .filter(|&i| !cell(i).is_empty())
            .take(2)
            .count();
        if nonempty == 0 || cells.len() == 1 {
            return;
        }
        if cells.len() > h.width && (h.width..cells.len()).any(|i| !cell(i).is_empty()) {
            out.problems.push(Issue::new(
                at(line),
                Text::new(
                    Msg::ImportTooManyCells,
                    vec![
                        ("cells", cells.len().into()),
                        ("header", h.line.into()),
                        ("width", h.width.into()),
                    ],
                ),
            ));
            return;
        }
        let name = cell(h.name);
        let cat_cell = cat_col.map_or("", cell);
        // As `table::parse` reads it: a lone first cell may be a heading.
        let cat_cell =
            if cat_cell.is_empty() && nonempty == 1 && super::table::is_heading_text(cell(0)) {
                cell(0)
            } else {
                cat_cell
            };
        let heading = if name.is_empty() {
            if nonempty == 1 && !cat_cell.is_empty() {
                Some(cat_cell)
            } else {
                out.problems
                    .push(Issue::new(at(line), Msg::ImportRowNoName));
                return;
            }
        } else if nonempty == 1 {
            Some(name)
        } else if !cat_cell.is_empty() {
            Some(cat_cell)
        } else {
            None
        };
        if let Some(c) = heading
            && category.as_deref() != Some(c)
        {
            category = Some(c.to_owned());
            let next = category_ids.len() as u32;
            category_id = *category_ids.entry(c.to_owned()).or_insert_with(|| {
                out.categories.push(c.to_owned());
                next
            });
        }
        if name.is_empty() || nonempty == 1 {
            return; // a section heading
        }
        if vocab.is_totals_row(name, h.marks.iter().map(|(i, _)| cell(*i))) {
            return;
        }
        for (i, m) in &h.marks {
            let v = cell(*i);
            // Compared byte by byte: a mark is a byte or two, and a call
            // to `memcmp` per cell costs more than the comparison.
            let same =
                |m: &str| m.len() == v.len() && m.bytes().zip(v.bytes()).all(|(x, y)| x == y);
            let read = match marks.iter().find(|(m, _)| same(m)) {
                Some((_, p)) => *p,
                None => {
                    let p = vocab.mark(v);
                    if marks.len() < MARK_SPELLINGS {
                        marks.push((v.to_owned(), p));
                    }
                    p
                }
            };
            if read.is_none() {
                out.problems.push(Issue::new(
                    at(line),
                    Text::new(
                        Msg::ImportBadCell,
                        vec![("value", v.into()), ("column", m.as_str().into())],
                    ),
                ));
            }
        }
        let key = cell(key_col);
        if key.is_empty() {
            out.problems.push(Issue::new(
                at(line),
                Text::new(Msg::ImportRowNoKey, vec![("column", key_header.into())]),
            ));
            return;
        }
        let mut flags = 0;
        if form_col.is_some_and(|c| !cell(c).is_empty()) {
            flags |= HAS_FORM;
        }
        if host_col.is_some_and(|c| !cell(c).is_empty()) {
            flags |= HAS_HOST;
        }
        let k = (out.keys.len() as u32, key.len() as u32);
        out.keys.extend_from_slice(key.as_bytes());
        out.rows.push(Row {
            start: rec.start,
            end: rec.end,
            line,
            key: k,
            category: category_id,
            slug: super::slug_hash(name, &mut slug, hash64),
            flags,
        });
    });
    out
}

/// Two register tables paired by key, reduced to the rows that differ.
#[derive(Debug)]
pub struct KeyedPair {
    /// The earlier table's changed, ended and paired rows.
    pub before: Snapshot,
    /// The later table's, with the ids of their partners.
    pub after: Snapshot,
    /// What each whole table prints, for [`crate::diff::diff_snapshots_printed`].
    pub printed: (Printed, Printed),
    /// Keys found in both tables.
    pub matched: usize,
    /// Arrangements of the later table.
    pub count: usize,
    /// Pairs of an ended and an added row with the same name.
    pub across: usize,
    /// Problems found while making arrangements (rows listed twice), per
    /// table.
    pub problems: (Vec<Issue>, Vec<Issue>),
    /// The sources' SHA-256s still to work out (after
    /// [`pair_registers_unhashed`]): until [`KeyedPair::set_digests`]
    /// fills them in, `before` and `after` leave `source.sha256` empty
    /// where these are pending.
    pub digests: Digests,
}

impl KeyedPair {
    /// Fill in the sources' SHA-256s [`Digests::finish`] worked out.
    pub fn set_digests(&mut self, (before, after): (Option<String>, Option<String>)) {
        for (snapshot, digest) in [(&mut self.before, before), (&mut self.after, after)] {
            if let Some(d) = digest {
                snapshot.source.sha256 = d;
            }
        }
    }
}

/// Bytes hashed between two looks at whether to stop.
const DIGEST_STRETCH: usize = 1 << 20;

/// A SHA-256 worked out in stretches.
#[derive(Debug, Clone, Default)]
pub struct Digesting {
    hasher: Sha256,
    /// Bytes hashed so far.
    at: usize,
}

impl Digesting {
    /// Hash more of `bytes`, until the end or until `stop` is set.
    fn feed(&mut self, bytes: &[u8], stop: &AtomicBool) {
        while self.at < bytes.len() && !stop.load(Ordering::Relaxed) {
            let end = bytes.len().min(self.at + DIGEST_STRETCH);
            self.hasher.update(&bytes[self.at..end]);
            self.at = end;
        }
    }

    /// The digest of `bytes` in lowercase hex.
    fn finish(mut self, bytes: &[u8]) -> String {
        self.hasher.update(&bytes[self.at..]);
        hex(&self.hasher.finalize())
    }
}

/// The SHA-256s of the two tables' sources that
/// [`pair_registers_unhashed`] left to work out (`None`: the template has
/// it).
#[derive(Debug, Clone, Default)]
pub struct Digests {
    /// The earlier table's.
    pub before: Option<Digesting>,
    /// The later table's.
    pub after: Option<Digesting>,
}

impl Digests {
    /// The two digests, of `a`'s and `b`'s texts (the registers
    /// [`pair_registers`] was given).
    pub fn finish(self, a: &Register, b: &Register) -> (Option<String>, Option<String>) {
        let done = |d: Option<Digesting>, r: &Register| d.map(|d| d.finish(r.text.as_bytes()));
        (done(self.before, a), done(self.after, b))
    }
}

/// Rows of `b` paired on one thread; more are split between two.
const ROWS_PER_THREAD: usize = 1 << 16;

/// What pairing a range of `b`'s rows with `a` found.
#[derive(Debug, Default)]
struct PairedRows {
    /// Rows of `a` paired.
    paired: Vec<u32>,
    /// Rows of `a` and `b` that differ from their partners (`b`'s also
    /// those without a partner and those listed twice).
    keep_a: Vec<usize>,
    keep_b: Vec<usize>,
    matched: usize,
}

/// Pair `b`'s rows `range` with `a`'s by key. Each row finds the same
/// partner whatever the range (the first row of `a` with its key), so
/// ranges can be paired apart.
fn pair_rows(a: &Register, b: &Register, same: bool, range: std::ops::Range<usize>) -> PairedRows {
    let mut out = PairedRows::default();
    // Registers keep their order from year to year: the row after the
    // last one paired is tried before the search (and its bytes are near).
    let mut next_a = 0;
    for j in range {
        let rb = &b.rows[j];
        if rb.flags & REPEATED != 0 {
            out.keep_b.push(j);
            continue;
        }
        let key = b.key_of(j);
        // The next row, or the one after it when a row was dropped.
        let in_turn = |i: usize| {
            a.rows
                .get(i)
                .is_some_and(|r| r.flags & REPEATED == 0 && a.key_of(i) == key)
        };
        let found = (next_a..next_a + 2)
            .find(|&i| in_turn(i))
            .or_else(|| a.find(key));
        match found {
            Some(i) => {
                next_a = i + 1;
                out.matched += 1;
                out.paired.push(i as u32);
                let ra = &a.rows[i];
                let differ = !same
                    || (ra.flags | rb.flags) & HAS_REPEAT != 0
                    || a.record(i) != b.record(j)
                    || a.category(i) != b.category(j);
                if differ {
                    out.keep_a.push(i);
                    out.keep_b.push(j);
                }
            }
            None => out.keep_b.push(j),
        }
    }
    out
}

/// Every row of `b` paired with `a` ([`pair_rows`]), on two threads when
/// there are more than `per_thread`: which rows of `a` are paired, the
/// rows to keep of each, and how many pairs.
fn pair_all(
    a: &Register,
    b: &Register,
    same: bool,
    per_thread: usize,
) -> (Vec<bool>, Vec<usize>, Vec<usize>, usize) {
    let n = b.rows.len();
    let cut = if n > per_thread { n / 2 } else { n };
    let (first, later) = crate::parallel::join(
        cut < n,
        || pair_rows(a, b, same, 0..cut),
        || pair_rows(a, b, same, cut..n),
    );
    let mut paired_a = vec![false; a.rows.len()];
    let (mut keep_a, mut keep_b, mut matched) = (Vec::new(), Vec::new(), 0);
    for half in [first, later] {
        for i in half.paired {
            paired_a[i as usize] = true;
        }
        keep_a.extend(half.keep_a);
        keep_b.extend(half.keep_b);
        matched += half.matched;
    }
    (paired_a, keep_a, keep_b, matched)
}

/// Pair `a` and `b` by key and keep what the diff needs: rows that end,
/// appear, or differ (with their partners), and rows listed twice.
pub fn pair_registers(
    a: &Register,
    b: &Register,
    opts: &MatchOptions,
    registry: &Registry,
) -> KeyedPair {
    let mut pair = pair_by_key(a, b, opts, registry, false);
    let digests = std::mem::take(&mut pair.digests).finish(a, b);
    pair.set_digests(digests);
    pair
}

/// [`pair_registers`], with the sources' SHA-256s only begun: the caller
/// finishes them ([`KeyedPair::digests`]) where a core is idle, and
/// gives them to [`KeyedPair::set_digests`].
pub fn pair_registers_unhashed(
    a: &Register,
    b: &Register,
    opts: &MatchOptions,
    registry: &Registry,
) -> KeyedPair {
    pair_by_key(a, b, opts, registry, true)
}

/// [`pair_registers`]; with `stop_hashing`, the hashes beside the
/// matching stop when it does.
fn pair_by_key(
    a: &Register,
    b: &Register,
    opts: &MatchOptions,
    registry: &Registry,
    stop_hashing: bool,
) -> KeyedPair {
    let same = a.same_layout(b);
    let (paired_a, mut keep_a, mut keep_b, matched) = pair_all(a, b, same, ROWS_PER_THREAD);
    for (i, r) in a.rows.iter().enumerate() {
        if !paired_a[i] || r.flags & REPEATED != 0 {
            keep_a.push(i);
        }
    }
    // A repeated key's other rows go with its first row.
    keep_a.sort_unstable();
    keep_a.dedup();
    keep_b.sort_unstable();
    // The two tables' rows are made on two threads: this is most of a
    // keyed diff's work after reading.
    let ((arrs_a, problems_a), (arrs_b, problems_b)) = crate::parallel::join(
        true,
        || a.arrangements_of(&keep_a, registry),
        || b.arrangements_of(&keep_b, registry),
    );
    let mut before = a.template.clone();
    before.arrangements = arrs_a;
    let mut after = b.template.clone();
    after.arrangements = arrs_b;
    // Matching is serial: the tables' hashes, where still to be worked
    // out, are worked out beside it; with `stop_hashing`, what is left
    // when it ends is left to the caller (`samdiff diff --key` finishes
    // them beside the diff).
    let stop = AtomicBool::new(false);
    let (m, digests) = crate::parallel::join(
        true,
        || {
            let m = match_by_key(&before.arrangements, &after.arrangements, opts);
            rewrite_ids_in(&before, &mut after, &m.by_key, &|id| a.has_id(id));
            if stop_hashing {
                stop.store(true, Ordering::Relaxed);
            }
            m
        },
        || {
            let mut d = Digests {
                before: a.digest_pending.then(Digesting::default),
                after: b.digest_pending.then(Digesting::default),
            };
            for (r, so_far) in [(a, &mut d.before), (b, &mut d.after)] {
                if let Some(so_far) = so_far {
                    so_far.feed(r.text.as_bytes(), &stop);
                }
            }
            d
        },
    );
    // Hosts known on one side of a pair only: that side's whole table
    // decides whether the change is reported.
    let one_sided = |x: &Host, y: &Host| *x == Host::Unknown && *y != Host::Unknown;
    let (mut need_a, mut need_b) = (false, false);
    for p in &m.by_key.matches {
        let (x, y) = (
            &before.arrangements[p.a].host,
            &after.arrangements[p.b].host,
        );
        need_a |= one_sided(x, y);
        need_b |= one_sided(y, x);
    }
    let printed = (
        Printed {
            hosts: a.names_a_host(&before.arrangements, need_a, registry),
            ..a.printed
        },
        Printed {
            hosts: b.names_a_host(&after.arrangements, need_b, registry),
            ..b.printed
        },
    );
    KeyedPair {
        digests,
        printed,
        matched,
        count: b.arrangements(),
        across: m.across_keys.matches.len(),
        before,
        after,
        problems: (problems_a, problems_b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::ScopeDefault;
    use crate::model::PartialDate;

    fn register(text: &str, year: i32) -> Register {
        let opts = ImportOptions {
            key_column: Some("id".into()),
            date_if_undated: Some(PartialDate::Year(year)),
            scope_default: ScopeDefault::EveryColumn,
            ..Default::default()
        };
        read_register("t.csv", text.as_bytes().to_vec(), &opts)
            .expect("a register")
            .expect("read on the lean path")
    }

    /// Sorting on the high half first orders as a stable sort on the
    /// whole hash does, with runs of an equal high half and of an equal
    /// hash.
    #[test]
    fn pairs_sort_as_a_stable_sort_on_the_whole_hash_sorts() {
        let hashes = [
            7u64 << 32 | 9,
            7 << 32 | 2,
            3,
            7 << 32 | 9,
            u64::MAX,
            7 << 32 | 2,
            0,
            3,
        ];
        let mut pairs: Vec<(u64, u32)> = hashes.iter().zip(0..).map(|(&h, i)| (h, i)).collect();
        let mut expected = pairs.clone();
        expected.sort_by_key(|e| e.0);
        sort_by_hash(&mut pairs);
        assert_eq!(pairs, expected);
    }

    #[test]
    fn cells_are_trimmed_as_str_trim_trims() {
        for s in [
            "",
            " ",
            "x",
            " x",
            "x ",
            "\u{a0}x",
            "x\u{3000}",
            "ø",
            " ø ",
            "a b",
            "\tx\n",
            "\u{85}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    /// Pairing in two halves finds what pairing in one does: rows dropped,
    /// added, moved across the halves, changed and listed twice.
    #[test]
    fn pairing_in_two_halves_finds_what_one_pass_finds() {
        let head = "id,Navn,Alfa,Beta\n";
        let mut old = String::from(head);
        let mut new = String::from(head);
        for i in 0..40 {
            old.push_str(&format!("{i},Tjeneste {i},x,\n"));
        }
        for i in (0..40).rev().filter(|i| i % 9 != 0) {
            let mark = if i % 4 == 0 { "" } else { "x" };
            new.push_str(&format!("{i},Tjeneste {i},x,{mark}\n"));
        }
        new.push_str("100,Ny,x,x\n7,Tjeneste 7,x,x\n");
        let (a, b) = (register(&old, 1), register(&new, 2));
        let same = a.same_layout(&b);
        let sorted = |(p, mut ka, mut kb, m): (Vec<bool>, Vec<usize>, Vec<usize>, usize)| {
            ka.sort_unstable();
            kb.sort_unstable();
            (p, ka, kb, m)
        };
        let one = sorted(pair_all(&a, &b, same, usize::MAX));
        assert!(one.3 > 0 && !one.1.is_empty());
        for per_thread in [0, 1, 3, 17] {
            assert_eq!(sorted(pair_all(&a, &b, same, per_thread)), one);
        }
    }
}
