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

## Timeline

unknown = unknown
timeline-legend = Legend
timeline-active = listed, active
timeline-notice = listed, notice given
timeline-ended = listed as ended
timeline-proposed = proposed or under study
timeline-not-listed = not listed, although the document is a complete overview covering a participant
timeline-outside = not listed, and the document says nothing about it (outside its scope, not complete, or a plan)
timeline-unknown = the document does not show whether every municipality it covers takes part
timeline-cell-listed = { $name } in { $snapshot }: { $status }; host { $host }; form { $form }
timeline-cell-not-listed = { $name }: not listed in { $snapshot }, a complete overview for a participant
timeline-cell-outside = { $name }: not in { $snapshot }, which says nothing about it

## Report

report-title = Inter-municipal cooperation: what changed
report-subtitle = { $count ->
        [one] One source document
       *[other] { $count } source documents
    }, { $first } to { $last }
report-intro = This report compares dated overviews of inter-municipal cooperation. Every change below cites the lines of the source documents it comes from, and the appendix lists each document with its SHA-256 checksum, so anyone can check the report against the documents.
report-contents = Contents
report-summary = Summary
report-summary-total = { $count ->
        [one] One change
       *[other] { $count } changes
    } ({ $cosmetic ->
        [one] one of them spelling only
       *[other] { $cosmetic } of them spelling only
    }) between { $steps ->
        [one] two consecutive documents
       *[other] consecutive documents ({ $steps } comparisons)
    }.
report-by-kind = Changes by kind
report-by-municipality = Changes by municipality
report-by-category = Changes by policy area
report-changes = Important changes
report-changes-note = Spelling-only edits, edited comments, arrangements that only left or entered a document's scope, and changes on paper only (a legal form relabelled by a new act, a partner succeeded by its successor, participation that only became known, an arrangement named differently in prose) are counted in the summary but not listed here.
report-no-changes = No changes.
report-timeline = Timeline
report-timeline-note = Rows are arrangements, grouped by policy area; columns are the source documents in date order; the last column names new hosts and legal forms.
report-municipalities = Each municipality
report-joined = Joined
report-left = Left
report-hosts = Host municipality for (in { $snapshot })
report-none = none
report-findings = Audit findings
report-no-findings = No findings.
report-why = Why it matters
report-evidence = Evidence
report-appendix = Appendix: source documents
report-appendix-note = To verify a document, compute its SHA-256 checksum (for example with the command sha256sum FILE) and compare it with the value below.
report-colophon = Made with samdiff { $version } from the documents listed in the appendix.
report-original-name = original file name
report-total = total

## Change kinds (one per ChangeKind; ids change-kind-<kind with hyphens>)

change-kind-added = Added
change-kind-ended = Ended
change-kind-notice-given = Notice given
change-kind-left-scope = Left a document's scope
change-kind-entered-scope = Entered a document's scope
change-kind-reappeared = Listed again
change-kind-renamed = Renamed
change-kind-category-changed = Moved to another policy area
change-kind-legal-form-changed = Legal form changed
change-kind-legal-form-relabelled = Legal form relabelled (same basis)
change-kind-host-changed = Host municipality changed
change-kind-participant-joined = Municipality joined
change-kind-participant-left = Municipality left
change-kind-participation-uncertain = Participation uncertain
change-kind-partner-joined = Partner joined
change-kind-partner-left = Partner no longer listed
change-kind-partner-succeeded = Partner succeeded by its successor
change-kind-comment-changed = Comment changed
change-kind-status-changed = Status changed

## Changelog sentences (src/render/sentences.rs)

change-group-ended = Ended and notice given
change-group-added = Added
change-group-host-and-form = Host and legal form
change-group-members = Participants and partners
change-group-other = Other changes
change-group-scope = Outside a document's scope (not added or ended)
log-step-summary = { $shown ->
        [0] no changes
        [one] 1 change
       *[other] { $shown } changes
    }
log-step-hidden-cosmetic = { $hidden ->
        [one] 1 cosmetic edit hidden (--all shows it)
       *[other] { $hidden } cosmetic edits hidden (--all shows them)
    }
log-title-none = changelog: no snapshots
log-title-one = changelog: only one snapshot, { $snapshot }; nothing to compare
log-title-two = changes from { $from } to { $to }
log-title-many = changelog of { $count } snapshots, oldest first
list-and = { $init } and { $last }
quoted = “{ $text }”
say-status-active = active
say-status-notice = under notice of termination
say-status-notice-by = under notice of termination by { $by }
say-status-notice-effective = under notice of termination, effective { $date }
say-status-notice-by-effective = under notice of termination by { $by }, effective { $date }
say-status-ended = ended
say-status-ended-on = ended ({ $date })
say-status-proposed = proposed
say-status-under-study = under study
say-no-host = no host
say-no-form = none
say-form-both = { $printed } ({ $normalised })
participation-yes = yes
participation-no = no
participation-unknown = unknown
participation-considering = considering
change-added = new in { $to }{ $standing }; { $from } covers { $basis }, who { $considering ->
        [yes] { $n ->
            [one] is
           *[other] are
        } considering it
       *[other] { $n ->
            [one] takes
           *[other] take
        } part
    }
change-reappeared = listed again in { $to } after being absent from { $from }; last listed in { $last }
change-ended-marked = marked as { $status }
change-ended = no longer listed in { $to }, which covers { $basis }, who took part{ $was ->
        [proposed] {" "}(it was only proposed)
        [under_study] {" "}(it was only under study)
       *[other] {""}
    }
change-notice = notice of termination given, effective date not stated
change-notice-by = notice of termination given by { $by }, effective date not stated
change-notice-effective = notice of termination given, effective { $date }
change-notice-by-effective = notice of termination given by { $by }, effective { $date }
change-notice-plain = notice of termination given
change-left-scope-uncertain = not in { $to }, which covers { $basis }, but { $from } does not say whether { $basis } { $n ->
        [one] takes
       *[other] take
    } part: this may be an ending
change-left-scope = not in { $to }, which does not cover its participants; not an ending
change-entered-scope-uncertain = first listed in { $to }; { $from } covers { $basis }, but { $to } does not say whether { $basis } { $n ->
        [one] takes
       *[other] take
    } part: this may be new
change-entered-scope = first listed in { $to }{ $standing }; { $from } did not cover its participants, so it is not new
change-renamed = renamed from { $before } to { $after }
change-renamed-spelling = renamed from { $before } to { $after } (spelling only)
change-renamed-similar = renamed from { $before } to { $after } (similarity { $similarity })
change-category-moved = moved from section { $before } to { $after }
change-category-now = now listed under section { $after }
change-category-no-longer = no longer under a section (was { $before })
change-category-changed = section changed
change-legal-form = legal form changed from { $before } to { $after }
change-relabelled = legal form relabelled from { $before } to { $after }, { $tail }
change-relabel-now-uncertain = now marked as uncertain by the document
change-relabel-no-longer-uncertain = no longer marked as uncertain
change-relabel-printed = printed differently
change-relabel-same-basis = same legal basis
change-host = host changed from { $before } to { $after }
change-joined = { $municipality } joined
change-joined-considering = { $municipality } joined (was considering it)
change-left = { $municipality } left
change-left-considering = { $municipality } left (now only considering it)
change-uncertain = { $municipality }'s participation went from { $before } to { $after }; not reported as joined or left
change-partner-joined = new partner: { $partner }
change-partner-left = partner no longer listed: { $partner }
change-partner-succeeded = partner { $before } succeeded by { $after }
change-comment-added = comment added: { $text }
change-comment-removed = comment removed: { $text }
change-comment = comment changed: { $diff }
change-comment-cosmetic = comment reworded only (punctuation, case, sentence order, an abbreviation or “kommune”): { $diff }
change-status = status changed from { $before } to { $after }
side-before = before
side-after = after
history-form-not-stated = form not stated
history-host = host { $host }
history-no-host = no host
history-host-not-stated = host not stated
history-participants-not-stated = participants not stated
history-absent-covered = not listed (the document covers a participant: not in existence)
history-absent-unknown = not listed (cannot tell whether it ended or is new: where it is listed, the participation of a municipality this document covers is unknown)
history-absent-not-exhaustive = not listed (the document does not list every arrangement: silence proves nothing)
history-absent-out-of-scope = not listed (outside the document's scope)
col-snapshot = snapshot
col-source = source
col-entry = entry
change-left-scope-not-exhaustive = not in { $to }; it does not list every arrangement (it is a prose summary, or says it is not exhaustive), so its absence may or may not be an ending
change-entered-scope-not-exhaustive = first listed in { $to }{ $standing }; { $from } does not list every arrangement (it is a prose summary, or says it is not exhaustive), so it may or may not be new
arrangement-count = { $count ->
        [one] 1 arrangement
       *[other] { $count } arrangements
    }
step-order-note = note: { $snapshot } is dated only { $date }, so it may be later or earlier than { $other }; changes are read in this order
order-uncertain-suffix = {" "}(uncertain: the dates of the two documents overlap, so they may be in the other order)
prose-partner-suffix = {" "}(uncertain: one of the documents is prose, which names partners only in passing)
standing-proposed = as a proposal, not an established arrangement
standing-under-study = as under study, not an established arrangement
standing-already = already { $status }
change-named-differently = named differently: { $before } in { $from }, { $after } in { $to } (one of them in a sentence, not a printed name; similarity { $similarity })

## Audit: why each finding matters (one per finding code; ids finding-why-<code>)

finding-why-legal-basis-missing = every arrangement needs a legal basis the councils decided; an empty form cell means the overview cannot show which rules govern it
finding-why-legal-basis-uncertain = the document itself doubts the legal basis, so the council cannot rely on the overview for which rules govern the arrangement
finding-why-legal-basis-vague = naming only the act does not say which kind of cooperation it is, and the kinds have different rules for boards, hosts and agreements
finding-why-legal-form-unregistered = a form the registry does not know cannot be compared across years, so relabels and real changes of form cannot be told apart
finding-why-legal-form-misread = the curated form must be a reading of what the document prints, or the changelog reports a change that never happened
finding-why-conversion-overdue = the law required this kind of cooperation to be converted by the deadline, so an arrangement still listed under the old form may lack a valid legal basis
finding-why-conversion-due = the law requires this kind of cooperation to be converted by a deadline, and the councils must decide the new agreement in time
finding-why-conversion-ahead = a coming change of law will require this arrangement to be converted, which the councils should plan for
finding-why-host-missing = in host-municipality cooperation the host carries the service and its legal responsibility, so the overview should say who it is
finding-why-host-not-participant = a host municipality runs the service for the participants and must itself take part, so either the host or the marks are wrong
finding-why-notice-given = a notice of termination ends the arrangement on its effective date, and the services it provides must be arranged otherwise by then
finding-why-notice-without-date = without an effective date nobody can tell when the arrangement ends and its services must be arranged otherwise
finding-why-vanished-without-notice = an arrangement that disappears without a recorded notice may have ended without a council decision, or may have been left out of the overview by mistake
finding-why-listed-twice = a row printed twice makes the overview look larger than it is and may hide two different arrangements under one name
finding-why-row-outside-scope = the document claims to cover these municipalities' cooperation, so a row none of them takes part in contradicts its own scope
finding-why-participation-unknown = the document does not show who takes part, so any conclusion about these municipalities' participation rests on guesswork
finding-why-participation-swapped = marks that move from one municipality to another between years are more often a column slip than a real change, so a human should check the sources
finding-why-host-changed-unexplained = a new host moves the service and its legal responsibility to another municipality, which needs council decisions; if none exist, one document is wrong
finding-why-name-variants = the same arrangement spelled differently across documents is hard to find and easy to mistake for two arrangements
severity-info = info
severity-warning = warning
severity-error = error

## CSV columns

csv-from = from
csv-to = to
csv-kind = kind
csv-kind-label = change
csv-arrangement = arrangement id
csv-name = name
csv-category = policy area
csv-municipality = municipality
csv-before = before
csv-after = after
csv-cosmetic = spelling only
csv-uncertain = uncertain
csv-description = description
csv-evidence-before = source before
csv-evidence-after = source after
csv-code = code
csv-severity = severity
csv-snapshot = snapshot
csv-message = finding
csv-why = why it matters
csv-evidence = evidence
csv-yes = yes
csv-no = no

## Audit findings (src/audit/messages.rs)

finding-legal-basis-missing = `{ $name }` has no legal form in the document
finding-legal-basis-uncertain = `{ $name }` has the form `{ $printed }`, which the document marks as uncertain (read as { $label })
finding-legal-basis-vague = `{ $name }` has the form `{ $printed }`, which names only the act, not the kind of cooperation
finding-legal-form-unregistered = `{ $name }` has the form `{ $printed }`, which the registry has no spelling for
finding-legal-form-misread = `{ $name }` prints `{ $printed }`, which the registry reads as `{ $expected }`, but the snapshot says `{ $curated }`
finding-conversion = `{ $name }` { $ahead ->
        [yes] is on
       *[other] is still on
    } `{ $printed }`{ $uncertain ->
        [yes] {" "}(marked as uncertain)
       *[other] {""}
    }, { $label }; it must become { $to }. { $when }
finding-when-overdue = The deadline { $deadline } passed { $ago }, and { $snapshot }, dated after it, still prints it
finding-when-maybe-overdue = { $snapshot } may be dated after the deadline { $deadline }
finding-when-due = The deadline { $deadline } is { $until }
finding-when-ahead = The conversion period has not started; the deadline { $deadline } is { $until }
finding-host-missing = `{ $name }` is { $label }, but no host municipality is named
finding-host-not-participant = `{ $name }` names { $host } as host, but { $host } is not marked as taking part
finding-notice-given-by = { $by } gave notice on `{ $name }`, effective { $effective }
finding-notice-given = notice has been given on `{ $name }`, effective { $effective }
finding-notice-without-date-by = { $by } gave notice on `{ $name }`; the document gives no effective date
finding-notice-without-date = notice has been given on `{ $name }`; the document says neither by whom nor from when
finding-vanished = `{ $name }` is listed in { $before } for { $covered }, but not in { $after }, which covers { $covered }; { $before } records no notice{ $overlap ->
        [yes] {" "}(uncertain: the dates of the two documents overlap, so they may be in the other order)
       *[no] {""}
    }
finding-listed-twice = `{ $name }` is printed more than once: rows at lines { $rows }
finding-same-name-twice = `{ $name }` names more than one entry: { $ids }
finding-row-outside-scope-unmarked = `{ $name }` is listed, but no municipality is marked, although the document claims to cover the cooperation of { $covered }
finding-row-outside-scope = `{ $name }` is marked only for { $marked }, not for { $covered }, whose cooperation the document claims to cover
finding-participation-unknown-one = `{ $name }` is listed, but the document does not show whether { $municipality } takes part
finding-participation-unknown = `{ $name }` is listed, but the document does not show which of { $covered } take part
finding-participation-swapped = `{ $name }` is marked for { $left } in { $before } but for { $joined } instead in { $after }
finding-host-changed = `{ $name }` has host { $old } in { $before } but { $new } in { $after }, and no registry event explains it
finding-name-variants = one arrangement is spelled { $variants }
finding-spelled-in = `{ $name }` in { $snapshot }
finding-unknown-form = an unknown form

## Audit reports

audit-why = why:
audit-at = at:
audit-summary = { $findings ->
        [one] { $findings } finding
       *[other] { $findings } findings
    } in { $snapshots ->
        [one] { $snapshots } snapshot
       *[other] { $snapshots } snapshots
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } info
audit-title = Audit of inter-municipal cooperation overviews
audit-registry = Registry: `{ $registry }`.
audit-col-errors = errors
audit-col-warnings = warnings
audit-col-info = info

## Proposal tracking

proposal-realised = `{ $name }` became `{ $became }` ({ $status } in { $snapshot })
proposal-under-study = `{ $name }` is still under study in { $snapshot }
proposal-ended = `{ $name }` was established and has ended by { $snapshot }
proposal-checked = { $snapshot }, covering { $covers }
proposal-no-later = `{ $name }`: no later inventory to check
proposal-not-started = `{ $name }` is not listed in any later inventory (checked { $checked })
outcome-realised = realised
outcome-under-study = under_study
outcome-ended = ended
outcome-not-started = not_started
proposals-no-plan = no plan
proposals-summary = { $count } proposals in { $plans }: { $outcomes }
proposals-title = Proposals and studies
proposals-col-plan = plan
proposals-col-proposal = proposal
proposals-col-outcome = outcome

## CLI errors

error-label = error
error-read = { $path }: cannot read: { $reason }
error-write = { $path }: cannot write: { $reason }
error-unknown-snapshot = unknown snapshot `{ $name }`: expected one of { $known }
error-ambiguous-snapshot = ambiguous snapshot `{ $name }`: it matches { $candidates }; name one by its id

## Validation issues, usage errors and CLI notes (src/error.rs and its callers)

issue-hint-label = hint
issue-at = { $location }: { $message }
prefixed = { $prefix }: { $message }
issue-binary-json = binary file (NUL byte): expected UTF-8 JSON text
issue-bad-utf8 = invalid UTF-8 (byte 0x{ $byte } at offset { $offset }): expected UTF-8 text
issue-empty-json = empty file: expected a JSON object with "format": "{ $format }"
issue-not-object = expected a JSON object at the top level
issue-unsupported-format = unsupported format `{ $found }`: expected `{ $expected }`
hint-snapshot-format = this version of samdiff reads { $format } files
issue-missing-format = missing field `format`: expected "{ $format }"
json-unknown-field = unknown field `{ $field }`, expected one of { $expected }
json-unknown-field-one = unknown field `{ $field }`, expected { $expected }
json-unknown-field-none = unknown field `{ $field }`, there are no fields
json-unknown-variant = unknown variant `{ $value }`, expected one of { $expected }
json-unknown-variant-one = unknown variant `{ $value }`, expected { $expected }
json-unknown-variant-none = unknown variant `{ $value }`, there are no variants
json-missing-field = missing field `{ $field }`
json-duplicate-field = duplicate field `{ $field }`
json-invalid-type = invalid type: { $found }, expected { $expected }
json-invalid-value = invalid value: { $found }, expected { $expected }
json-invalid-length = invalid length { $length }, expected { $expected }
json-eof = unexpected end of file: EOF while parsing { $what }
json-eof-other = unexpected end of file: { $detail }
json-expected-value = expected value
json-expected = expected { $token }
json-expected-either = expected { $first } or { $second }
json-trailing-characters = trailing characters
json-trailing-comma = trailing comma
json-key-must-be-string = key must be a string
json-control-character = control character (\u0000-\u001F) found while parsing a string
json-invalid-escape = invalid escape
json-invalid-number = invalid number
json-number-out-of-range = number out of range
json-recursion-limit = recursion limit exceeded
json-other = { $detail }
invalid-date = invalid date `{ $date }`: expected YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day
issue-invalid-id = invalid { $what } id `{ $id }`: expected lowercase ASCII letters, digits and hyphens
issue-duplicate-arrangement-id = duplicate arrangement id `{ $id }`: first used on line { $line }; each arrangement appears once per snapshot (cite a repeated row as a second provenance entry)
issue-empty-name = empty name: expected the name as printed
issue-no-provenance = arrangement `{ $id }` cites no source line: expected at least one citation
issue-date-precision = date `{ $date }` does not match precision `{ $precision }`: expected { $pattern }
issue-range-reversed = date range ends before it starts ({ $from } > { $to }): expected `from` <= `to`
issue-range-no-evidence = a date range needs evidence: expected at least one citation
issue-covered-and-mentioned = municipality `{ $municipality }` is both covered and mentioned: list it once, under `covers`
issue-column-undeclared = column `{ $column }` is not a declared municipality: expected one of { $expected }
issue-participant-undeclared = participant `{ $municipality }` is not declared in the snapshot's scope: expected one of { $expected }
issue-host-undeclared = host `{ $host }` is not declared in the snapshot's scope: expected one of { $expected } (use {"{"}"outside": "{ $host }"{"}"} for others)
issue-source-path-not-relative = source path `{ $path }` must be relative to the snapshot directory, without `..`
issue-source-unreadable = source file `{ $path }` cannot be read: { $reason }
issue-sha256-mismatch = SHA-256 of `{ $path }` does not match: file has { $actual }, snapshot says { $declared }
issue-source-not-text = source file is not text: { $problem }
issue-citation-no-lines = citation has no lines: expected at least one line number
issue-cited-line-missing = cited line { $line } does not exist: the source has lines 1 to { $count }
issue-quote-not-on-lines = quote "{ $quote }" is not on the cited lines { $lines }
issue-name-not-on-lines = cited lines { $lines } do not mention `{ $name }`: expected the name as printed there, or a `quote` of the words that name it
issue-skipped-line-missing = skipped line { $line } does not exist: the source has lines 1 to { $count }
issue-duplicate-snapshot-id = duplicate snapshot id `{ $id }`: also used by { $other }
issue-cannot-read = cannot read: { $reason }
issue-no-embedded-registry = no registry built into this binary: expected snapshots/registry.json
issue-duplicate = duplicate { $what } `{ $key }`: first defined on line { $line }
unknown-change-kind = unknown change kind `{ $kind }`: expected one of { $expected }
issue-explains-empty = an event's `explains` needs at least one kind and one word
issue-relabelled-as-itself = form `{ $form }` is relabelled as itself: expected another form
issue-unknown-event = unknown event `{ $event }`: expected one of { $expected }
issue-deadline-before-start = deadline { $deadline } is before the conversion period starts ({ $start }): expected a later deadline
issue-relabelled-and-converted = form `{ $form }` is both relabelled and converted: expected one of `relabelled_as`, `must_convert`
issue-empty-spelling = empty spelling: expected the form as printed
issue-ceases-before-exists = `{ $id }` ceases to exist ({ $until }) before it exists ({ $from }): expected `exists_from` <= `exists_until`
issue-succession-no-predecessor = a succession needs at least one predecessor
issue-unknown-organisation = unknown organisation `{ $organisation }`: expected one of { $expected }
issue-successor-later = succession dated { $date } but its successor `{ $successor }` exists only from { $from }
issue-predecessor-later = succession dated { $date } is before its predecessor `{ $predecessor }` existed (from { $from })
issue-predecessor-still-exists = succession dated { $date } but its predecessor `{ $predecessor }` exists until { $until }: expected `exists_until` before the succession
issue-succeeds-itself = `{ $organisation }` succeeds itself: expected another organisation
issue-title-change-words = a title change needs non-empty words in `old` and `new`
issue-empty-source = empty source: expected where the fact comes from
issue-unknown-form = unknown form `{ $form }`: expected one of { $expected }
issue-cyclic-relabelling = cyclic relabelling: { $chain }
issue-cyclic-succession = cyclic succession: { $chain }
import-layout-table = layout table: line { $line } is a { $delimiter }-separated header with { $count } municipality columns
import-layout-pdf-text = layout pdf-text: no delimited header row; lines { $lines } print "x" marks after text
import-unknown-layout = unknown layout: line { $line } ("{ $shown }") fits neither a delimited table with a header naming municipality columns nor a PDF-extracted table with "x" marks
hint-layout = pass --layout table or --layout pdf-text to see what each expects
import-no-header = no header row from line { $line } on: expected a tab-, semicolon- or comma-separated row naming the municipality columns, followed by rows with "x" marks
import-as-of-precision = --as-of { $date }: expected a day (YYYY-MM-DD) or a year (YYYY)
import-no-date = { $path }: no date found (such as "per 1. januar 2021"): pass --as-of YYYY-MM-DD or --as-of YYYY
import-listed-twice = "{ $name }" is listed twice (first on line { $line }); merged into one arrangement
import-no-table-row = no table row found: expected rows with a name and "x" marks (pdf-text layout)
import-stray-text = text "{ $text }" fits no cell of the row before or after it; left out
import-row-without-name = row without a name: a form or marks with no name before them; left out
import-marks-do-not-fit = { $count } marks do not fit the { $columns } municipality columns; participation left unknown
import-too-many-cells = row has { $cells } cells, the header (line { $header }) has { $width }: expected at most { $width }; row left out
import-row-no-name = row without a name in the first cell; row left out
import-status-not-read = status "{ $value }": expected a word such as Aktiv, Avviklet, Nedlagt, Oppsagt or Under utredning; read from the comment (else active)
import-bad-cell = cell "{ $value }" in column "{ $column }": expected a mark (x, ja, ✓ or 1; empty, nei, - or 0; ? or uklart); left unknown
import-too-large = file too large ({ $size } bytes): expected an overview of at most { $max } bytes
hint-too-large = is this the right file? overviews are text tables of a few kilobytes
import-binary = binary file (NUL byte): expected a text document
hint-iconv = convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`
import-control-char = control character U+{ $code }: expected a text document
import-empty = empty file: expected an overview table
usage-already-exists = { $path }: already exists: pass --force to overwrite it
usage-cannot-create = { $path }: cannot create: { $reason }
usage-force-needs-output = --force needs -o OUT
usage-not-valid-snapshot = { $path }: not a valid snapshot (see the errors above)
usage-alias = --alias `{ $alias }`: expected OLD=NEW
usage-threshold = --threshold { $threshold }: expected a number from 0 to 1
usage-not-usable-snapshot = { $path }: not a usable snapshot file
usage-no-inventory-lists = no inventory lists arrangement `{ $id }`
usage-from-after-to = --from `{ $from }` is later than --to `{ $to }`: expected the older snapshot first
usage-cannot-render = cannot render the report: { $reason }
usage-no-arrangement-query = no arrangement matches `{ $query }`: expected an id or a name
usage-no-arrangement-closest = no arrangement matches `{ $query }`: closest are { $closest }
usage-no-arrangement-none = no arrangement matches `{ $query }`: closest are none
usage-ambiguous-arrangement = ambiguous arrangement `{ $query }`: it matches { $candidates }; name one by its id
note-label = note
warning-label = warning
note-wrote = wrote { $path } ({ $count } arrangements)
note-matched-by-name = matched { $matched } of { $count } arrangements by name (see `samdiff match` for scores)
note-wrote-ids = wrote { $path } with { $count } ids taken from { $snapshot }
match-heading = { $count } matched ({ $from } -> { $to }), threshold { $threshold }
match-only-in = { $count } only in { $snapshot }
match-same-name-aliases = same name after aliases
match-same-name = same name
match-similar-names = similar names
match-same-host = same host { $host }
match-hosts-differ = hosts differ ({ $a } / { $b })
match-same-category = same category
match-categories-differ = categories differ
match-same-form-family = related legal forms: { $a } and { $b }
match-forms-differ = legal forms differ: { $a } and { $b }
match-same-participants = same participants
match-participants-differ = participants differ
match-basis-id = id
match-basis-name = name
match-basis-fuzzy = fuzzy

## Command-line help and parse errors (src/cli/help.rs). clap's words, as
## clap writes them; then one help text per command, argument and value,
## with ids computed from the command path and argument id.

clap-usage = Usage:
clap-commands = Commands:
clap-arguments = Arguments:
clap-options = Options:
clap-possible-values = Possible values:
clap-default = [default: { $value }]
clap-possible-values-list = [possible values: { $values }]
clap-subcommands-list = [subcommands: { $values }]
clap-help = Print help
clap-help-short = Print help (see more with '--help')
clap-help-long = Print help (see a summary with '-h')
clap-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help-command-arg = Print help for the subcommand(s)
clap-quoted = '{ $text }'
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-missing-required = the following required arguments were not provided:
clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-argument-twice = the argument '{ $arg }' cannot be used multiple times
clap-tip = tip:
clap-similar-subcommand = { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
clap-similar-argument = { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
clap-similar-value = { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
clap-try-help = For more information, try { $flag }.

help-about = Turn dated overviews of inter-municipal cooperation into a precise, traceable history of what changed
help-snapshots = Read snapshots from DIR instead of the curated set built into samdiff
help-registry = Read the domain registry from FILE instead of `DIR/registry.json` (with `--snapshots DIR`) or the one built into samdiff
help-color = When to colour output: auto (only on a terminal, never with NO_COLOR), always or never
help-color-auto = Only when writing to a terminal and NO_COLOR is not set
help-color-always = Always
help-color-never = Never
help-lang = Language of all output: nb (Norwegian bokmål) or en. Default: from LC_ALL, LC_MESSAGES or LANG (nb for nb, nn and no locales, else en)
help-lang-nb = Norwegian bokmål
help-lang-en = English
help-cmd-list = List the snapshots: id, kind, as-of date, scope, number of arrangements
help-cmd-show = Show one snapshot's arrangements as a table
help-show-snapshot = Snapshot id, or a year that exactly one inventory has (`2019`)
help-show-format = Output format
help-show-format-text = A table that reads like the source document
help-show-format-json = The snapshot file itself, pretty-printed
help-cmd-validate = Check snapshot files and report every problem with file:line:col
help-validate-path = A snapshot file or a directory of them (default: `--snapshots DIR`, or the built-in set)
help-cmd-schema = Print the JSON Schema of a file format
help-schema-kind = The format
help-schema-kind-snapshot = A snapshot file (`samdiff-snapshot/1`)
help-schema-kind-registry = The domain registry (`samdiff-registry/1`)
help-schema-kind-changelog = A JSON changelog (`samdiff-changelog/1`)
help-schema-kind-history = A JSON history (`samdiff-history/1`)
help-cmd-audit = Report what looks wrong in the snapshots, with evidence
help-audit-names = Snapshots to audit (ids, or years one inventory has); default all. Cross-snapshot checks compare the ones given
help-audit-format = Output format
help-audit-format-text = Plain text, one block per finding
help-audit-format-json = JSON (`samdiff-audit/1`)
help-audit-format-markdown = The follow-up list for the meeting, as Markdown: by municipality and priority, each finding with its question, evidence and register state
help-audit-format-csv = One row per finding, for spreadsheets (headers in the `--lang` language)
help-audit-format-excel = CSV as a spreadsheet program opens it by double-click: a UTF-8 byte-order mark, and `;` between fields with `--lang nb`
help-audit-fail-on = Exit with status 1 when a finding at or above this severity exists
help-audit-fail-on-info = Any finding
help-audit-fail-on-warning = Warnings and errors
help-audit-fail-on-error = Errors only
help-cmd-proposals = Track a plan's proposals and studies through later inventories
help-proposals-format = Output format
help-proposals-format-text = { help-audit-format-text }
help-proposals-format-json = { help-audit-format-json }
help-proposals-format-markdown = Markdown tables, for a report
help-cmd-log = The changelog across all inventories, oldest first
help-log-format = { help-diff-format }
help-log-format-text = { help-diff-format-text }
help-log-format-json = { help-diff-format-json }
help-log-format-markdown = { help-diff-format-markdown }
help-log-format-csv = { help-diff-format-csv }
help-log-format-excel = { help-diff-format-excel }
help-log-municipality = { help-diff-municipality }
help-log-category = { help-diff-category }
help-log-kind = { help-diff-kind }
help-log-all = { help-diff-all }
help-log-evidence = { help-diff-evidence }
help-log-exit-code = { help-diff-exit-code }
help-cmd-diff = What changed between two snapshots (ids, years or files)
help-diff-before = The earlier snapshot: an id, a year one inventory has, or a snapshot file
help-diff-after = The later snapshot, likewise
help-diff-format = Output format
help-diff-format-text = A readable report, big events first
help-diff-format-json = `samdiff-changelog/1` (see `samdiff schema changelog`)
help-diff-format-markdown = Markdown for a report, with source citations
help-diff-format-csv = One row per change, for spreadsheets (headers in the `--lang` language; cosmetic changes included and flagged)
help-diff-format-excel = { help-audit-format-excel }
help-diff-municipality = Only changes about this municipality (its participation, or arrangements it takes part in)
help-diff-category = Only changes in sections whose name contains TEXT (ignoring case)
help-diff-kind = Only these change kinds (comma-separated, e.g. `added,ended`)
help-diff-all = Show cosmetic changes (case, punctuation, whitespace, typos) too
help-diff-evidence = Print the source lines each change cites (text format)
help-diff-exit-code = Exit with status 1 when there are changes (like `git diff --exit-code`)
help-cmd-history = One arrangement through all inventories, by id or name
help-history-arrangement = An arrangement id, or a name (ignoring case and punctuation; a unique part of a name, or a close spelling, also works)
help-history-format = Output format
help-history-format-text = { help-diff-format-text }
help-history-format-json = `samdiff-history/1` (see `samdiff schema history`)
help-history-format-markdown = { help-diff-format-markdown }
help-history-format-csv = { help-diff-format-csv }
help-history-format-excel = { help-diff-format-excel }
help-history-all = Show cosmetic changes too
help-history-evidence = { help-diff-evidence }
help-cmd-import = Turn a raw source document into a draft snapshot
help-import-file = The raw source document
help-import-layout = The document's layout
help-import-layout-auto = Pick by content and say which on stderr
help-import-layout-table = Tab-, semicolon- or comma-separated with a header row
help-import-layout-pdf-text = A table flattened by PDF text extraction
help-import-as-of = The date the document describes (YYYY-MM-DD or YYYY); default: the date it states ("per 1. januar 2021")
help-import-scope = Municipalities the document covers, comma-separated; default: what the document says ("Øyer deltar i …")
help-import-columns = Municipality column order for pdf-text, whose header row was lost; without it every mark position is unknown
help-import-id = Snapshot id; default: made from the file name
help-import-output = Write to FILE instead of standard output; the file appears complete or not at all
help-import-force = Replace FILE if it exists (without --force, an existing file is an error)
help-cmd-match = Match arrangements across two snapshots or raw documents, with scores
help-match-a = Left side: a snapshot id or year, a snapshot file, or a raw document
help-match-b = Right side: a snapshot id or year, a snapshot file, or a raw document
help-match-threshold = Score a fuzzy match must reach (0 to 1)
help-match-aliases = A word-stem rename, `OLD=NEW` (e.g. `rådmann=kommunedirektør`); repeatable
help-match-use-ids = Treat equal ids as the same arrangement (curated snapshots)
help-match-columns = Column order for raw pdf-text documents, comma-separated
help-match-write-ids = Write B with the matched arrangements renamed to A's ids (atomically)
help-match-force = Overwrite the `--write-ids` file if it exists
help-cmd-report = Write an annual-report document (Markdown or self-contained HTML)
help-report-from = First snapshot of the range (id, or a year with one inventory); default: the oldest
help-report-to = Last snapshot of the range; default: the newest
help-report-format = Output format
help-report-format-markdown = Markdown, to paste into a document
help-report-format-html = One HTML file with everything inline (styles, figure), printable
help-report-output = Write to FILE instead of standard output; the file appears complete or not at all

# --- brief ---
state-title = Inter-municipal cooperation of { $who }
state-basis = { $municipality }: as listed in { $document }
state-no-basis = { $municipality }: no overview covers it on this date
state-not-stated = not stated
state-source = { $document }, { $count ->
    [one] line
   *[other] lines
} { $lines }
state-empty = No arrangements.
state-col-form-printed = form as printed
state-col-form-words = form in words
state-col-partners = other partners
state-col-notice-effective = notice effective
state-col-source = source
state-sheet-name = Cooperation
help-cmd-state = The cooperation a municipality takes part in on a date, or all covered municipalities side by side
help-state-municipality = Only this municipality (case, accents and a final “kommune” may differ); default: every covered municipality, side by side
help-state-at = The date (2021, 2021-06 or 2021-06-30); default: the newest overview of each municipality
help-state-proposals = Include arrangements proposed or under study
help-state-format = Output format
help-state-format-text = A readable list by policy area
help-state-format-json = `samdiff-state/1` (see `samdiff schema state`)
help-state-format-markdown = Markdown tables by policy area, to paste into a report
help-state-format-csv = One row per arrangement (RFC 4180)
help-state-format-excel = { help-audit-format-excel }
help-state-format-xlsx = An Excel workbook: styled, frozen header row, dates as dates
help-state-format-docx = A Word document with the table
help-state-output = { help-report-output }
help-state-force = { help-report-force }
help-cmd-state-examples =
    # Øyer's cooperation on 1 January 2021, as a Word table and as a workbook
    samdiff state --municipality Øyer --at 2021 --format docx -o cooperation.docx
    samdiff state --municipality Øyer --at 2021 --format xlsx -o cooperation.xlsx
    # Every covered municipality side by side
    samdiff state
help-schema-kind-state = The state on a date (`samdiff-state/1`)
usage-binary-to-terminal = this format is a binary file: write it with -o FILE, or redirect standard output to a file
# --- truth ---
words-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
words-month-year = { $month } { $year }
words-day-month-year = { $day } { $month } { $year }
words-date-range = between { $from } and { $to }
words-document-day = { $kind ->
    [plan] the plan of { $date }
    [document] the document of { $date }
   *[inventory] the overview of { $date }
}
words-document-year = { $kind ->
    [plan] the plan from { $date }
    [document] the document from { $date }
   *[inventory] the overview from { $date }
}
words-document-undated = { $kind ->
    [plan] the undated plan ({ $date })
    [document] the undated document ({ $date })
   *[inventory] the undated overview ({ $date })
}
step-reversed-note = note: { $from } is later than { $to } but was given first; the changes are read backwards, from the later document to the earlier one
brief-title = Inter-municipal cooperation: what changed for { $who }, { $from }–{ $to }
brief-subtitle = From { $from } to { $to } ({ $count ->
    [one] one document
   *[other] { $count } documents
} compared)
brief-all-municipalities = all municipalities
brief-changes-heading = The changes that matter
brief-nothing = No arrangement was added, ended, moved to another host or changed form.
brief-ended = { $name } is no longer listed in { $to }.
brief-ended-marked = { $name } is marked as { $status } in { $to }.
brief-notice = { $name } is { $status }.
brief-added = { $name } is listed for the first time in { $to }{ $already ->
    [none] {""}
   *[other] , already { $already }
}.
brief-reappeared = { $name } is listed again in { $to }{ $already ->
    [none] {""}
   *[other] , { $already }
}.
brief-host = { $name } has a new host municipality: { $after } (was { $before }).
brief-form = { $name } changed its legal form from { $before } to { $after }.
brief-joined = { $municipality } joined { $name }.
brief-left = { $municipality } left { $name }.
brief-renamed = { $before } is now called { $after }.
brief-more = … and { $count ->
    [one] one more change
   *[other] { $count } more changes
} of these kinds (the full report lists them).
brief-smaller = In addition, { $count ->
    [one] one smaller edit
   *[other] { $count } smaller edits
} (spelling, comments, new labels under the 2018 act, partners); the full report lists them.
brief-doubtful-label = Uncertain (not counted above)
brief-doubtful-more = … and { $count ->
    [one] one more uncertain item
   *[other] { $count } more uncertain items
}.
brief-sources-heading = Documents
brief-source-label = Source
brief-colophon = Made with samdiff { $version } from the documents above; every item can be checked against the lines cited.
usage-brief-only-format = --format docx and json are for the one-pager: add --brief (the full report is Markdown or HTML)
help-report-municipality = Only what concerns this municipality (case, accents and a final “kommune” may differ)
help-report-brief = The one-page summary for an annual report: the changes that matter, ranked, with sources; doubtful items in a footnote
help-report-full = The full report (the default)
help-report-proposals = Include plans and arrangements that are only proposed or under study (left out by default: they are plans, not cooperation)
help-report-format-docx = A Word document (the one-pager only)
help-report-format-json = The one-pager's facts as JSON, for checks (the one-pager only)
xlsx-from-date = date of the earlier document
xlsx-to-date = date of the later document
xlsx-changelog-sheet = Changes
xlsx-audit-sheet = Findings
help-diff-format-xlsx = An Excel workbook: the CSV's columns and the documents' dates as dates, styled frozen header row
help-log-format-xlsx = { help-diff-format-xlsx }
help-history-format-xlsx = { help-diff-format-xlsx }
help-audit-format-xlsx = An Excel workbook: the follow-up list a secretariat works in (one row per finding and municipality, with the register's status, owner, due date, case number and note), then the flat finding table
# --- hostile ---
input-not-regular = not a regular file ({ $kind }): samdiff reads only regular files
input-kind-device = a device
input-kind-pipe = a named pipe
input-kind-socket = a socket
input-kind-directory = a directory
input-kind-other = not a regular file
hint-max-size = is this the right file? raise the limit with --max-size BYTES
input-outside-sources = source `{ $path }` is not a file inside the set's sources/ folder (after following symlinks)
help-max-size = Largest input file to read, in bytes (snapshots, registry, sources, documents to import); default 8388608 (8 MiB)
output-is-symlink = `{ $path }` is a symbolic link: samdiff neither writes through a link nor replaces it; name the file itself
output-not-regular = `{ $path }` is not a regular file: samdiff writes output only to regular files
output-read-only = `{ $path }` is read-only: samdiff does not replace a protected file
issue-control-char = control character { $char } in text: expected printable text (control characters can act on a terminal)

# --- cli ---
with-hint =
    { $text }
    {"  "}hint: { $hint }
hint-did-you-mean = { $count ->
    [one] did you mean { $names }?
   *[other] did you mean one of { $names }?
}
unknown-municipality = unknown municipality `{ $name }`: the snapshots name { $known }
ambiguous-municipality = ambiguous municipality `{ $name }`: it matches { $candidates }; write it as the snapshots do
unknown-category = no section name in the snapshots contains `{ $text }`
unknown-finding-code = unknown finding code `{ $code }`: expected one of { $expected }
help-audit-code = Only findings with these codes (comma-separated, e.g. `listed-twice,host-missing`)
cli-examples-heading = Examples:
cli-global-options = Global options ({ $options }): see `samdiff --help`.
help-cmd-completions = Print a shell completion script
help-completions-shell = The shell
help-completions-shell-bash = Bash: save as ~/.local/share/bash-completion/completions/samdiff
help-completions-shell-zsh = Zsh: save as _samdiff in a directory on $fpath
help-completions-shell-fish = Fish: save as ~/.config/fish/completions/samdiff.fish
help-completions-shell-powershell = PowerShell: add to $PROFILE
help-completions-shell-elvish = Elvish: add to ~/.config/elvish/rc.elv
help-cmd-man = Print a manual page (roff), for samdiff or one of its commands
help-man-command = The command whose page to print (`samdiff-log(1)`); default: samdiff(1)
help-about-examples =
    # The changelog across all built-in documents, big events first
    samdiff log
    # What changed between two documents, as Markdown for a report
    samdiff diff 2019 2021 --format markdown
    # Findings for the control committee, and the annual report
    samdiff audit
    samdiff report --format html -o report.html
help-cmd-list-examples =
    # The built-in documents
    samdiff list
    # Your own documents
    samdiff --snapshots my-snapshots list
help-cmd-show-examples =
    # One document as a table (a year names the inventory of that year)
    samdiff show 2019
    samdiff show oyer-2021 --format json
help-cmd-validate-examples =
    # Check the built-in documents, or your own directory or file
    samdiff validate
    samdiff validate my-snapshots
    samdiff validate my-snapshots/oyer-2022.json
help-cmd-schema-examples =
    # JSON Schemas for editors and other programs
    samdiff schema snapshot
    samdiff schema changelog
help-cmd-audit-examples =
    # Everything that looks wrong, with the source lines
    samdiff audit
    # One document; fail (exit 1) on warnings, for a script
    samdiff audit oyer-2021 --fail-on warning
    # Only some findings, as a spreadsheet
    samdiff audit --code listed-twice,host-missing --format excel
help-cmd-proposals-examples =
    # What became of the strategy's proposals
    samdiff proposals
    samdiff proposals --format markdown
help-cmd-log-examples =
    # The changelog across all documents
    samdiff log
    # Only what was added or ended for one municipality
    samdiff log --municipality Øyer --kind added,ended
    # Every change, as CSV for a spreadsheet
    samdiff log --all --format csv
help-cmd-diff-examples =
    # Two documents by year or id, with the source lines
    samdiff diff 2019 2021 --evidence
    # Two raw documents, matched by name; exit 1 if anything changed
    samdiff diff old-overview.txt new-overview.txt --exit-code
help-cmd-history-examples =
    # One arrangement through every document, by name or id
    samdiff history brann
    samdiff history felles-brann-og-feiertjeneste --format json
help-cmd-import-examples =
    # A table (tab, semicolon or comma) into a draft snapshot
    samdiff import overview-2022.txt -o my-snapshots/overview-2022.json
    # Text extracted from a PDF whose header row was lost
    samdiff import overview.txt --layout pdf-text --columns Gausdal,Lillehammer,Øyer --as-of 2019-01-01
help-cmd-match-examples =
    # How the arrangements of two raw documents pair up, with scores
    samdiff match old-overview.txt new-overview.txt
    # Write the new document with the old one's ids
    samdiff match old.json new.json --write-ids new-with-ids.json
help-cmd-report-examples =
    # The annual report for the whole range, as HTML or Markdown
    samdiff report --format html -o report.html
    samdiff report --from 2019 --to 2021 --lang nb > report.md
help-cmd-completions-examples =
    # Completions for Bash, and for Zsh
    samdiff completions bash > ~/.local/share/bash-completion/completions/samdiff
    samdiff completions zsh > ~/.zfunc/_samdiff
help-cmd-man-examples =
    # Read the manual page, or install it
    samdiff man | man -l -
    samdiff man log > samdiff-log.1
unknown-command = unknown command `{ $name }`: expected one of { $expected }
man-name = name
man-synopsis = synopsis
man-description = description
man-options = options
man-commands = commands
man-examples = examples
man-version = version
usage-force-needs-write-ids = --force needs --write-ids OUT
help-report-force = Replace FILE if it exists (without --force, an existing file is an error)
# --- followup ---
finding-when-passed = The deadline { $deadline } passed { $ago }; { $snapshot } still prints `{ $printed }`
followup-ago = { $unit ->
        [today] today
        [year] { $n ->
            [one] { $n } year ago
           *[other] { $n } years ago
        }
        [month] { $n ->
            [one] { $n } month ago
           *[other] { $n } months ago
        }
       *[day] { $n ->
            [one] { $n } day ago
           *[other] { $n } days ago
        }
    }
followup-in = { $unit ->
        [today] today
        [year] { $n ->
            [one] in { $n } year
           *[other] in { $n } years
        }
        [month] { $n ->
            [one] in { $n } month
           *[other] in { $n } months
        }
       *[day] { $n ->
            [one] in { $n } day
           *[other] in { $n } days
        }
    }
followup-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
audit-id = id:
audit-resolved = resolved
audit-resolved-by = resolved by:
audit-also = also:
audit-summary-resolved = { $resolved ->
        [one] { $resolved } finding resolved by a later document
       *[other] { $resolved } findings resolved by a later document
    }; deadlines counted from { $today }
usage-today = --today `{ $value }`: expected a date YYYY-MM-DD
issue-register-duplicate = finding `{ $id }` is listed twice in the register: expected one entry per finding
issue-register-id = entry without a finding `id`: expected the id samdiff wrote (`f-` and 12 hex digits)
issue-register-status = status { $value }: expected "open", "asked", "answered", "closed" or "accepted"
register-status-open = open
register-status-asked = asked
register-status-answered = answered
register-status-closed = closed
register-status-accepted = accepted
register-new = new
register-still-open = still open
register-resolved-since = resolved since the register was written
register-label = register:
register-status = status
register-owner = owner
register-due = due
register-case = case
register-note = note
register-summary = register { $path }: { $new } new, { $open } still open, { $resolved } resolved since it was written
register-written = wrote { $path } ({ $entries ->
        [one] { $entries } finding
       *[other] { $entries } findings
    })
csv-finding-id = id
csv-state = state
csv-resolved-by = resolved by
meeting-title = Follow-up list for the control committee
meeting-none = No findings.
meeting-finding = Finding
meeting-question = Question to the administration
meeting-evidence = Evidence
meeting-resolved = Resolved by a later document
help-audit-today = The day deadlines are counted from (YYYY-MM-DD); default: today's date
help-audit-municipality = Only findings that concern this municipality, in every format
help-audit-register = The follow-up register (JSON, `samdiff schema register`): show each finding's status, and what is new, still open and resolved since it was written
help-audit-update-register = Write the register back (atomically): new findings added as open, every human field kept, findings no longer found marked resolved
help-audit-format-html = The same follow-up list as one HTML page
help-schema-kind-audit = Audit JSON (`samdiff-audit/1`)
help-schema-kind-register = The follow-up register (`samdiff-register/1`)
question-legal-basis-missing = What is the legal basis of this arrangement, and which council decisions established it?
question-legal-basis-uncertain = Which legal form does the arrangement actually have, and can the overview state it without reservation?
question-legal-basis-vague = Which kind of cooperation under the act is this (which chapter), and can the overview say so?
question-legal-form-unregistered = What does the printed form mean, and which legal form does the arrangement have?
question-legal-form-misread = Is the form printed in the overview the arrangement's actual legal form?
question-conversion-overdue = Has the arrangement been converted to a form the current act allows, and when did the councils decide it?
question-conversion-due = Has the arrangement been converted to a form the current act allows, and when did the councils decide it?
question-conversion-ahead = How and when do the councils plan to convert the arrangement before the deadline?
question-host-missing = Which municipality is the host, and where was that decided?
question-host-not-participant = Does the host municipality take part in the arrangement, and which of the overview's marks is wrong?
question-notice-given = How will the services be provided once the notice takes effect?
question-notice-without-date = Who gave notice, and from which date does it take effect?
question-vanished-without-notice = Has the arrangement ended, and if so, where is the council decision; if not, why is it missing from the overview?
question-listed-twice = Is this one arrangement or two, and can the overview list it once?
question-row-outside-scope = Does the municipality take part in this arrangement, and if not, why is it in the overview?
question-participation-unknown = Which of the municipalities take part in the arrangement?
question-participation-swapped = Which municipalities take part: did membership really change, or is a mark in the wrong column in one of the overviews?
question-host-changed-unexplained = Did the host municipality change, and which council decisions moved it?
question-name-variants = What is the arrangement's correct name, so that later overviews use one spelling?

# --- add ---
add-needs-snapshots = { $path }: `add` needs your own set: pass --snapshots DIR (it never writes into the built-in set); start one with `samdiff init DIR`
add-already-in-set = { $path }: this document is already in the set as `{ $id }` (same SHA-256)
add-id-taken = snapshot id `{ $id }` is already in the set: pass --id to name the new snapshot
add-bad-review = not a review file (samdiff-review/1): { $reason }
add-review-other-document = { $path }: this review file was written for another document (its format or SHA-256 differs)
add-bad-decision-flag = { $flag } `{ $value }`: expected LINE=ID (the new document's line and the candidate's id)
add-wrote-review = wrote { $path }: set each `decision` to "same" or "different", then run add again with --decisions { $path }
add-needs-decision = { $count } uncertain { $count ->
        [one] match needs
       *[other] matches need
    } a decision; nothing was written (--review FILE, then --decisions FILE, or --same/--different LINE=ID)
add-dry-run = dry run: nothing was written
add-wrote-source = source copied verbatim to { $path }
add-heading = { $id } ({ $date }): { $count } arrangements
add-matched = matched in the set: { $count }
add-new = new: { $count }
add-no-longer-listed = no longer listed (in { $snapshot }, not in the new document): { $count }
add-uncertain = uncertain pairs: { $count }, { $undecided ->
    [0] all decided
   *[other] { $undecided } to decide
}
add-line = line
add-why-ambiguous = another candidate scores nearly as well
add-why-below = below the threshold
add-decided-same = decided: same
add-decided-different = decided: different
add-undecided = undecided
init-not-empty = { $path }: directory is not empty: pass --force to copy the set into it anyway
init-done = copied the built-in set ({ $count } snapshots, registry, sources) to { $path }; add a document with `samdiff add FILE --snapshots { $path }`
add-rows-not-read = { $count } { $count ->
        [one] problem
       *[other] problems
    } in reading the document (see the warnings above); nothing was written: correct the document or name its columns (samdiff add --help)
help-cmd-init-examples =
    # Your own set, to add next year's overview to
    samdiff init my-set
help-cmd-add-examples =
    # Review first, then add the new overview to your set
    samdiff add overview-2022.csv --snapshots my-set --dry-run
    samdiff add overview-2022.csv --snapshots my-set
    # Uncertain matches: write them for a decision, then apply it
    samdiff add overview-2022.csv --snapshots my-set --review review.json
    samdiff add overview-2022.csv --snapshots my-set --decisions review.json
help-cmd-init = Start your own snapshot set as a copy of the built-in one
help-init-dir = The directory to create (or an empty one)
help-init-force = Write into a directory that is not empty (files of the same name are replaced)
help-cmd-add = Add a new document to your set: import, match ids, review, write
help-add-file = The document to add (a table or PDF text)
help-add-layout = The document's layout
help-add-layout-auto = Pick by content and say which on stderr
help-add-layout-table = Tab-, semicolon- or comma-separated with a header row
help-add-layout-pdf-text = A table flattened by PDF text extraction
help-add-as-of = The date the document describes (YYYY-MM-DD or YYYY)
help-add-scope = Municipalities the document covers, comma-separated
help-add-columns = Municipality column order for pdf-text
help-add-id = Snapshot id; default: the covered municipality and the year
help-add-dry-run = Show the review and write nothing
help-add-review = Write the uncertain matches to FILE for a decision (JSON)
help-add-decisions = Apply the decisions of a review file
help-add-same = Decide one uncertain pair as the same arrangement: LINE=ID
help-add-different = Decide one uncertain pair as different arrangements: LINE=ID
help-schema-kind-review = A review file of `samdiff add` (`samdiff-review/1`)
usage-as-of-not-raw = { $flag }: `{ $side }` is not a raw document (a snapshot carries its own date)
usage-as-of-no-raw-side = --as-of: neither side is a raw document (snapshots carry their own dates)
usage-as-of-which-side = --as-of: both sides are raw documents: pass { $old } and { $new }, one date each
note-ids-from-set = gave { $matched } of { $count } arrangements the set's ids{ $uncertain ->
        [0] {""}
       *[other] ; { $uncertain } uncertain left unpaired (review them with `samdiff add --dry-run`)
    }
help-diff-as-of = The date the one raw document describes (YYYY-MM-DD or YYYY)
help-diff-as-of-old = The date the earlier raw document describes
help-diff-as-of-new = The date the later raw document describes
help-match-as-of = The date the one raw document describes (YYYY-MM-DD or YYYY)
help-match-as-of-a = The date the raw document A describes
help-match-as-of-b = The date the raw document B describes
# --- scale ---
match-basis-key = key
import-row-no-key = row without a value in the key column `{ $column }`; row left out
note-matched-by-key = paired { $matched } of { $count } arrangements by key; { $across } pairs of an ended and an added arrangement share a name across keys (see `samdiff match --key`)
note-undated-by-order = { $path } prints no date: dated { $date } by its place on the command line (argument order is time order)
usage-key-needs-tables = `--key` pairs rows of two register tables: `{ $name }` is not a table file
help-diff-key = Diff two register tables by the key column COLUMN (an id, an organisation number): rows with equal keys are the same arrangement, names serve only to point out new keys
help-match-key = Match by the key column COLUMN of two register tables; names only pair what is left (an arrangement given a new key)
help-cmd-export = Write snapshots, arrangements, changes and findings as flat tables (JSON Lines, Parquet or SQLite) for DuckDB, Spark or Datasette
help-export-format = Output format
help-export-format-jsonl = One JSON object per line, one file per table
help-export-output = Where to write: for jsonl and parquet a directory (created if missing) holding one file per table (snapshots, arrangements, participation, changes, findings); for sqlite the database file
help-export-force = Overwrite tables (or the database) that already exist
help-cmd-export-examples =
    # Tables of the built-in data, then a query with DuckDB
    samdiff export -o tables
    duckdb -c "SELECT kind, count(*) FROM 'tables/changes.jsonl' GROUP BY kind"
    # The same tables as Parquet files, and as one SQLite database
    samdiff export --format parquet -o parquet
    samdiff export --format sqlite -o samdiff.sqlite



# --- truth ---
change-left-scope-plan = not in { $to }, which lists proposals, not the arrangements that exist: its silence is not an ending
change-entered-scope-plan = first listed in { $to }{ $standing }; { $from } is a plan, which lists proposals, not the arrangements that exist, so this says nothing about whether it is new
history-absent-plan = not listed (a plan lists proposals, not existing arrangements)
outside-scope-suffix = {" "}(uncertain: one of the documents does not cover { $municipality }, so it is no evidence that { $municipality } joined or left)
marks-doubt-suffix = {" "}(uncertain: the row's marks contradict the document's scope or moved to another municipality's column, a probable column slip; see the audit)
report-doubtful = Uncertain changes
report-doubtful-note = These changes rest on a doubtful reading of the documents: marks the audit judges a probable column slip, documents whose dates may be in the other order, or partners named only in passing. They are not listed among the changes above; check each against the sources before using it.
change-legal-form-stated = legal form now stated: { $after } (the earlier document left it empty, so this may not be a change)
change-legal-form-unstated = legal form no longer stated (was { $before }); an empty cell does not say the form changed
change-host-stated = host now stated: { $after } (the earlier document did not say, so this may not be a change)
change-host-unstated = host no longer stated (was { $before }); the later document does not say whether it changed
change-comment-whole = comment rewritten: was { $before }, now { $after }
change-form-spelling = legal form spelled differently, the same form: { $before } → { $after }
change-added-plain = new in { $to }{ $standing }
change-ended-plain = no longer listed in { $to }


# --- shapes ---
source-invalid-encoding = invalid { $encoding } data (byte 0x{ $byte })
source-unknown-encoding = unknown text encoding: byte 0x{ $byte } is not UTF-8, and the text does not read as Windows-1252 either
hint-encoding = save the file as UTF-8 (in Excel: "CSV UTF-8"), or convert it, e.g. `iconv -f ENCODING -t utf-8`
import-workbook-encrypted = workbook is password-protected: samdiff cannot read encrypted workbooks
hint-workbook-password = open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and import that
import-workbook-corrupt = cannot read the workbook ({ $reason }): expected an .xlsx, .xlsm, .xls or .ods file
import-workbook-empty = workbook has no filled cells: expected a sheet with an overview table
import-sheet-not-found = no sheet named "{ $sheet }": the workbook has { $sheets }
import-no-header-sheet = no header row in any sheet ({ $sheets }): expected a row naming the columns (such as Samarbeid, Type samarbeid, Kommentar and municipality names) over rows with marks
hint-columns = name the columns with --name-column, --category-column, --form-column, --host-column, --comment-column, --status-column, --id-column, --municipality-columns or --members-column
import-layout-sheet = sheet "{ $sheet }" read (of { $sheets }): row { $line } is a header row with { $count } municipality columns
import-read-encoding = read as { $encoding }
import-column-no-role = column "{ $column }" fits no role (name, category, form, host, comment, status, id or a municipality): its cells are not read
import-data-before-header = row above the header (line { $header }) holds "{ $value }" in column "{ $column }": it looks like data, so it would be lost
import-merged-rows = merged cells { $area } span several table rows: the value belongs to row { $row } only
import-no-scope = { $path }: the document does not say whose cooperation it lists (such as "Øyer deltar i …" or "kommunene A, B og C"); its municipality columns are { $columns }: pass --scope M,…
import-year-out-of-range = the document's date { $evidence } has year { $year }: expected 1900 to 2100; pass --as-of
issue-source-sheet-missing = source { $path } is a workbook: `source.sheet` must name the sheet whose rows the citations count
issue-source-sheet-unknown = source { $path } has no sheet "{ $sheet }"
import-layout-word = Word document: block { $line } (a table row) is a header row with { $count } municipality columns
import-scope-every-column = the document does not say whose cooperation it lists: every municipality column ({ $columns }) is taken as its scope; import it with --scope to decide
help-import-sheet = Workbook sheet to read; default: the sheet holding the header table
help-import-name-column = Header of the column of arrangement names
help-import-category-column = Header of the column of policy areas (fagområde)
help-import-form-column = Header of the column of legal forms
help-import-host-column = Header of the column of host municipalities
help-import-comment-column = Header of the comment column
help-import-status-column = Header of the status column ("Aktiv", "Avviklet", "Under utredning")
help-import-id-column = Header of the column of ids or organisation numbers, kept as each arrangement's key
help-import-municipality-columns = Headers of the municipality columns, comma-separated; only these are read as participation
help-import-members-column = Header of a column listing each row's participating municipalities ("Gausdal, Øyer")
help-add-sheet = Workbook sheet to read; default: the sheet holding the header table
help-add-name-column = Header of the column of arrangement names
help-add-category-column = Header of the column of policy areas (fagområde)
help-add-form-column = Header of the column of legal forms
help-add-host-column = Header of the column of host municipalities
help-add-comment-column = Header of the comment column
help-add-status-column = Header of the status column ("Aktiv", "Avviklet", "Under utredning")
help-add-id-column = Header of the column of ids or organisation numbers, kept as each arrangement's key
help-add-municipality-columns = Headers of the municipality columns, comma-separated; only these are read as participation
help-add-members-column = Header of a column listing each row's participating municipalities ("Gausdal, Øyer")
# --- followup ---
help-audit-output = { help-report-output }
help-audit-force = { help-report-force }
help-report-today = The day the audit's deadlines are counted from (YYYY-MM-DD); default: the date of the newest document in the range, so the same documents always give the same report
help-audit-format-docx = The follow-up list as a Word document for the meeting's agenda
meeting-doc-intro = Deadlines are counted from { $today }. Based on { $documents }.
meeting-doc-municipality = { $title }: { $municipality }
meeting-register-counts = Against the follow-up register: { $new } new, { $open } still open, { $resolved } resolved since it was written.
meeting-lines = { $count ->
        [one] line { $lines }
       *[other] lines { $lines }
    }
meeting-evidence-at = { $document }, { $lines }: “{ $excerpt }”
meeting-finding-id = Finding id: { $id }
meeting-no-longer-found = No longer found in the documents
meeting-sheet = Follow-up
meeting-col-municipality = Municipality
meeting-col-priority = Priority
meeting-col-number = No.
meeting-col-id = Finding id
meeting-col-status = Status
meeting-col-owner = Owner
meeting-col-due = Due date
meeting-col-case = Case number
meeting-col-note = Note
meeting-col-question = Question to the administration
meeting-col-finding = Finding
meeting-due-passed = { $due } (passed)
meeting-col-evidence = Evidence
register-unread = { $count ->
        [one] { $count } register entry rests
       *[other] { $count } register entries rest
    } on documents this audit did not read ({ $documents }): left as { $count ->
        [one] it was
       *[other] they were
    }, neither still open nor resolved

# --- export ---
export-database-is-directory = { $path }: names a directory: --format sqlite writes one database file: name the file, such as { $file }
export-not-directory = { $path }: is not a directory: --format { $format } writes one file per table into a directory
export-incomplete-set = nothing exported: a snapshot file above could not be read, and an export holds the whole set
help-export-format-parquet = One Parquet file per table, typed columns
help-export-format-sqlite = One SQLite database file holding every table, typed columns, keys and indexes

# --- brief ---

timeline-legend-yes = { $municipality } takes part
timeline-legend-no = { $municipality } does not take part by the document's account (listed without { $municipality }, or missing from a complete overview covering { $municipality })
timeline-legend-unknown = the document does not show whether { $municipality } takes part
timeline-legend-considering = { $municipality } is considering taking part (a proposal or a study)
timeline-legend-silent = the document says nothing about { $municipality } in this arrangement
timeline-blank = (blank)
timeline-short-notice = notice given
timeline-short-ended = ended
timeline-note-host = { $when }: new host { $to } (before { $from })
timeline-note-form = { $when }: new legal form { $to } (before { $from })
report-timeline-note-for = Arrangements { $municipality } takes part in or hosts in at least one document, grouped by policy area; columns are the source documents in date order; the last column names new hosts and legal forms.
report-timeline-columns = Columns
report-timeline-changes = Changes
report-timeline-column = { $label }: { $name }, { $title }
brief-coverage = Note: { $documents } { $count ->
        [one] covers only the cooperation of { $covers }; for { $municipality } it shows
       *[other] cover only the cooperation of { $covers }; for { $municipality } they show
    } only cooperation shared with { $covers }.
state-newer-not-covering = { $count ->
        [one] ; { $documents } is newer but covers only the cooperation of { $covers }
       *[other] ; { $documents } are newer but cover only the cooperation of { $covers }
    }
state-details-from = Name, legal form, host and partners are as in the newest of these documents that lists the arrangement; it is named first among the sources.
match-same-form = same legal form: { $form }

# --- keyed ---
import-key-column-missing = no column `{ $column }` in the header row (line { $line }): the key column must be one of { $columns }
help-import-key = Header of the key column (an id, an organisation number): each row's cell becomes its arrangement's key, a row without one is reported and left out
help-add-key = Header of the key column (an id, an organisation number): a row takes the id of the arrangement with its key in the set first, then by name
# --- session 3 ---
add-why-overruled = above the threshold, overruled by the decision
add-why-few-words = over the threshold by the rest of the row, but the names share few words
match-kept-apart = { $count } kept apart: over the threshold by the rest of the row, but the names share few words (add asks about them)
