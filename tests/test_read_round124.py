"""Reading round 124, the harder outside set HT as a development set; each page built here with
reportlab at several type sizes:

- a lettered list run into one paragraph under a service ("The trust must: (a) ensure …; (b) …; and
  (c) …."): each lettered item is a statement of its own, of the lead-in's kind, its words as printed
  without the lead-in, its letter or the list's punctuation; a citation's own "(2)(a)" splits nothing
  (run_in_items.py, called from extract.py).
- a list with no bullets (items set apart only by shading or a gap) grouped under key-question bands
  ("The provider should:" / "Safe" / "Review …"): each band is a group of the list, not a section of
  the report closing it (locate.py `_key_question_group`).
- a poster's list with every line centred, items parted only by a centred ornament: an item's next
  line has its middle where its last line had, wherever it starts (locate.py `_ragged`); "Display …"
  opens a statement as "Review …" does (vocab/headings.toml imperatives).
Each test fails without its change.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

from test_read_outside_tables import WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))

RUN_IN = [("Urgent and emergency care", "must", [
    "ensure that all patients arriving by ambulance receive an initial clinical assessment within 15 minutes of "
    "arrival (Regulation 12(2)(a))",
    "ensure that the paediatric area is staffed at all times by at least one nurse with children’s "
    "qualifications (Regulation 18(1))",
    "ensure that controlled drugs are checked and recorded in line with trust policy (Regulation 12(2)(g))"]),
    ("Urgent and emergency care", "should", [
        "review the signage to the minor injuries stream so that patients can find it without asking staff",
        "consider how the results of the sepsis audit are shared with locum doctors"]),
    ("Surgery", "must", ["ensure that the safer surgery checklist is completed in full for every procedure "
                         "(Regulation 12(2)(b))"])]


def _run_in(kind: str, items: list[str]) -> str:
    lettered = [f"({chr(ord('a') + n)}) {item}" for n, item in enumerate(items)]
    body = "; ".join(lettered[:-1]) + ("; and " if len(lettered) > 1 else "") + lettered[-1]
    return f"The trust {kind}: {body}."


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_run_in_lettered_list_is_a_statement_an_item(tmp_path, size):
    path = tmp_path / "run_in.pdf"
    page = _Page(path, size)
    page.put("Areas for improvement", 50, 60, 1.5 * size, bold=True)
    top, service = 60 + 3 * size, None
    for name, kind, items in RUN_IN:
        if name != service:
            page.put(name, 50, top, 1.2 * size, bold=True)
            top, service = top + 2 * size, name
        top = page.para(_run_in(kind, items), 50, top, 480) + 0.8 * size
    page.save()
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [
        (kind, item, name) for name, kind, items in RUN_IN for item in items]


BANDED = {"must": [("Regulation 12 Safe care and treatment", [
    "Ensure that patients prescribed high-risk medicines receive the required monitoring before prescriptions are "
    "issued.", "Ensure that the risks identified in the fire risk assessment are addressed."]),
    ("Regulation 17 Good governance", ["Ensure that policies are reviewed, dated and accessible to all staff."])],
    "should": [("Safe", ["Continue to improve the security of blank prescription forms in consulting rooms.",
                         "Review the emergency medicines held at the branch surgery against a risk assessment."]),
               ("Effective", ["Take action to improve the uptake of childhood immunisations."]),
               ("Well-led", ["Embed a programme of quality improvement activity, including clinical audit."])]}


@pytest.mark.parametrize("size", [8.0, 10.5, 12.0])
def test_key_question_bands_group_a_list_without_bullets(tmp_path, size):
    path = tmp_path / "bands.pdf"
    page = _Page(path, size)
    top = page.para("We rated the practice as requires improvement for providing safe services.", 50, 60, 480) + size
    for kind, bands in BANDED.items():
        lead = "We found breaches of regulations. The provider must:" if kind == "must" else "The provider should:"
        page.put(lead, 50, top, 1.2 * size, bold=True)
        top += 2 * size
        for band, items in bands:
            page.put(band, 58, top, 0.9 * size, bold=True)
            top += 1.8 * size
            for item in items:
                top = page.para(item, 62, top, 460) + 0.8 * size
            top += 0.6 * size
    page.save()
    assert [(f.kind, f.text, f.group) for f in read_findings(path)] == [
        (kind, item, band) for kind, bands in BANDED.items() for band, items in bands for item in items]


CENTRED = {"must": ["Ensure care and treatment is provided in a safe way to patients.",
                    "Establish effective systems and processes to ensure good governance in accordance with the "
                    "fundamental standards of care.",
                    "Ensure that persons employed in the provision of the regulated activity receive the appropriate "
                    "support, training and appraisal necessary to enable them to carry out their duties."],
           "should": ["Improve the identification of patients who are also carers so that they can be offered support.",
                      "Display information in the waiting area about how to make a complaint and how to escalate it "
                      "to the Parliamentary and Health Service Ombudsman.",
                      "Review the availability of chaperone information in consultation rooms."]}


@pytest.mark.parametrize("size", [8.0, 10.0, 11.0])
def test_centred_lines_parted_by_ornaments_are_one_item_each(tmp_path, size):
    path = tmp_path / "centred.pdf"
    page = _Page(path, size)
    middle, width = WIDTH / 2, 40 * size
    top = 60

    def centred(text: str, font: str, at: float) -> None:
        page.canvas.setFont(font, at)
        page.canvas.drawCentredString(middle, page.canvas._pagesize[1] - top - at, text)

    for kind, items in CENTRED.items():
        centred(f"The areas where the provider {kind} make improvements are:", "Helvetica-Bold", 1.1 * size)
        top += 2.2 * size
        for item in items:
            for words in simpleSplit(item, "Helvetica", size, width):
                centred(words, "Helvetica", size)
                top += 1.36 * size
            top += 0.2 * size
            centred("\u2766", "DejaVu", size)
            top += 1.8 * size
        top += size
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [(kind, item) for kind, items in CENTRED.items() for item in items]
