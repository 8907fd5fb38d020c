"""Shared helpers: word wrap, a small frame-flow engine, gold writer."""
import json, os, re
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def regs_of(text):
    """Parse a trailing '(Regulation 12(2)(g))' style citation into gold regulations."""
    out = []
    m = re.search(r"\(Regulation (\d+[A]?)((?:\(\w+\))*)( CQC \(Registration\) Regulations 2009)?\)$", text)
    if m:
        num = m.group(1)
        out.append({"instrument": "REG2009" if m.group(3) else "RA2014",
                    "number": int(num) if num.isdigit() else num,
                    "paragraphs": m.group(2) or None})
    return out


def finding(kind, text, page, section, service, also_at=None):
    return {"kind": kind, "text": text, "page": page, "section": section, "service": service,
            "domain": None, "regulations": regs_of(text), "also_at": also_at or [], "derived": False}


def write_gold(folder, producer, meta, findings, expect="findings"):
    d = os.path.join(OUT, folder)
    os.makedirs(d, exist_ok=True)
    g = {"producer": producer, "expect": expect, "password": None, "meta": meta, "findings": findings}
    with open(os.path.join(d, "gold.json"), "w") as f:
        json.dump(g, f, indent=1, ensure_ascii=False)
    return d


class Flow:
    """Flow blocks of text line by line through a list of frames.

    frame = dict(page=int (0-based), x0, x1, ytop, ybot)
    Produces self.ops: list of (page, op) where op is a dict describing a line to draw.
    """

    def __init__(self, frames):
        self.frames = frames
        self.fi = 0
        self.y = frames[0]["ytop"]
        self.ops = []

    @property
    def fr(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        self.y = self.fr["ytop"]

    def need(self, h):
        if self.y - h < self.fr["ybot"]:
            self.next_frame()

    def space(self, h):
        if self.y != self.fr["ytop"]:
            self.y -= h

    def block(self, text, font, size, leading, indent=0, keep=1, tag=None, first_extra=None, right_pad=0):
        """Place a wrapped block; returns 1-based page of first line."""
        width = self.fr["x1"] - self.fr["x0"] - indent - right_pad
        lines = wrap(text, font, size, width)
        self.need(leading * min(keep, len(lines)))
        first_page = None
        for i, ln in enumerate(lines):
            if self.y - leading < self.fr["ybot"] - 0.01:
                self.next_frame()
            self.y -= leading
            op = dict(x=self.fr["x0"] + indent, y=self.y, text=ln, font=font, size=size,
                      frame=self.fi, first=(i == 0), tag=tag, fx0=self.fr["x0"], fx1=self.fr["x1"])
            if i == 0:
                first_page = self.fr["page"] + 1
                if first_extra:
                    op["extra"] = first_extra
            self.ops.append((self.fr["page"], op))
        return first_page
