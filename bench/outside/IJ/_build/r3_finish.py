import json, subprocess, sys
sys.path.insert(0, "/work/blind/IJ/_build")
from common import *
F = json.load(open("/tmp/ij_r3_F.json"))
pages = [subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), f"{OUT}/03_gridtext/report.pdf", "-"], capture_output=True, text=True).stdout for p in (1, 2)]
for f in F:
    ref = f.pop("_ref")
    f["page"] = next(i + 1 for i, t in enumerate(pages) if f"| {ref}" in t or f"{ref} " in t)
meta = {"provider": "Northmarsh Partnership NHS Foundation Trust", "location": None, "report_type": "Inspection report", "published": "2018-03-21",
        "inspection_dates": ["2017-11-06", "2017-11-07", "2017-11-08", "2017-11-09", "2017-11-28", "2017-11-29", "2017-11-30"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Good", "well_led": "Requires improvement"}}
write_gold("03_gridtext", "LibreOffice 7.4 (Writer, plain-text import in Liberation Mono, writer_pdf_Export)", meta, F)
print([(f["text"][:20], f["page"]) for f in F])
