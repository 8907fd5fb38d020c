import json, re, subprocess
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
def page_texts(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n+1):
        t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), '-raw', pdf, '-'], capture_output=True, text=True).stdout
        out.append(norm(t))
    return out
def locate(pdf, opening, nchars=40):
    key = norm(opening)[:nchars]
    pts = page_texts(pdf)
    return [(i+1, pt.count(key)) for i, pt in enumerate(pts) if key in pt]
def write_gold(folder, gold):
    with open(folder + '/gold.json', 'w') as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
