"""The plan as cqcplan wrote it, carried inside the .docx and the .xlsx it wrote.

`cqcplan update` needs the CQC wordings as drafted (to restore any that were edited) and
the rows as written (to notice a deleted one), even when no plan store is at hand. Word
keeps custom XML parts (the mechanism behind content-control data binding) and Excel
keeps very hidden sheets, so the plan's JSON travels in one of those.
"""

import json
import zipfile
from pathlib import Path

from ..errors import DamagedPlan, NotAPlan
from ..models.plan import ActionPlan

FORMAT = 2  # bump when the embedded shape changes: 2 added the SMART, risk and sign-off fields and the approval
NAMESPACE = "urn:cqcplan:plan"
SHEET = "cqcplan"
CHUNK = 30_000  # under Excel's 32,767 characters per cell
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def payload(plan: ActionPlan) -> str:
    return json.dumps({"format": FORMAT, "plan": plan.model_dump(mode="json")}, ensure_ascii=False)


def embed_docx(document, plan: ActionPlan) -> None:
    """Add the plan as a custom XML part (with its item properties) of a python-docx Document."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    package = document.part.package
    root = etree.Element(f"{{{NAMESPACE}}}plan", nsmap={None: NAMESPACE})
    root.text = payload(plan)
    name = package.next_partname("/customXml/item%d.xml")
    item = Part(name, "application/xml", etree.tostring(root, xml_declaration=True, encoding="UTF-8"), package)
    number = name.idx
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), PROPS_TYPE, _item_props(plan.plan_id), package)
    item.relate_to(props, RT_CUSTOM_PROPS)
    document.part.relate_to(item, RT_CUSTOM_XML)


def _item_props(pid: str) -> bytes:
    guid = f"{pid[:8]}-{pid[8:12]}-{pid[12:16]}-0000-000000000000".upper() if len(pid) >= 16 else pid
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
            f'<ds:datastoreItem ds:itemID="{{{guid}}}" '
            'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/>'
            '</ds:datastoreItem>').encode()


def embed_xlsx(book, plan: ActionPlan) -> None:
    sheet = book.create_sheet(SHEET)
    sheet.sheet_state = "veryHidden"
    sheet["A1"] = "cqcplan plan data: do not edit"
    text = payload(plan)
    for row, start in enumerate(range(0, len(text), CHUNK), start=2):
        sheet.cell(row=row, column=1, value=text[start:start + CHUNK]).data_type = "s"


def read_docx_payload(archive: zipfile.ZipFile, name: str) -> ActionPlan:
    from lxml import etree

    for part in archive.namelist():
        if part.startswith("customXml/item") and "Props" not in part:
            try:
                root = etree.fromstring(archive.read(part))
            except etree.XMLSyntaxError:
                continue
            if root.tag == f"{{{NAMESPACE}}}plan":
                return parse_payload(root.text or "", name)
    raise NotAPlan(f"{name}: not an action plan written by cqcplan (it carries no cqcplan plan data)")


def read_xlsx_payload(book, name: str) -> ActionPlan:
    if SHEET not in book.sheetnames:
        raise NotAPlan(f"{name}: not a tracker written by cqcplan (it has no cqcplan plan data)")
    sheet = book[SHEET]
    text = "".join(str(row[0] or "") for row in sheet.iter_rows(min_row=2, max_col=1, values_only=True))
    return parse_payload(text, name)


def parse_payload(text: str, name: str) -> ActionPlan:
    from pydantic import ValidationError

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DamagedPlan(f"{name}: its cqcplan plan data is damaged ({exc.msg})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("format"), int):
        raise DamagedPlan(f"{name}: its cqcplan plan data is damaged (no format number)")
    if data["format"] > FORMAT:
        raise NotAPlan(f"{name}: written by a newer cqcplan (plan data format {data['format']}); upgrade cqcplan")
    try:
        return ActionPlan.model_validate(data.get("plan"))
    except ValidationError as exc:
        raise DamagedPlan(f"{name}: its cqcplan plan data is damaged ({exc.error_count()} invalid fields)") from exc


def suffix_of(path: Path) -> str:
    return path.suffix.lower().lstrip(".")
