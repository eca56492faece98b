# samdiff messages, English. Every id here must also be in nb.ftl
# (a test fails otherwise). Keys are listed in src/i18n/keys.rs.

## Column headings

col-id = id
col-kind = kind
col-as-of = as of
col-covers = covers
col-mentions = mentions
col-arrangements = arrangements
col-title = title
col-name = name
col-form = form
col-host = host
col-status = status
col-comment = comment
col-category = policy area
col-municipality = municipality
col-count = count
col-change-kind = change
col-file = file
col-sha256 = SHA-256
col-scope = scope

## Snapshot kinds

kind-inventory = inventory
kind-plan = plan

## show

show-header = { $kind } · as of { $as_of } · covers { $covers }
show-columns-printed = columns: { $columns } (printed in the header)
show-columns-inferred = columns: { $columns } (header lost; order inferred by the curator)
show-marks = marks: x yes · - no · ? unknown · ~ considering
show-listed-times = [listed { $count } times]
no-category = (no category)

## Hosts and statuses

host-outside = { $name } (outside)
host-none = none
status-active = active
status-notice-given = notice given
status-notice-given-by = notice given by { $by }
status-notice-given-from = notice given from { $date }
status-notice-given-by-from = notice given by { $by } from { $date }
status-ended = ended
status-ended-on = ended { $date }
status-proposed = proposed
status-under-study = under study

## validate

validate-ok = ok: { $snapshots ->
        [one] { $snapshots } snapshot
       *[other] { $snapshots } snapshots
    }, { $arrangements ->
        [one] { $arrangements } arrangement
       *[other] { $arrangements } arrangements
    }, every cited line checked
validate-problems = { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; { $valid ->
        [one] { $valid } snapshot
       *[other] { $valid } snapshots
    } valid

## Timeline figure

unknown = unknown
timeline-title = Cooperation arrangements in each source document
timeline-desc = { $count ->
        [one] One arrangement
       *[other] { $count } arrangements
    } (rows, grouped by policy area) against { $snapshots ->
        [one] one source document
       *[other] { $snapshots } source documents
    } (columns, from { $first } to { $last }). Each cell shows whether the document lists the arrangement and its status, and marks host changes, legal-form changes and unknown participation.
timeline-legend = Legend
timeline-active = listed, active
timeline-notice = listed, notice given
timeline-ended = listed as ended
timeline-proposed = proposed or under study
timeline-not-listed = not listed, although the document covers a participant
timeline-outside = not listed; outside the document's scope
timeline-host-changed = host municipality changed
timeline-form-changed = legal form changed
timeline-unknown = participation of a covered municipality unknown
timeline-cell-listed = { $name } in { $snapshot }: { $status }; host { $host }; form { $form }
timeline-cell-not-listed = { $name }: not listed in { $snapshot }, which covers a participant
timeline-cell-outside = { $name }: not in { $snapshot }, outside its scope
timeline-cell-host = host changed from { $from } to { $to }
timeline-cell-form = legal form changed from { $from } to { $to }
timeline-cell-unknown = participation unknown for { $municipalities }
