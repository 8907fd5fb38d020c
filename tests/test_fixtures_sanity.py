"""The committed fixtures agree with their own gold answers.

These tests check the fixture generator, not cqcplan: every gold.json is well formed,
every gold statement's first words are printed on the page the gold names (and on
every also_at page), and every PDF has the page count the generator laid out
(fixtures/manifest.json).
"""

import json
import re
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
NAMES = sorted(p.parent.name for p in FIXTURES.glob("*/gold.json"))

EXPECTS = {"findings", "no_actions", "NotACqcReport", "NoTextLayer", "PasswordRequired", "DamagedPdf", "NotAPdf"}
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
KEY_QUESTIONS = {"Safe", "Effective", "Caring", "Responsive", "Well-led"}
RATING_KEYS = {"overall", "safe", "effective", "caring", "responsive", "well-led"}


def load(name: str) -> dict:
    return json.loads((FIXTURES / name / "gold.json").read_text(encoding="utf-8"))


def normalise(text: str) -> str:
    """Page text as a reader would quote it: ligatures expanded, soft-hyphen splits and
    compound-hyphen line breaks joined, whitespace collapsed."""
    for glyph, letters in LIGATURES.items():
        text = text.replace(glyph, letters)
    text = re.sub("\u00ad\\s*\n\\s*", "", text).replace("\u00ad", "")
    text = re.sub(r"(?<=\w)-\n(?=\w)", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def first_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[:n])


def page_texts(name: str, password: str | None) -> list[str]:
    with pdfplumber.open(FIXTURES / name / "report.pdf", password=password or "") as pdf:
        texts = []
        for page in pdf.pages:
            texts.append(normalise(page.extract_text() or ""))
            page.close()
        return texts


def test_every_fixture_is_in_the_manifest():
    assert sorted(MANIFEST) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_gold_is_well_formed(name):
    gold = load(name)
    assert set(gold) - {"previous", "repeat_of"} == {"producer", "expect", "password", "meta", "findings", "notices"}
    if "repeat_of" in gold:  # the later report of a pair: each key is one of its statements, each value the earlier's
        earlier = {f["text"] for f in load(gold["previous"])["findings"]}
        assert set(gold["repeat_of"]) <= {f["text"] for f in gold["findings"]}
        assert set(gold["repeat_of"].values()) <= earlier
    assert gold["expect"] in EXPECTS
    assert gold["producer"] in {"reportlab", "fpdf2", None}
    assert gold["producer"] == MANIFEST[name]["producer"]
    if gold["expect"] in {"findings", "no_actions", "PasswordRequired"}:
        meta = gold["meta"]
        assert set(meta) == {"provider", "location", "report_type", "published", "inspection_dates", "ratings"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"])
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in meta["inspection_dates"])
        assert set(meta["ratings"]) <= RATING_KEYS and ("overall" in meta["ratings"] or not meta["ratings"])  # dental: none
    if gold["expect"] == "findings":
        assert gold["findings"]
    if gold["expect"] == "no_actions":
        assert gold["findings"] == []
    if gold["expect"] == "PasswordRequired":
        assert gold["password"]
    else:
        assert gold["password"] is None
    seen = set()
    for f in gold["findings"]:
        assert set(f) == {"kind", "text", "page", "section", "service", "domain", "regulations", "derived", "also_at"}
        assert f["kind"] in {"must", "should"}
        assert f["domain"] is None or f["domain"] in KEY_QUESTIONS
        assert isinstance(f["derived"], bool)
        assert f["section"] == re.sub(r"\s+", " ", f["section"]).strip()
        assert not any(g in f["text"] for g in LIGATURES) and "\u00ad" not in f["text"]
        for r in f["regulations"]:
            assert set(r) == {"instrument", "number", "paragraphs"}
            assert r["instrument"] in {"RA2014", "RA2010", "REG2009"}
            assert " " not in r["paragraphs"]
        for a in f["also_at"]:
            assert set(a) == {"page", "service"}
        key = re.sub(r"\s+", " ", f["text"]).strip()
        assert key not in seen, f"duplicate gold finding (should be also_at): {key[:60]}"
        seen.add(key)
    pages = [(f["page"], len(f["also_at"])) for f in gold["findings"]]
    assert [p for p, _ in pages] == sorted(p for p, _ in pages), "findings not in order of first appearance"
    for n in gold["notices"]:
        assert set(n) == {"kind", "instrument", "number", "activities", "page"}
        assert n["kind"] in {"requirement_notice", "enforcement"}


@pytest.mark.parametrize("name", [n for n in NAMES if load(n)["findings"]])
def test_gold_statements_are_on_their_pages(name):
    gold = load(name)
    texts = page_texts(name, gold["password"])
    missing = []
    for f in gold["findings"]:
        words = first_words(re.sub(r"\s+", " ", f["text"]))
        last_part = f["text"].split("\n")[-1].split()
        tail = " ".join(last_part[-3:])
        for page in [f["page"]] + [a["page"] for a in f["also_at"]]:
            if words not in texts[page - 1]:
                missing.append(f"p{page}: {words}")
            # the statement ends on the same page or, if it runs over a page break, the next
            if tail not in texts[page - 1] and (page == len(texts) or tail not in texts[page]):
                missing.append(f"p{page}(end): {tail}")
    assert not missing


@pytest.mark.parametrize("name", [n for n in NAMES if load(n)["notices"]])
def test_gold_notices_are_on_their_pages(name):
    gold = load(name)
    texts = page_texts(name, gold["password"])
    for n in gold["notices"]:
        assert f"Regulation {n['number']}" in texts[n["page"] - 1]
        # activities wrap inside the narrow left column, so only their first words are checked
        assert first_words(n["activities"][0], 3) in texts[n["page"] - 1]


@pytest.mark.parametrize("name", [n for n in NAMES if MANIFEST[n]["pages"]])
def test_page_count_is_as_laid_out(name):
    gold = load(name)
    with pdfplumber.open(FIXTURES / name / "report.pdf", password=gold["password"] or "") as pdf:
        assert len(pdf.pages) == MANIFEST[name]["pages"]


@pytest.mark.parametrize("name", NAMES)
def test_pdfs_stay_small(name):
    assert (FIXTURES / name / "report.pdf").stat().st_size < 300_000


def test_bad_inputs_are_what_they_claim():
    assert not (FIXTURES / "not_a_pdf" / "report.pdf").read_bytes().startswith(b"%PDF")
    damaged = (FIXTURES / "damaged" / "report.pdf").read_bytes()
    source = (FIXTURES / MANIFEST["damaged"]["source"] / "report.pdf").read_bytes()
    assert damaged.startswith(b"%PDF") and len(damaged) == int(len(source) * 0.4)
    with pdfplumber.open(FIXTURES / "scanned_image" / "report.pdf") as pdf:
        assert all(not page.chars for page in pdf.pages) and all(page.images for page in pdf.pages)
    with pytest.raises(PdfminerException), pdfplumber.open(FIXTURES / "encrypted" / "report.pdf") as pdf:
        pdf.pages[0].extract_text()


def test_awkward_cases_are_present():
    """Soft hyphens, compound hyphens at line ends, ligature glyphs and repeats all occur."""
    soft = compound = ligature = 0

    def enough() -> bool:
        return soft >= 10 and compound >= 5 and ligature >= 3

    for name in NAMES:
        gold = load(name)
        if gold["expect"] != "findings":
            continue
        with pdfplumber.open(FIXTURES / name / "report.pdf") as pdf:
            for page in pdf.pages:
                raw = page.extract_text(expand_ligatures=False) or ""
                soft += raw.count("\u00ad\n")
                compound += len(re.findall(r"\w-\n\w", raw))
                ligature += sum(raw.count(g) for g in LIGATURES)
                if enough():  # every page of every fixture through pdfplumber took a minute
                    break
        if enough():
            break
    assert enough()
    repeated = [f for n in NAMES for f in load(n)["findings"] if f["also_at"]]
    assert len(repeated) >= 5
