import json,subprocess,sys,glob,os; sys.path.insert(0,'/tmp/FL-work'); from common import norm
for d in sorted([d for d in glob.glob('/work/blind/FL/*/') if not d.endswith('_build/')]):
    g=json.load(open(d+'gold.json')); pdf=d+'report.pdf'
    for mode in [[],['-layout'],['-raw']]:
        txt=norm(subprocess.run(['pdftotext']+mode+[pdf,'-'],capture_output=True,text=True).stdout.replace('\f',''))
        miss=[f['text'][:50] for f in g['findings'] if norm(f['text']) not in txt]
        print(os.path.basename(d[:-1]),mode,'missing whole-text:',len(miss),miss[:3])
