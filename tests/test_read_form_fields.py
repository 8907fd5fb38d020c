"""A fillable copy of a report: its statements only the values of read-only form fields, drawn
through each field's appearance (no part of the page's content), an empty "progress" box beside
each. What a reader sees printed is what counts, so they are read (form_fields.py), also where the
fields hold only their values and ask the viewer to draw them (/NeedAppearances); a reader's
comment on the page (a typed note with its own appearance, a sticky note) is not the report's and
stays out."""

import pytest

pytest.importorskip("reportlab")
pikepdf = pytest.importorskip("pikepdf")

from test_read_round7e import _findings  # noqa: E402

MUSTS = ["The provider must ensure that fire doors close fully.",
         "The provider must ensure that staff complete life support training."]
COMMENT = "The provider must also review the night rota."


def _form(path, size: float, drawn: bool):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    top = 842.0 - 6 * size
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(60, top, "Action the provider MUST take to improve")
    for n, text in enumerate(MUSTS):
        y = top - (3 + 2.5 * n) * size
        c.acroForm.textfield(value=text, x=60, y=y, width=32 * size, height=2 * size, fieldFlags="readOnly",
                             fontName="Helvetica", fontSize=size, borderWidth=0, name=f"action{n}")
        c.acroForm.textfield(value="", x=60 + 34 * size, y=y, width=12 * size, height=2 * size,
                             fontSize=size, name=f"progress{n}")
    y = top - 9 * size
    c.textAnnotation(COMMENT, Rect=(60, y, 80, y + 20))  # a sticky note: its words only in a pop-up
    c.save()
    pdf = pikepdf.open(path, allow_overwriting_input=True)  # a typed note printing its words on the page
    note = pikepdf.Stream(pdf, f"BT /Helv {size} Tf 2 4 Td ({COMMENT}) Tj ET".encode())
    note.Type, note.Subtype, note.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, 40 * size, 2 * size]
    note.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
    y = top - 12 * size
    pdf.pages[0].Annots.append(pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=[60, y, 60 + 40 * size, y + 2 * size], F=4,
        Contents=pikepdf.String(COMMENT), DA=pikepdf.String(f"/Helv {size} Tf 0 g"),
        AP=pikepdf.Dictionary(N=note))))
    if not drawn:  # the values only: the viewer draws them
        for annot in pdf.pages[0].Annots:
            if annot.Subtype == pikepdf.Name.Widget:
                del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.save(path)
    return path


@pytest.mark.parametrize("drawn", [True, False])
@pytest.mark.parametrize("size", [8.0, 11.0])
def test_statements_printed_only_through_form_fields_are_read_and_comments_are_not(tmp_path, size, drawn):
    _, found = _findings(_form(tmp_path / "report.pdf", size, drawn))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in MUSTS]


TYPED = ["The provider must ensure that the resuscitation trolley is checked every day.",
         "The provider must ensure that local rules for radiation protection are signed by all staff."]


def _typed_in(path, size: float):
    """A template whose page content holds the heading and empty bullet rows, each statement typed
    beside its bullet with a viewer's typewriter tool (the second one's last words in a box of their
    own, typed on the next line), and a text-box comment under the list."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    top = 842.0 - 6 * size
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(60, top, "Action the provider MUST take to improve")
    c.setFont("Helvetica", size)
    rows = [top - (3 + 3 * n) * size for n in range(len(TYPED))]
    for y in rows:
        c.drawString(60, y, "\u2022")
    c.save()
    head, tail = TYPED[1].rsplit(" are ", 1)
    boxes = [(rows[0], TYPED[0], True), (rows[1], head, True), (rows[1] - 1.2 * size, "are " + tail, True),
             (rows[1] - 4 * size, COMMENT, False)]
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    font = pikepdf.Dictionary(Helv=pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                      BaseFont=pikepdf.Name.Helvetica))
    for y, text, typewriter in boxes:
        x, width = 60 + 1.5 * size, 0.6 * size * len(text)
        look = pikepdf.Stream(pdf, f"BT /Helv {size} Tf 0 {0.25 * size} Td ({text}) Tj ET".encode())
        look.Type, look.Subtype, look.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, width, 1.2 * size]
        look.Resources = pikepdf.Dictionary(Font=font)
        annot = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, F=4, AP=pikepdf.Dictionary(N=look),
            Rect=[x, y - 0.25 * size, x + width, y + 0.95 * size], Contents=pikepdf.String(text),
            DA=pikepdf.String(f"/Helv {size} Tf 0 g"))
        if typewriter:
            annot.IT = pikepdf.Name.FreeTextTypewriter
        pdf.pages[0].Annots = pdf.pages[0].get("/Annots", pdf.make_indirect(pikepdf.Array()))
        pdf.pages[0].Annots.append(pdf.make_indirect(annot))
    pdf.save(path)
    return path


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_statements_typed_in_with_the_typewriter_tool_are_read_and_a_text_box_comment_is_not(tmp_path, size):
    _, found = _findings(_typed_in(tmp_path / "report.pdf", size))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in TYPED]


BOXED = {"must": ["Ensure care and treatment is provided in a safe way to patients.",
                  "Ensure that fridge temperatures are recorded every day."],
         "should": ["Improve the uptake of cervical screening to meet the national target."]}
REMARK = "The practice should also check the defibrillator pads."


def _return_form(path, size: float):
    """A return form: its page content the headings (each with a note in brackets) and an empty box
    under each, the statements typed into the boxes as text boxes with no intent (a viewer's
    "Add Text" tool), a box's last one split over two, and the same kind of text box typed beside
    the boxes, outside them: a reviewer's remark."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    top, boxes = 842.0 - 6 * size, []
    for kind, texts in BOXED.items():
        c.setFont("Helvetica-Bold", size)
        c.drawString(60, top, f"Actions the practice {kind.upper()} take (copy the wording from the CQC report)")
        height = (2 * len(texts) + 2) * size
        c.rect(55, top - 0.6 * size - height, 40 * size, height)
        boxes.append((top - 2.2 * size, texts))
        top -= height + 4 * size
    c.save()
    typed = []
    for y, texts in boxes:
        for n, text in enumerate(texts):
            typed.append((60, y - 2 * n * size, text))
        head, tail = typed[-1][2].rsplit(" ", 1)
        typed[-1:] = [(60, typed[-1][1], head), (60 + 0.5 * size, typed[-1][1] - 1.1 * size, tail)]
    typed.append((60 + 42 * size, boxes[0][0], REMARK))
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    font = pikepdf.Dictionary(Helv=pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                      BaseFont=pikepdf.Name.Helvetica))
    annots = []
    for x, y, text in typed:
        width = 0.55 * size * len(text)
        look = pikepdf.Stream(pdf, f"BT /Helv {size} Tf 0 {0.25 * size} Td ({text}) Tj ET".encode())
        look.Type, look.Subtype, look.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, width, 1.2 * size]
        look.Resources = pikepdf.Dictionary(Font=font)
        annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, F=4, AP=pikepdf.Dictionary(N=look),
            Rect=[x, y - 0.25 * size, x + width, y + 0.95 * size], Contents=pikepdf.String(text),
            DA=pikepdf.String(f"/Helv {size} Tf 0 g"))))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array(annots[::-1]))  # stored out of reading order
    pdf.save(path)
    return path


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_statements_typed_into_a_return_form_s_boxes_are_read_and_a_text_box_beside_them_is_not(tmp_path, size):
    _, found = _findings(_return_form(tmp_path / "report.pdf", size))
    assert [(f.kind, f.text) for f in found] == [(kind, text) for kind, texts in BOXED.items() for text in texts]


ROWS = [("Ensure that recruitment checks are carried out for every member of staff before they start work "
         "with people using the service. (Regulation 19(3)(a))", "Regulation 19(3)(a)", "Practice manager / 30 Nov"),
        ("Ensure that staff complete safeguarding training at a level appropriate to their role. (Regulation 13(2))",
         "Regulation 13(2)", "Nurse lead / 31 Jan")]


def _action_plan_form(path, size: float):
    """A fillable action plan, a table row per action: the reference printed on the page, the
    statement's field wrapped over its lines (the first one's longer than the field), and a
    regulation field and an owner field beside it, each level with its first line."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width = 60 * size
    c = canvas.Canvas(str(path), pagesize=(width + 40 * size, 50 * size))
    top = 50 * size - 4 * size
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(2 * size, top, "Action the provider MUST take to improve")
    for n, (text, regulation, owner) in enumerate(ROWS):
        y = top - (3 + 8 * n) * size
        c.setFont("Helvetica-Bold", size)
        c.drawString(2 * size, y, f"M{n + 1}")
        lines = simpleSplit(text, "Helvetica", size, 34 * size)
        c.acroForm.textfield(value="\n".join(lines), x=6 * size, y=y - 6 * size, width=36 * size, height=7 * size,
                             fieldFlags="readOnly multiline", fontName="Helvetica", fontSize=size, borderWidth=0,
                             name=f"action{n}")
        for column, (name, value) in enumerate((("regulation", regulation), ("owner", owner))):
            c.acroForm.textfield(value=value, x=(44 + 14 * column) * size, y=y - 6 * size, width=13 * size,
                                 height=7 * size, fieldFlags="readOnly multiline", fontName="Helvetica",
                                 fontSize=size, borderWidth=0, name=f"{name}{n}")
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_an_action_plan_form_s_owner_field_beside_a_wrapped_statement_field_is_no_part_of_it(tmp_path, size):
    doc, found = _findings(_action_plan_form(tmp_path / "report.pdf", size))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text, _, _ in ROWS]


HIDDEN = "The provider must ensure that the old audit form is destroyed."


@pytest.mark.parametrize("flags", ["hidden print", "hidden"])
def test_a_hidden_form_field_s_words_are_not_read(tmp_path, flags):
    """A field the viewer does not draw (its annotation hidden) is no part of the page however it is
    filled: the rows drawn beside it are read, its words are not."""
    path = _action_plan_form(tmp_path / "report.pdf", 9.0)
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    look = pikepdf.Stream(pdf, f"BT /Helv 9 Tf 2 4 Td ({HIDDEN}) Tj ET".encode())
    look.Type, look.Subtype, look.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, 320, 18]
    look.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
    bits = {"hidden": 2, "print": 4}
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("old"),
        V=pikepdf.String(HIDDEN), F=sum(bits[f] for f in flags.split()), Rect=[54, 60, 374, 78],
        DA=pikepdf.String("/Helv 9 Tf 0 g"), AP=pikepdf.Dictionary(N=look), P=pdf.pages[0].obj))
    pdf.pages[0].Annots.append(field)
    pdf.Root.AcroForm.Fields.append(field)
    pdf.save(path)
    _, found = _findings(path)
    assert [(f.kind, f.text) for f in found] == [("must", text) for text, _, _ in ROWS]
