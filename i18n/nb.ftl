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

## Tidslinjefigur

unknown = ukjent
timeline-title = Samarbeidsordninger i hvert kildedokument
timeline-desc = { $count ->
        [one] Ett samarbeid
       *[other] { $count } samarbeid
    } (rader, gruppert etter fagområde) mot { $snapshots ->
        [one] ett kildedokument
       *[other] { $snapshots } kildedokumenter
    } (kolonner, fra { $first } til { $last }). Hver celle viser om dokumentet omtaler samarbeidet og hvilken status det har, og markerer ny vertskommune, ny organisasjonsform og ukjent deltakelse.
timeline-legend = Tegnforklaring
timeline-active = oppført, aktiv
timeline-notice = oppført, sagt opp
timeline-ended = oppført som avsluttet
timeline-proposed = foreslått eller under utredning
timeline-not-listed = ikke oppført, selv om dokumentet dekker en deltakerkommune
timeline-outside = ikke oppført; utenfor dokumentets omfang
timeline-host-changed = ny vertskommune
timeline-form-changed = ny organisasjonsform
timeline-unknown = ukjent om en kommune dokumentet dekker, deltar
timeline-cell-listed = { $name } i { $snapshot }: { $status }; vertskommune { $host }; organisasjonsform { $form }
timeline-cell-not-listed = { $name }: ikke oppført i { $snapshot }, som dekker en deltakerkommune
timeline-cell-outside = { $name }: ikke med i { $snapshot }, utenfor dokumentets omfang
timeline-cell-host = vertskommune endret fra { $from } til { $to }
timeline-cell-form = organisasjonsform endret fra { $from } til { $to }
timeline-cell-unknown = ukjent deltakelse for { $municipalities }

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
report-changes-note = Rene skrivemåteendringer, endrede merknader og samarbeid som bare har gått inn i eller ut av et dokuments omfang, er talt med i sammendraget, men ikke listet her.
report-no-changes = Ingen endringer.
report-timeline = Tidslinje
report-timeline-note = Radene er samarbeid, gruppert etter fagområde; kolonnene er kildedokumentene i datorekkefølge.
report-timeline-symbols = Tegn: ● aktiv · ◐ sagt opp · ✕ avsluttet · ○ foreslått eller under utredning · · ikke oppført, selv om dokumentet dekker en deltakerkommune · (tom) utenfor dokumentets omfang · H ny vertskommune · F ny organisasjonsform · ? ukjent deltakelse.
report-municipalities = Kommune for kommune
report-joined = Ble med i
report-left = Gikk ut av
report-hosts = Vertskommune for (i { $snapshot })
report-none = ingen
report-findings = Funn fra kontrollen
report-no-findings = Ingen funn.
report-why = Hvorfor det betyr noe
report-evidence = Kilde
report-appendix = Vedlegg: kildedokumenter
report-appendix-note = Et dokument kontrolleres ved å beregne SHA-256-sjekksummen (for eksempel med kommandoen sha256sum FIL) og sammenligne den med verdien nedenfor.
report-lines = { $snapshot }, linje { $lines }
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
change-kind-participant-left = Deltakerkommune gikk ut
change-kind-participation-uncertain = Usikker deltakelse
change-kind-partner-joined = Ny samarbeidspart
change-kind-partner-left = Samarbeidspart ikke lenger oppført
change-kind-partner-succeeded = Samarbeidspart erstattet av etterfølger
change-kind-comment-changed = Endret merknad
change-kind-status-changed = Endret status
