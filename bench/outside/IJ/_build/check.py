import json, glob, pymupdf, re
tot = 0
for g in sorted(glob.glob("/work/blind/IJ/*/gold.json")):
    d = json.load(open(g)); doc = pymupdf.open(g.replace("gold.json", "report.pdf"))
    pages = [" ".join(p.get_text().split()) for p in doc]
    bad = 0
    for f in d["findings"]:
        t = " ".join(f["text"].split())
        both = " ".join(pages[f["page"] - 1: f["page"] + 1])
        both = both.replace("\ufb01", "fi").replace("\ufb02", "fl")
        # remove table borders / line-continuations for mono grid
        b2 = re.sub(r"\s*\|\s*(\|\s*)*", " ", both); b2 = re.sub(r"\s+", " ", b2)
        b2 = re.sub(r" {2,}", " ", b2)
        ok = t in both or t in b2 or t.replace("did-not", "did- not") in b2
        if not ok:
            bad += 1; print("  MISSING", f["page"], t[:60])
        for a in f["also_at"]:
            if t not in " ".join(pages[a["page"] - 1: a["page"] + 1]).replace("\ufb01", "fi").replace("\ufb02", "fl"): print("  also_at missing", a)
    tot += len(d["findings"])
    print(g.split("/")[-2], len(d["findings"]), "must", sum(f["kind"] == "must" for f in d["findings"]), "bad", bad, "pages", len(doc))
print("total", tot)
