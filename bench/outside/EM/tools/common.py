"""Shared content model + gold writer for EM reading set.

Content is a list of blocks. Findings are dicts created by Ctx.must()/Ctx.should()
which capture the current section/service/domain. Gold is computed from the model;
the PDF is read back only to find the page of each printing (letters+digits only).
"""
import json, re, unicodedata

import pdfplumber


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def collapse(s):
    return re.sub(r"[ \t\r\f\v]+", " ", s).strip()


class Ctx:
    def __init__(self):
        self.section = None
        self.service = None
        self.domain = None

    def F(self, kind, text, regs=None, subs=None):
        return {"kind": kind, "text": text, "subs": subs or [], "section": self.section,
                "service": self.service, "domain": self.domain, "regs": regs or []}

    def must(self, text, regs=None, subs=None):
        return self.F("must", text, regs, subs)

    def should(self, text, regs=None, subs=None):
        return self.F("should", text, regs, subs)


def R(number, paragraphs="", instrument="RA2014"):
    return {"instrument": instrument, "number": number, "paragraphs": paragraphs.replace(" ", "")}


def full_text(f):
    t = collapse(f["text"])
    if f["subs"]:
        t = t + "\n" + "\n".join(collapse(s) for s in f["subs"])
    return t


def occurrences(blocks):
    occ = []
    for b in blocks:
        if b[0] in ("ul", "ol"):
            for it in b[1]:
                if isinstance(it, dict):
                    occ.append(it)
        elif b[0] == "p":
            for seg in b[1]:
                if isinstance(seg, dict):
                    occ.append(seg)
    return occ


def page_texts(pdf_path, strip=None, crops=None):
    """strip(pageno, total) -> list of strings (header/footer) to remove once.
    crops(pageno, page) -> list of bboxes to read in order, or None for whole page."""
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        total = len(pdf.pages)
        for i, page in enumerate(pdf.pages, 1):
            boxes = crops(i, page) if crops else None
            if boxes:
                txt = "\n".join((page.crop(bb).extract_text() or "") for bb in boxes)
            else:
                txt = page.extract_text() or ""
            n = norm(txt)
            if strip:
                for s in strip(i, total):
                    isfoot = s.startswith("@F")
                    ns = norm(s[2:] if isfoot else s)
                    if ns and ns in n:
                        # header: first occurrence; footer: last occurrence
                        if isfoot:
                            k = n.rfind(ns)
                        else:
                            k = n.find(ns)
                        n = n[:k] + n[k + len(ns):]
            out.append(n)
    return out, total


def locate(pdf_path, occ, strip=None, crops=None):
    pages, total = page_texts(pdf_path, strip, crops)
    doc = ""
    starts = []
    for p in pages:
        starts.append(len(doc))
        doc += p
    def page_of(pos):
        pg = 1
        for i, s in enumerate(starts):
            if pos >= s:
                pg = i + 1
        return pg
    groups = {}
    order = []
    for o in occ:
        k = full_text(o)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(o)
    problems = []
    crossing = []
    result = {}
    mask = [False] * len(doc)
    for k in sorted(order, key=lambda k: -len(norm(k))):
        nk = norm(k)
        pos = []
        st = 0
        while True:
            p = doc.find(nk, st)
            if p < 0:
                break
            if not any(mask[p:p + len(nk)]):
                pos.append(p)
                st = p + len(nk)
            else:
                st = p + 1
        for p in pos:
            for j in range(p, p + len(nk)):
                mask[j] = True
        if len(pos) != len(groups[k]):
            problems.append((len(pos), len(groups[k]), k[:90]))
            continue
        pgs = [page_of(p) for p in pos]
        result[k] = pgs
        for p, pg in zip(pos, pgs):
            if p + len(nk) > starts[pg - 1] + len(pages[pg - 1]):
                crossing.append((pg, k[:70]))
    # also check each statement's opening words are found exactly once per printing
    return result, groups, order, problems, crossing, total


def write_gold(out_dir, producer, meta, blocks, pdf_path, strip=None, crops=None,
               notices=None, recorded_pages=None):
    occ = occurrences(blocks)
    result, groups, order, problems, crossing, total = locate(pdf_path, occ, strip, crops)
    if problems:
        for p in problems:
            print("LOCATE PROBLEM found=%d expected=%d :: %s" % p)
        raise SystemExit("locate failed")
    findings = []
    for k in order:
        g = groups[k]
        pgs = result[k]
        if recorded_pages is not None:
            rp = recorded_pages.get(k)
            if rp != pgs:
                print("  note: flow-recorded pages %s differ from located %s :: %s" % (rp, pgs, k[:60]))
        f0 = g[0]
        findings.append({
            "kind": f0["kind"], "text": k, "page": pgs[0], "section": f0["section"],
            "service": f0["service"], "domain": f0["domain"], "regulations": f0["regs"],
            "also_at": [{"page": p, "service": o["service"]} for p, o in zip(pgs[1:], g[1:])],
        })
    gold = {"producer": producer, "expect": "findings" if findings else "no_actions",
            "password": None, "meta": meta, "findings": findings, "notices": notices or []}
    with open(out_dir + "/gold.json", "w") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
    nm = sum(1 for f in findings if f["kind"] == "must")
    ns = len(findings) - nm
    print("%s: pages=%d findings=%d (must %d, should %d), printings=%d" % (
        out_dir, total, len(findings), nm, ns, len(occ)))
    for c in crossing:
        print("  crosses page break: p%d %s" % c)
    return gold
