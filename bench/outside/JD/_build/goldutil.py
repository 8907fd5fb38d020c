"""Shared helper: find on which pages each typeset statement is printed (pdftotext check), write gold.json."""
import json, re, subprocess, sys

LIG = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

def norm(s):
    for k, v in LIG.items():
        s = s.replace(k, v)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", "", s)

def page_texts(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    return out.split("\f")

FURNITURE = []  # regexes of whole lines (footers, running heads) to drop before matching

def locate(pdf, text):
    pages = page_texts(pdf)
    pages = ["\n".join(l for l in p.splitlines() if not any(re.fullmatch(rx, l.strip()) for rx in FURNITURE)) for p in pages]
    joined, offs = "", []
    for i, p in enumerate(pages):
        offs.append(len(joined))
        joined += norm(p)
    t = norm(text)
    hits, start = [], 0
    while True:
        k = joined.find(t, start)
        if k < 0:
            break
        pg = max(i for i, o in enumerate(offs) if o <= k) + 1
        hits.append(pg)
        start = k + 1
    return hits

def write_gold(pdf, gold_path, producer, meta, findings, expect="findings"):
    out = []
    bad = []
    for f in findings:
        hits = locate(pdf, f["text"])
        if not hits:
            bad.append(f["text"][:70])
            hits = [None]
        exp = f.pop("expect_copies", None)
        if exp is not None and len(hits) != exp:
            bad.append("copies %d!=%d: %s" % (len(hits), exp, f["text"][:60]))
        out.append({"kind": f["kind"], "text": f["text"], "page": hits[0], "section": f["section"],
                    "service": f.get("service"), "domain": None, "regulations": f.get("regulations", []),
                    "also_at": hits[1:], "derived": False})
    g = {"producer": producer, "expect": expect, "password": None, "meta": meta, "findings": out}
    with open(gold_path, "w") as fh:
        json.dump(g, fh, indent=1, ensure_ascii=False)
    print(gold_path, len(out), "findings", "PROBLEMS:" if bad else "ok", bad)

def reg(n, p="", inst="RA2014"):
    return {"instrument": inst, "number": n, "paragraphs": p}
