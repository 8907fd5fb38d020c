import json, subprocess, re, sys, glob, unicodedata
def norm(s):
    s = unicodedata.normalize('NFKC', s).replace('\u00ad', '')
    return re.sub(r'[^a-z0-9]', '', s.lower())
tot = 0
for g in sorted(glob.glob('/work/blind/EL/*/gold.json')):
    d = json.load(open(g)); pdf = g.replace('gold.json', 'report.pdf')
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    pages = [norm(subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout) for i in range(1, n + 1)]
    alltext = ''.join(pages)
    bad = 0
    for f in d['findings']:
        tot += 1
        key = norm(f['text'])
        full_count = alltext.count(key)
        exp = 1 + len(f['also_at'])
        head = norm(' '.join(f['text'].split()[:7]))
        pg_ok = head in pages[f['page'] - 1]
        alsos = all(norm(' '.join(f['text'].split()[:7])) in pages[a['page'] - 1] for a in f['also_at'])
        if full_count != exp or not pg_ok or not alsos:
            bad += 1; print('  BAD', g.split('/')[-2], f['page'], full_count, exp, pg_ok, f['text'][:70])
    print(g.split('/')[-2], len(d['findings']), 'bad', bad)
print('total', tot)
