import json
d = json.load(open("/tmp/FG-work/stmts.json")); km = d["keymap"]
G = [["e1","u1","u9","p5"], ["e5","u16","p9"], ["e7","u7"], ["u3","p7"], ["u14","p10","p10b"],
     ["e9","u15"], ["u4","p8"], ["u13","p2"], ["e10","p11"], ["e11","p12"], ["e12","p13"]]
L = [["e1","e8"], ["u2","u10"], ["u5","u11"], ["u4","u12"], ["p8","u12"], ["p1","p6"], ["e5","e7"], ["u16","u7"],
     ["u6","p14"], ["e4","u14"], ["e4","u8"], ["e3","u19"], ["e2","u17"]]
ids = lambda ks: [km[k] for k in ks]
out = {"statements": [{k: s[k] for k in ("id","file","kind","text","page")} for s in d["stmts"]],
       "groups": [ids(g) for g in G], "lookalikes": [ids(p) for p in L]}
# sanity: no statement in two groups; lookalike pairs not in the same group
seen = {}
for i, g in enumerate(out["groups"]):
    for x in g: assert x not in seen, x; seen[x] = i
for a, b in out["lookalikes"]:
    assert not (a in seen and b in seen and seen[a] == seen[b]), (a, b)
json.dump(out, open("/work/blind/FG/labels.json", "w"), ensure_ascii=False, indent=1)
print(len(out["statements"]), len(out["groups"]), len(out["lookalikes"]))
for g in G: print(g, ids(g))
for p in L: print(p, ids(p))
