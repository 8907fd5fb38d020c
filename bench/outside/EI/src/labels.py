import sys, re, json, subprocess
sys.path.insert(0, "/tmp/EI-build")
from data import *
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
stmts, idmap, n = [], {}, 0
problems = []
for rep in REPORTS:
    f = rep["file"]; path = f"/work/blind/EI/{f}"
    npages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    pages = [norm(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), path, "-"], capture_output=True, text=True).stdout) for p in range(1, npages+1)]
    full = "".join(pages)
    for kind in ("must", "should"):
        for lid, text in rep[kind]:
            n += 1; sid = f"s{n}"; idmap[lid] = sid
            # whole-text occurrences (page-joined) and first-line page
            whole = norm(text)
            cnt = full.count(whole)
            key = norm(text)[:70]
            hits = [i+1 for i, p in enumerate(pages) for _ in range(p.count(key))]
            if cnt != 2 or len(hits) != 2:
                problems.append((lid, cnt, hits))
            stmts.append({"id": sid, "file": f, "kind": kind, "text": text, "page": hits[0] if hits else None,
                          "also_at_pages": hits[1:], "local_id": lid})
groups = [[idmap[x] for x in g] for g in GROUPS]
looks = [[idmap[a], idmap[b]] for a, b in LOOKALIKES]
# consistency: no lookalike pair inside one group
gof = {x: i for i, g in enumerate(groups) for x in g}
for a, b in looks:
    assert not (a in gof and b in gof and gof[a] == gof[b]), (a, b)
allg = [x for g in groups for x in g]; assert len(allg) == len(set(allg))
json.dump({"statements": stmts, "groups": groups, "lookalikes": looks}, open("/work/blind/EI/labels.json", "w"), indent=1, ensure_ascii=False)
print("statements", len(stmts), "groups", len(groups), "lookalikes", len(looks))
print("problems", problems)
for s in stmts: print(s["id"], s["local_id"], s["file"][:10], s["kind"], s["page"], s["also_at_pages"])
