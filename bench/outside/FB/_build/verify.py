import sys, json, glob; sys.path.insert(0, '/tmp/FB-work')
from common import *
tot = 0
for g in sorted(glob.glob('/work/blind/FB/*/gold.json')):
    d = json.load(open(g)); pdf = g.replace('gold.json', 'report.pdf')
    pts = page_texts(pdf); n = len(pts)
    print('==', g.split('/')[-2], len(d['findings']), d['producer'])
    tot += len(d['findings'])
    for f in d['findings']:
        for p in [f['page']] + [a['page'] for a in f.get('also_at', [])]:
            k = norm(f['text'])
            txt = pts[p-1][1] + (pts[p][1] if p < n else '')
            txl = pts[p-1][0] + (pts[p][0] if p < n else '')
            ok = k in txt or k in txl
            start = norm(' '.join(f['text'].split()[:6])) in pts[p-1][1] or norm(' '.join(f['text'].split()[:6])) in pts[p-1][0]
            if not (ok and start): print('  ??', p, ok, start, f['text'][:70])
print('total', tot)
