"""What the developers' own labelled tag sets (tests/eval/own_tag*/build.py) share: core service names
as the reports print them, the key questions' short names, and the writer of statements.jsonl and
labels.jsonl from a table of rows."""
import json
from pathlib import Path

MED = "Medical care (including older people's care)"
SURG = "Surgery"
UEC = "Urgent and emergency care"
MAT = "Maternity"
CYP = "Services for children and young people"
EOL = "End of life care"
OPD = "Outpatients"
DI = "Diagnostic imaging"
CHA = "Community health services for adults"
CHI = "Community health inpatient services"
CCYP = "Community health services for children, young people and families"
AMH = "Acute wards for adults of working age and psychiatric intensive care units"
CMH = "Community-based mental health services for adults of working age"
CAMHS = "Child and adolescent mental health wards"
OPMH = "Wards for older people with mental health problems"
REHAB = "Long stay or rehabilitation mental health wards for working age adults"
CRISIS = "Mental health crisis services and health-based places of safety"
LD = "Wards for people with a learning disability or autism"
AMB = "Emergency and urgent care (ambulance)"
EOC = "Emergency operations centre"
DENT = "Dental practice"
NONE = None

S, E, C, R, W = "Safe", "Effective", "Caring", "Responsive", "Well-led"


def write_set(out: Path, prefix: str, rows: list[tuple], classed: bool = False) -> None:
    """Rows of (kind, service, text, kq, kq_also, category, regulations), led by the failure class
    the statement was written for when `classed`; ids PREFIX-001 on."""
    out.mkdir(parents=True, exist_ok=True)
    texts = set()
    with (out / "statements.jsonl").open("w", encoding="utf-8") as st, (out / "labels.jsonl").open("w", encoding="utf-8") as lb:
        for i, row in enumerate(rows, 1):
            cls, (kind, service, text, kq, also, category, regs) = (row[0], row[1:]) if classed else (None, row)
            assert text not in texts, text
            texts.add(text)
            rid = f"{prefix}-{i:03d}"
            label = {"id": rid, "kq": kq, "kq_also": also, "category": category, "regulation": regs}
            st.write(json.dumps({"id": rid, "kind": kind, "service": service, "text": text}) + "\n")
            lb.write(json.dumps({**label, "class": cls} if classed else label) + "\n")
    print(len(rows))
