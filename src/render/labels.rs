//! Names of the domain's enums in the reader's language: change kinds,
//! severities, and why a finding matters. The text renderers, the CSV
//! rows and the annual report ([`crate::report`]) all use them; they sit
//! here, below all of those.

use crate::audit::{Code, Severity};
use crate::diff::ChangeKind;
use crate::i18n::{Catalog, Msg};

/// The localised name of a change kind (`change-kind-legal-form-changed`).
pub fn kind_label(kind: ChangeKind, cat: &Catalog) -> String {
    let id = kind_label_id(kind);
    cat.get_id(&id, &[]).unwrap_or(id)
}

fn kind_label_id(kind: ChangeKind) -> String {
    format!("change-kind-{}", kind.as_str().replace('_', "-"))
}

/// A severity's name in the reader's language.
pub fn severity_label(s: Severity, cat: &Catalog) -> String {
    cat.text(match s {
        Severity::Info => Msg::SeverityInfo,
        Severity::Warning => Msg::SeverityWarning,
        Severity::Error => Msg::SeverityError,
    })
}

fn why_id(code: Code) -> String {
    format!("finding-why-{}", code.as_str())
}

/// Why a finding of `code` matters, in the reader's language.
pub fn why_text(code: Code, cat: &Catalog) -> String {
    cat.get_id(&why_id(code), &[])
        .unwrap_or_else(|| code.why_it_matters().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, check_message};

    #[test]
    fn every_change_kind_has_a_label_in_both_languages() {
        let mut problems = Vec::new();
        for k in ChangeKind::ALL {
            problems.extend(check_message(&kind_label_id(k), &[]));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert_eq!(
            kind_label(ChangeKind::HostChanged, &Catalog::new(Lang::Nb)),
            "Ny vertskommune"
        );
    }

    #[test]
    fn every_finding_code_says_why_in_both_languages() {
        let mut problems = Vec::new();
        for code in Code::ALL {
            problems.extend(check_message(&why_id(code), &[]));
            // The English catalogue says what the audit's JSON says.
            assert_eq!(
                why_text(code, &Catalog::new(Lang::En)),
                code.why_it_matters(),
                "{}",
                code.as_str()
            );
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
