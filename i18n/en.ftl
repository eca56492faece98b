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
