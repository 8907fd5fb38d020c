"""Finish the content controls after docxtpl has filled them.

Word's date picker keeps the chosen date in `w:date/@w:fullDate` as well as in the text;
the template cannot hold a conditional attribute, so it is set here from the rendered text
(and left out when the deadline is empty, as Word does).
"""

from docx.oxml.ns import qn

from ..daytext import parse_day

TAG_PREFIX = "cqcplan."


def finish_controls(document) -> None:
    for sdt in document.element.body.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is None or tag.get(qn("w:val")) != f"{TAG_PREFIX}deadline":
            continue
        picker = sdt.find(f"{qn('w:sdtPr')}/{qn('w:date')}")
        text = "".join(t.text or "" for t in sdt.iter(qn("w:t")))
        day = parse_day(text)
        if picker is not None and day:
            picker.set(qn("w:fullDate"), f"{day.isoformat()}T00:00:00Z")
