import sys, json, glob; sys.path.insert(0, "/tmp/EN-work")
from common import *
tot = 0
for d in sorted(glob.glob("/work/blind/EN/*/")):
    g = json.load(open(d + "gold.json")); pdf = d + "report.pdf"; tot += len(g["findings"])
    bad = 0
    for f in g["findings"]:
        first = f["text"].split("\n")[0]
        pages = locate_all(pdf, first, 50)
        want = sorted([f["page"]] + [a["page"] for a in f["also_at"]])
        if sorted(pages) != want: bad += 1; print("  MISMATCH", d, f["text"][:50], pages, want)
    km = sum(f["kind"] == "must" for f in g["findings"])
    print(d.split("/")[-2], len(g["findings"]), "must", km, "bad", bad)
print("total", tot)
