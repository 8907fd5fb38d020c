import sys, json; sys.path.insert(0, '/tmp/FB-work')
from common import *
OUT = '/work/blind/FB/mh_core_enclosed_numerals'
findings, seenl = json.load(open('/tmp/FB-r2-findings.json'))
pts = page_texts(OUT + '/report.pdf')
SVC = 'Acute wards for adults of working age and psychiatric intensive care units'
for f in findings:
    key = norm(f['text'])
    hits = [i+1 for i, (a, b) in enumerate(pts) if key[:70] in b or key[:70] in a]
    f['page'] = hits[0]
    f['also_at'] = [{'page': p, 'service': SVC} for p in hits[1:]]
    if not f['also_at']: del f['also_at']
    print(f['kind'], hits, f['text'][:60])
meta = {"provider": "Northmoor Partnership NHS Foundation Trust", "location": None, "report_type": "Quality Report",
        "published": "2016-09-22", "inspection_dates": ["2016-06-07", "2016-06-10"],
        "ratings": {"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(OUT, 'LibreOffice 7.4 (Writer, from .docx)', meta, findings)
print(len(findings))
