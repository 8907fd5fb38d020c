import re, json, pdfplumber
from data import *
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
FOOT = re.compile(r'^\d+\s+' + re.escape(TRUST) + r' Inspection report ' + re.escape(PUBNUM) + '$')
def pages_text(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            lines = (pg.extract_text() or '').split('\n')
            if lines and FOOT.match(lines[-1].strip()): lines = lines[:-1]
            else: print("WARN no footer", pdf, pg.page_number)
            if pg.page_number > 1 and lines: lines = lines[1:]   # running head
            out.append('\n'.join(lines))
    return out
def locate(R):
    pt = pages_text('/work/blind/EQ/' + R['file'])
    full = ''; starts = []
    for t in pt:
        starts.append(len(full)); full += norm(t)
    def page_of(pos):
        return max(i for i, s in enumerate(starts) if s <= pos) + 1
    H = norm('Action the trust MUST take to improve')
    h1 = full.find(H); h2 = full.find(H, h1 + 1); assert h1 >= 0 and h2 > h1 and full.find(H, h2+1) < 0
    res = []
    bykey = {k: (g, t) for (k, g, t) in R['musts'] + R['shoulds']}
    cur = h1
    for kind, lst in (('must', R['musts']), ('should', R['shoulds'])):
        for k, g, t in lst:
            n = norm(t); pos = full.find(n, cur)
            assert pos >= 0 and pos < h2, (R['file'], k)
            assert full.count(norm(t)[:45], h1, h2) == 1 or k in ('a3',), (k, full.count(norm(t)[:45], h1, h2))
            res.append(dict(key=k, group=g, kind=kind, text=t, page=page_of(pos), where='summary'))
            cur = pos + len(n)
    cur = h2; reps = []
    for kind, lst in (('must', R['repeat_musts']), ('should', R['repeat_shoulds'])):
        for x in lst:
            if isinstance(x, str):
                g, t = bykey[x]; k = x; new = False
            else:
                k, g, t = x; new = True
            n = norm(t); pos = full.find(n, cur); assert pos >= 0, (R['file'], k)
            cur = pos + len(n)
            if new: res.append(dict(key=k, group=g, kind=kind, text=t, page=page_of(pos), where='chapter'))
            else: reps.append((k, page_of(pos)))
    return res, reps
if __name__ == '__main__':
    allres = {}
    for R in REPORTS:
        res, reps = locate(R)
        allres[R['file']] = dict(statements=res, repeats=reps)
        print(R['file'], len(res), [(r['key'], r['page']) for r in res], reps)
    json.dump(allres, open('/tmp/EQ-build/located.json', 'w'), indent=1)
