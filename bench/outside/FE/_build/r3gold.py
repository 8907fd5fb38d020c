import sys, json; sys.path.insert(0, '/tmp/FE-work')
from common import locate, write_gold
OUT = '/work/blind/FE/dental_letter_fit'; P = OUT + '/report.pdf'
it = json.load(open('r3items.json'))
for f in it['findings']:
    loc = locate(P, f['text'], 70); assert loc == [(f['page'], 1)], (f['text'], loc)
for n in it['notices']:
    loc = locate(P, 'Regulation %d HSCA (RA) Regulations 2014' % n['regulations'][0]['number'], 30); assert loc[-1][0] == n['page'], loc
gold = {"producer": "fpdf2, re-printed to US Letter by Ghostscript (fit to page, 94%), A4 cover page kept (qpdf)", "expect": "findings", "password": None,
 "meta": {"provider": "Larkfield Dental Care Limited", "location": "Larkfield Road Dental Practice", "report_type": "Inspection report",
          "published": "2020-03-24", "inspection_dates": ["2020-02-12"], "ratings": {}},
 "findings": it['findings'], "notices": it['notices']}
write_gold(OUT, gold); print('ok', len(it['findings']))
