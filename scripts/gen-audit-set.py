#!/usr/bin/env python3
"""Write a synthetic snapshot directory for timing `samdiff audit`.

    scripts/gen-audit-set.py DIR N

Two inventories (2019-01-01 and 2021-01-01) of about N arrangements each,
tab-separated sources, deterministic. About one row in seven carries
something the audit reports: a § 27 form, an empty form cell, a host not
taking part, marks moved to another municipality, a new host, a notice,
a row that vanished. Issue 16: audit and report must stay linear.
"""
import hashlib, json, os, sys

MUNIS = ["Alpha", "Beta", "Gamma", "Delta"]


def snapshot(year, n, drop):
    lines = [f"Overview of cooperation per 1 January {year}",
             "Area\tForm\t" + "\t".join(MUNIS) + "\tComment"]
    arrs = []
    for i in range(n):
        if drop and i % 97 == 5:
            continue  # vanished in the later document
        v = i % 7
        form = ("§ 28-1 b", "kl1992-s28-1b") if year < 2020 else ("Kommuneloven", "kl2018-vertskommune")
        if v == 1:
            form = ("§ 27", "kl1992-s27")
        part = {m: ("yes" if (i + k) % 3 else "no") for k, m in enumerate(MUNIS)}
        part["Alpha"] = "yes"
        if v == 3 and year > 2020:  # marks moved from Alpha to Beta
            part["Alpha"], part["Beta"] = "no", "yes"
        host = {"participant": MUNIS[(i // 7) % 4]} if part[MUNIS[(i // 7) % 4]] == "yes" else {"participant": "Alpha"}
        if v == 4 and year > 2020:
            host = {"participant": "Beta"}
            part["Beta"] = "yes"
        if v == 5:
            host = {"participant": "Gamma"}
            part["Gamma"] = "no"
        status = {"state": "notice_given"} if v == 6 and i % 2 else {"state": "active"}
        legal = None if v == 2 else {"printed": form[0], "normalised": form[1]}
        marks = "\t".join("x" if part[m] == "yes" else "" for m in MUNIS)
        line = f"Cooperation number {i}\t{legal['printed'] if legal else ''}\t{marks}\tnote {i}"
        lines.append(line)
        a = {"id": f"arr-{i:06}", "name": f"Cooperation number {i}",
             "category": f"Area {i % 12}", "participation": part,
             "host": host, "status": status,
             "provenance": [{"lines": [len(lines)]}]}
        if legal:
            a["legal_form"] = legal
        arrs.append(a)
    text = "\n".join(lines) + "\n"
    sid = f"synthetic-{year}"
    src = f"sources/{sid}.txt"
    snap = {"format": "samdiff-snapshot/1", "id": sid, "title": f"Overview {year}",
            "publisher": "Synthetic region",
            "as_of": {"precision": "day", "date": f"{year}-01-01",
                      "evidence": [{"lines": [1], "role": "mention",
                                    "quote": f"per 1 January {year}"}]},
            "kind": "inventory", "scope": {"covers": MUNIS},
            "source": {"path": src, "sha256": hashlib.sha256(text.encode()).hexdigest()},
            "table": {"columns": MUNIS, "order": "printed"},
            "skipped": [{"lines": [2], "reason": "header row"}],
            "arrangements": arrs}
    return sid, src, text, snap


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(os.path.join(out, "sources"), exist_ok=True)
    for year, drop in ((2019, False), (2021, True)):
        sid, src, text, snap = snapshot(year, n, drop)
        with open(os.path.join(out, src), "w") as f:
            f.write(text)
        with open(os.path.join(out, sid + ".json"), "w") as f:
            json.dump(snap, f, ensure_ascii=False, indent=1)


main()
