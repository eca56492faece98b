//! The registry as the diff's [`DomainKnowledge`]: a thin adapter from the
//! diff's questions to the registry's lookups.

use crate::diff::{Change, ChangeKind, DomainKnowledge, FormRelation, Interval, Reason, Value};
use crate::model::Partner;

use super::{Explanation, FormLink, Registry, Window};

fn window(i: Interval) -> Window {
    Window::new(i.from, i.to)
}

fn reason(e: Explanation) -> Reason {
    Reason {
        text: e.text_en,
        text_nb: Some(e.text_nb),
        source: Some(format!("registry:{}", e.source)),
    }
}

impl DomainKnowledge for Registry {
    fn form_relation(&self, before: &str, after: &str, between: Interval) -> FormRelation {
        match self.relate_forms(before, after, window(between)) {
            FormLink::Same => FormRelation::Same,
            FormLink::Relabel { event, .. } => FormRelation::Relabel {
                reason: Some(reason(self.explain_event(event))),
            },
            FormLink::Conversion { event } => FormRelation::Change {
                reason: Some(reason(self.explain_event(event))),
            },
            FormLink::Change => FormRelation::Change { reason: None },
        }
    }

    fn partner_succession(
        &self,
        before: &Partner,
        after: &Partner,
        between: Interval,
    ) -> Option<Reason> {
        self.explain_partner(&before.name, &after.name, window(between))
            .map(reason)
    }

    fn name_succession(&self, before: &str, after: &str, between: Interval) -> Option<Reason> {
        let w = window(between);
        self.explain_rename(before, after, w)
            .or_else(|| self.explain_change("renamed", &[before, after], w))
            .map(reason)
    }

    fn explain(&self, change: &Change, between: Interval) -> Option<Reason> {
        let w = window(between);
        let text = |v: &Option<Value>| match v {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let (b, a) = (text(&change.before), text(&change.after));
        if change.kind == ChangeKind::CommentChanged
            && let (Some(b), Some(a)) = (&b, &a)
            && let Some(e) = self.explain_mentions(b, a, w)
        {
            return Some(reason(e));
        }
        let mut names: Vec<&str> = vec![change.name.as_str()];
        if change.kind == ChangeKind::Renamed {
            names.extend(b.as_deref());
            names.extend(a.as_deref());
        }
        self.explain_change(change.kind.as_str(), &names, w)
            .map(reason)
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::ChangeKind;

    /// Every kind an event may name is a diff change kind.
    #[test]
    fn explainable_kinds_are_change_kinds() {
        for k in super::super::EXPLAINABLE_KINDS {
            assert!(ChangeKind::parse(k).is_some(), "{k}");
        }
    }
}
