import subprocess, re, sys
def pages_text(pdf):
    n=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout).group(1))
    out=[]
    for p in range(1,n+1):
        t=subprocess.run(['pdftotext','-f',str(p),'-l',str(p),pdf,'-'],capture_output=True,text=True).stdout
        out.append(re.sub(r'[^a-z0-9]','',t.lower().replace('ﬁ','fi').replace('ﬂ','fl').replace('ﬀ','ff')))
    return out
def key(text,skip=1,n=7):
    w=text.split()[skip:skip+n]
    return re.sub(r'[^a-z0-9]','',' '.join(w).lower())
def locate(pdf,text,skip=1,n=7):
    P=pages_text(pdf); k=key(text,skip,n)
    return [(i+1,pg.count(k)) for i,pg in enumerate(P) if k in pg]
