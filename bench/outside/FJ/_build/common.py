import json, re, pdfplumber, os
def norm(s):
    return re.sub(r'[^a-z0-9]', '', s.lower().replace('\u00ad',''))
def page_texts(pdf):
    with pdfplumber.open(pdf) as p:
        return [norm(pg.extract_text() or '') for pg in p.pages]
def locate(pdf, opening, expect=1):
    """pages where the opening words occur; assert count"""
    pts = page_texts(pdf); key = norm(opening)
    hits = [i+1 for i,t in enumerate(pts) for _ in range(t.count(key))]
    assert len(hits)==expect, (opening, hits)
    return hits
def write_gold(folder, producer, meta, findings, notices=None):
    g = {"producer": producer, "expect": "findings", "password": None, "meta": meta,
         "findings": findings, "notices": notices or []}
    json.dump(g, open(os.path.join(folder,'gold.json'),'w'), indent=1, ensure_ascii=False)
def reg(n, par='', inst='RA2014'):
    return {"instrument": inst, "number": n, "paragraphs": par}
def locate_cols(pdf, text, expect=1, splits=()):
    """count full-statement occurrences, page text cropped into vertical strips at splits (pt)"""
    key=norm(text); hits=[]
    with pdfplumber.open(pdf) as p:
        for i,pg in enumerate(p.pages):
            xs=[0]+list(splits)+[pg.width]
            n=0
            full=norm(pg.extract_text() or '').count(key)
            for a,b in zip(xs,xs[1:]):
                t=norm(pg.crop((a,0,b,pg.height)).extract_text() or '')
                n+=t.count(key)
            hits+= [i+1]*max(n,full)
    assert len(hits)==expect,(text[:60],hits)
    return hits
