//! Command-line help and parse errors in the reader's language.
//!
//! clap builds the command tree from the derive attributes of [`Cli`] and
//! the subcommands' `Args` (their doc comments stay as rustdoc). Before
//! parsing, [`command`] walks that tree once and replaces every text a
//! reader sees with the catalogue's text in the reader's language: each
//! command's about, each argument's help, each possible value's help, and
//! clap's own words (`Usage:`, `Options:`, `[default: …]`, `Print help`).
//! The texts are looked up by ids computed from the command path and the
//! argument id ([`command_id`], [`arg_id`], [`value_id`]), so an argument
//! added without its texts fails the tests below, and so does a text that
//! no argument uses.
//!
//! Every command's help ends with its examples (`help-cmd-log-examples`;
//! a test parses each one as a call of its command). The global options are
//! explained once, in samdiff's own help: each subcommand's help hides them
//! and names them in a line pointing there. The same tree, with the
//! [`Purpose`] it serves, feeds shell completions and manual pages.
//!
//! clap's parse errors are rendered from the catalogue in Norwegian; in
//! English, and for the rare kinds not mapped here, clap renders them. An
//! unknown subcommand gets the closest names even where clap finds none
//! (`lgo` → `log`).

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::Path;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches, ValueEnum};

use super::{Cli, EXIT_ERROR, EXIT_OK, LangArg, style};
use crate::i18n::{Catalog, Lang, Msg};

/// The prefix of every computed help id: a message family, checked by
/// this module's tests.
pub const HELP_PREFIX: &str = "help-";

/// The id of a command's about text: `help-about` for samdiff itself,
/// `help-cmd-report` for `samdiff report`.
pub fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        format!("{HELP_PREFIX}about")
    } else {
        format!("{HELP_PREFIX}cmd-{}", path.join("-"))
    }
}

/// The id of an argument's help: `help-report-from` for `report --from`,
/// `help-lang` for the global `--lang` (`_` in an argument id becomes `-`).
pub fn arg_id(path: &[String], arg: &str) -> String {
    let arg = arg.replace('_', "-");
    if path.is_empty() {
        format!("{HELP_PREFIX}{arg}")
    } else {
        format!("{HELP_PREFIX}{}-{arg}", path.join("-"))
    }
}

/// The id of a possible value's help: `help-report-format-html`.
pub fn value_id(arg_id: &str, value: &str) -> String {
    format!("{arg_id}-{value}")
}

/// The language `--lang` asks for, found before parsing (so that help and
/// parse errors can be in it): the last valid `--lang VALUE` or
/// `--lang=VALUE` before a `--`.
pub(super) fn lang_arg(args: &[OsString]) -> Option<LangArg> {
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_str());
    while let Some(a) = it.next() {
        let value = match a {
            Some("--") => break,
            Some("--lang") => it.next().flatten(),
            Some(s) => s.strip_prefix("--lang="),
            None => None,
        };
        if let Some(l) = value.and_then(|v| LangArg::from_str(v, false).ok()) {
            found = Some(l);
        }
    }
    found
}

/// Parse `args` (the program name first) with help and parse errors in the
/// reader's language. On `--help`, `--version` or a parse error, the text
/// is printed and the exit status returned.
pub(super) fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    let cat = Catalog::new(super::choose_lang(lang_arg(&args)));
    let mut cmd = Cli::command();
    if let Some(name) = args
        .first()
        .and_then(|a| Path::new(a).file_name())
        .and_then(|n| n.to_str())
    {
        cmd = cmd.bin_name(name.to_owned());
    }
    let mut cmd = Walk::localise_for(cmd, &cat, Purpose::Help).0;
    let parsed = cmd
        .try_get_matches_from_mut(args)
        .and_then(|mut m| Cli::from_arg_matches_mut(&mut m).map_err(|e| e.format(&mut cmd)));
    parsed.map_err(|mut e| {
        suggest_subcommand(&mut e, &cmd);
        report(&e, &cat)
    })
}

/// Add the closest subcommand names to an unknown-subcommand error that has
/// none: clap's own suggestions miss a swapped pair of letters (`lgo`).
fn suggest_subcommand(e: &mut clap::Error, cmd: &Command) {
    if e.kind() != ErrorKind::InvalidSubcommand || e.get(ContextKind::SuggestedSubcommand).is_some()
    {
        return;
    }
    let Some(ContextValue::String(typed)) = e.get(ContextKind::InvalidSubcommand) else {
        return;
    };
    let names = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name());
    let best: Vec<String> = crate::matching::names::closest(typed, names)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let value = match best.as_slice() {
        [] => return,
        [one] => ContextValue::String(one.clone()),
        _ => ContextValue::Strings(best),
    };
    e.insert(ContextKind::SuggestedSubcommand, value);
}

/// The command tree with every help text in `cat`'s language, as `--help`
/// shows it.
pub fn command(cat: &Catalog) -> Command {
    command_for(cat, Purpose::Help)
}

/// What a localised command tree is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// `--help`: global options shown once, in samdiff's own help; every
    /// subcommand's help ends with its examples and a pointer there.
    Help,
    /// Shell completions: every option of every subcommand, globals too.
    Completions,
    /// Manual pages: as `--help`, without clap's `help` subcommand.
    Man,
}

/// The command tree with every help text in `cat`'s language, for
/// `purpose`.
pub fn command_for(cat: &Catalog, purpose: Purpose) -> Command {
    let cmd = Cli::command();
    let cmd = match purpose {
        Purpose::Man => cmd.disable_help_subcommand(true),
        Purpose::Help | Purpose::Completions => cmd,
    };
    Walk::localise_for(cmd, cat, purpose).0
}

/// The id of a command's examples: `help-cmd-log-examples`.
pub fn examples_id(path: &[String]) -> String {
    format!("{}-examples", command_id(path))
}

/// Print a parse error (or the help or version it carries) and return the
/// exit status.
fn report(e: &clap::Error, cat: &Catalog) -> u8 {
    let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
    // English errors stay exactly as clap writes them.
    match (cat.lang() == Lang::Nb)
        .then(|| error_text(e, cat))
        .flatten()
    {
        Some(text) => style::error_line(cat, &text),
        None => {
            let _ = e.print();
        }
    }
    code
}

/// The walk over the command tree that sets the texts; it records the ids
/// it looked up and those the catalogue lacks, for the tests.
struct Walk<'a> {
    cat: &'a Catalog,
    purpose: Purpose,
    /// `--snapshots`, `--registry`, ...: the global options, for the note
    /// that points subcommand help at samdiff's own.
    globals: Vec<String>,
    styles: Styles,
    used: BTreeSet<String>,
    missing: BTreeMap<String, String>,
}

impl<'a> Walk<'a> {
    /// Build `cmd` (so clap's own `--help`, `--version` and `help` exist
    /// and global arguments are in every subcommand), then set its texts.
    #[cfg(test)]
    fn localise(cmd: Command, cat: &'a Catalog) -> (Command, Walk<'a>) {
        Walk::localise_for(cmd, cat, Purpose::Help)
    }

    /// Build `cmd` and set its texts for `purpose`.
    fn localise_for(mut cmd: Command, cat: &'a Catalog, purpose: Purpose) -> (Command, Walk<'a>) {
        cmd.build();
        let globals = cmd
            .get_arguments()
            .filter(|a| a.is_global_set() && !a.is_hide_set())
            .filter_map(|a| a.get_long())
            .map(|l| format!("--{l}"))
            .collect();
        let mut walk = Walk {
            cat,
            purpose,
            globals,
            styles: cmd.get_styles().clone(),
            used: BTreeSet::new(),
            missing: BTreeMap::new(),
        };
        // The tree is built: from here on only in-place changes
        // (`mut_args`, `mut_subcommands` keep the order clap indexed).
        let cmd = walk.command(cmd, &mut Vec::new());
        (cmd, walk)
    }

    /// The catalogue's text of `id`, recording the lookup. A text the
    /// catalogue lacks (a bug the tests catch) falls back to clap's, the
    /// English of the doc comment.
    fn text(&mut self, id: String, clap: Option<&StyledStr>) -> String {
        let clap = clap.map(|s| s.to_string()).unwrap_or_default();
        let text = match self.cat.get_id(&id, &[]) {
            Some(t) => t,
            None => {
                self.missing.insert(id.clone(), clap.clone());
                clap
            }
        };
        self.used.insert(id);
        text
    }

    /// The command at `path` and everything under it.
    fn command(&mut self, cmd: Command, path: &mut Vec<String>) -> Command {
        let id = command_id(path);
        let about = self.text(id.clone(), cmd.get_about());
        let mut cmd = cmd.about(about);
        if cmd.get_long_about().is_some() {
            let long = self.text(format!("{id}-long"), cmd.get_long_about());
            cmd = cmd.long_about(long);
        }
        let after = self.after_help(path);
        cmd = cmd.after_help(after);
        let template = self.template(&cmd);
        cmd = cmd.help_template(template);
        cmd = cmd.mut_args(|a| self.arg(a, path));
        let clap_help = !cmd.is_disable_help_subcommand_set();
        cmd.mut_subcommands(|sub| {
            if clap_help && sub.get_name() == "help" {
                return self.help_command(sub, path);
            }
            path.push(sub.get_name().to_owned());
            let sub = self.command(sub, path);
            path.pop();
            sub
        })
    }

    /// What follows a command's options in its help: its examples and, in
    /// a subcommand's help, where the global options are explained.
    fn after_help(&mut self, path: &[String]) -> StyledStr {
        let header = *self.styles.get_header();
        let examples = self.text(examples_id(path), None);
        // A manual page has its own heading for them.
        let mut t = if self.purpose == Purpose::Man {
            String::new()
        } else {
            format!(
                "{header}{}{header:#}\n",
                self.cat.text(Msg::CliExamplesHeading)
            )
        };
        for line in examples.lines() {
            t.push_str(&format!("  {line}\n"));
        }
        if !path.is_empty() && self.purpose != Purpose::Completions {
            let options = self.globals.join(", ");
            let note = self
                .cat
                .get(Msg::CliGlobalOptions, &[("options", options.into())]);
            t.push_str(&format!("\n{note}\n"));
        }
        StyledStr::from(t.trim_end().to_owned())
    }

    /// clap's `help` subcommand of the command at `path`, and the copies
    /// of the command tree it keeps for completion (`help report`).
    fn help_command(&mut self, cmd: Command, path: &mut Vec<String>) -> Command {
        let cmd = cmd.about(self.cat.text(Msg::ClapHelpCommand));
        let template = self.template(&cmd);
        let cmd = cmd.help_template(template);
        let cmd = cmd.mut_args(|a| {
            if a.get_id() == "subcommand" {
                a.help(self.cat.text(Msg::ClapHelpCommandArg))
            } else {
                self.arg(a, path)
            }
        });
        cmd.mut_subcommands(|copy| {
            if copy.get_name() == "help" {
                copy.about(self.cat.text(Msg::ClapHelpCommand))
            } else {
                path.push(copy.get_name().to_owned());
                let copy = self.help_copy(copy, path);
                path.pop();
                copy
            }
        })
    }

    /// A copy of the command at `path` under `help`: its about only.
    fn help_copy(&mut self, cmd: Command, path: &mut Vec<String>) -> Command {
        let about = self.text(command_id(path), cmd.get_about());
        cmd.about(about).mut_subcommands(|sub| {
            path.push(sub.get_name().to_owned());
            let sub = self.help_copy(sub, path);
            path.pop();
            sub
        })
    }

    /// clap's help layout with the headings in the catalogue's language:
    /// about, usage, then commands, arguments and options, each only when
    /// the command has some to show (as clap's default template does).
    fn template(&self, cmd: &Command) -> StyledStr {
        let usage = self.styles.get_usage();
        let header = self.styles.get_header();
        let mut t = format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
            self.cat.text(Msg::ClapUsage)
        );
        let shown = |a: &Arg| !a.is_hide_set();
        let sections = [
            (
                cmd.get_subcommands()
                    .any(|s| s.get_name() != "help" && !s.is_hide_set()),
                Msg::ClapCommands,
                "{subcommands}",
            ),
            (
                cmd.get_positionals().any(shown),
                Msg::ClapArguments,
                "{positionals}",
            ),
            (
                cmd.get_arguments().any(|a| !a.is_positional() && shown(a)),
                Msg::ClapOptions,
                "{options}",
            ),
        ];
        for (present, heading, tag) in sections {
            if present {
                t.push_str(&format!(
                    "\n\n{header}{}{header:#}\n{tag}",
                    self.cat.text(heading)
                ));
            }
        }
        t.push_str("{after-help}");
        StyledStr::from(t)
    }

    /// An argument of the command at `path`.
    fn arg(&mut self, a: Arg, path: &[String]) -> Arg {
        match a.get_action() {
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
                return if a.get_long_help().is_some() {
                    a.help(self.cat.text(Msg::ClapHelpShort))
                        .long_help(self.cat.text(Msg::ClapHelpLong))
                } else {
                    a.help(self.cat.text(Msg::ClapHelp))
                };
            }
            ArgAction::Version => return a.help(self.cat.text(Msg::ClapVersion)),
            _ => {}
        }
        if a.is_hide_set() {
            return a;
        }
        // A global argument is the top command's (samdiff defines its
        // global arguments there), wherever clap copied it.
        let owner: &[String] = if a.is_global_set() { &[] } else { path };
        // Shown once, in samdiff's own help; a subcommand's help points
        // there. Completions offer them everywhere.
        let a = if a.is_global_set() && !path.is_empty() && self.purpose != Purpose::Completions {
            a.hide(true)
        } else {
            a
        };
        let id = arg_id(owner, a.get_id().as_str());
        let help = self.text(id.clone(), a.get_help());
        let long = a
            .get_long_help()
            .map(|l| self.text(format!("{id}-long"), Some(l)));
        let values: Vec<(String, String)> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| {
                let name = v.get_name().to_owned();
                let help = self.text(value_id(&id, &name), v.get_help());
                (name, help)
            })
            .collect();
        self.with_specs(a, help, long, &values)
    }

    /// `a` with `help` and `long` help, and the default value and possible
    /// values written into them the way clap writes them, in the
    /// catalogue's words (clap's own rendering of them is switched off).
    fn with_specs(
        &self,
        a: Arg,
        help: String,
        long: Option<String>,
        values: &[(String, String)],
    ) -> Arg {
        let ctx = self.styles.get_context();
        let ctx_val = self.styles.get_context_value();
        let literal = self.styles.get_literal();
        let mut specs = Vec::new();
        if a.get_action().takes_values() && !a.is_hide_default_value_set() {
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| quote_if_spaced(&v.to_string_lossy()))
                .collect();
            if !defaults.is_empty() {
                let value = format!("{ctx:#}{ctx_val}{}{ctx_val:#}{ctx}", defaults.join(" "));
                let text = self.cat.get(Msg::ClapDefault, &[("value", value.into())]);
                specs.push(format!("{ctx}{text}{ctx:#}"));
            }
        }
        let show_values = !a.is_hide_possible_values_set() && !values.is_empty();
        let value_list = show_values.then(|| {
            let names: Vec<String> = values
                .iter()
                .map(|(n, _)| format!("{ctx_val}{}{ctx_val:#}", quote_if_spaced(n)))
                .collect();
            let list = format!("{ctx:#}{}{ctx}", names.join(&format!("{ctx}, {ctx:#}")));
            let text = self
                .cat
                .get(Msg::ClapPossibleValuesList, &[("values", list.into())]);
            format!("{ctx}{text}{ctx:#}")
        });
        let values_with_help = show_values && values.iter().any(|(_, h)| !h.is_empty());
        if specs.is_empty() && value_list.is_none() {
            let a = a.help(help);
            return match long {
                Some(l) => a.long_help(l),
                None => a,
            };
        }

        // Short help: the specs follow the text on the same line.
        let mut short_specs = specs.clone();
        short_specs.extend(value_list.clone());
        let short = join_nonempty(&help, " ", &short_specs.join(" "));

        // Long help: a list of the values with their help, then the specs
        // in a paragraph of their own.
        let mut text = long.unwrap_or_else(|| help.clone());
        if values_with_help {
            let width = values
                .iter()
                .map(|(n, _)| n.chars().count())
                .max()
                .unwrap_or(0);
            let mut list = self.cat.text(Msg::ClapPossibleValues);
            for (name, help) in values {
                list.push_str(&format!("\n- {literal}{name}{literal:#}"));
                if !help.is_empty() {
                    let pad = width - name.chars().count();
                    list.push_str(&format!(": {:pad$}{help}", ""));
                }
            }
            text = join_nonempty(&text, "\n\n", &list);
        } else {
            specs.extend(value_list);
        }
        let text = join_nonempty(&text, "\n\n", &specs.join(" "));
        a.hide_default_value(true)
            .hide_possible_values(true)
            .help(short)
            .long_help(text)
    }
}

/// `a`, `sep` and `b`, leaving out `sep` when either side is empty.
fn join_nonempty(a: &str, sep: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (_, true) => a.to_owned(),
        (true, false) => b.to_owned(),
        (false, false) => format!("{a}{sep}{b}"),
    }
}

/// A value as clap shows it: quoted when it has whitespace.
fn quote_if_spaced(v: &str) -> String {
    if v.contains(char::is_whitespace) {
        format!("{v:?}")
    } else {
        v.to_owned()
    }
}

/// The text of a parse error after the `error:` label, from the catalogue,
/// for the kinds users meet (an unknown argument or subcommand, a bad or
/// missing value, a missing argument or subcommand, an argument given
/// twice); `None` for the others, which clap renders. Tips clap writes as
/// free English text are left out; the suggestions it names are kept.
fn error_text(e: &clap::Error, cat: &Catalog) -> Option<String> {
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        _ => None,
    };
    let quote = |s: &str| cat.get(Msg::ClapQuoted, &[("text", s.into())]);
    // `\n  [possible values: a, b]`, as clap lists them.
    let list = |msg, kind| match strings(kind) {
        Some(v) if !v.is_empty() => {
            format!("\n  {}", cat.get(msg, &[("values", v.join(", ").into())]))
        }
        _ => String::new(),
    };
    let mut text = match e.kind() {
        ErrorKind::UnknownArgument => cat.get(
            Msg::ClapUnknownArgument,
            &[("arg", string(ContextKind::InvalidArg)?.into())],
        ),
        ErrorKind::InvalidValue => {
            let arg = string(ContextKind::InvalidArg)?;
            let value = string(ContextKind::InvalidValue)?;
            let head = if value.is_empty() {
                cat.get(Msg::ClapValueRequired, &[("arg", arg.into())])
            } else {
                cat.get(
                    Msg::ClapInvalidValue,
                    &[("value", value.into()), ("arg", arg.into())],
                )
            };
            head + &list(Msg::ClapPossibleValuesList, ContextKind::ValidValue)
        }
        // The reason (a Rust parse error) is English only, so it is left
        // out: the value and the argument say enough.
        ErrorKind::ValueValidation => cat.get(
            Msg::ClapInvalidValue,
            &[
                ("value", string(ContextKind::InvalidValue)?.into()),
                ("arg", string(ContextKind::InvalidArg)?.into()),
            ],
        ),
        ErrorKind::InvalidSubcommand => cat.get(
            Msg::ClapInvalidSubcommand,
            &[("name", string(ContextKind::InvalidSubcommand)?.into())],
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut t = cat.text(Msg::ClapMissingRequired);
            for a in strings(ContextKind::InvalidArg)? {
                t.push_str(&format!("\n  {a}"));
            }
            t
        }
        ErrorKind::MissingSubcommand => {
            cat.get(
                Msg::ClapMissingSubcommand,
                &[("name", string(ContextKind::InvalidSubcommand)?.into())],
            ) + &list(Msg::ClapSubcommandsList, ContextKind::ValidSubcommand)
        }
        ErrorKind::ArgumentConflict => {
            let arg = string(ContextKind::InvalidArg)?;
            if string(ContextKind::PriorArg).as_ref() != Some(&arg) {
                return None;
            }
            cat.get(Msg::ClapArgumentTwice, &[("arg", arg.into())])
        }
        _ => return None,
    };
    let mut first_tip = true;
    for (kind, msg) in [
        (ContextKind::SuggestedSubcommand, Msg::ClapSimilarSubcommand),
        (ContextKind::SuggestedArg, Msg::ClapSimilarArgument),
        (ContextKind::SuggestedValue, Msg::ClapSimilarValue),
    ] {
        let names = match e.get(kind) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(v)) => v.clone(),
            _ => continue,
        };
        let quoted: Vec<String> = names.iter().map(|n| quote(n)).collect();
        text.push_str(if first_tip { "\n\n" } else { "\n" });
        first_tip = false;
        text.push_str(&format!(
            "  {} {}",
            cat.text(Msg::ClapTip),
            cat.get(
                msg,
                &[
                    ("count", names.len().into()),
                    ("names", quoted.join(", ").into())
                ]
            )
        ));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap writes its own heading; the command line follows it.
        let line = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
        text.push_str(&format!("\n\n{} {line}", cat.text(Msg::ClapUsage)));
    }
    text.push_str("\n\n");
    text.push_str(&cat.get(Msg::ClapTryHelp, &[("flag", quote("--help").into())]));
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        std::iter::once("samdiff")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect()
    }

    /// Every command path in the tree, `[]` for samdiff itself.
    fn paths(cmd: &Command) -> Vec<Vec<String>> {
        let mut out = vec![vec![]];
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            for mut p in paths(sub) {
                p.insert(0, sub.get_name().to_owned());
                out.push(p);
            }
        }
        out
    }

    fn find<'c>(cmd: &'c mut Command, path: &[String]) -> &'c mut Command {
        path.iter().fold(cmd, |c, name| {
            c.find_subcommand_mut(name).expect("subcommand in the tree")
        })
    }

    /// Help as printed without colour, trailing spaces trimmed.
    fn plain(help: StyledStr) -> String {
        help.to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Problems with the texts of the localised tree under `path`.
    fn check_tree(cmd: &Command, path: &str, lang: Lang, problems: &mut Vec<String>) {
        let here = format!("{lang}: `{path}`");
        if cmd
            .get_about()
            .is_none_or(|a| a.to_string().trim().is_empty())
        {
            problems.push(format!("{here} has no about"));
        }
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = a.get_id();
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            if help.trim().is_empty() {
                problems.push(format!("{here} argument `{id}` has no help"));
            }
            let long = a.get_long_help().map(|h| h.to_string()).unwrap_or_default();
            for v in a.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
                let name = v.get_name();
                let has_help = long.lines().any(|l| {
                    l.strip_prefix(&format!("- {name}:"))
                        .is_some_and(|rest| !rest.trim().is_empty())
                });
                if !has_help {
                    problems.push(format!("{here} `--{id} {name}` has no help"));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            check_tree(sub, &format!("{path} {}", sub.get_name()), lang, problems);
        }
    }

    #[test]
    fn every_command_argument_and_value_has_help_in_both_languages() {
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            let cat = Catalog::new(lang);
            let (cmd, walk) = Walk::localise(Cli::command(), &cat);
            for (id, english) in &walk.missing {
                problems.push(format!(
                    "{lang}: no message `{id}` (doc comment: {english:?})"
                ));
            }
            check_tree(&cmd, "samdiff", lang, &mut problems);
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The check of the `help-` message family: every help text in the
    /// catalogue belongs to a command, argument or value.
    #[test]
    fn every_help_message_is_used() {
        for lang in Lang::ALL {
            let cat = Catalog::new(lang);
            let (_, walk) = Walk::localise(Cli::command(), &cat);
            let orphans: Vec<String> = cat
                .ids()
                .into_iter()
                .filter(|id| id.starts_with(HELP_PREFIX) && !walk.used.contains(id))
                .collect();
            assert!(
                orphans.is_empty(),
                "{lang}: help texts no argument uses: {orphans:?}"
            );
        }
    }

    /// The English help reads exactly as clap writes it from the doc
    /// comments (up to trailing spaces): the doc comments and en.ftl say
    /// the same, and the defaults and values are laid out as clap would.
    #[test]
    fn english_help_reads_as_clap_writes_it() {
        let mut clap = Cli::command();
        clap.build();
        let mut ours = command(&Catalog::new(Lang::En));
        // What samdiff adds to clap's layout on purpose: examples at the
        // end, and global options only in samdiff's own help.
        let mut clap = like_ours(clap, &ours);
        for path in paths(&clap) {
            for long in [false, true] {
                let render = |c: &mut Command| {
                    plain(if long {
                        c.render_long_help()
                    } else {
                        c.render_help()
                    })
                };
                let want = render(find(&mut clap, &path));
                let got = render(find(&mut ours, &path));
                assert_eq!(got, want, "samdiff {} (long help: {long})", path.join(" "));
            }
        }
    }

    /// `clap` with `ours`' examples and hidden global options.
    fn like_ours(clap: Command, ours: &Command) -> Command {
        let after = ours.get_after_help().cloned().unwrap_or_default();
        let hidden: Vec<String> = ours
            .get_arguments()
            .filter(|a| a.is_hide_set())
            .map(|a| a.get_id().to_string())
            .collect();
        clap.after_help(after)
            .mut_args(|a| {
                if hidden.contains(&a.get_id().to_string()) {
                    a.hide(true)
                } else {
                    a
                }
            })
            .mut_subcommands(|sub| match ours.find_subcommand(sub.get_name()) {
                Some(o) if sub.get_name() != "help" => like_ours(sub, o),
                _ => sub,
            })
    }

    /// Issue 17: every command's help ends with examples in both
    /// languages (a subcommand added without them fails
    /// `every_command_argument_and_value_has_help_in_both_languages`), and
    /// every example parses as a call of that very command.
    #[test]
    fn every_example_is_a_valid_call_of_its_command() {
        let mut problems = Vec::new();
        let tree = {
            let mut c = Cli::command();
            c.build();
            c
        };
        for lang in Lang::ALL {
            let cat = Catalog::new(lang);
            for path in paths(&tree) {
                let Some(text) = cat.get_id(&examples_id(&path), &[]) else {
                    problems.push(format!("{lang}: no examples for {path:?}"));
                    continue;
                };
                let calls: Vec<&str> = text
                    .lines()
                    .map(str::trim)
                    .filter(|l| l.starts_with("samdiff"))
                    .collect();
                if calls.is_empty() || text.lines().all(|l| !l.trim().starts_with('#')) {
                    problems.push(format!("{lang} {path:?}: examples need calls and comments"));
                }
                for call in calls {
                    // The call ends where the shell takes over.
                    let args: Vec<&str> = call
                        .split_whitespace()
                        .take_while(|w| !matches!(*w, ">" | "|" | "2>"))
                        .collect();
                    match Cli::command().try_get_matches_from(&args) {
                        Ok(m) => {
                            let mut called = Vec::new();
                            let mut m = &m;
                            while let Some((name, sub)) = m.subcommand() {
                                called.push(name.to_owned());
                                m = sub;
                            }
                            if !path.is_empty() && called != path {
                                problems
                                    .push(format!("{lang} {path:?}: `{call}` calls {called:?}"));
                            }
                        }
                        Err(e) => problems.push(format!("{lang} {path:?}: `{call}`: {e}")),
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Issue 17: the global options are explained once, in samdiff's own
    /// help; each subcommand's help names them and points there.
    #[test]
    fn global_options_are_shown_once() {
        for lang in Lang::ALL {
            let mut cmd = command(&Catalog::new(lang));
            let root = plain(cmd.render_long_help());
            for g in [
                "--snapshots <DIR>",
                "--registry <FILE>",
                "--color <COLOR>",
                "--lang <LANG>",
            ] {
                assert!(root.contains(g), "{lang}: {g} in\n{root}");
            }
            let globals: Vec<String> = cmd
                .get_arguments()
                .filter(|a| a.is_global_set())
                .filter_map(|a| a.get_long())
                .map(|l| format!("--{l}"))
                .collect();
            assert!(globals.len() >= 4, "{globals:?}");
            for path in paths(&cmd.clone()).into_iter().skip(1) {
                let c = find(&mut cmd, &path);
                for long in [false, true] {
                    let text = plain(if long {
                        c.render_long_help()
                    } else {
                        c.render_help()
                    });
                    assert!(
                        !text.contains("--registry <FILE>"),
                        "{lang} {path:?}:\n{text}"
                    );
                    // The last line names every global option.
                    let last = text.lines().last().unwrap_or_default();
                    for g in &globals {
                        assert!(last.contains(g.as_str()), "{lang} {path:?} {g}:\n{text}");
                    }
                    assert!(last.contains("samdiff --help"), "{lang} {path:?}:\n{text}");
                }
            }
        }
        // Still accepted after the subcommand.
        let cli = parse(os(&["show", "2019", "--lang", "nb", "--color", "never"])).unwrap();
        assert_eq!(cli.lang, Some(LangArg::Nb));
    }

    #[test]
    fn norwegian_help_uses_norwegian_words() {
        let mut cmd = command(&Catalog::new(Lang::Nb));
        for path in paths(&cmd.clone()) {
            for long in [false, true] {
                let c = find(&mut cmd, &path);
                let text = plain(if long {
                    c.render_long_help()
                } else {
                    c.render_help()
                });
                let at = format!("samdiff {} (long: {long}):\n{text}", path.join(" "));
                assert!(text.contains("Bruk: samdiff"), "{at}");
                assert!(text.contains("Valg:\n"), "{at}");
                assert!(text.contains("Vis hjelp"), "{at}");
                for english in [
                    "Usage",
                    "Options",
                    "Arguments",
                    "Commands",
                    "Print",
                    "default:",
                    "possible values",
                    "Possible values",
                    "Output format",
                    "snapshot ",
                ] {
                    assert!(!text.contains(english), "`{english}` in {at}");
                }
                if c.get_arguments()
                    .any(|a| a.get_id() == "color" && !a.is_hide_set())
                {
                    let want = if long {
                        "Mulige verdier:\n"
                    } else {
                        "[mulige verdier: auto, always, never]"
                    };
                    assert!(text.contains(want), "{at}");
                    assert!(text.contains("[standard: auto]"), "{at}");
                }
            }
        }
        let root = plain(cmd.render_help());
        assert!(root.contains("Kommandoer:\n  list "), "{root}");
        assert!(root.contains("  help         Vis denne hjelpen"), "{root}");
        let show = plain(find(&mut cmd, &["show".into()]).render_help());
        assert!(
            show.contains("Argumenter:\n  <SNAPSHOT>  Dokument-id"),
            "{show}"
        );
    }

    /// A parse error of `args`, from the tree in `lang`.
    fn error(lang: Lang, args: &[&str]) -> clap::Error {
        command(&Catalog::new(lang))
            .try_get_matches_from(os(args))
            .expect_err("a parse error")
    }

    /// The error kinds mapped here read in English exactly as clap writes
    /// them, so the Norwegian texts have every part clap shows.
    #[test]
    fn mapped_errors_have_what_clap_writes() {
        let en = Catalog::new(Lang::En);
        for args in [
            &["report", "--format", "xml"][..],
            &["report", "--format"],
            &["reprot"],
            &["diff", "a"],
            &["report", "--frm", "x"],
            &["list", "extra"],
            &["--lang", "en", "--lang", "nb", "list"],
            &["audit", "--fail-on", "warn"],
        ] {
            let e = error(Lang::En, args);
            let clap = e.render().to_string();
            let ours = error_text(&e, &en).unwrap_or_else(|| panic!("{args:?}: {clap}"));
            assert_eq!(format!("error: {ours}\n"), clap, "{args:?}");
        }
    }

    #[test]
    fn norwegian_parse_errors() {
        let nb = Catalog::new(Lang::Nb);
        let text = |args: &[&str]| error_text(&error(Lang::Nb, args), &nb).unwrap();
        assert_eq!(
            text(&["report", "--format", "xml"]),
            "ugyldig verdi «xml» for «--format <FORMAT>»\n  [mulige verdier: markdown, html, docx, json]\n\n  \
             tips: en lignende verdi finnes: «html»\n\nMer hjelp får du med «--help»."
        );
        assert_eq!(
            text(&["report", "--format"]),
            "«--format <FORMAT>» må ha en verdi, men ingen ble oppgitt\n  \
             [mulige verdier: markdown, html, docx, json]\n\nMer hjelp får du med «--help»."
        );
        assert_eq!(
            text(&["proposal"]),
            "ukjent kommando «proposal»\n\n  tips: en kommando med lignende navn finnes: «proposals»\n\n\
             Bruk: samdiff [OPTIONS] <COMMAND>\n\nMer hjelp får du med «--help»."
        );
        assert_eq!(
            text(&["diff", "a"]),
            "disse påkrevde argumentene mangler:\n  <AFTER>\n\nBruk: samdiff diff <BEFORE> <AFTER>\n\n\
             Mer hjelp får du med «--help»."
        );
        assert!(text(&["list", "--bogus"]).starts_with("uventet argument «--bogus»\n"));
        // Not a number: the English reason is left out.
        assert!(
            text(&["match", "a", "b", "--threshold", "x"])
                .starts_with("ugyldig verdi «x» for «--threshold <THRESHOLD>»\n\n")
        );
        // `--help` and `--version` are not errors to translate.
        assert!(error_text(&error(Lang::Nb, &["--help"]), &nb).is_none());
    }

    #[test]
    fn lang_is_found_before_parsing() {
        let f = |args: &[&str]| lang_arg(&os(args));
        assert_eq!(f(&["--lang", "nb", "report", "--help"]), Some(LangArg::Nb));
        assert_eq!(f(&["report", "--lang=nb", "--help"]), Some(LangArg::Nb));
        assert_eq!(
            f(&["--lang", "nb", "list", "--lang", "en"]),
            Some(LangArg::En)
        );
        assert_eq!(f(&["--lang", "xx", "--help"]), None);
        assert_eq!(f(&["--lang"]), None);
        assert_eq!(f(&["diff", "--", "--lang", "nb"]), None);
        assert_eq!(f(&["--help"]), None);
    }

    #[test]
    fn ids_come_from_the_command_path_and_argument() {
        let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(command_id(&[]), "help-about");
        assert_eq!(command_id(&path(&["report"])), "help-cmd-report");
        assert_eq!(arg_id(&path(&["report"]), "from"), "help-report-from");
        assert_eq!(arg_id(&path(&["audit"]), "fail_on"), "help-audit-fail-on");
        assert_eq!(arg_id(&[], "lang"), "help-lang");
        assert_eq!(
            value_id("help-report-format", "html"),
            "help-report-format-html"
        );
    }
}
