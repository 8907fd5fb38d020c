import json, re, subprocess, unicodedata, os, random

def norm(s):
    s = unicodedata.normalize('NFKC', s).replace('\u00ad','')
    return re.sub(r'[^0-9a-z]', '', s.lower())

def page_texts(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n+1):
        t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), pdf, '-'], capture_output=True, text=True).stdout
        out.append(t)
    return out

def locate(pdf, findings, furniture=(), texts=None):
    """findings: list of dicts with 'text' and 'prints': [service,...] (in reading order).
    Sets page/service/also_at. Asserts occurrence counts."""
    pages = texts if texts is not None else page_texts(pdf)
    doc = ''; offs = []
    for i, t in enumerate(pages):
        lines = [l for l in t.split('\n') if not any(re.search(f, l) for f in furniture)]
        offs.append(len(doc))
        doc += norm('\n'.join(lines))
    def page_of(pos):
        p = 0
        for i, o in enumerate(offs):
            if o <= pos: p = i
        return p + 1
    problems = []
    for f in findings:
        key = norm(f['text'])
        hits = [m.start() for m in re.finditer(re.escape(key), doc)]
        if len(hits) != len(f['prints']):
            problems.append((len(hits), len(f['prints']), f['text'][:70]))
            continue
        pg = [page_of(h) for h in hits]
        f['page'] = pg[0]; f['service'] = f['prints'][0]
        f['also_at'] = [{'page': p, 'service': s} for p, s in zip(pg[1:], f['prints'][1:])]
    return problems, len(pages)

def write_gold(outdir, producer, meta, findings, notices=(), expect='findings'):
    fl = []
    for f in findings:
        fl.append({'kind': f['kind'], 'text': f['text'], 'page': f['page'], 'section': f['section'],
                   'service': f['service'], 'domain': f.get('domain'), 'regulations': f.get('regulations', []),
                   'also_at': f['also_at']})
    g = {'producer': producer, 'expect': expect, 'password': None, 'meta': meta, 'findings': fl, 'notices': list(notices)}
    json.dump(g, open(os.path.join(outdir, 'gold.json'), 'w'), indent=1, ensure_ascii=False)
    return g

def reg(num, paras='', inst='RA2014'):
    return {'instrument': inst, 'number': num, 'paragraphs': paras}

def cite_regs(text):
    """parse trailing (Regulation 12(2)(g)) style citations -> RA2014"""
    m = re.search(r'\((Regulations?[^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?$', text)
    if not m: return []
    body = m.group(1)
    regs = []
    for mm in re.finditer(r'(\d{1,2}A?)((?:\s*\(\s*\w{1,4}\s*\))*)', body):
        n = mm.group(1)
        regs.append({'instrument': 'RA2014', 'number': int(n) if n.isdigit() else n, 'paragraphs': re.sub(r'\s', '', mm.group(2))})
    return regs

FILLER = {
 'acute': [
  "Staff we spoke with understood their responsibilities and described how they escalated concerns to the shift lead.",
  "We reviewed records and found that most were legible, dated and signed, although the quality varied between teams.",
  "Leaders were visible and approachable, and staff told us they felt able to raise concerns without fear of blame.",
  "The service used an electronic system to report incidents, and staff received feedback on the incidents they reported.",
  "Managers monitored compliance through a monthly dashboard that was shared with the divisional governance group.",
  "Patients and relatives we spoke with were positive about the kindness and compassion shown by staff.",
  "Equipment we checked was visibly clean, labelled and within its service date in most areas.",
  "The trust had a clear vision and a set of values, which staff in most teams could describe.",
  "Safeguarding leads were available for advice during the day, and an on-call arrangement covered evenings and weekends.",
  "Data on performance was collected routinely, although it was not always used to drive improvement at team level.",
  "Staff completed risk assessments for each patient on arrival and updated them when a patient's condition changed.",
  "Multidisciplinary meetings took place each week and were attended by a range of professionals.",
 ],
}
def filler(kind, n, seed):
    r = random.Random(seed)
    bank = FILLER[kind]
    return ' '.join(r.sample(bank, min(n, len(bank))))

def page_texts_cols(pdf, pages_two_col, xsplit=None):
    import pdfplumber
    out = []
    with pdfplumber.open(pdf) as P:
        for i, pg in enumerate(P.pages):
            if (i + 1) in pages_two_col:
                xs = xsplit or pg.width / 2
                t = pg.crop((0, 0, xs, pg.height)).extract_text() + '\n' + pg.crop((xs, 0, pg.width, pg.height)).extract_text()
            else:
                t = pg.extract_text()
            out.append(t)
    return out

_orig_page_texts = page_texts
def set_column_mode(pages_two_col, xsplit=None):
    global page_texts
    import common
    common.page_texts = lambda pdf: page_texts_cols(pdf, pages_two_col, xsplit)
