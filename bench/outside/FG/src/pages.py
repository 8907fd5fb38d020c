import sys, re, json, subprocess
sys.path.insert(0, "/tmp/FG-work")
from data import *
from body import EOC, EUC, PTS
def norm(s): return re.sub(r"[^a-z0-9]", "", s.lower())
def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n+1):
        out.append(norm(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout))
    return out
def locate(pgs, text):
    allt = "".join(pgs); offs = []; o = 0
    for p in pgs: offs.append(o); o += len(p)
    t = norm(text); hits = [m.start() for m in re.finditer(re.escape(t), allt)]
    res = []
    for h in hits:
        pg = max(i for i, of in enumerate(offs) if of <= h) + 1
        res.append(pg)
    return res
stmts = []; sid = 0; keymap = {}
base = "/work/blind/FG/"
sets = [(EOC, EOC_MUST, EOC_SHOULD, []), (EUC, EUC_MUST, EUC_SHOULD, []), (PTS, PTS_MUST, PTS_SHOULD, [P10B])]
for R, ms, ss, extra in sets:
    pgs = pages(base + R["file"])
    items = [("must", k, t) for k, t in ms] + [("should", k, t) for k, t in ss] + [("should", k, t) for k, t in extra]
    for kind, k, t in items:
        hits = locate(pgs, t)
        sid += 1; keymap[k] = "s%d" % sid
        print(R["file"][:14], "s%d" % sid, k, kind, hits)
        stmts.append({"id": "s%d" % sid, "file": R["file"], "kind": kind, "text": t, "page": hits[0], "_key": k, "_hits": hits})
json.dump({"stmts": stmts, "keymap": keymap}, open("/tmp/FG-work/stmts.json", "w"), ensure_ascii=False, indent=1)
