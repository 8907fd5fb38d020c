import json, re, subprocess, os
def pages_text(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n+1):
        t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), '-raw', pdf, '-'], capture_output=True, text=True).stdout
        out.append(re.sub(r'[^a-z0-9]', '', t.lower()))
    return out
def key(text, nwords=9):
    w = text.split()[:nwords]
    return re.sub(r'[^a-z0-9]', '', ' '.join(w).lower())
def locate(pdf, findings):
    pt = pages_text(pdf)
    for f in findings:
        k = key(f['text'])
        hits = [i+1 for i, t in enumerate(pt) for _ in range(t.count(k))]
        want = 1 + len(f.get('also_at', []))
        if len(hits) != want:
            print('LOCATE PROBLEM', hits, f['text'][:60])
        f['page'] = hits[0]
        for a, h in zip(f.get('also_at', []), hits[1:]):
            a['page'] = h
def write(folder, producer, meta, findings):
    os.makedirs(folder, exist_ok=True)
    json.dump({"producer": producer, "expect": "findings", "password": None, "meta": meta,
               "findings": findings, "notices": []}, open(os.path.join(folder, 'gold.json'), 'w'), indent=1, ensure_ascii=False)
    print(folder, len(findings))
