# samdiff-meldinger, norsk bokmål. Hver id her må også finnes i en.ftl
# (ellers feiler en test). Nøklene står i src/i18n/keys.rs.

## Kolonneoverskrifter

col-id = id
col-kind = type
col-as-of = per
col-covers = dekker
col-mentions = nevner
col-arrangements = samarbeid
col-title = tittel
col-name = navn
col-form = organisasjonsform
col-host = vertskommune
col-status = status
col-comment = merknad
col-category = fagområde
col-municipality = kommune
col-count = antall
col-change-kind = endring
col-file = fil
col-sha256 = SHA-256
col-scope = omfang

## Dokumenttyper

kind-inventory = oversikt
kind-plan = plan

## show

show-header = { $kind } · per { $as_of } · dekker { $covers }
show-columns-printed = kolonner: { $columns } (står i overskriftsraden)
show-columns-inferred = kolonner: { $columns } (overskriftsraden mangler; rekkefølgen er kuratorens vurdering)
show-marks = tegn: x ja · - nei · ? ukjent · ~ vurderer
show-listed-times = [oppført { $count } ganger]
no-category = (uten fagområde)

## Vertskommune og status

host-outside = { $name } (utenfor)
host-none = ingen
status-active = aktiv
status-notice-given = sagt opp
status-notice-given-by = sagt opp av { $by }
status-notice-given-from = sagt opp med virkning fra { $date }
status-notice-given-by-from = sagt opp av { $by } med virkning fra { $date }
status-ended = avsluttet
status-ended-on = avsluttet { $date }
status-proposed = foreslått
status-under-study = under utredning

## validate

validate-ok = ok: { $snapshots ->
        [one] { $snapshots } dokument
       *[other] { $snapshots } dokumenter
    }, { $arrangements } samarbeid, alle siterte linjer kontrollert
validate-problems = { $problems } feil i { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    }; { $valid ->
        [one] { $valid } dokument er gyldig
       *[other] { $valid } dokumenter er gyldige
    }

## Tidslinje

unknown = ukjent
timeline-legend = Tegnforklaring
timeline-active = oppført, aktiv
timeline-notice = oppført, sagt opp
timeline-ended = oppført som avsluttet
timeline-proposed = foreslått eller under utredning
timeline-not-listed = ikke oppført, selv om dokumentet er en fullstendig oversikt som dekker en deltakerkommune
timeline-outside = ikke oppført, og dokumentet sier ikke noe om samarbeidet (utenfor omfanget, ikke fullstendig eller en plan)
timeline-unknown = dokumentet viser ikke om alle kommunene det dekker, deltar
timeline-cell-listed = { $name } i { $snapshot }: { $status }; vertskommune { $host }; organisasjonsform { $form }
timeline-cell-not-listed = { $name }: ikke oppført i { $snapshot }, som er en fullstendig oversikt for en deltakerkommune
timeline-cell-outside = { $name }: ikke med i { $snapshot }, som ikke sier noe om dette samarbeidet

## Rapport

report-title = Interkommunalt samarbeid: hva som er endret
report-subtitle = { $count ->
        [one] Ett kildedokument
       *[other] { $count } kildedokumenter
    }, { $first } til { $last }
report-intro = Rapporten sammenligner daterte oversikter over interkommunalt samarbeid. Hver endring nedenfor viser til linjene i kildedokumentene den bygger på, og vedlegget lister hvert dokument med SHA-256-sjekksum, slik at alle kan kontrollere rapporten mot dokumentene.
report-contents = Innhold
report-summary = Sammendrag
report-summary-total = { $count ->
        [one] Én endring
       *[other] { $count } endringer
    } ({ $cosmetic ->
        [one] én av dem gjelder bare skrivemåte
       *[other] { $cosmetic } av dem gjelder bare skrivemåte
    }) mellom { $steps ->
        [one] to påfølgende dokumenter
       *[other] påfølgende dokumenter ({ $steps } sammenligninger)
    }.
report-by-kind = Endringer etter type
report-by-municipality = Endringer per kommune
report-by-category = Endringer per fagområde
report-changes = Viktige endringer
report-changes-note = Rene skrivemåteendringer, endrede merknader, samarbeid som bare gikk ut av eller kom inn i et dokuments omfang, og endringer bare på papiret (en organisasjonsform med ny betegnelse etter ny lov, en samarbeidspart erstattet av sin etterfølger, deltakelse som bare ble kjent, et samarbeid omtalt med andre ord i løpende tekst) er talt med i sammendraget, men ikke listet her.
report-no-changes = Ingen endringer.
report-timeline = Tidslinje
report-timeline-note = Radene er samarbeid, gruppert etter fagområde; kolonnene er kildedokumentene i datorekkefølge; siste kolonne nevner ny vertskommune og ny organisasjonsform.
report-municipalities = Kommune for kommune
report-joined = Ble med i
report-left = Meldte seg ut av, eller samarbeidet ble avsluttet
report-hosts = Vertskommune for (i { $snapshot })
report-none = ingen
report-findings = Funn fra kontrollen
report-no-findings = Ingen funn.
report-why = Hvorfor det betyr noe
report-evidence = Kilde
report-appendix = Vedlegg: kildedokumenter
report-appendix-note = Et dokument kontrolleres ved å beregne SHA-256-sjekksummen (for eksempel med kommandoen sha256sum FIL) og sammenligne den med verdien nedenfor.
report-colophon = Laget med samdiff { $version } fra dokumentene som er listet i vedlegget.
report-original-name = opprinnelig filnavn
report-total = totalt

## Endringstyper (én per ChangeKind)

change-kind-added = Nye samarbeid
change-kind-ended = Avsluttet
change-kind-notice-given = Sagt opp
change-kind-left-scope = Gått ut av dokumentets omfang
change-kind-entered-scope = Kommet inn i dokumentets omfang
change-kind-reappeared = Oppført igjen
change-kind-renamed = Endret navn
change-kind-category-changed = Flyttet til et annet fagområde
change-kind-legal-form-changed = Ny organisasjonsform
change-kind-legal-form-relabelled = Ny betegnelse på organisasjonsformen (samme grunnlag)
change-kind-host-changed = Ny vertskommune
change-kind-participant-joined = Deltakerkommune kom til
change-kind-participant-left = Deltakerkommune meldte seg ut
change-kind-participation-uncertain = Usikker deltakelse
change-kind-partner-joined = Ny samarbeidspart
change-kind-partner-left = Samarbeidspart ikke lenger oppført
change-kind-partner-succeeded = Samarbeidspart erstattet av etterfølger
change-kind-comment-changed = Endret merknad
change-kind-status-changed = Endret status

## Setninger i endringsloggen (src/render/sentences.rs)

change-group-ended = Avsluttet og sagt opp
change-group-added = Nye
change-group-host-and-form = Vertskommune og organisasjonsform
change-group-members = Deltakere og samarbeidsparter
change-group-other = Andre endringer
change-group-scope = Utenfor et dokuments omfang (verken nye eller avsluttede)
log-step-summary = { $shown ->
        [0] ingen endringer
        [one] 1 endring
       *[other] { $shown } endringer
    }
log-step-hidden-cosmetic = { $hidden ->
        [one] 1 ren skrivemåteendring skjult (--all viser den)
       *[other] { $hidden } rene skrivemåteendringer skjult (--all viser dem)
    }
log-title-none = endringslogg: ingen dokumenter
log-title-one = endringslogg: bare ett dokument, { $snapshot }; ingenting å sammenligne
log-title-two = endringer fra { $from } til { $to }
log-title-many = endringslogg for { $count } dokumenter, eldste først
list-and = { $init } og { $last }
quoted = «{ $text }»
say-status-active = aktiv
say-status-notice = sagt opp
say-status-notice-by = sagt opp av { $by }
say-status-notice-effective = sagt opp med virkning fra { $date }
say-status-notice-by-effective = sagt opp av { $by } med virkning fra { $date }
say-status-ended = avsluttet
say-status-ended-on = avsluttet ({ $date })
say-status-proposed = foreslått
say-status-under-study = under utredning
say-no-host = ingen vertskommune
say-no-form = ingen
say-form-both = { $printed } ({ $normalised })
participation-yes = ja
participation-no = nei
participation-unknown = ukjent
participation-considering = vurderer
change-added = ny i { $to }{ $standing }; { $from } dekker { $considering ->
        [yes] { $basis }, som vurderer det
       *[other] { $n ->
            [one] deltakerkommunen
           *[other] deltakerkommunene
        } { $basis }
    }
change-reappeared = oppført igjen i { $to } etter å ha manglet i { $from }; sist oppført i { $last }
change-ended-marked = markert som { $status }
change-ended = ikke lenger oppført i { $to }, som dekker { $n ->
        [one] deltakerkommunen
       *[other] deltakerkommunene
    } { $basis }{ $was ->
        [proposed] {" "}(det var bare foreslått)
        [under_study] {" "}(det var bare under utredning)
       *[other] {""}
    }
change-notice = sagt opp, uten oppgitt virkningsdato
change-notice-by = sagt opp av { $by }, uten oppgitt virkningsdato
change-notice-effective = sagt opp med virkning fra { $date }
change-notice-by-effective = sagt opp av { $by } med virkning fra { $date }
change-notice-plain = sagt opp
change-left-scope-uncertain = ikke med i { $to }, som dekker { $basis }, men { $from } sier ikke om { $basis } deltar: samarbeidet kan være avsluttet
change-left-scope = ikke med i { $to }, som ikke dekker deltakerne; ikke avsluttet
change-entered-scope-uncertain = først oppført i { $to }; { $from } dekker { $basis }, men { $to } sier ikke om { $basis } deltar: samarbeidet kan være nytt
change-entered-scope = først oppført i { $to }{ $standing }; { $from } dekket ikke deltakerne, så samarbeidet er ikke nytt
change-renamed = endret navn fra { $before } til { $after }
change-renamed-spelling = endret navn fra { $before } til { $after } (bare skrivemåte)
change-renamed-similar = endret navn fra { $before } til { $after } (likhet { $similarity })
change-category-moved = flyttet fra fagområdet { $before } til { $after }
change-category-now = nå oppført under fagområdet { $after }
change-category-no-longer = ikke lenger under et fagområde (var { $before })
change-category-changed = fagområde endret
change-legal-form = organisasjonsform endret fra { $before } til { $after }
change-relabelled = organisasjonsformen fikk ny betegnelse, fra { $before } til { $after }, { $tail }
change-relabel-now-uncertain = nå markert som usikker i dokumentet
change-relabel-no-longer-uncertain = ikke lenger markert som usikker
change-relabel-printed = skrevet annerledes
change-relabel-same-basis = samme rettslige grunnlag
change-host = vertskommune endret fra { $before } til { $after }
change-joined = { $municipality } ble med
change-joined-considering = { $municipality } ble med (vurderte det før)
change-left = { $municipality } meldte seg ut
change-left-considering = { $municipality } meldte seg ut (vurderer nå bare å delta)
change-uncertain = deltakelsen til { $municipality } gikk fra { $before } til { $after }; ikke rapportert som inn- eller utmelding
change-partner-joined = ny samarbeidspart: { $partner }
change-partner-left = samarbeidspart ikke lenger oppført: { $partner }
change-partner-succeeded = samarbeidspart { $before } erstattet av { $after }
change-comment-added = merknad lagt til: { $text }
change-comment-removed = merknad fjernet: { $text }
change-comment = merknad endret: { $diff }
change-comment-cosmetic = merknad bare omformulert (tegnsetting, store og små bokstaver, rekkefølge, en forkortelse eller «kommune»): { $diff }
change-status = status endret fra { $before } til { $after }
side-before = før
side-after = etter
history-form-not-stated = organisasjonsform ikke oppgitt
history-host = vertskommune { $host }
history-no-host = ingen vertskommune
history-host-not-stated = vertskommune ikke oppgitt
history-participants-not-stated = deltakere ikke oppgitt
history-absent-covered = ikke oppført (dokumentet dekker en deltakerkommune: fantes ikke)
history-absent-unknown = ikke oppført (kan ikke avgjøre om samarbeidet er avsluttet eller nytt: der det er oppført, er deltakelsen ukjent for en kommune dette dokumentet dekker)
history-absent-not-exhaustive = ikke oppført (dokumentet lister ikke alle samarbeid: at det mangler, beviser ingenting)
history-absent-out-of-scope = ikke oppført (utenfor dokumentets omfang)
col-snapshot = dokument
col-source = kilde
col-entry = oppføring
change-left-scope-not-exhaustive = ikke med i { $to }; dokumentet lister ikke alle samarbeid (det er et sammendrag i prosa, eller sier selv at det ikke er uttømmende), så at det mangler, kan bety at samarbeidet er avsluttet, eller ikke
change-entered-scope-not-exhaustive = først oppført i { $to }{ $standing }; { $from } lister ikke alle samarbeid (det er et sammendrag i prosa, eller sier selv at det ikke er uttømmende), så samarbeidet kan være nytt eller ikke
arrangement-count = { $count ->
        [one] 1 samarbeid
       *[other] { $count } samarbeid
    }
step-order-note = merk: { $snapshot } er bare datert { $date }, så det kan være senere eller tidligere enn { $other }; endringene er lest i denne rekkefølgen
order-uncertain-suffix = {" "}(usikkert: datoene til de to dokumentene overlapper, så rekkefølgen kan være den motsatte)
prose-partner-suffix = {" "}(usikkert: ett av dokumentene er løpende tekst, som bare nevner samarbeidsparter i forbifarten)
standing-proposed = som forslag, ikke et etablert samarbeid
standing-under-study = som utredning, ikke et etablert samarbeid
standing-already = allerede { $status }
change-named-differently = ulike navn: { $before } i { $from }, { $after } i { $to } (ett av dem fra en setning, ikke et trykt navn; likhet { $similarity })

## Kontroll: hvorfor hvert funn betyr noe (ett per funnkode)

finding-why-legal-basis-missing = hvert samarbeid trenger et rettslig grunnlag som kommunestyrene har vedtatt; en tom celle for organisasjonsform betyr at oversikten ikke viser hvilke regler som gjelder
finding-why-legal-basis-uncertain = dokumentet selv er usikkert på det rettslige grunnlaget, så kommunestyret kan ikke stole på oversikten når det gjelder hvilke regler som gjelder for samarbeidet
finding-why-legal-basis-vague = å bare nevne loven sier ikke hvilken samarbeidsform det er, og formene har ulike regler for styre, vertskommune og avtale
finding-why-legal-form-unregistered = en organisasjonsform registeret ikke kjenner, kan ikke sammenlignes over år, så ny betegnelse og reell endring av organisasjonsform kan ikke skilles fra hverandre
finding-why-legal-form-misread = den kuraterte organisasjonsformen må være en lesning av det dokumentet skriver, ellers melder endringsloggen en endring som aldri skjedde
finding-why-conversion-overdue = loven krevde at denne samarbeidsformen skulle være omdannet innen fristen, så et samarbeid som fortsatt står med den gamle formen, kan mangle gyldig rettslig grunnlag
finding-why-conversion-due = loven krever at denne samarbeidsformen omdannes innen en frist, og kommunestyrene må vedta den nye avtalen i tide
finding-why-conversion-ahead = en kommende lovendring vil kreve at samarbeidet omdannes, og det bør kommunestyrene planlegge for
finding-why-host-missing = i et vertskommunesamarbeid har vertskommunen ansvaret for tjenesten og det rettslige ansvaret, så oversikten bør si hvilken kommune det er
finding-why-host-not-participant = en vertskommune driver tjenesten for deltakerkommunene og må selv delta, så enten vertskommunen eller kryssene er feil
finding-why-notice-given = en oppsigelse avslutter samarbeidet fra virkningsdatoen, og tjenestene det gir, må være ordnet på annen måte innen da
finding-why-notice-without-date = uten virkningsdato kan ingen vite når samarbeidet avsluttes og tjenestene må ordnes på annen måte
finding-why-vanished-without-notice = et samarbeid som forsvinner uten registrert oppsigelse, kan være avsluttet uten vedtak i kommunestyret, eller være utelatt fra oversikten ved en feil
finding-why-listed-twice = en rad som står to ganger, får oversikten til å se større ut enn den er, og kan skjule to ulike samarbeid under samme navn
finding-why-row-outside-scope = dokumentet sier at det dekker disse kommunenes samarbeid, så en rad ingen av dem deltar i, er i strid med dokumentets eget omfang
finding-why-participation-unknown = dokumentet viser ikke hvem som deltar, så enhver konklusjon om disse kommunenes deltakelse bygger på gjetning
finding-why-participation-swapped = kryss som flytter seg fra én kommune til en annen mellom årene, skyldes oftere en forskjøvet kolonne enn en reell endring, så noen bør kontrollere kildene
finding-why-host-changed-unexplained = ny vertskommune flytter tjenesten og det rettslige ansvaret til en annen kommune, noe som krever vedtak i kommunestyrene; finnes ingen slike vedtak, er ett av dokumentene feil
finding-why-name-variants = samme samarbeid skrevet på ulike måter i dokumentene er vanskelig å finne og lett å forveksle med to ulike samarbeid
severity-info = opplysning
severity-warning = advarsel
severity-error = feil

## CSV-kolonner

csv-from = fra
csv-to = til
csv-kind = type
csv-kind-label = endring
csv-arrangement = samarbeid-id
csv-name = navn
csv-category = fagområde
csv-municipality = kommune
csv-before = før
csv-after = etter
csv-cosmetic = bare skrivemåte
csv-uncertain = usikker
csv-description = beskrivelse
csv-evidence-before = kilde før
csv-evidence-after = kilde etter
csv-code = kode
csv-severity = alvorlighet
csv-snapshot = dokument
csv-message = funn
csv-why = hvorfor det betyr noe
csv-evidence = kilde
csv-yes = ja
csv-no = nei

## Funn fra kontrollen (src/audit/messages.rs)

finding-legal-basis-missing = `{ $name }` har ingen organisasjonsform i dokumentet
finding-legal-basis-uncertain = `{ $name }` har organisasjonsformen `{ $printed }`, som dokumentet selv markerer som usikker (lest som { $label })
finding-legal-basis-vague = `{ $name }` har organisasjonsformen `{ $printed }`, som bare nevner loven, ikke hvilken samarbeidsform det er
finding-legal-form-unregistered = `{ $name }` har organisasjonsformen `{ $printed }`, en skrivemåte registeret ikke kjenner
finding-legal-form-misread = `{ $name }` står med `{ $printed }`, som registeret leser som `{ $expected }`, men den kuraterte oppføringen sier `{ $curated }`
finding-conversion = `{ $name }` { $ahead ->
        [yes] står med
       *[other] står fortsatt med
    } `{ $printed }`{ $uncertain ->
        [yes] {" "}(markert som usikker)
       *[other] {""}
    }, { $label }; samarbeidet må omdannes til { $to }. { $when }
finding-when-overdue = Fristen { $deadline } gikk ut { $ago }, og { $snapshot }, som er datert etter fristen, viser den fortsatt
finding-when-maybe-overdue = { $snapshot } kan være datert etter fristen { $deadline }
finding-when-due = Fristen { $deadline } er { $until }
finding-when-ahead = Omdanningsperioden har ikke startet; fristen { $deadline } er { $until }
finding-host-missing = `{ $name }` er { $label }, men ingen vertskommune er oppgitt
finding-host-not-participant = `{ $name }` oppgir { $host } som vertskommune, men { $host } er ikke krysset av som deltaker
finding-notice-given-by = { $by } har sagt opp `{ $name }` med virkning fra { $effective }
finding-notice-given = `{ $name }` er sagt opp med virkning fra { $effective }
finding-notice-without-date-by = { $by } har sagt opp `{ $name }`; dokumentet oppgir ingen virkningsdato
finding-notice-without-date = `{ $name }` er sagt opp; dokumentet sier verken av hvem eller fra når
finding-vanished = `{ $name }` er oppført i { $before } for { $covered }, men ikke i { $after }, som dekker { $covered }; { $before } viser ingen oppsigelse{ $overlap ->
        [yes] {" "}(usikkert: datoene til de to dokumentene overlapper, så rekkefølgen kan være den motsatte)
       *[no] {""}
    }
finding-listed-twice = `{ $name }` står mer enn én gang: rader på linje { $rows }
finding-same-name-twice = `{ $name }` er navnet på mer enn én oppføring: { $ids }
finding-row-outside-scope-unmarked = `{ $name }` er oppført, men ingen kommune er krysset av, selv om dokumentet sier at det dekker samarbeidet til { $covered }
finding-row-outside-scope = `{ $name }` er krysset av bare for { $marked }, ikke for { $covered }, som dokumentet sier at det dekker samarbeidet til
finding-participation-unknown-one = `{ $name }` er oppført, men dokumentet viser ikke om { $municipality } deltar
finding-participation-unknown = `{ $name }` er oppført, men dokumentet viser ikke hvem av { $covered } som deltar
finding-participation-swapped = `{ $name }` er krysset av for { $left } i { $before }, men for { $joined } i stedet i { $after }
finding-host-changed = `{ $name }` har vertskommune { $old } i { $before }, men { $new } i { $after }, og ingen hendelse i registeret forklarer det
finding-name-variants = ett samarbeid er skrevet { $variants }
finding-spelled-in = `{ $name }` i { $snapshot }
finding-unknown-form = en ukjent organisasjonsform

## Kontrollrapporter

audit-why = hvorfor:
audit-at = kilde:
audit-summary = { $findings } funn i { $snapshots ->
        [one] { $snapshots } dokument
       *[other] { $snapshots } dokumenter
    }: { $errors } feil, { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    }, { $infos ->
        [one] { $infos } opplysning
       *[other] { $infos } opplysninger
    }
audit-title = Kontroll av oversikter over interkommunalt samarbeid
audit-registry = Register: `{ $registry }`.
audit-col-errors = feil
audit-col-warnings = advarsler
audit-col-info = opplysninger

## Oppfølging av forslag

proposal-realised = `{ $name }` ble `{ $became }` ({ $status } i { $snapshot })
proposal-under-study = `{ $name }` er fortsatt under utredning i { $snapshot }
proposal-ended = `{ $name }` ble etablert og er avsluttet innen { $snapshot }
proposal-checked = { $snapshot }, som dekker { $covers }
proposal-no-later = `{ $name }`: ingen senere oversikt å kontrollere mot
proposal-not-started = `{ $name }` er ikke oppført i noen senere oversikt (kontrollert: { $checked })
outcome-realised = gjennomført
outcome-under-study = under utredning
outcome-ended = avsluttet
outcome-not-started = ikke startet
proposals-no-plan = ingen plan
proposals-summary = { $count } forslag i { $plans }: { $outcomes }
proposals-title = Forslag og utredninger
proposals-col-plan = plan
proposals-col-proposal = forslag
proposals-col-outcome = utfall

## Feilmeldinger

error-label = feil
error-read = { $path }: kan ikke lese: { $reason }
error-write = { $path }: kan ikke skrive: { $reason }
error-unknown-snapshot = ukjent dokument `{ $name }`: forventet ett av { $known }
error-ambiguous-snapshot = tvetydig dokument `{ $name }`: det passer med { $candidates }; oppgi ett av dem med id

## Valideringsfeil, bruksfeil og merknader fra kommandolinjen

issue-hint-label = tips
issue-at = { $location }: { $message }
prefixed = { $prefix }: { $message }
issue-binary-json = binærfil (NUL-byte): forventet UTF-8-kodet JSON-tekst
issue-bad-utf8 = ugyldig UTF-8 (byte 0x{ $byte } ved posisjon { $offset }): forventet UTF-8-tekst
issue-empty-json = tom fil: forventet et JSON-objekt med "format": "{ $format }"
issue-not-object = forventet et JSON-objekt på øverste nivå
issue-unsupported-format = formatet `{ $found }` støttes ikke: forventet `{ $expected }`
hint-snapshot-format = denne versjonen av samdiff leser { $format }-filer
issue-missing-format = mangler feltet `format`: forventet "{ $format }"
json-unknown-field = ukjent felt `{ $field }`: forventet ett av { $expected }
json-unknown-field-one = ukjent felt `{ $field }`: forventet { $expected }
json-unknown-field-none = ukjent felt `{ $field }`: her skal det ikke være noen felt
json-unknown-variant = ukjent verdi `{ $value }`: forventet én av { $expected }
json-unknown-variant-one = ukjent verdi `{ $value }`: forventet { $expected }
json-unknown-variant-none = ukjent verdi `{ $value }`: her er ingen verdier tillatt
json-missing-field = mangler feltet `{ $field }`
json-duplicate-field = feltet `{ $field }` står to ganger
json-invalid-type = feil type: { $found }, forventet { $expected }
json-invalid-value = ugyldig verdi: { $found }, forventet { $expected }
json-invalid-length = feil lengde { $length }, forventet { $expected }
json-eof = filen slutter uventet midt i { $what }
json-eof-other = filen slutter uventet: { $detail }
json-expected-value = forventet en JSON-verdi
json-expected = forventet { $token }
json-expected-either = forventet { $first } eller { $second }
json-trailing-characters = overflødige tegn etter JSON-verdien
json-trailing-comma = komma etter siste element
json-key-must-be-string = nøkkelen må være en tekst i anførselstegn
json-control-character = kontrolltegn (\u0000-\u001F) inne i en tekst
json-invalid-escape = ugyldig escape-sekvens
json-invalid-number = ugyldig tall
json-number-out-of-range = tallet er utenfor gyldig område
json-recursion-limit = for mange nivåer inni hverandre
json-other = feil i JSON-innholdet: { $detail }
invalid-date = ugyldig dato `{ $date }`: forventet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD med en dag som finnes
issue-invalid-id = ugyldig id for { $what } `{ $id }`: forventet små ASCII-bokstaver, sifre og bindestreker
issue-duplicate-arrangement-id = duplisert id for samarbeid `{ $id }`: først brukt på linje { $line }; hvert samarbeid står én gang per dokument (siter en gjentatt rad som en ekstra kildehenvisning)
issue-empty-name = tomt navn: forventet navnet slik det står i dokumentet
issue-no-provenance = samarbeidet `{ $id }` viser ikke til noen kildelinje: forventet minst én kildehenvisning
issue-date-precision = datoen `{ $date }` passer ikke med presisjonen `{ $precision }`: forventet { $pattern }
issue-range-reversed = datoperioden slutter før den begynner ({ $from } > { $to }): forventet `from` <= `to`
issue-range-no-evidence = en datoperiode må ha belegg: forventet minst én kildehenvisning
issue-covered-and-mentioned = kommunen `{ $municipality }` står både som dekket og som nevnt: før den opp én gang, under `covers`
issue-column-undeclared = kolonnen `{ $column }` er ikke en oppgitt kommune: forventet én av { $expected }
issue-participant-undeclared = deltakeren `{ $municipality }` er ikke oppgitt i dokumentets omfang: forventet én av { $expected }
issue-host-undeclared = vertskommunen `{ $host }` er ikke oppgitt i dokumentets omfang: forventet én av { $expected } (bruk {"{"}"outside": "{ $host }"{"}"} for andre)
issue-source-path-not-relative = kildestien `{ $path }` må være relativ til dokumentmappen, uten `..`
issue-source-unreadable = kildefilen `{ $path }` kan ikke leses: { $reason }
issue-sha256-mismatch = SHA-256 for `{ $path }` stemmer ikke: filen har { $actual }, dokumentet oppgir { $declared }
issue-source-not-text = kildefilen er ikke tekst: { $problem }
issue-citation-no-lines = kildehenvisningen har ingen linjer: forventet minst ett linjenummer
issue-cited-line-missing = sitert linje { $line } finnes ikke: kilden har linje 1 til { $count }
issue-quote-not-on-lines = sitatet "{ $quote }" står ikke på de siterte linjene { $lines }
issue-name-not-on-lines = de siterte linjene { $lines } nevner ikke `{ $name }`: forventet navnet slik det står der, eller et `quote` med ordene som navngir det
issue-skipped-line-missing = overhoppet linje { $line } finnes ikke: kilden har linje 1 til { $count }
issue-duplicate-snapshot-id = duplisert dokument-id `{ $id }`: brukes også av { $other }
issue-cannot-read = kan ikke lese: { $reason }
issue-no-embedded-registry = dette programmet er bygd uten register: forventet snapshots/registry.json
issue-duplicate = duplisert { $what } `{ $key }`: først definert på linje { $line }
unknown-change-kind = ukjent endringstype `{ $kind }`: forventet én av { $expected }
issue-explains-empty = `explains` for en hendelse må ha minst én endringstype og ett ord
issue-relabelled-as-itself = organisasjonsformen `{ $form }` får seg selv som nytt navn: forventet en annen form
issue-unknown-event = ukjent hendelse `{ $event }`: forventet én av { $expected }
issue-deadline-before-start = fristen { $deadline } er før omdanningsperioden begynner ({ $start }): forventet en senere frist
issue-relabelled-and-converted = organisasjonsformen `{ $form }` er både omdøpt og skal omdannes: forventet én av `relabelled_as`, `must_convert`
issue-empty-spelling = tom skrivemåte: forventet formen slik den står i dokumentet
issue-ceases-before-exists = `{ $id }` opphører ({ $until }) før den oppstår ({ $from }): forventet `exists_from` <= `exists_until`
issue-succession-no-predecessor = en etterfølging må ha minst én forgjenger
issue-unknown-organisation = ukjent organisasjon `{ $organisation }`: forventet én av { $expected }
issue-successor-later = etterfølgingen er datert { $date }, men etterfølgeren `{ $successor }` finnes først fra { $from }
issue-predecessor-later = etterfølgingen datert { $date } er før forgjengeren `{ $predecessor }` fantes (fra { $from })
issue-predecessor-still-exists = etterfølgingen er datert { $date }, men forgjengeren `{ $predecessor }` finnes til { $until }: forventet `exists_until` før etterfølgingen
issue-succeeds-itself = `{ $organisation }` etterfølger seg selv: forventet en annen organisasjon
issue-title-change-words = en navneendring må ha ord i både `old` og `new`
issue-empty-source = tom kilde: forventet hvor opplysningen kommer fra
issue-unknown-form = ukjent organisasjonsform `{ $form }`: forventet én av { $expected }
issue-cyclic-relabelling = omdøpingene går i ring: { $chain }
issue-cyclic-succession = etterfølgingene går i ring: { $chain }
import-layout-table = oppsett table: linje { $line } er en overskriftsrad med { $delimiter } som skilletegn og { $count } kommunekolonner
import-layout-pdf-text = oppsett pdf-text: ingen overskriftsrad med skilletegn; linje { $lines } har "x"-kryss etter teksten
import-unknown-layout = ukjent oppsett: linje { $line } ("{ $shown }") passer verken med en tabell med skilletegn og en overskriftsrad som navngir kommunekolonnene, eller med en tabell hentet ut av en PDF med "x"-kryss
hint-layout = bruk --layout table eller --layout pdf-text for å se hva hvert oppsett forventer
import-no-header = ingen overskriftsrad fra linje { $line } og utover: forventet en rad skilt med tabulator, semikolon eller komma som navngir kommunekolonnene, fulgt av rader med "x"-kryss
import-as-of-precision = --as-of { $date }: forventet en dag (ÅÅÅÅ-MM-DD) eller et år (ÅÅÅÅ)
import-no-date = { $path }: fant ingen dato (som "per 1. januar 2021"): bruk --as-of ÅÅÅÅ-MM-DD eller --as-of ÅÅÅÅ
import-listed-twice = "{ $name }" står to ganger (første gang på linje { $line }); slått sammen til ett samarbeid
import-no-table-row = fant ingen tabellrad: forventet rader med et navn og "x"-kryss (oppsettet pdf-text)
import-stray-text = teksten "{ $text }" passer ikke i noen celle i raden før eller etter; utelatt
import-row-without-name = rad uten navn: en organisasjonsform eller kryss uten navn foran; utelatt
import-marks-do-not-fit = { $count } kryss passer ikke med de { $columns } kommunekolonnene; deltakelsen er satt som ukjent
import-too-many-cells = raden har { $cells } celler, overskriftsraden (linje { $header }) har { $width }: forventet høyst { $width }; raden er utelatt
import-row-no-name = rad uten navn i første celle; raden er utelatt
import-status-not-read = statusen «{ $value }»: forventet et ord som Aktiv, Avviklet, Nedlagt, Oppsagt eller Under utredning; lest fra merknaden (ellers aktiv)
import-bad-cell = cellen «{ $value }» i kolonnen «{ $column }»: forventet et kryss (x, ja, ✓ eller 1; tom, nei, - eller 0; ? eller uklart); satt som ukjent
import-too-large = filen er for stor ({ $size } byte): forventet en oversikt på høyst { $max } byte
hint-too-large = er dette riktig fil? oversiktene er teksttabeller på noen få kilobyte
import-binary = binærfil (NUL-byte): forventet et tekstdokument
hint-iconv = gjør om filen til UTF-8, f.eks. med `iconv -f latin1 -t utf-8`
import-control-char = kontrolltegn U+{ $code }: forventet et tekstdokument
import-empty = tom fil: forventet en oversiktstabell
usage-already-exists = { $path }: finnes allerede: bruk --force for å overskrive den
usage-cannot-create = { $path }: kan ikke opprette: { $reason }
usage-force-needs-output = --force krever -o OUT
usage-not-valid-snapshot = { $path }: ikke et gyldig dokument (se feilene over)
usage-alias = --alias `{ $alias }`: forventet GAMMELT=NYTT
usage-threshold = --threshold { $threshold }: forventet et tall fra 0 til 1
usage-not-usable-snapshot = { $path }: ikke en brukbar dokumentfil
usage-no-inventory-lists = ingen oversikt lister samarbeidet `{ $id }`
usage-from-after-to = --from `{ $from }` er senere enn --to `{ $to }`: forventet det eldste dokumentet først
usage-cannot-render = kan ikke lage rapporten: { $reason }
usage-no-arrangement-query = ingen samarbeid passer med `{ $query }`: forventet en id eller et navn
usage-no-arrangement-closest = ingen samarbeid passer med `{ $query }`: de nærmeste er { $closest }
usage-no-arrangement-none = ingen samarbeid passer med `{ $query }`, og ingen ligner
usage-ambiguous-arrangement = tvetydig samarbeid `{ $query }`: det passer med { $candidates }; oppgi ett av dem med id
note-label = merk
warning-label = advarsel
note-wrote = skrev { $path } ({ $count } samarbeid)
note-matched-by-name = koblet { $matched } av { $count } samarbeid etter navn (se `samdiff match` for poengsum)
note-wrote-ids = skrev { $path } med { $count } id-er hentet fra { $snapshot }
match-heading = { $count } koblet ({ $from } -> { $to }), terskel { $threshold }
match-only-in = { $count } bare i { $snapshot }
match-same-name-aliases = samme navn etter alias
match-same-name = samme navn
match-similar-names = like navn
match-same-host = samme vertskommune { $host }
match-hosts-differ = ulik vertskommune ({ $a } / { $b })
match-same-category = samme fagområde
match-categories-differ = ulikt fagområde
match-same-form-family = beslektet organisasjonsform: { $a } og { $b }
match-forms-differ = ulik organisasjonsform: { $a } og { $b }
match-same-participants = samme deltakere
match-participants-differ = ulike deltakere
match-basis-id = id
match-basis-name = navn
match-basis-fuzzy = nær

## Hjelpetekster og feil i kommandolinjen (src/cli/help.rs). Først clap sine
## ord, så én hjelpetekst per kommando, argument og verdi, med id laget av
## kommandoen og argumentets id.

clap-usage = Bruk:
clap-commands = Kommandoer:
clap-arguments = Argumenter:
clap-options = Valg:
clap-possible-values = Mulige verdier:
clap-default = [standard: { $value }]
clap-possible-values-list = [mulige verdier: { $values }]
clap-subcommands-list = [kommandoer: { $values }]
clap-help = Vis hjelp
clap-help-short = Vis hjelp (mer med «--help»)
clap-help-long = Vis hjelp (et sammendrag med «-h»)
clap-version = Vis versjon
clap-help-command = Vis denne hjelpen, eller hjelpen til de oppgitte kommandoene
clap-help-command-arg = Vis hjelp til kommandoene
clap-quoted = «{ $text }»
clap-unknown-argument = uventet argument «{ $arg }»
clap-invalid-value = ugyldig verdi «{ $value }» for «{ $arg }»
clap-value-required = «{ $arg }» må ha en verdi, men ingen ble oppgitt
clap-invalid-subcommand = ukjent kommando «{ $name }»
clap-missing-required = disse påkrevde argumentene mangler:
clap-missing-subcommand = «{ $name }» må ha en kommando, men ingen ble oppgitt
clap-argument-twice = argumentet «{ $arg }» kan bare oppgis én gang
clap-tip = tips:
clap-similar-subcommand = { $count ->
        [one] en kommando med lignende navn finnes: { $names }
       *[other] kommandoer med lignende navn finnes: { $names }
    }
clap-similar-argument = { $count ->
        [one] et argument med lignende navn finnes: { $names }
       *[other] argumenter med lignende navn finnes: { $names }
    }
clap-similar-value = { $count ->
        [one] en lignende verdi finnes: { $names }
       *[other] lignende verdier finnes: { $names }
    }
clap-try-help = Mer hjelp får du med { $flag }.

help-about = Gjør daterte oversikter over interkommunalt samarbeid om til en presis og sporbar historikk over hva som er endret
help-snapshots = Les dokumentene fra DIR i stedet for de kuraterte dokumentene som følger med samdiff
help-registry = Les domeneregisteret fra FILE i stedet for `DIR/registry.json` (med `--snapshots DIR`) eller registeret som følger med samdiff
help-color = Når utdata skal ha farger: auto (bare i en terminal, aldri med NO_COLOR), always (alltid) eller never (aldri)
help-color-auto = Bare når utdata går til en terminal og NO_COLOR ikke er satt
help-color-always = Alltid
help-color-never = Aldri
help-lang = Språket i alle utdata: nb (norsk bokmål) eller en (engelsk). Standard: fra LC_ALL, LC_MESSAGES eller LANG (nb for nb-, nn- og no-lokaler, ellers en)
help-lang-nb = Norsk bokmål
help-lang-en = Engelsk
help-cmd-list = List opp dokumentene: id, type, dato, omfang og antall samarbeid
help-cmd-show = Vis samarbeidene i ett dokument som en tabell
help-show-snapshot = Dokument-id, eller et år som nøyaktig én oversikt har (`2019`)
help-show-format = Utdataformat
help-show-format-text = En tabell som leses som kildedokumentet
help-show-format-json = Selve dokumentfilen, lesbart formatert
help-cmd-validate = Kontroller dokumentfiler og meld hver feil med fil:linje:kolonne
help-validate-path = En dokumentfil eller en mappe med dokumentfiler (standard: `--snapshots DIR`, eller dokumentene som følger med samdiff)
help-cmd-schema = Skriv ut JSON Schema for et filformat
help-schema-kind = Filformatet
help-schema-kind-snapshot = En dokumentfil (`samdiff-snapshot/1`)
help-schema-kind-registry = Domeneregisteret (`samdiff-registry/1`)
help-schema-kind-changelog = En endringslogg i JSON (`samdiff-changelog/1`)
help-schema-kind-history = En historikk i JSON (`samdiff-history/1`)
help-cmd-audit = Kontroller dokumentene og meld det som ser feil ut, med kilde
help-audit-names = Dokumentene som skal kontrolleres (id-er, eller år som én oversikt har); standard: alle. Kontroller på tvers av dokumenter sammenligner dem som er oppgitt
help-audit-format = Utdataformat
help-audit-format-text = Ren tekst, én blokk per funn
help-audit-format-json = JSON (`samdiff-audit/1`)
help-audit-format-markdown = Oppfølgingslisten til møtet som Markdown: etter kommune og prioritet, hvert funn med spørsmål, belegg og oppfølgingsstatus
help-audit-format-csv = Én rad per funn, til regneark (kolonneoverskrifter på språket fra `--lang`)
help-audit-format-excel = CSV slik et regneark åpner det ved dobbeltklikk: UTF-8 med byte-order mark, og `;` mellom feltene med `--lang nb`
help-audit-fail-on = Avslutt med status 1 når det finnes et funn med denne alvorlighetsgraden eller høyere
help-audit-fail-on-info = Alle funn
help-audit-fail-on-warning = Advarsler og feil
help-audit-fail-on-error = Bare feil
help-cmd-proposals = Følg forslagene og utredningene i en plan gjennom senere oversikter
help-proposals-format = Utdataformat
help-proposals-format-text = { help-audit-format-text }
help-proposals-format-json = { help-audit-format-json }
help-proposals-format-markdown = Markdown-tabeller, til en rapport
help-cmd-log = Endringsloggen på tvers av alle oversiktene, eldste først
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
help-cmd-diff = Hva som er endret mellom to dokumenter (id-er, år eller filer)
help-diff-before = Det tidligere dokumentet: en id, et år som én oversikt har, eller en dokumentfil
help-diff-after = Det senere dokumentet, på samme måte
help-diff-format = Utdataformat
help-diff-format-text = En lesbar rapport, de største endringene først
help-diff-format-json = `samdiff-changelog/1` (se `samdiff schema changelog`)
help-diff-format-markdown = Markdown til en rapport, med kildehenvisninger
help-diff-format-csv = Én rad per endring, til regneark (kolonneoverskrifter på språket fra `--lang`; rene skrivemåteendringer er med og merket)
help-diff-format-excel = { help-audit-format-excel }
help-diff-municipality = Bare endringer som gjelder denne kommunen (deltakelsen, eller samarbeid den deltar i)
help-diff-category = Bare endringer i fagområder der navnet inneholder TEXT (uten hensyn til store og små bokstaver)
help-diff-kind = Bare disse endringstypene (kommaseparert, for eksempel `added,ended`)
help-diff-all = Vis også rene skrivemåteendringer (store og små bokstaver, tegnsetting, mellomrom, skrivefeil)
help-diff-evidence = Skriv ut kildelinjene hver endring viser til (tekstformat)
help-diff-exit-code = Avslutt med status 1 når det finnes endringer (som `git diff --exit-code`)
help-cmd-history = Ett samarbeid gjennom alle oversiktene, etter id eller navn
help-history-arrangement = En samarbeid-id eller et navn (uten hensyn til store og små bokstaver og tegnsetting; en entydig del av navnet, eller en skrivemåte som ligner, går også)
help-history-format = Utdataformat
help-history-format-text = { help-diff-format-text }
help-history-format-json = `samdiff-history/1` (se `samdiff schema history`)
help-history-format-markdown = { help-diff-format-markdown }
help-history-format-csv = { help-diff-format-csv }
help-history-format-excel = { help-diff-format-excel }
help-history-all = Vis også rene skrivemåteendringer
help-history-evidence = { help-diff-evidence }
help-cmd-import = Gjør et kildedokument om til et utkast til en dokumentfil
help-import-file = Kildedokumentet
help-import-layout = Hvordan kildedokumentet er satt opp
help-import-layout-auto = Velg ut fra innholdet, og si hvilket på stderr
help-import-layout-table = Skilt med tabulator, semikolon eller komma, med en overskriftsrad
help-import-layout-pdf-text = En tabell som er flatet ut da teksten ble hentet ut av en PDF
help-import-as-of = Datoen dokumentet beskriver (ÅÅÅÅ-MM-DD eller ÅÅÅÅ); standard: datoen dokumentet selv oppgir («per 1. januar 2021»)
help-import-scope = Kommunene dokumentet dekker, kommaseparert; standard: det dokumentet selv sier («Øyer deltar i …»)
help-import-columns = Rekkefølgen på kommunekolonnene for pdf-text, der overskriftsraden har gått tapt; uten den er det ukjent hvilken kommune hvert kryss gjelder
help-import-id = Dokument-id; standard: laget av filnavnet
help-import-output = Skriv til FILE i stedet for standard ut; filen blir skrevet ferdig eller ikke i det hele tatt
help-import-force = Erstatt FILE hvis den finnes (uten --force er en eksisterende fil en feil)
help-cmd-match = Par sammen samarbeid på tvers av to dokumenter eller kildedokumenter, med poengsum
help-match-a = Venstre side: en dokument-id eller et år, en dokumentfil eller et kildedokument
help-match-b = Høyre side: en dokument-id eller et år, en dokumentfil eller et kildedokument
help-match-threshold = Poengsummen et omtrentlig treff må nå (0 til 1)
help-match-aliases = Et nytt navn på en ordstamme, `OLD=NEW` (for eksempel `rådmann=kommunedirektør`); kan gjentas
help-match-use-ids = Regn samarbeid med samme id som samme samarbeid (kuraterte dokumenter)
help-match-columns = Rekkefølgen på kolonnene i kildedokumenter av typen pdf-text, kommaseparert
help-match-write-ids = Skriv B med de sammenparede samarbeidene omdøpt til id-ene i A (filen blir skrevet ferdig eller ikke i det hele tatt)
help-match-force = Skriv over filen fra `--write-ids` hvis den finnes
help-cmd-report = Skriv en rapport til årsmeldingen (Markdown eller én frittstående HTML-fil)
help-report-from = Første dokument i perioden (id, eller et år med én oversikt); standard: det eldste
help-report-to = Siste dokument i perioden; standard: det nyeste
help-report-format = Utdataformat
help-report-format-markdown = Markdown, til å lime inn i et dokument
help-report-format-html = Én HTML-fil med alt innebygd (stiler, figur), klar til utskrift
help-report-output = Skriv til FILE i stedet for standard ut; filen blir skrevet ferdig eller ikke i det hele tatt

# --- brief ---
state-title = Interkommunalt samarbeid { $who } deltar i
state-basis = { $municipality }: slik det står i { $document }
state-no-basis = { $municipality }: ingen oversikt dekker kommunen på denne datoen
state-not-stated = ikke oppgitt
state-source = { $document }, { $count ->
    [one] linje
   *[other] linjene
} { $lines }
state-empty = Ingen samarbeid.
state-col-form-printed = organisering slik den står
state-col-form-words = organisering forklart
state-col-partners = andre parter
state-col-notice-effective = oppsigelse gjelder fra
state-col-source = kilde
state-sheet-name = Samarbeid
help-cmd-state = Samarbeidet en kommune deltar i på en dato, eller alle kommunene som dekkes, side om side
help-state-municipality = Bare denne kommunen (store og små bokstaver, aksenter og «kommune» til slutt kan variere); standard: alle kommunene som dekkes, side om side
help-state-at = Datoen (2021, 2021-06 eller 2021-06-30); standard: den nyeste oversikten for hver kommune
help-state-proposals = Ta med samarbeid som er foreslått eller under utredning
help-state-format = Utdataformat
help-state-format-text = En lesbar liste etter fagområde
help-state-format-json = `samdiff-state/1` (se `samdiff schema state`)
help-state-format-markdown = Markdown-tabeller etter fagområde, til å lime inn i en rapport
help-state-format-csv = Én rad per samarbeid (RFC 4180)
help-state-format-excel = { help-audit-format-excel }
help-state-format-xlsx = En Excel-arbeidsbok: formatert, fast overskriftsrad, datoer som datoer
help-state-format-docx = Et Word-dokument med tabellen
help-state-output = { help-report-output }
help-state-force = { help-report-force }
help-cmd-state-examples =
    # Samarbeidet Øyer deltar i per 1. januar 2021, som Word-tabell og som arbeidsbok
    samdiff state --municipality Øyer --at 2021 --format docx -o samarbeid.docx
    samdiff state --municipality Øyer --at 2021 --format xlsx -o samarbeid.xlsx
    # Alle kommunene som dekkes, side om side
    samdiff state
help-schema-kind-state = Tilstanden på en dato (`samdiff-state/1`)
usage-binary-to-terminal = dette formatet er en binærfil: skriv den med -o FILE, eller send standard ut til en fil
# --- truth ---
words-month = { $month ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
}
words-month-year = { $month } { $year }
words-day-month-year = { $day }. { $month } { $year }
words-date-range = mellom { $from } og { $to }
words-document-day = { $kind ->
    [plan] planen av { $date }
    [document] dokumentet av { $date }
   *[inventory] oversikten per { $date }
}
words-document-year = { $kind ->
    [plan] planen fra { $date }
    [document] dokumentet fra { $date }
   *[inventory] oversikten fra { $date }
}
words-document-undated = { $kind ->
    [plan] den udaterte planen ({ $date })
    [document] det udaterte dokumentet ({ $date })
   *[inventory] den udaterte oversikten ({ $date })
}
step-reversed-note = merk: { $from } er senere enn { $to }, men ble oppgitt først; endringene er lest baklengs, fra det seneste dokumentet til det eldste
brief-title = Interkommunalt samarbeid: endringer for { $who }, { $from }–{ $to }
brief-subtitle = Fra { $from } til { $to } ({ $count ->
    [one] ett dokument
   *[other] { $count } dokumenter
} sammenlignet)
brief-all-municipalities = alle kommunene
brief-changes-heading = Endringene som betyr noe
brief-nothing = Ingen samarbeid kom til, ble avsluttet, fikk ny vertskommune eller endret organisasjonsform.
brief-ended = { $name } er ikke lenger oppført i { $to }.
brief-ended-marked = { $name } er markert som { $status } i { $to }.
brief-notice = { $name } er { $status }.
brief-added = { $name } er ført opp for første gang i { $to }{ $already ->
    [none] {""}
   *[other] , allerede { $already }
}.
brief-reappeared = { $name } er oppført igjen i { $to }{ $already ->
    [none] {""}
   *[other] , { $already }
}.
brief-host = { $name } har fått ny vertskommune: { $after } (før { $before }).
brief-form = { $name } har endret organisasjonsform fra { $before } til { $after }.
brief-joined = { $municipality } ble med i { $name }.
brief-left = { $municipality } gikk ut av { $name }.
brief-renamed = { $before } heter nå { $after }.
brief-more = … og { $count ->
    [one] én endring til
   *[other] { $count } endringer til
} av disse slagene (den fullstendige rapporten viser dem).
brief-smaller = I tillegg kommer { $count ->
    [one] én mindre endring
   *[other] { $count } mindre endringer
} (skrivemåte, merknader, nye betegnelser etter kommuneloven 2018, samarbeidsparter); den fullstendige rapporten viser dem.
brief-doubtful-label = Usikkert (ikke regnet med over)
brief-doubtful-more = … og { $count ->
    [one] ett usikkert punkt til
   *[other] { $count } usikre punkter til
}.
brief-sources-heading = Dokumenter
brief-source-label = Kilde
brief-colophon = Laget med samdiff { $version } fra dokumentene over; hvert punkt kan kontrolleres mot linjene som er oppgitt.
usage-brief-only-format = --format docx og json gjelder sammendraget på én side: legg til --brief (den fullstendige rapporten er Markdown eller HTML)
help-report-municipality = Bare det som gjelder denne kommunen (store og små bokstaver, aksenter og «kommune» til slutt kan variere)
help-report-brief = Sammendraget på én side til årsmeldingen: endringene som betyr noe, rangert, med kilder; usikre punkter i en fotnote
help-report-full = Den fullstendige rapporten (standard)
help-report-proposals = Ta med planer og samarbeid som bare er foreslått eller under utredning (utelatt som standard: de er planer, ikke samarbeid)
help-report-format-docx = Et Word-dokument (bare sammendraget)
help-report-format-json = Sammendragets fakta som JSON, til kontroll (bare sammendraget)
xlsx-from-date = dato for det eldre dokumentet
xlsx-to-date = dato for det nyere dokumentet
xlsx-changelog-sheet = Endringer
xlsx-audit-sheet = Funn
help-diff-format-xlsx = En Excel-arbeidsbok: kolonnene fra CSV og dokumentenes datoer som datoer, formatert fast overskriftsrad
help-log-format-xlsx = { help-diff-format-xlsx }
help-history-format-xlsx = { help-diff-format-xlsx }
help-audit-format-xlsx = En Excel-arbeidsbok: oppfølgingslisten sekretariatet arbeider i (én rad per funn og kommune, med status, ansvarlig, frist, saksnummer og merknad fra oppfølgingslisten), deretter funntabellen
# --- hostile ---
input-not-regular = ikke en vanlig fil ({ $kind }): samdiff leser bare vanlige filer
input-kind-device = en enhet
input-kind-pipe = et navngitt rør
input-kind-socket = en sokkel
input-kind-directory = en mappe
input-kind-other = ikke en vanlig fil
hint-max-size = er dette riktig fil? grensen kan heves med --max-size BYTE
input-outside-sources = kilden `{ $path }` er ikke en fil i settets sources/-mappe (etter at symbolske lenker er fulgt)
help-max-size = Største inndatafil som leses, i byte (dokumenter, register, kilder, dokumenter som importeres); standard 8388608 (8 MiB)
output-is-symlink = `{ $path }` er en symbolsk lenke: samdiff skriver verken gjennom en lenke eller erstatter den; oppgi selve filen
output-not-regular = `{ $path }` er ikke en vanlig fil: samdiff skriver utdata bare til vanlige filer
output-read-only = `{ $path }` er skrivebeskyttet: samdiff erstatter ikke en beskyttet fil
issue-control-char = kontrolltegn { $char } i teksten: forventet lesbar tekst (kontrolltegn kan styre en terminal)

# --- cli ---
with-hint =
    { $text }
    {"  "}tips: { $hint }
hint-did-you-mean = { $count ->
    [one] mente du { $names }?
   *[other] mente du én av { $names }?
}
unknown-municipality = ukjent kommune `{ $name }`: dokumentene nevner { $known }
ambiguous-municipality = tvetydig kommune `{ $name }`: det passer med { $candidates }; skriv navnet slik dokumentene gjør
unknown-category = ingen fagområder i dokumentene har et navn som inneholder `{ $text }`
unknown-finding-code = ukjent funnkode `{ $code }`: forventet én av { $expected }
help-audit-code = Bare funn med disse kodene (kommaseparert, f.eks. `listed-twice,host-missing`)
cli-examples-heading = Eksempler:
cli-global-options = Globale valg ({ $options }): se `samdiff --help`.
help-cmd-completions = Skriv ut et skript for autofullføring i skallet
help-completions-shell = Skallet
help-completions-shell-bash = Bash: lagre som ~/.local/share/bash-completion/completions/samdiff
help-completions-shell-zsh = Zsh: lagre som _samdiff i en mappe i $fpath
help-completions-shell-fish = Fish: lagre som ~/.config/fish/completions/samdiff.fish
help-completions-shell-powershell = PowerShell: legg til i $PROFILE
help-completions-shell-elvish = Elvish: legg til i ~/.config/elvish/rc.elv
help-cmd-man = Skriv ut en manualside (roff) for samdiff eller en av kommandoene
help-man-command = Kommandoen du vil ha manualsiden til (`samdiff-log(1)`); standard: samdiff(1)
help-about-examples =
    # Endringsloggen over alle innebygde dokumenter, de store hendelsene først
    samdiff log
    # Hva som endret seg mellom to dokumenter, som Markdown til en rapport
    samdiff diff 2019 2021 --format markdown
    # Funn for kontrollutvalget, og årsrapporten
    samdiff audit
    samdiff report --format html -o rapport.html
help-cmd-list-examples =
    # De innebygde dokumentene
    samdiff list
    # Dine egne dokumenter
    samdiff --snapshots mine-dokumenter list
help-cmd-show-examples =
    # Ett dokument som tabell (et årstall viser til oversikten fra det året)
    samdiff show 2019
    samdiff show oyer-2021 --format json
help-cmd-validate-examples =
    # Kontroller de innebygde dokumentene, eller din egen mappe eller fil
    samdiff validate
    samdiff validate mine-dokumenter
    samdiff validate mine-dokumenter/oyer-2022.json
help-cmd-schema-examples =
    # JSON-skjemaer for redigeringsverktøy og andre programmer
    samdiff schema snapshot
    samdiff schema changelog
help-cmd-audit-examples =
    # Alt som ser feil ut, med kildelinjene
    samdiff audit
    # Ett dokument; avslutt med status 1 ved advarsler, til et skript
    samdiff audit oyer-2021 --fail-on warning
    # Bare noen funn, som regneark
    samdiff audit --code listed-twice,host-missing --format excel
help-cmd-proposals-examples =
    # Hva som ble av forslagene i strategien
    samdiff proposals
    samdiff proposals --format markdown
help-cmd-log-examples =
    # Endringsloggen over alle dokumentene
    samdiff log
    # Bare det som kom til eller ble avsluttet for én kommune
    samdiff log --municipality Øyer --kind added,ended
    # Alle endringer, som CSV til et regneark
    samdiff log --all --format csv
help-cmd-diff-examples =
    # To dokumenter etter årstall eller id, med kildelinjene
    samdiff diff 2019 2021 --evidence
    # To rå dokumenter, koblet sammen etter navn; status 1 hvis noe er endret
    samdiff diff gammel-oversikt.txt ny-oversikt.txt --exit-code
help-cmd-history-examples =
    # Ett samarbeid gjennom alle dokumentene, etter navn eller id
    samdiff history brann
    samdiff history felles-brann-og-feiertjeneste --format json
help-cmd-import-examples =
    # En tabell (tabulator, semikolon eller komma) til et utkast
    samdiff import oversikt-2022.txt -o mine-dokumenter/oversikt-2022.json
    # Tekst hentet ut av en PDF der overskriftsraden gikk tapt
    samdiff import oversikt.txt --layout pdf-text --columns Gausdal,Lillehammer,Øyer --as-of 2019-01-01
help-cmd-match-examples =
    # Hvordan samarbeidene i to rå dokumenter passer sammen, med poeng
    samdiff match gammel-oversikt.txt ny-oversikt.txt
    # Skriv det nye dokumentet med id-ene fra det gamle
    samdiff match gammel.json ny.json --write-ids ny-med-id.json
help-cmd-report-examples =
    # Årsrapporten for hele perioden, som HTML eller Markdown
    samdiff report --format html -o rapport.html
    samdiff report --from 2019 --to 2021 --lang nb > rapport.md
help-cmd-completions-examples =
    # Autofullføring for Bash og for Zsh
    samdiff completions bash > ~/.local/share/bash-completion/completions/samdiff
    samdiff completions zsh > ~/.zfunc/_samdiff
help-cmd-man-examples =
    # Les manualsiden, eller installer den
    samdiff man | man -l -
    samdiff man log > samdiff-log.1
unknown-command = ukjent kommando `{ $name }`: forventet én av { $expected }
man-name = navn
man-synopsis = bruk
man-description = beskrivelse
man-options = valg
man-commands = kommandoer
man-examples = eksempler
man-version = versjon
usage-force-needs-write-ids = --force krever --write-ids OUT
help-report-force = Erstatt FILE hvis den finnes (uten --force er en eksisterende fil en feil)
# --- followup ---
finding-when-passed = Fristen { $deadline } gikk ut { $ago }; { $snapshot } skriver fortsatt `{ $printed }`
followup-ago = { $unit ->
        [today] i dag
        [year] for { $n } år siden
        [month] { $n ->
            [one] for { $n } måned siden
           *[other] for { $n } måneder siden
        }
       *[day] { $n ->
            [one] for { $n } dag siden
           *[other] for { $n } dager siden
        }
    }
followup-in = { $unit ->
        [today] i dag
        [year] om { $n } år
        [month] { $n ->
            [one] om { $n } måned
           *[other] om { $n } måneder
        }
       *[day] { $n ->
            [one] om { $n } dag
           *[other] om { $n } dager
        }
    }
followup-date = { $day }. { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year }
audit-id = id:
audit-resolved = løst
audit-resolved-by = løst av:
audit-also = også:
audit-summary-resolved = { $resolved } funn løst av et senere dokument; frister regnet fra { $today }
usage-today = --today `{ $value }`: forventet en dato ÅÅÅÅ-MM-DD
issue-register-duplicate = funnet `{ $id }` står to ganger i oppfølgingslisten: forventet én oppføring per funn
issue-register-id = oppføring uten funn-`id`: forventet id-en samdiff skrev (`f-` og 12 heksadesimale sifre)
issue-register-status = status { $value }: forventet "open", "asked", "answered", "closed" eller "accepted"
register-status-open = åpen
register-status-asked = spurt
register-status-answered = besvart
register-status-closed = lukket
register-status-accepted = akseptert
register-new = ny
register-still-open = fortsatt åpen
register-resolved-since = løst siden oppfølgingslisten ble skrevet
register-label = oppfølging:
register-status = status
register-owner = ansvarlig
register-due = frist
register-case = saksnummer
register-note = merknad
register-summary = oppfølgingsliste { $path }: { $new } nye, { $open } fortsatt åpne, { $resolved } løst siden den ble skrevet
register-written = skrev { $path } ({ $entries } funn)
csv-finding-id = id
csv-state = status
csv-resolved-by = løst av
meeting-title = Oppfølgingsliste for kontrollutvalget
meeting-none = Ingen funn.
meeting-finding = Funn
meeting-question = Spørsmål til administrasjonen
meeting-evidence = Belegg
meeting-resolved = Løst av et senere dokument
help-audit-today = Dagen fristene regnes fra (ÅÅÅÅ-MM-DD); standard: dagens dato
help-audit-municipality = Bare funn som gjelder denne kommunen, i alle formater
help-audit-register = Oppfølgingslisten (JSON, `samdiff schema register`): vis hvert funns status, og hva som er nytt, fortsatt åpent og løst siden det ble skrevet
help-audit-update-register = Skriv oppfølgingslisten tilbake (atomisk): nye funn legges til som åpne, alle manuelle felt beholdes, funn som ikke lenger finnes, merkes som løst
help-audit-format-html = Den samme oppfølgingslisten som én HTML-side
help-schema-kind-audit = Kontroll som JSON (`samdiff-audit/1`)
help-schema-kind-register = Oppfølgingslisten (`samdiff-register/1`)
question-legal-basis-missing = Hva er rettsgrunnlaget for dette samarbeidet, og hvilke kommunestyrevedtak etablerte det?
question-legal-basis-uncertain = Hvilken organisasjonsform har samarbeidet faktisk, og kan oversikten oppgi den uten forbehold?
question-legal-basis-vague = Hvilken samarbeidsform etter loven er dette (hvilket kapittel), og kan oversikten si det?
question-legal-form-unregistered = Hva betyr formen som er oppgitt, og hvilken organisasjonsform har samarbeidet?
question-legal-form-misread = Er formen som står i oversikten, samarbeidets faktiske organisasjonsform?
question-conversion-overdue = Er samarbeidet omdannet til en form gjeldende lov tillater, og når vedtok kommunestyrene det?
question-conversion-due = Er samarbeidet omdannet til en form gjeldende lov tillater, og når vedtok kommunestyrene det?
question-conversion-ahead = Hvordan og når skal kommunestyrene omdanne samarbeidet innen fristen?
question-host-missing = Hvilken kommune er vertskommune, og hvor er det vedtatt?
question-host-not-participant = Deltar vertskommunen i samarbeidet, og hvilket kryss i oversikten er feil?
question-notice-given = Hvordan skal tjenestene løses når oppsigelsen får virkning?
question-notice-without-date = Hvem sa opp avtalen, og fra hvilken dato får oppsigelsen virkning?
question-vanished-without-notice = Er samarbeidet avsluttet, og i så fall hvor er vedtaket; hvis ikke, hvorfor mangler det i oversikten?
question-listed-twice = Er dette ett samarbeid eller to, og kan oversikten føre det opp én gang?
question-row-outside-scope = Deltar kommunen i dette samarbeidet, og hvis ikke, hvorfor står det i oversikten?
question-participation-unknown = Hvilke av kommunene deltar i samarbeidet?
question-participation-swapped = Hvilke kommuner deltar: endret deltakelsen seg faktisk, eller står et kryss i feil kolonne i en av oversiktene?
question-host-changed-unexplained = Har samarbeidet byttet vertskommune, og hvilke vedtak flyttet det?
question-name-variants = Hva er samarbeidets riktige navn, slik at senere oversikter bruker én skrivemåte?

# --- add ---
add-needs-snapshots = { $path }: `add` trenger ditt eget sett: bruk --snapshots DIR (den skriver aldri i det innebygde settet); lag et med `samdiff init DIR`
add-already-in-set = { $path }: dette dokumentet er allerede i settet som `{ $id }` (samme SHA-256)
add-id-taken = dokument-id-en `{ $id }` finnes allerede i settet: bruk --id for å navngi det nye dokumentet
add-bad-review = ikke en vurderingsfil (samdiff-review/1): { $reason }
add-review-other-document = { $path }: denne vurderingsfilen ble skrevet for et annet dokument (format eller SHA-256 er ulikt)
add-bad-decision-flag = { $flag } `{ $value }`: forventet LINJE=ID (linjen i det nye dokumentet og kandidatens id)
add-wrote-review = skrev { $path }: sett hver `decision` til "same" eller "different", og kjør add igjen med --decisions { $path }
add-needs-decision = { $count } usikre koblinger må avgjøres; ingenting ble skrevet (--review FILE, så --decisions FILE, eller --same/--different LINJE=ID)
add-dry-run = prøvekjøring: ingenting ble skrevet
add-wrote-source = kilden kopiert uendret til { $path }
add-heading = { $id } ({ $date }): { $count } samarbeid
add-matched = koblet til settet: { $count }
add-new = nye: { $count }
add-no-longer-listed = ikke lenger oppført (i { $snapshot }, ikke i det nye dokumentet): { $count }
add-uncertain = usikre koblinger: { $count }, { $undecided ->
    [0] alle avgjort
   *[other] { $undecided } må avgjøres
}
add-line = linje
add-why-ambiguous = en annen kandidat får nesten like høy poengsum
add-why-below = under terskelen
add-decided-same = avgjort: samme
add-decided-different = avgjort: ulike
add-undecided = ikke avgjort
init-not-empty = { $path }: mappen er ikke tom: bruk --force for å kopiere settet inn likevel
init-done = kopierte det innebygde settet ({ $count } dokumenter, register, kilder) til { $path }; legg til et dokument med `samdiff add FILE --snapshots { $path }`
add-rows-not-read = { $count } { $count ->
        [one] problem
       *[other] problemer
    } ved innlesingen av dokumentet (se advarslene over); ingenting ble skrevet: rett dokumentet eller navngi kolonnene (samdiff add --help)
help-cmd-init-examples =
    # Ditt eget sett, som neste års oversikt kan legges til i
    samdiff init mitt-sett
help-cmd-add-examples =
    # Se gjennom først, legg så den nye oversikten til settet ditt
    samdiff add oversikt-2022.csv --snapshots mitt-sett --dry-run
    samdiff add oversikt-2022.csv --snapshots mitt-sett
    # Usikre koblinger: skriv dem ut for avgjørelse, og bruk avgjørelsene
    samdiff add oversikt-2022.csv --snapshots mitt-sett --review vurdering.json
    samdiff add oversikt-2022.csv --snapshots mitt-sett --decisions vurdering.json
help-cmd-init = Lag ditt eget dokumentsett som en kopi av det innebygde
help-init-dir = Mappen som skal lages (eller en tom mappe)
help-init-force = Skriv i en mappe som ikke er tom (filer med samme navn erstattes)
help-cmd-add = Legg et nytt dokument til settet ditt: importer, koble id-er, vurder, skriv
help-add-file = Dokumentet som skal legges til (en tabell eller PDF-tekst)
help-add-layout = Dokumentets oppsett
help-add-layout-auto = Velg ut fra innholdet og si hvilket på stderr
help-add-layout-table = Tabulator-, semikolon- eller kommaseparert med overskriftsrad
help-add-layout-pdf-text = En tabell flatet ut av tekstuttrekk fra PDF
help-add-as-of = Datoen dokumentet beskriver (ÅÅÅÅ-MM-DD eller ÅÅÅÅ)
help-add-scope = Kommunene dokumentet dekker, kommaseparert
help-add-columns = Rekkefølgen på kommunekolonnene for pdf-text
help-add-id = Dokument-id; standard: kommunen som dekkes og året
help-add-dry-run = Vis vurderingen og skriv ingenting
help-add-review = Skriv de usikre koblingene til FILE for avgjørelse (JSON)
help-add-decisions = Bruk avgjørelsene i en vurderingsfil
help-add-same = Avgjør at et usikkert par er samme samarbeid: LINJE=ID
help-add-different = Avgjør at et usikkert par er ulike samarbeid: LINJE=ID
help-schema-kind-review = En vurderingsfil fra `samdiff add` (`samdiff-review/1`)
usage-as-of-not-raw = { $flag }: `{ $side }` er ikke et rådokument (et dokument i settet har sin egen dato)
usage-as-of-no-raw-side = --as-of: ingen av sidene er et rådokument (dokumentene i settet har sine egne datoer)
usage-as-of-which-side = --as-of: begge sidene er rådokumenter: bruk { $old } og { $new }, én dato hver
note-ids-from-set = ga { $matched } av { $count } samarbeid id-ene fra settet{ $uncertain ->
        [0] {""}
       *[other] ; { $uncertain } usikre står uten par (se dem med `samdiff add --dry-run`)
    }
help-diff-as-of = Datoen det ene rådokumentet beskriver (ÅÅÅÅ-MM-DD eller ÅÅÅÅ)
help-diff-as-of-old = Datoen det eldste rådokumentet beskriver
help-diff-as-of-new = Datoen det nyeste rådokumentet beskriver
help-match-as-of = Datoen det ene rådokumentet beskriver (ÅÅÅÅ-MM-DD eller ÅÅÅÅ)
help-match-as-of-a = Datoen rådokument A beskriver
help-match-as-of-b = Datoen rådokument B beskriver
# --- scale ---
match-basis-key = nøkkel
import-row-no-key = rad uten verdi i nøkkelkolonnen `{ $column }`; raden er utelatt
note-matched-by-key = koblet { $matched } av { $count } samarbeid etter nøkkel; { $across } par av et avsluttet og et nytt samarbeid har samme navn med ulik nøkkel (se `samdiff match --key`)
note-undated-by-order = { $path } har ingen dato: datert { $date } etter plassen på kommandolinjen (rekkefølgen på argumentene er tidsrekkefølgen)
usage-key-needs-tables = `--key` kobler rader i to registertabeller: `{ $name }` er ikke en tabellfil
help-diff-key = Sammenlign to registertabeller etter nøkkelkolonnen COLUMN (en id, et organisasjonsnummer): rader med samme nøkkel er samme samarbeid, og navn brukes bare til å påpeke nye nøkler
help-match-key = Koble etter nøkkelkolonnen COLUMN i to registertabeller; navn kobler bare det som er igjen (et samarbeid som har fått ny nøkkel)
help-cmd-export = Skriv dokumenter, samarbeid, endringer og funn som flate tabeller (JSON Lines, Parquet eller SQLite) for DuckDB, Spark eller Datasette
help-export-format = Utdataformat
help-export-format-jsonl = Ett JSON-objekt per linje, én fil per tabell
help-export-output = Hvor det skrives: for jsonl og parquet en mappe (opprettes om den mangler) med én fil per tabell (dokumenter, samarbeid, deltakelse, endringer, funn); for sqlite databasefilen
help-export-force = Skriv over tabeller (eller databasen) som allerede finnes
help-cmd-export-examples =
    # Tabeller over de innebygde dataene, deretter en spørring med DuckDB
    samdiff export -o tabeller
    duckdb -c "SELECT kind, count(*) FROM 'tabeller/changes.jsonl' GROUP BY kind"
    # De samme tabellene som Parquet-filer, og som én SQLite-database
    samdiff export --format parquet -o parquet
    samdiff export --format sqlite -o samdiff.sqlite



# --- truth ---
change-left-scope-plan = ikke med i { $to }, som lister forslag, ikke samarbeidene som finnes: at samarbeidet mangler der, betyr ikke at det er avsluttet
change-entered-scope-plan = først oppført i { $to }{ $standing }; { $from } er en plan, som lister forslag, ikke samarbeidene som finnes, så det sier ikke noe om samarbeidet er nytt
history-absent-plan = ikke oppført (en plan lister forslag, ikke samarbeid som finnes)
outside-scope-suffix = {" "}(usikkert: ett av dokumentene dekker ikke { $municipality }, så det viser ikke at { $municipality } ble med eller meldte seg ut)
marks-doubt-suffix = {" "}(usikkert: kryssene i raden strider mot dokumentets omfang eller har flyttet seg til en annen kommunes kolonne, trolig en forskyvning; se kontrollen)
report-doubtful = Usikre endringer
report-doubtful-note = Disse endringene bygger på en usikker lesning av dokumentene: kryss som kontrollen mener trolig er forskjøvet en kolonne, dokumenter med datoer som kan være i motsatt rekkefølge, eller samarbeidsparter som bare er nevnt i forbifarten. De er ikke med blant endringene over; kontroller hver av dem mot kildene før du bruker den.
change-legal-form-stated = organisasjonsform nå oppgitt: { $after } (det tidligere dokumentet lot feltet stå tomt, så dette er ikke nødvendigvis en endring)
change-legal-form-unstated = organisasjonsform ikke lenger oppgitt (var { $before }); et tomt felt betyr ikke at organisasjonsformen er endret
change-host-stated = vertskommune nå oppgitt: { $after } (det tidligere dokumentet sa ikke noe om det, så dette er ikke nødvendigvis en endring)
change-host-unstated = vertskommune ikke lenger oppgitt (var { $before }); det senere dokumentet sier ikke om den er endret
change-comment-whole = merknad skrevet om: var { $before }, nå { $after }
change-form-spelling = organisasjonsformen skrevet annerledes, samme form: { $before } → { $after }
change-added-plain = ny i { $to }{ $standing }
change-ended-plain = ikke lenger oppført i { $to }


# --- shapes ---
source-invalid-encoding = ugyldige { $encoding }-data (byte 0x{ $byte })
source-unknown-encoding = ukjent tegnkoding: byte 0x{ $byte } er ikke UTF-8, og teksten gir heller ikke mening som Windows-1252
hint-encoding = lagre filen som UTF-8 (i Excel: «CSV UTF-8»), eller gjør den om, f.eks. med `iconv -f TEGNKODING -t utf-8`
import-workbook-encrypted = arbeidsboken er passordbeskyttet: samdiff kan ikke lese krypterte arbeidsbøker
hint-workbook-password = åpne den i Excel, fjern passordet (Fil > Informasjon > Beskytt arbeidsbok), lagre en kopi og importer den
import-workbook-corrupt = kan ikke lese arbeidsboken ({ $reason }): forventet en .xlsx-, .xlsm-, .xls- eller .ods-fil
import-workbook-empty = arbeidsboken har ingen utfylte celler: forventet et ark med en oversiktstabell
import-sheet-not-found = ingen ark med navnet «{ $sheet }»: arbeidsboken har { $sheets }
import-no-header-sheet = ingen overskriftsrad i noe ark ({ $sheets }): forventet en rad som navngir kolonnene (som Samarbeid, Type samarbeid, Kommentar og kommunenavn) over rader med kryss
hint-columns = navngi kolonnene med --name-column, --category-column, --form-column, --host-column, --comment-column, --status-column, --id-column, --municipality-columns eller --members-column
import-layout-sheet = leste arket «{ $sheet }» (av { $sheets }): rad { $line } er en overskriftsrad med { $count } kommunekolonner
import-read-encoding = lest som { $encoding }
import-column-no-role = kolonnen «{ $column }» passer ikke til noen rolle (navn, fagområde, form, vert, kommentar, status, id eller en kommune): cellene blir ikke lest
import-data-before-header = raden over overskriftsraden (linje { $header }) har «{ $value }» i kolonnen «{ $column }»: den ser ut som data og ville gått tapt
import-merged-rows = sammenslåtte celler { $area } går over flere tabellrader: verdien hører bare til rad { $row }
import-no-scope = { $path }: dokumentet sier ikke hvem sitt samarbeid det lister (som «Øyer deltar i …» eller «kommunene A, B og C»); kommunekolonnene er { $columns }: bruk --scope K,…
import-year-out-of-range = datoen { $evidence } i dokumentet har året { $year }: forventet 1900 til 2100; bruk --as-of
issue-source-sheet-missing = kilden { $path } er en arbeidsbok: `source.sheet` må navngi arket som sitatene teller rader i
issue-source-sheet-unknown = kilden { $path } har ikke noe ark «{ $sheet }»
import-layout-word = Word-dokument: blokk { $line } (en tabellrad) er en overskriftsrad med { $count } kommunekolonner
import-scope-every-column = dokumentet sier ikke hvem sitt samarbeid det lister: alle kommunekolonnene ({ $columns }) tas som omfang; importer det med --scope for å avgjøre
help-import-sheet = Arket i arbeidsboken som skal leses; standard: arket med overskriftstabellen
help-import-name-column = Overskriften på kolonnen med navn på samarbeidene
help-import-category-column = Overskriften på kolonnen med fagområder
help-import-form-column = Overskriften på kolonnen med samarbeidsform
help-import-host-column = Overskriften på kolonnen med vertskommune
help-import-comment-column = Overskriften på kommentarkolonnen
help-import-status-column = Overskriften på statuskolonnen («Aktiv», «Avviklet», «Under utredning»)
help-import-id-column = Overskriften på kolonnen med id eller organisasjonsnummer, som tas vare på som nøkkel
help-import-municipality-columns = Overskriftene på kommunekolonnene, skilt med komma; bare disse leses som deltakelse
help-import-members-column = Overskriften på en kolonne som lister de deltakende kommunene i hver rad («Gausdal, Øyer»)
help-add-sheet = Arket i arbeidsboken som skal leses; standard: arket med overskriftstabellen
help-add-name-column = Overskriften på kolonnen med navn på samarbeidene
help-add-category-column = Overskriften på kolonnen med fagområder
help-add-form-column = Overskriften på kolonnen med samarbeidsform
help-add-host-column = Overskriften på kolonnen med vertskommune
help-add-comment-column = Overskriften på kommentarkolonnen
help-add-status-column = Overskriften på statuskolonnen («Aktiv», «Avviklet», «Under utredning»)
help-add-id-column = Overskriften på kolonnen med id eller organisasjonsnummer, som tas vare på som nøkkel
help-add-municipality-columns = Overskriftene på kommunekolonnene, skilt med komma; bare disse leses som deltakelse
help-add-members-column = Overskriften på en kolonne som lister de deltakende kommunene i hver rad («Gausdal, Øyer»)
# --- followup ---
help-audit-output = { help-report-output }
help-audit-force = { help-report-force }
help-report-today = Dagen fristene i kontrollfunnene regnes fra (ÅÅÅÅ-MM-DD); standard: datoen til det nyeste dokumentet i utvalget, slik at de samme dokumentene alltid gir samme rapport
help-audit-format-docx = Oppfølgingslisten som Word-dokument til møtets saksliste
meeting-doc-intro = Frister er regnet fra { $today }. Grunnlaget er { $documents }.
meeting-doc-municipality = { $title }: { $municipality }
meeting-register-counts = Mot oppfølgingslisten: { $new } nye, { $open } fortsatt åpne, { $resolved } løst siden den ble skrevet.
meeting-lines = { $count ->
        [one] linje { $lines }
       *[other] linjene { $lines }
    }
meeting-evidence-at = { $document }, { $lines }: «{ $excerpt }»
meeting-finding-id = Funn-id: { $id }
meeting-no-longer-found = Ikke lenger funnet i dokumentene
meeting-sheet = Oppfølging
meeting-col-municipality = Kommune
meeting-col-priority = Prioritet
meeting-col-number = Nr.
meeting-col-id = Funn-id
meeting-col-status = Status
meeting-col-owner = Ansvarlig
meeting-col-due = Frist
meeting-col-case = Saksnummer
meeting-col-note = Merknad
meeting-col-question = Spørsmål til administrasjonen
meeting-col-finding = Funn
meeting-due-passed = { $due } (passert)
meeting-col-evidence = Belegg
register-unread = { $count } funn i oppfølgingslisten bygger på dokumenter denne kontrollen ikke leste ({ $documents }): { $count ->
        [one] det står som før, verken fortsatt åpent eller løst
       *[other] de står som før, verken fortsatt åpne eller løst
    }

# --- export ---
export-database-is-directory = { $path }: viser til en mappe: --format sqlite skriver én databasefil: gi filen et navn, for eksempel { $file }
export-not-directory = { $path }: er ikke en mappe: --format { $format } skriver én fil per tabell i en mappe
export-incomplete-set = ingenting eksportert: en dokumentfil ovenfor kunne ikke leses, og en eksport rommer hele settet
help-export-format-parquet = Én Parquet-fil per tabell, med typede kolonner
help-export-format-sqlite = Én SQLite-databasefil med alle tabellene, typede kolonner, nøkler og indekser

# --- brief ---

timeline-legend-yes = { $municipality } deltar
timeline-legend-no = { $municipality } deltar ikke ifølge dokumentet (oppført uten { $municipality }, eller mangler i en fullstendig oversikt som dekker { $municipality })
timeline-legend-unknown = dokumentet viser ikke om { $municipality } deltar
timeline-legend-considering = { $municipality } vurderer å delta (forslag eller utredning)
timeline-legend-silent = dokumentet sier ikke noe om { $municipality } i dette samarbeidet
timeline-blank = (tom)
timeline-short-notice = sagt opp
timeline-short-ended = avsluttet
timeline-note-host = { $when }: ny vertskommune { $to } (før { $from })
timeline-note-form = { $when }: ny organisasjonsform { $to } (før { $from })
report-timeline-note-for = Samarbeid { $municipality } deltar i eller er vertskommune for i minst ett dokument, gruppert etter fagområde; kolonnene er kildedokumentene i datorekkefølge; siste kolonne nevner ny vertskommune og ny organisasjonsform.
report-timeline-columns = Kolonner
report-timeline-changes = Endringer
report-timeline-column = { $label }: { $name }, { $title }
brief-coverage = Merk: { $documents } dekker bare samarbeidet til { $covers }; for { $municipality } står det der bare samarbeid sammen med { $covers }.
state-newer-not-covering = ; { $documents } er nyere, men dekker bare samarbeidet til { $covers }
state-details-from = Navn, organisasjonsform, vertskommune og parter står som i det nyeste av disse dokumentene som fører opp samarbeidet; det nevnes først blant kildene.
match-same-form = samme organisasjonsform: { $form }

# --- keyed ---
import-key-column-missing = ingen kolonne `{ $column }` i overskriftsraden (linje { $line }): nøkkelkolonnen må være én av { $columns }
help-import-key = Overskriften på nøkkelkolonnen (en id, et organisasjonsnummer): verdien i hver rad blir samarbeidets nøkkel, og en rad uten verdi rapporteres og utelates
help-add-key = Overskriften på nøkkelkolonnen (en id, et organisasjonsnummer): en rad får først id-en til samarbeidet med samme nøkkel i settet, deretter etter navn
# --- session 3 ---
add-why-overruled = over terskelen, men overstyrt av avgjørelsen
add-why-few-words = over terskelen på grunn av resten av raden, men navnene har få ord felles
match-kept-apart = { $count } holdt fra hverandre: over terskelen på grunn av resten av raden, men navnene har få ord felles (add spør om dem)
