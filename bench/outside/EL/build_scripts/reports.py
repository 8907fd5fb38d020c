import json, os, sys, subprocess
sys.path.insert(0, '/tmp/EL-build')
from flow import *
OUT = '/work/blind/EL'

def save(name, doc, meta, producer, ocgs=None, post=None):
    doc.close()
    data, info = build(doc.pages, {'producer': 'EL raw writer', 'title': meta['report_type']}, ocgs=ocgs)
    d = os.path.join(OUT, name); os.makedirs(d, exist_ok=True)
    path = os.path.join(d, 'report.pdf')
    open(path, 'wb').write(data)
    if post: post(path, data, info, doc)
    g = {'producer': producer, 'expect': 'findings', 'password': None, 'meta': meta, 'findings': doc.findings, 'notices': []}
    json.dump(g, open(os.path.join(d, 'gold.json'), 'w'), indent=1, ensure_ascii=False)
    print(name, len(doc.findings), len(doc.pages))

def ratings(o, s, e, c, r, w): return {'overall': o, 'safe': s, 'effective': e, 'caring': c, 'responsive': r, 'well_led': w}

def cover(doc, provider, rtype, addr, insp, pub, rat, extra=None):
    doc.space(40); doc.para(provider, 'B', 22, rgb=(0.1, 0.2, 0.45))
    doc.para(rtype, 'B', 16)
    for a in addr: doc.para(a, 'R', 10)
    doc.space(10)
    doc.para('Date of inspection visit: ' + insp, 'R', 10)
    doc.para('Date of publication: ' + pub, 'R', 10)
    doc.space(10)
    doc.para('This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, information from our ongoing monitoring of data about services and information given to us from the provider, patients, the public and other organisations.', 'R', 9)
    doc.space(10)
    doc.para('Ratings', 'B', 13)
    for k, v in rat: doc.para('%s   %s' % (k, v), 'R', 11)
    doc.new_page()
