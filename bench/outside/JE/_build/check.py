import json, subprocess, glob, re, os
tot = 0
for g in sorted(glob.glob('/work/blind/JE/r*/gold.json')):
    d = os.path.dirname(g); gold = json.load(open(g))
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', d + '/report.pdf'], capture_output=True, text=True).stdout).group(1))
    pages = [subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), d + '/report.pdf', '-'], capture_output=True, text=True).stdout for i in range(1, n + 1)]
    bad = 0
    for f in gold['findings']:
        p = f['page']
        txt = ' '.join(pages[p - 1:p + 1])
        words = set(re.findall(r"[\w'()-]+", txt))
        first = f['text'].split()[:4]
        missing = [w for w in re.findall(r"[\w'()-]+", f['text']) if w not in words]
        if missing or ' '.join(first) not in re.sub(r'\s+', ' ', pages[p - 1]):
            bad += 1; print('  CHECK', os.path.basename(d), p, missing[:5], f['text'][:50])
    c = {k: sum(1 for f in gold['findings'] if f['kind'] == k) for k in ('must', 'should')}
    tot += len(gold['findings'])
    print(os.path.basename(d), n, 'pages', c, 'bad', bad)
print('total', tot)
