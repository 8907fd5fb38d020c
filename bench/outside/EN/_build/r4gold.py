import sys; sys.path.insert(0, "/tmp/EN-work")
from common import *
PDF = "/work/blind/EN/asc_bubbles_2021/report.pdf"
A14 = " of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
items = [
 ("must", "This was a breach of regulation 12 (Safe care and treatment)" + A14, "Safe", [reg(12)]),
 ("must", "This was a breach of regulation 13 (Safeguarding service users from abuse and improper treatment)" + A14, "Safe", [reg(13)]),
 ("should", "We recommend the provider reviews its infection prevention and control audits and cleaning schedules in line with current national guidance.", "Safe", []),
 ("must", "This was a breach of regulation 11 (Need for consent)" + A14, "Effective", [reg(11)]),
 ("should", "We recommend the provider seeks advice and guidance from a reputable source about supporting people at risk of malnutrition and dehydration, and updates its practice accordingly.", "Effective", []),
 ("should", "We recommend the provider considers current guidance on dementia-friendly environments and takes action to update the premises accordingly.", "Effective", []),
 ("must", "This was a breach of regulation 9 (Person-centred care)" + A14, "Responsive", [reg(9)]),
 ("should", "We recommend the provider explores the relevant guidance on the Accessible Information Standard and updates people’s care plans accordingly.", "Responsive", []),
 ("must", "Not enough improvement had been made at this inspection and the provider was still in breach of regulation 17.", "Well-led", [reg(17)]),
 ("must", "This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.", "Well-led", [reg(18, "", "REG2009")]),
 ("should", "We recommend the provider reviews its quality assurance processes so that they identify and act on shortfalls in a timely way.", "Well-led", []),
]
SEC = {"Safe": "Is the service safe?", "Effective": "Is the service effective?", "Responsive": "Is the service responsive?", "Well-led": "Is the service well-led?"}
findings = []
for kind, text, dom, regs in items:
    pgs = locate_all(PDF, text); assert len(pgs) == 1, (text, pgs)
    findings.append({"kind": kind, "text": text, "page": pgs[0], "section": SEC[dom], "service": None, "domain": dom,
                     "regulations": regs, "also_at": []})
    print(kind, pgs[0], text[:60])
meta = {"provider": "Kestrel Care Homes Limited", "location": "Bramblewood House", "report_type": "Inspection report",
        "published": "2021-11-03", "inspection_dates": ["2021-09-14", "2021-09-16"],
        "ratings": {"overall": "Requires Improvement", "safe": "Inadequate", "effective": "Requires Improvement",
                    "caring": "Good", "responsive": "Requires Improvement", "well_led": "Requires Improvement"}}
write_gold("/work/blind/EN/asc_bubbles_2021/gold.json", "Chromium 156 (Skia/PDF m156)", meta, findings)
