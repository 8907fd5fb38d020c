import json, os
OUT = "/work/blind/IJ"
def reg(num, par="", inst="RA2014"):
    return {"instrument": inst, "number": num, "paragraphs": par}
def write_gold(folder, producer, meta, findings):
    os.makedirs(os.path.join(OUT, folder), exist_ok=True)
    for f in findings:
        f.setdefault("domain", None); f.setdefault("also_at", []); f.setdefault("derived", False)
        f.setdefault("regulations", [])
    d = {"producer": producer, "expect": "findings", "password": None, "meta": meta, "findings": findings}
    with open(os.path.join(OUT, folder, "gold.json"), "w") as fh:
        json.dump(d, fh, indent=1, ensure_ascii=False)
