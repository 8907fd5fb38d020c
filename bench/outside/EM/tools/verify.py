import json, subprocess, sys, re, unicodedata, glob
sys.path.insert(0, 'tools')
from common import norm
tot = 0
for g in sorted(glob.glob('/work/blind/EM/*/gold.json')):
    d = g.rsplit('/', 1)[0]
    G = json.load(open(g))
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', d + '/report.pdf'], capture_output=True, text=True).stdout).group(1))
    pages = [norm(subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), d + '/report.pdf', '-'], capture_output=True, text=True).stdout) for i in range(1, n + 1)]
    bad = 0
    for f in G['findings']:
        tot += 1
        nt = norm(f['text'])
        for pg in [f['page']] + [a['page'] for a in f['also_at']]:
            # longest prefix present on that page
            L = 0
            for k in range(12, len(nt) + 1):
                if nt[:k] in pages[pg - 1]:
                    L = k
                else:
                    break
            prev_ok = pg == 1 or nt[:L + 1] not in pages[pg - 2] or True
            if L < min(30, len(nt)):
                bad += 1
                print('  BAD', d.split('/')[-1], pg, L, f['text'][:60])
    print(d.split('/')[-1], 'findings', len(G['findings']), 'printings', sum(1 + len(f['also_at']) for f in G['findings']), 'bad', bad)
print('total', tot)
