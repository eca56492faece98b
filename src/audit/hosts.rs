//! Hosts: host-municipality cooperation with no host, or a host that is
//! not marked as taking part.
//!
//! Codes: `host-missing`, `host-not-participant`.

use super::messages as msg;
use super::{Code, Finding, evidence_of, finding};
use crate::i18n::TextArg;
use crate::model::{Host, Participation};
use crate::registry::Registry;
use crate::snapshot::LoadedSnapshot;

/// Check every established arrangement of `s`.
pub fn check(s: &LoadedSnapshot, reg: &Registry, out: &mut Vec<Finding>) {
    for a in s
        .snapshot
        .arrangements
        .iter()
        .filter(|a| a.status.is_established())
    {
        let form = a
            .legal_form
            .as_ref()
            .and_then(|f| f.normalised.as_deref())
            .and_then(|n| reg.form(n));
        let name = a.display_name();
        match &a.host {
            Host::None | Host::Unknown => {
                if let Some(form) = form.filter(|f| f.has_host) {
                    out.push(finding(
                        Code::HostMissing,
                        s,
                        Some(a),
                        msg::host_missing(
                            name,
                            TextArg::Local {
                                en: form.label_en.clone(),
                                nb: form.label_nb.clone(),
                            },
                        ),
                        vec![evidence_of(s, a)],
                    ));
                }
            }
            Host::Participant(m) => {
                // Unknown participation is the document's silence, reported
                // by the scope checks; only an explicit "no" contradicts.
                if matches!(a.participation_of(m), Participation::No) {
                    out.push(finding(
                        Code::HostNotParticipant,
                        s,
                        Some(a),
                        msg::host_not_participant(name, m.as_str()),
                        vec![evidence_of(s, a)],
                    ));
                }
            }
            Host::Outside(_) => {}
        }
    }
}
