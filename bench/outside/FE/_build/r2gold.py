import sys, json, re; sys.path.insert(0, '/tmp/FE-work')
from common import locate, write_gold
OUT = '/work/blind/FE/community_trust_grid_tagged'; P = OUT + '/report.pdf'
it = json.load(open('r2items.json'))
findings = []
def regs(t):
    m = re.search(r'\(Regulation (\d+)([^)]*)\)$', t)
    return [{"instrument": "RA2014", "number": int(m.group(1)), "paragraphs": m.group(2)}] if m else []
for svc in it['order']:
    for t in it['MUST'][svc]:
        loc = locate(P, t, 80)
        pages = [p for p, n in loc for _ in range(n)]
        assert len(pages) == 2, (t, loc)
        findings.append({"kind": "must", "text": t, "page": pages[0], "section": "At a glance: what the trust must do", "service": svc,
                         "domain": None, "regulations": regs(t), "also_at": [{"page": pages[1], "service": svc}]})
for svc in it['order']:
    for t in it['SHOULD'][svc]:
        loc = locate(P, t, 80); assert loc == [(loc[0][0], 1)], (t, loc)
        findings.append({"kind": "should", "text": t, "page": loc[0][0], "section": "Action the trust SHOULD take to improve", "service": svc,
                         "domain": None, "regulations": [], "also_at": []})
gold = {"producer": "Chromium 156 (Skia/PDF m156), tagged PDF", "expect": "findings", "password": None,
 "meta": {"provider": "Eastmarsh Community Healthcare NHS Trust", "location": None, "report_type": "Inspection report",
          "published": "2020-01-29", "inspection_dates": ["2019-10-08", "2019-11-14"],
          "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                      "responsive": "Good", "well_led": "Requires improvement"}},
 "findings": findings, "notices": []}
write_gold(OUT, gold)
for f in findings: print(f['kind'], f['page'], f['also_at'], f['service'][:25], f['text'][:40])
