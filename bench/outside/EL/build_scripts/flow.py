import io, json
from rawpdf import *
from PIL import Image, ImageDraw, ImageFont

import re
def autohy(text):
    def f(m):
        w = m.group(0)
        if len(w) < 8 or '\u00ad' in w: return w
        return '\u00ad'.join(w[i:i+3] for i in range(0, len(w), 3)).replace('\u00ad', '', 0) if False else w[:3] + ''.join(('\u00ad' + w[i:i+3]) for i in range(3, len(w)-3, 3)) + w[3 + 3*((len(w)-7)//3 + 1) if len(w) > 6 else len(w):] if False else _hy(w)
    return re.sub(r"[A-Za-z]+", f, text)
import pyphen
_PY = pyphen.Pyphen(lang='en_GB', left=3, right=3)
def _hy(w):
    return _PY.inserted(w, hyphen='\u00ad')

class Doc:
    def __init__(self, footer, margin=(60, 60, 70, 60), ligs=False, shuffle=False, rotate_pages=(), crop=False, ocr_pages=(), oc=False, hyph=False):
        self.hyph = hyph
        self.pages = []; self.footer = footer; self.m = margin; self.ligs = ligs; self.shuffle = shuffle
        self.rotate_pages = rotate_pages; self.crop = crop; self.ocr_pages = ocr_pages; self.oc = oc
        self.findings = []; self.seen = {}
        self.new_page()
    def new_page(self):
        n = len(self.pages) + 1
        p = Page()
        p.num = n; p.ocrlog = []
        p.rot = 90 if n in self.rotate_pages else 0
        p.ocr = n in self.ocr_pages
        if p.rot:
            # landscape media, portrait appearance; content drawn in portrait coords via cm
            p.media = (0, 0, H, W); p.rotate = 90
            p.raw('q 0 1 -1 0 %g 0 cm\n' % H)  # placeholder, fixed after visual check
        if self.crop:
            p.media = (0, 0, W + 72, H + 72); p.crop = (36, 36, W + 36, H + 36)
            p.raw('q 1 0 0 1 36 36 cm\n')
            # printer's slug outside the crop box
            p.text(-30, -22, 'EL-PRINT job 4471  proof %d  K' % n, 'R', 6)
        if self.oc: p.raw('/OC /oc0 BDC\n')
        self.pages.append(p)
        self.y = H - self.m[0]
        p.text(self.m[3], 30, self.footer + '   ' + str(n), 'R', 8, (0.3, 0.3, 0.3), mode=3 if p.ocr else 0)
        if p.ocr: p.ocrlog.append((self.m[3], 30, self.footer + '   ' + str(n), 'R', 8))
    def close(self):
        for p in self.pages:
            if self.oc: p.raw('EMC\n')
            if self.oc:
                p.raw('/OC /oc1 BDC\n'); p.text(W - 200, H - 30, 'Printer proof - colour bars', 'R', 7, (0.8, 0, 0)); p.rect(W - 200, H - 45, 120, 8, (0, 0.6, 0.8)); p.raw('EMC\n')
            if p.rot: p.raw('Q\n')
            if self.crop: p.raw('Q\n')
            if p.ocr: self.render_ocr(p)
    def render_ocr(self, p):
        sc = 150 / 72.0
        img = Image.new('L', (int(W * sc), int(H * sc)), 250)
        d = ImageDraw.Draw(img)
        fmap = {'R': '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'B': '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf', 'I': '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf'}
        import random; rnd = random.Random(p.num)
        for (x, y, s, f, size) in p.ocrlog:
            fnt = ImageFont.truetype(fmap[f], int(size * sc))
            s2 = plain(s).replace('\u00ad', '-')
            d.text((x * sc, (H - y) * sc), s2, font=fnt, fill=25, anchor='ls')
        for _ in range(1500):
            d.point((rnd.randrange(img.width), rnd.randrange(img.height)), fill=rnd.choice([120, 180, 200]))
        img = img.rotate(0.25, fillcolor=250)
        b = io.BytesIO(); img.save(b, 'JPEG', quality=70)
        # image drawn first: prepend
        p.images['Im0'] = (b.getvalue(), img.width, img.height)
        pre = ('q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n' % (W, H)).encode()
        p.ops.insert(1 if self.crop else 0, pre)
    def put(self, x, s, f, size, rgb=(0, 0, 0)):
        p = self.pages[-1]
        p.text(x, self.y, s, f, size, rgb, mode=3 if p.ocr else 0, shuffle=self.shuffle and not p.ocr)
        if p.ocr: p.ocrlog.append((x, self.y, s, f, size))
    def need(self, h):
        if self.y - h < self.m[2]: self.new_page()
    def space(self, h): self.y -= h
    def para(self, text, f='R', size=10, lead=None, indent=0, rgb=(0, 0, 0), keep=False):
        lead = lead or size * 1.3
        if self.hyph: text = autohy(text)
        lines = wrap(text, f, size, W - self.m[1] - self.m[3] - indent, self.ligs)
        if keep: self.need(lead * len(lines))
        first_page = None
        for ln in lines:
            self.need(lead)
            self.y -= lead
            if first_page is None: first_page = len(self.pages)
            self.put(self.m[3] + indent, ln, f, size, rgb)
        self.y -= size * 0.4
        return first_page
    def head(self, text, size=13):
        self.need(size * 4)
        self.space(size * 0.6)
        self.para(text, 'B', size, rgb=(0.1, 0.2, 0.45))
    def bullet(self, text, kind, section, service=None, regs=None, size=10, glyph='\u2022', domain=None):
        lead = size * 1.3
        self.need(lead * 2)
        p = self.pages[-1]
        yb = self.y - lead
        pg = self.para(text, 'R', size, indent=16)
        pp = self.pages[pg - 1]
        pp.text(self.m[3] + 4, yb, glyph, 'R', size, mode=3 if pp.ocr else 0)
        if pp.ocr: pp.ocrlog.append((self.m[3] + 4, yb, glyph, 'R', size))
        self.record(text, kind, pg, section, service, regs, domain)
    def sentence_para(self, sentences, section, domain=None):
        """sentences: list of (text, kind or None, regs). Paragraph; record finding page of sentence's first word"""
        # lay out whole paragraph word by word to know the page of each sentence start
        full = ' '.join(s for s, k, r in sentences)
        lines = wrap(full, 'R', 10, W - self.m[1] - self.m[3], self.ligs)
        starts = []; pos = 0
        for s, k, r in sentences:
            starts.append(pos); pos += len(s) + 1
        # map char offset -> line index
        offs = []; c = 0
        for ln in lines:
            offs.append(c); c += len(ln.rstrip('\u00ad')) + (0 if ln.endswith('\u00ad') else 1)
        pages_of_line = []
        for ln in lines:
            self.need(13); self.y -= 13; pages_of_line.append(len(self.pages)); self.put(self.m[3], ln, 'R', 10)
        self.y -= 4
        for (s, k, r), st in zip(sentences, starts):
            if k:
                li = max(i for i, o in enumerate(offs) if o <= st)
                self.record(s, k, pages_of_line[li], section, None, r, domain)
    def record(self, text, kind, page, section, service, regs, domain=None):
        t = ' '.join(text.replace('\u00ad', '').split())
        key = t
        if key in self.seen:
            self.seen[key]['also_at'].append({'page': page, 'service': service}); return
        f = {'kind': kind, 'text': t, 'page': page, 'section': section, 'service': service, 'domain': domain,
             'regulations': regs or [], 'also_at': []}
        self.seen[key] = f; self.findings.append(f)

def R(n, p=None, inst='RA2014'):
    return {'instrument': inst, 'number': n, 'paragraphs': p}
