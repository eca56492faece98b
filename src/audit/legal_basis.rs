//! Legal basis: missing, uncertain, vague, unregistered or misread forms,
//! and forms the law required converted by a deadline.
//!
//! Codes: `legal-basis-missing`, `legal-basis-uncertain`, `legal-basis-vague`,
//! `legal-form-unregistered`, `legal-form-misread`, `conversion-overdue`,
//! `conversion-due`, `conversion-ahead`.

use super::messages::{self as msg, ConversionWhen, RelTime};
use super::{Code, Cx, Finding, evidence_of, finding};
use crate::i18n::{Msg, Text, TextArg};
use crate::model::Arrangement;
use crate::snapshot::LoadedSnapshot;

/// Check every established arrangement of `s`.
pub fn check(cx: &Cx, s: &LoadedSnapshot, out: &mut Vec<Finding>) {
    let reg = cx.registry;
    // Only a table has a form column: prose never prints forms, so an
    // absent form there is not a gap in the document.
    let has_form_column = s.snapshot.table.is_some();
    for a in s
        .snapshot
        .arrangements
        .iter()
        .filter(|a| a.status.is_established())
    {
        let f = a.legal_form.as_ref();
        let printed = f.and_then(|f| f.printed.as_deref());
        let normalised = f.and_then(|f| f.normalised.as_deref());
        let name = a.display_name();
        let ev = || vec![evidence_of(s, a)];
        if printed.is_none() && normalised.is_none() {
            if has_form_column {
                out.push(finding(
                    Code::LegalBasisMissing,
                    s,
                    Some(a),
                    msg::legal_basis_missing(name),
                    ev(),
                ));
            }
            continue;
        }
        let printed_text = printed.or(normalised).unwrap_or_default();
        if let Some(p) = printed {
            match reg.spelling_read(p) {
                None => out.push(finding(
                    Code::LegalFormUnregistered,
                    s,
                    Some(a),
                    msg::legal_form_unregistered(name, p),
                    ev(),
                )),
                Some(sp) => {
                    if let Some(n) = normalised
                        && !reg.reading_allowed(sp, n)
                    {
                        out.push(finding(
                            Code::LegalFormMisread,
                            s,
                            Some(a),
                            msg::legal_form_misread(name, p, n, &sp.form),
                            ev(),
                        ));
                    }
                }
            }
        }
        let form = normalised.and_then(|n| reg.form(n));
        let uncertain = f.is_some_and(|f| f.uncertain);
        if uncertain {
            let label = match form {
                Some(d) => TextArg::Local {
                    en: d.label_en.clone(),
                    nb: d.label_nb.clone(),
                },
                None => Text::new(Msg::FindingUnknownForm, vec![]).into(),
            };
            out.push(finding(
                Code::LegalBasisUncertain,
                s,
                Some(a),
                msg::legal_basis_uncertain(name, printed_text, label),
                ev(),
            ));
        }
        if form.is_some_and(|d| d.vague) {
            out.push(finding(
                Code::LegalBasisVague,
                s,
                Some(a),
                msg::legal_basis_vague(name, printed_text),
                ev(),
            ));
        }
        if let Some(n) = normalised {
            conversion(cx, s, a, n, printed_text, uncertain, out);
        }
    }
}

/// A form that must be converted: where do the snapshot and today lie
/// relative to the conversion period? A document dated after the deadline
/// that still prints the form is a definite contradiction with the law
/// (`conversion-overdue`); a deadline that has passed since the document
/// was written is a question for the administration (`conversion-due`).
fn conversion(
    cx: &Cx,
    s: &LoadedSnapshot,
    a: &Arrangement,
    form: &str,
    printed: &str,
    uncertain: bool,
    out: &mut Vec<Finding>,
) {
    let reg = cx.registry;
    let Some(rule) = reg.conversion_rule(form) else {
        return;
    };
    let today = cx.today;
    let deadline = rule.deadline.date.latest();
    let starts = rule.starts.date.earliest();
    let (first, last) = (s.snapshot.as_of.earliest(), s.snapshot.as_of.latest());
    let (code, when) = if first > deadline {
        (
            Code::ConversionOverdue,
            ConversionWhen::Overdue {
                // a --today before the document counts from the document
                ago: RelTime::between(deadline, today.max(first)),
            },
        )
    } else if last > deadline {
        (Code::ConversionDue, ConversionWhen::MaybeOverdue)
    } else if today > deadline {
        (
            Code::ConversionDue,
            ConversionWhen::Passed {
                ago: RelTime::between(deadline, today),
            },
        )
    } else if last >= starts || today >= starts {
        (
            Code::ConversionDue,
            ConversionWhen::Due {
                until: RelTime::between(today, deadline),
            },
        )
    } else {
        (
            Code::ConversionAhead,
            ConversionWhen::Ahead {
                until: RelTime::between(today, deadline),
            },
        )
    };
    let labels = |nb: bool| -> Vec<String> {
        let mut v: Vec<String> = rule
            .to
            .iter()
            .map(|t| match reg.form(t) {
                Some(f) if nb => f.label_nb.clone(),
                Some(f) => f.label_en.clone(),
                None => t.clone(),
            })
            .collect();
        let or_else = if nb {
            &rule.or_else_nb
        } else {
            &rule.or_else_en
        };
        v.extend(or_else.iter().cloned());
        v
    };
    let message = msg::conversion(
        a.display_name(),
        printed,
        TextArg::Local {
            en: rule.form.label_en.clone(),
            nb: rule.form.label_nb.clone(),
        },
        uncertain,
        msg::Dated {
            deadline: msg::date_text(rule.deadline.date),
            snapshot: s.snapshot.id.to_string(),
            as_of: s.snapshot.as_of.to_string(),
        },
        TextArg::Local {
            en: alternatives(&labels(false), "or"),
            nb: alternatives(&labels(true), "eller"),
        },
        when,
    );
    out.push(finding(code, s, Some(a), message, vec![evidence_of(s, a)]));
}

/// `a, b or c`: a list of alternatives joined with commas and a final `or`.
fn alternatives(items: &[String], or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}
