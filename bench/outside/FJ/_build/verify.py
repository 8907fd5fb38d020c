import json,glob,re,sys,pdfplumber
sys.path.insert(0,'/tmp/FJ-work'); from common import norm
SPL={'r1':[320],'r3':[297.6]}
for f in sorted(glob.glob('/work/blind/FJ/*/gold.json')):
    d=f.rsplit('/',1)[0]; g=json.load(open(f)); sp=SPL.get(d.split('/')[-1][:2],[])
    with pdfplumber.open(d+'/report.pdf') as P:
        pages=[]
        for pg in P.pages:
            # drop header/footer bands
            body=pg.crop((0,50,pg.width,pg.height-64))
            xs=[0]+sp+[pg.width]
            strips=[norm(body.crop((a,50,b,pg.height-64)).extract_text() or '') for a,b in zip(xs,xs[1:])]
            pages.append((norm(body.extract_text() or ''),strips))
    bad=0
    for x in g['findings']:
        k=norm(x['text']); p=x['page']-1
        ok=False
        for q in [p]+[a['page']-1 for a in x['also_at']]:
            cands=[pages[q][0]]+pages[q][1]
            if q+1<len(pages): cands+= [pages[q][0]+pages[q+1][0]]+[pages[q][0]+pages[q+2][0]] if q+2<len(pages) else [pages[q][0]+pages[q+1][0]]
            if any(k in c for c in cands): ok=True
            else: print('  MISS', q+1, x['text'][:60]); ok=False
        bad+= not ok
    print(d.split('/')[-1], len(g['findings']), 'bad', bad)
