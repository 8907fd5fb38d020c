"""Finish the content controls after docxtpl has filled them.

Word's date picker keeps the chosen date in `w:date/@w:fullDate` as well as in the text;
the template cannot hold a conditional attribute, so it is set here from the rendered text
of every date picker (deadline, sign-off dates, approval date), and left out when the date
is empty, as Word does.
"""

from docx.oxml.ns import qn

from ..daytext import parse_day

TAG_PREFIX = "cqcplan."


def finish_controls(document) -> None:
    for sdt in document.element.body.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        picker = sdt.find(f"{qn('w:sdtPr')}/{qn('w:date')}")
        if tag is None or picker is None or not tag.get(qn("w:val"), "").startswith(TAG_PREFIX):
            continue
        day = parse_day("".join(t.text or "" for t in sdt.iter(qn("w:t"))))
        if day:
            picker.set(qn("w:fullDate"), f"{day.isoformat()}T00:00:00Z")
