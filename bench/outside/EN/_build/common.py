import json, re
def reg(num, par="", inst="RA2014"):
    return {"instrument": inst, "number": num, "paragraphs": par.replace(" ", "")}
def cites(text):
    out=[]
    for m in re.finditer(r"\((?:Regulation|Reg)\s+(\d+)((?:\(\w+\))*)\)", text):
        out.append(reg(int(m.group(1)), m.group(2)))
    return out
def write_gold(path, producer, meta, findings, expect="findings"):
    json.dump({"producer": producer, "expect": expect, "password": None, "meta": meta,
               "findings": findings, "notices": []}, open(path, "w"), indent=1, ensure_ascii=False)
import subprocess
def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout
        out.append(t)
    return out
def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("\ufb01", "fi").replace("\ufb02", "fl"))
def locate_all(pdf, text, prefix_chars=None):
    """Return list of pages where normalised text starts (text may run over a page break)."""
    pts = [norm(t) for t in page_texts(pdf)]
    big = "".join(pts); starts = []; acc = 0
    for p in pts: starts.append(acc); acc += len(p)
    key = norm(text)
    if prefix_chars: key = key[:prefix_chars]
    res = []; i = big.find(key)
    while i >= 0:
        pg = max(k for k in range(len(starts)) if starts[k] <= i) + 1
        res.append(pg); i = big.find(key, i + 1)
    return res
