import zlib, random
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = 595.0, 842.0
LIG = {'\ufb01': b'\x01', '\ufb02': b'\x02'}
FONTS = {'R': 'Helvetica', 'B': 'Helvetica-Bold', 'I': 'Helvetica-Oblique'}

def enc(s):
    out = b''
    for ch in s:
        if ch in LIG: out += LIG[ch]
        else: out += ch.encode('cp1252')
    return out.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def plain(s):
    return s.replace('\ufb01', 'fi').replace('\ufb02', 'fl')

def sw(s, f, size):
    return stringWidth(plain(s).replace('\u00ad', ''), FONTS[f], size)

def wrap(text, f, size, width, ligs=False):
    """wrap at spaces; a word with \u00ad may break there (hyphen printed)."""
    if ligs: text = text.replace('fi', '\ufb01').replace('fl', '\ufb02')
    words = text.split(' ')
    lines, cur = [], ''
    i = 0
    while i < len(words):
        w = words[i]
        cand = (cur + ' ' + w) if cur else w
        if sw(cand, f, size) <= width:
            cur = cand; i += 1; continue
        # try soft hyphen split
        if '\u00ad' in w:
            parts = w.split('\u00ad'); best = None
            for k in range(len(parts) - 1, 0, -1):
                head = '\u00ad'.join(parts[:k]) + '\u00ad'
                c2 = (cur + ' ' + head) if cur else head
                if sw(c2, f, size) + sw('-', f, size) <= width:
                    best = k; break
            if best:
                head = ''.join(parts[:best]) + '\u00ad'
                lines.append((cur + ' ' + head) if cur else head)
                words[i] = ''.join(parts[best:]) if False else '\u00ad'.join(parts[best:])
                cur = ''; continue
        lines.append(cur); cur = ''
        if not lines[-1]:
            lines.pop(); cur = w; i += 1
    if cur: lines.append(cur)
    # inside-line soft hyphens are invisible: strip them, keep a trailing one (drawn as hyphen)
    res = []
    for ln in lines:
        trail = ln.endswith('\u00ad')
        ln = ln.replace('\u00ad', '')
        res.append(ln + ('\u00ad' if trail else ''))
    return res

class Page:
    def __init__(self, w=W, h=H, rotate=0, media=None, crop=None):
        self.w, self.h, self.rotate = w, h, rotate
        self.media, self.crop = media, crop
        self.ops = []  # content stream pieces (str)
        self.images = {}
        self.oc = {}
    def text(self, x, y, s, f='R', size=10, rgb=(0, 0, 0), mode=0, shuffle=False, hscale=None):
        s_enc = s  # unicode; encode at write time
        chunks = [(x, s)]
        if shuffle and ' ' in s:
            ws = s.split(' ')
            k = max(1, len(ws) // 2)
            a = ' '.join(ws[:k]) + ' '
            b = ' '.join(ws[k:])
            chunks = [(x + sw(a, f, size), b), (x, a)]
        for cx, cs in chunks:
            op = 'BT /%s %.2f Tf %.3f %.3f %.3f rg %d Tr ' % (f, size, *rgb, mode)
            if hscale: op += '%.1f Tz ' % hscale
            op += '1 0 0 1 %.2f %.2f Tm (' % (cx, y)
            self.ops.append(op.encode() + enc(cs) + b') Tj ET\n')
    def rect(self, x, y, w, h, rgb=(0.9, 0.9, 0.9), stroke=False):
        if stroke:
            self.ops.append(('%.3f %.3f %.3f RG 0.6 w %.2f %.2f %.2f %.2f re S\n' % (*rgb, x, y, w, h)).encode())
        else:
            self.ops.append(('%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f\n' % (*rgb, x, y, w, h)).encode())
    def raw(self, b):
        self.ops.append(b if isinstance(b, bytes) else b.encode())
    def image(self, name, jpeg_bytes, pw, ph, x, y, w, h):
        self.images[name] = (jpeg_bytes, pw, ph)
        self.raw('q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q\n' % (w, h, x, y, name))

def build(pages, info, ocgs=None, compress=True):
    """ocgs: list of (name, on) ; pages reference /oc0.. in content via BDC"""
    objs = []
    def add(b):
        objs.append(b); return len(objs)
    def stream(data, extra=b''):
        if compress:
            d = zlib.compress(data)
            return b'<< /Length %d /Filter /FlateDecode %s>>\nstream\n' % (len(d), extra) + d + b'\nendstream'
        return b'<< /Length %d %s>>\nstream\n' % (len(data), extra) + data + b'\nendstream'
    catalog = add(None); pagesobj = add(None)
    fontobjs = {}
    for k, name in FONTS.items():
        fontobjs[k] = add(('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /fl] >> >>' % name).encode())
    ocg_ids = []
    for (n, on) in (ocgs or []):
        ocg_ids.append(add(('<< /Type /OCG /Name (%s) >>' % n).encode()))
    kids = []
    page_ids = []
    for p in pages:
        res = b'<< /Font << ' + b' '.join(b'/%s %d 0 R' % (k.encode(), v) for k, v in fontobjs.items()) + b' >>'
        if p.images:
            res += b' /XObject << '
            for nm, (jb, pw, ph) in p.images.items():
                io = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n' % (pw, ph, len(jb)) + jb + b'\nendstream')
                res += b'/%s %d 0 R ' % (nm.encode(), io)
            res += b'>>'
        if ocg_ids:
            res += b' /Properties << ' + b' '.join(b'/oc%d %d 0 R' % (i, o) for i, o in enumerate(ocg_ids)) + b' >>'
        res += b' >>'
        c = add(stream(b''.join(p.ops)))
        media = p.media or (0, 0, p.w, p.h)
        d = b'<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources %s /Contents %d 0 R' % (pagesobj, ' '.join('%g' % v for v in media).encode(), res, c)
        if p.crop: d += b' /CropBox [%s] /TrimBox [%s]' % ((' '.join('%g' % v for v in p.crop)).encode(), (' '.join('%g' % v for v in p.crop)).encode())
        if p.rotate: d += b' /Rotate %d' % p.rotate
        d += b' >>'
        pid = add(d); page_ids.append((pid, c))
    objs[pagesobj - 1] = b'<< /Type /Pages /Count %d /Kids [%s] >>' % (len(page_ids), b' '.join(b'%d 0 R' % p for p, _ in page_ids))
    cat = b'<< /Type /Catalog /Pages %d 0 R' % pagesobj
    if ocg_ids:
        on = b' '.join(b'%d 0 R' % o for o, (n, v) in zip(ocg_ids, ocgs) if v)
        off = b' '.join(b'%d 0 R' % o for o, (n, v) in zip(ocg_ids, ocgs) if not v)
        allo = b' '.join(b'%d 0 R' % o for o in ocg_ids)
        cat += b' /OCProperties << /OCGs [%s] /D << /Order [%s] /ON [%s] /OFF [%s] /AS [<< /Event /Print /Category [/Print] /OCGs [%s] >> << /Event /View /Category [/View] /OCGs [%s] >>] >> >>' % (allo, allo, on, off, allo, allo)
    cat += b' >>'
    objs[catalog - 1] = cat
    infoid = add(('<< /Producer (%s) /Title (%s) >>' % (info.get('producer', 'EL raw writer'), info.get('title', ''))).encode('latin-1'))
    out = b'%PDF-1.6\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs: out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, catalog, infoid, x)
    return out, dict(page_ids=page_ids, size=len(objs) + 1, root=catalog, info=infoid, xref=x, fonts=fontobjs, ocgs=ocg_ids, pages=pagesobj)
