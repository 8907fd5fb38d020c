import sys, json, re; sys.path.insert(0, '/tmp/FE-work')
import pikepdf
from pikepdf import Name, Dictionary, Array, String
from common import locate, write_gold
OUT = '/work/blind/FE/mh_cmht_emdash_labels'
pdf = pikepdf.open('/tmp/FE-work/r1.pdf')
pdf.Root.PageLabels = Dictionary(Nums=Array([0, Dictionary(P=String('Cover')), 1, Dictionary(P=String('Contents')),
                                             2, Dictionary(S=Name.D, St=1)]))
pdf.save(OUT + '/report.pdf')
P = OUT + '/report.pdf'
it = json.load(open('/tmp/FE-work/r1items.json'))
SERVICE = 'Community-based mental health services for adults of working age'
findings = []
for kind, key, sec in [('must', 'MUST', 'Action the provider MUST take to improve'), ('should', 'SHOULD', 'Action the provider SHOULD take to improve')]:
    for label, t in it[key]:
        text = label + ' ' + t
        loc = locate(P, text, 60)
        assert len(loc) == 1 and loc[0][1] == 1, (text, loc)
        regs = []
        m = re.search(r'\(Regulation (\d+)([^)]*)\)$', t)
        if m: regs = [{"instrument": "RA2014", "number": int(m.group(1)), "paragraphs": m.group(2)}]
        findings.append({"kind": kind, "text": text, "page": loc[0][0], "section": sec, "service": SERVICE, "domain": None,
                         "regulations": regs, "also_at": []})
notices = []
for reg, para in [(12, '(2)(a)(b)(g)'), (17, '(2)(b)'), (18, '(2)(a)')]:
    loc = locate(P, f'Regulation {reg} HSCA (RA) Regulations 2014', 40)
    notices.append({"kind": "requirement_notice", "page": loc[-1][0], "regulations": [{"instrument": "RA2014", "number": reg, "paragraphs": para}]})
gold = {"producer": "LibreOffice 7.4 (from .docx written by python-docx; /PageLabels added with pikepdf)", "expect": "findings", "password": None,
 "meta": {"provider": "Wealdmoor Partnership NHS Foundation Trust", "location": None, "report_type": "Quality Report",
          "published": "2016-09-21", "inspection_dates": ["2016-06-13", "2016-06-16"],
          "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement", "caring": "Good",
                      "responsive": "Good", "well_led": "Good"}},
 "findings": findings, "notices": notices}
write_gold(OUT, gold)
for f in findings: print(f['kind'], f['page'], f['text'][:50])
print(notices)
