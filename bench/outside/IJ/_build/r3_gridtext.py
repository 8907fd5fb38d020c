# Report 3: plain-text grid-table export (psql/reST style) opened and printed by LibreOffice Writer
import sys, textwrap, subprocess, shutil
sys.path.insert(0, "/work/blind/IJ/_build")
from common import *

FOLDER = "03_gridtext"
os.makedirs(f"{OUT}/{FOLDER}", exist_ok=True)
PROV = "Northmarsh Partnership NHS Foundation Trust"
S1 = "Acute wards for adults of working age and psychiatric intensive care units"
S2 = "Community-based mental health services for adults of working age"
S3 = "Wards for older people with mental health problems"
MH = "ACTION THE PROVIDER MUST TAKE TO IMPROVE"
SH = "ACTION THE PROVIDER SHOULD TAKE TO IMPROVE"
MUSTS = [
 (S1, "M01", "The trust must ensure that patients in seclusion are reviewed by a doctor and a nurse at the intervals set out in the Mental Health Act Code of Practice. (Regulation 12(2)(a))", [reg(12, "(2)(a)")], "Matron, Kestrel/Heron"),
 (S1, "M02", "The trust must ensure that ligature risk assessments for Kestrel Ward are up-to-date and that identified risks are mitigated. (Regulation 12(2)(d))", [reg(12, "(2)(d)")], "Estates lead"),
 (S1, "M03", "The trust must ensure that staff record physical health observations after rapid tranquillisation and follow-up any abnormal readings. (Regulation 12(2)(b))", [reg(12, "(2)(b)")], "Physical health nurse"),
 (S2, "M04", "The trust must ensure that every patient on the caseload has a risk assessment that is reviewed after each significant change in risk. (Regulation 12(2)(a))", [reg(12, "(2)(a)")], "Team managers"),
 (S2, "M05", "The trust must ensure that there are enough care co-ordinators so that caseloads are safe and patients waiting for allocation are monitored. (Regulation 18(1))", [reg(18, "(1)")], "Service manager"),
 (S3, "M06", "The trust must ensure that where patients are deprived of their liberty, applications are made to the local authority and the outcome is recorded. (Regulation 13(5))", [reg(13, "(5)")], "MCA lead"),
 (S3, "M07", "The trust must ensure that governance systems identify when staff supervision and appraisal rates fall below target and that action is taken. (Regulation 17(2)(a))", [reg(17, "(2)(a)")], "Ward managers"),
]
SHOULDS = [
 (S1, "S01", "The trust should ensure that patients are given a copy of their care plan and that this is recorded.", "Ward managers"),
 (S1, "S02", "The trust should review the blanket restriction on access to the garden at night on Heron Ward.", "Matron, Kestrel/Heron"),
 (S2, "S03", "The trust should ensure that patients who do not attend appointments are followed up in line with the trust's was-not-brought and did-not-attend policy.", "Team managers"),
 (S2, "S04", "The trust should consider how it can reduce the waiting time from referral to first assessment for psychological therapies.", "Psychology lead"),
 (S3, "S05", "The trust should ensure that the dining room on Willow Ward is dementia friendly, including signage and contrasting crockery.", "Ward manager, Willow"),
 (S3, "S06", "The trust should ensure that staff receive training in the care of people with a learning disability and autistic people.", "Practice educator"),
 (S3, "S07", "The trust should continue to develop the carers' group and involve carers in long-term care planning.", "Family liaison"),
]
W1, W2, W3 = 5, 46, 18   # column widths (content)

def sep(ch="-"):
    return "+" + ch * (W1 + 2) + "+" + ch * (W2 + 2) + "+" + ch * (W3 + 2) + "+"
def row(a, b, c):
    A = textwrap.wrap(a, W1) or [""]; B = textwrap.wrap(b, W2, break_on_hyphens=True) or [""]
    C = textwrap.wrap(c, W3, break_on_hyphens=True) or [""]
    n = max(len(A), len(B), len(C)); out = []
    for i in range(n):
        x = A[i] if i < len(A) else ""; y = B[i] if i < len(B) else ""; z = C[i] if i < len(C) else ""
        out.append(f"| {x:<{W1}} | {y:<{W2}} | {z:<{W3}} |")
    return out, B
def span(t):
    inner = W1 + W2 + W3 + 6
    return [f"| {ln:<{inner}} |" for ln in textwrap.wrap(t, inner)]

L = []
L += ["NORTHMARSH PARTNERSHIP NHS FOUNDATION TRUST",
      "CQC ACTION REGISTER - TEXT EXPORT (actiontrack 3.2, UTF-8, fixed width)",
      "Source: CQC Inspection report, published 21/03/2018",
      "Inspection visits: 06/11/2017 - 09/11/2017; well-led 28/11/2017 - 30/11/2017",
      "Ratings: Overall Requires improvement | Safe Requires improvement",
      "         Effective Good | Caring Good | Responsive Good",
      "         Well-led Requires improvement",
      "Exported 02/04/2018 09:14 by k.adeyemi  (32 records selected, 14 shown)",
      "",
      "Notes: Owner column is the trust's proposed lead and is not part of the CQC",
      "wording. Staff said they should be able to filter by ward; this is planned.",
      "Status codes (O = open, A = at risk, C = closed) are held in the full register",
      "and are not exported. Records are grouped by core service in the order the",
      "report gives them. Text in the action column is copied from the published",
      "report; line breaks are the export's own and do not mark new points.",
      "Queries to the Quality Compliance Team, ext. 4471. A PDF copy of this export",
      "is filed with the Quality and Safety Committee papers for April 2018.",
      "Printed from the text file without reformatting.",
      "",
      MH, ""]
wrapped = {}
for kind, items, head in [("must", MUSTS, MH), ("should", SHOULDS, SH)]:
    if kind == "should":
        L += ["", "", SH, ""]
    L.append(sep("-")); L.append(row("Ref", "CQC action (as worded in report)", "Owner (proposed)")[0][0]); L.append(sep("="))
    cur = None
    for it in items:
        svc, ref, text = it[0], it[1], it[2]; owner = it[-1]
        if svc != cur:
            L += span("Core service: " + svc); L.append(sep("-")); cur = svc
        r, B = row(ref, text, owner); L += r; L.append(sep("-"))
        wrapped[ref] = B
L += ["", "-- end of export --"]
for ln in L: assert len(ln) <= 80, (len(ln), ln)
src = f"/tmp/ij_r3_register.txt"
open(src, "w").write("\n".join(L) + "\n")
# check that at least one row breaks at a real hyphen
hy = [r for r, B in wrapped.items() if any(b.endswith("-") for b in B)]
print("rows broken at hyphen:", hy)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/ij_lo_profile", "--headless",
                "--infilter=Text (encoded):UTF8,LF,Liberation Mono,en-GB",
                "--convert-to", "pdf", "--outdir", "/tmp/ij_r3", src], check=True, capture_output=True)
shutil.copy("/tmp/ij_r3/ij_r3_register.pdf", f"{OUT}/{FOLDER}/report.pdf")

meta = {"provider": PROV, "location": None, "report_type": "Inspection report", "published": "2018-03-21",
        "inspection_dates": ["2017-11-06", "2017-11-07", "2017-11-08", "2017-11-09", "2017-11-28", "2017-11-29", "2017-11-30"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Good", "well_led": "Requires improvement"}}
F = []
for it in MUSTS:
    F.append({"kind": "must", "text": it[2], "page": None, "section": MH, "service": it[0], "regulations": it[3], "_ref": it[1]})
for it in SHOULDS:
    F.append({"kind": "should", "text": it[2], "page": None, "section": SH, "service": it[0], "_ref": it[1]})
json.dump(F, open("/tmp/ij_r3_F.json", "w"))
