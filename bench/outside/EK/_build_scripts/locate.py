import json, re, sys, pdfplumber
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
def locate(pdf, findings, prefix=45):
    """findings: list of dicts with text; 'printings' = expected count. returns list of page lists"""
    with pdfplumber.open(pdf) as p:
        pages=[norm(pg.extract_text() or '') for pg in p.pages]
    cat=''; offs=[]
    for i,t in enumerate(pages):
        offs.append(len(cat)); cat+=t
    def pageof(o):
        pg=0
        for i,s in enumerate(offs):
            if o>=s: pg=i
        return pg+1
    out=[]
    for f in findings:
        key=norm(f['text'])[:prefix]
        hits=[m.start() for m in re.finditer(re.escape(key), cat)]
        out.append([pageof(h) for h in hits])
    return out, len(pages)

def locate2(pdf, findings, expect, prefix=45):
    """like locate but falls back to left/right half crops per page"""
    out,n=locate(pdf,findings,prefix)
    with pdfplumber.open(pdf) as p:
        crops=[]
        for pg in p.pages:
            w=pg.width
            crops.append([norm(pg.crop((0,0,w*f,pg.height)).extract_text() or '') for f in (0.45,0.5)]+[norm(pg.crop((w*f,0,w,pg.height)).extract_text() or '') for f in (0.2,0.4,0.45,0.5)])
    res=[]
    for f,hits in zip(findings,out):
        key=norm(f['text'])[:prefix]
        if len(hits)<expect:
            for i,cs in enumerate(crops):
                if i+1 not in hits and any(key in c for c in cs): hits=sorted(hits+[i+1])
        res.append(hits)
    return res,n
