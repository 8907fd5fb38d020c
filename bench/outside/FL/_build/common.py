import json, pyphen, re
from reportlab.pdfbase.pdfmetrics import stringWidth
DIC = pyphen.Pyphen(lang='en_GB')

def wrap(text, font, size, width, hyphenate=True, hy='-'):
    """Greedy wrap; returns list of line strings as drawn (with hard hyphen at splits)."""
    words = text.split(' ')
    lines, cur = [], ''
    i = 0
    while i < len(words):
        w = words[i]
        trial = (cur + ' ' + w) if cur else w
        if stringWidth(trial, font, size) <= width:
            cur = trial; i += 1; continue
        # try hyphenation
        done = False
        if hyphenate and cur:
            core = re.match(r"^([A-Za-z]+)(.*)$", w)
            if '-' in w and not done:
                # compound: break after an existing hyphen
                parts = w.split('-')
                for k in range(len(parts)-1, 0, -1):
                    head = '-'.join(parts[:k]) + '-'
                    if stringWidth(cur + ' ' + head, font, size) <= width:
                        lines.append(cur + ' ' + head); cur = ''
                        words[i] = '-'.join(parts[k:]); done = True; break
            if not done and core and len(core.group(1)) >= 6:
                for a, b in DIC.iterate(core.group(1)):
                    if len(a) < 3 or len(b) < 3: continue
                    if stringWidth(cur + ' ' + a + hy, font, size) <= width:
                        lines.append(cur + ' ' + a + hy); cur = ''
                        words[i] = b + core.group(2); done = True; break
        if not done:
            if not cur:
                cur = w; i += 1
            lines.append(cur); cur = ''
    if cur: lines.append(cur)
    return lines

def norm(s):
    return re.sub(r'[^a-z0-9]', '', s.lower())
