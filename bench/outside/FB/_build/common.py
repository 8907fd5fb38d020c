import json, re, subprocess, os
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
def page_texts(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n+1):
        t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), '-layout', pdf, '-'], capture_output=True, text=True).stdout
        t2 = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), pdf, '-'], capture_output=True, text=True).stdout
        out.append((norm(t), norm(t2)))
    return out
def check_pages(pdf, findings, nwords=8):
    """report pages where the opening words are found; for information only"""
    pts = page_texts(pdf)
    for f in findings:
        key = norm(' '.join(f['text'].split()[:nwords]))
        hits = [i+1 for i,(a,b) in enumerate(pts) if key in a or key in b]
        exp = [f['page']] + [a['page'] for a in f.get('also_at', [])]
        flag = '' if sorted(set(hits)) == sorted(set(exp)) else '   <-- CHECK'
        print(f['kind'], f['page'], hits, exp, f['text'][:50], flag)
def write_gold(folder, producer, meta, findings, notices=None):
    g = {"producer": producer, "expect": "findings", "password": None, "meta": meta,
         "findings": findings, "notices": notices or []}
    with open(os.path.join(folder, 'gold.json'), 'w') as fh:
        json.dump(g, fh, indent=1, ensure_ascii=False)
REG = re.compile(r'\((?:Regulation|Reg)\s+(\d+[A]?)((?:\(\w+\))*)\)\s*$')
def regs_of(text):
    m = REG.search(text)
    if not m: return []
    return [{"instrument": "RA2014", "number": int(m.group(1)), "paragraphs": m.group(2) or None}]
