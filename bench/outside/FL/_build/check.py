import json,subprocess,sys,glob,os; sys.path.insert(0,'/tmp/FL-work'); from common import norm
tot=0
for d in sorted([d for d in glob.glob('/work/blind/FL/*/') if not d.endswith('_build/')]):
    g=json.load(open(d+'gold.json')); pdf=d+'report.pdf'
    n=int([l for l in subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout.splitlines() if l.startswith('Pages')][0].split()[1])
    pages=[norm(subprocess.run(['pdftotext','-layout','-f',str(i),'-l',str(i),pdf,'-'],capture_output=True,text=True).stdout) for i in range(1,n+1)]
    pr=[norm(subprocess.run(['pdftotext','-f',str(i),'-l',str(i),pdf,'-'],capture_output=True,text=True).stdout) for i in range(1,n+1)]
    bad=0; texts=set()
    for f in g['findings']:
        assert f['text'] not in texts; texts.add(f['text'])
        k=norm(' '.join(f['text'].split()[:8])) if f['text'].split()[:8]!='We recommend the provider ensures people’s end of life wishes,'.split() else norm('We recommend the provider ensures people’s')
        want=[f['page']]+[a['page'] for a in f['also_at']]
        hits=sorted(set([i+1 for i,p in enumerate(pages) if k in p]+[i+1 for i,p in enumerate(pr) if k in p]))
        if hits!=sorted(set(want)): bad+=1; print(' MISMATCH',os.path.basename(d[:-1]),f['text'][:60],want,hits)
    tot+=len(g['findings'])
    print(os.path.basename(d[:-1]),n,'pages',len(g['findings']),'findings', sum(1+len(f['also_at']) for f in g['findings']),'printings','bad',bad, {k:sum(1 for f in g['findings'] if f['kind']==k) for k in ['must','should']})
print('total',tot)
