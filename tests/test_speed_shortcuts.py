"""Work the close read and the Word render no longer do (session 31's speed work): each
shortcut skips only what could not change the answer, so the answers are the ones before."""

import ctypes
from pathlib import Path

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline import daytext, hyphenation, label_rows

ROOT = Path(__file__).resolve().parent.parent


def _line(text: str, n: int, x0: float = 72.0, x1: float = 520.0) -> Line:
    return Line(text=text, page=1, x0=x0, text_x0=x0, x1=x1, top=80.0 + 14 * n, bottom=90.0 + 14 * n, size=10.0)


def test_running_text_is_not_measured_as_a_label_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """A column of running text, every line at one edge, none a name: no run is measured from
    any of its lines (measured from each, the runs cost the column's length squared)."""
    column = [_line(f"staff told us that records were kept and reviewed, line {n}", n) for n in range(300)]
    measured = []
    run = label_rows._run_at_one_edge
    monkeypatch.setattr(label_rows, "_run_at_one_edge", lambda lines, n: measured.append(n) or run(lines, n))
    assert label_rows.labels_beside_rows(column) == column
    assert measured == []


def test_a_label_column_is_still_put_back_beside_its_rows() -> None:
    labels = [_line("Surgery", 0, x1=130.0), _line("Outpatients", 4, x1=140.0)]
    actions = [_line(f"the service must act on item {n} of its plan", n, x0=200.0) for n in range(8)]
    read = label_rows.labels_beside_rows(labels + actions)
    assert [l.text for l in read[:2]] == ["Surgery", actions[0].text]
    assert read[read.index(labels[1]) + 1] == actions[4]


def test_a_day_without_a_figure_tries_no_format(monkeypatch: pytest.MonkeyPatch) -> None:
    tried = []

    class Counting(daytext.datetime):
        @classmethod
        def strptime(cls, text, pattern):
            tried.append(pattern)
            return super().strptime(text, pattern)

    monkeypatch.setattr(daytext, "datetime", Counting)
    assert [daytext.parse_day(text) for text in ("", "  ", "to be agreed", "March")] == [None] * 4
    assert tried == []
    assert daytext.parse_day("7 March 2025").isoformat() == "2025-03-07"


def test_the_word_render_loads_only_the_british_hyphenation() -> None:
    from cqcplan.pipeline.render.long_words import _break_points

    hyphenation.dictionary.cache_clear()
    try:
        assert _break_points("contemporaneously),") == [3, 6, 9, 11]
        assert hyphenation.dictionary.cache_info().currsize == 1
    finally:
        hyphenation.dictionary.cache_clear()


def test_a_fonts_address_is_read_from_its_pointer() -> None:
    """`_fonts` names each glyph's font by the address `ctypes.cast` gave."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    from cqcplan.pipeline.glyphs import _fonts

    pdf = pypdfium2.PdfDocument(ROOT / "fixtures" / "gp_practice_2016" / "report.pdf")
    textpage = pdf[0].get_textpage()
    raw = textpage.raw
    fonts, font_of = set(), _fonts(raw_api, raw)
    for k in range(raw_api.FPDFText_CountChars(raw)):
        cast = ctypes.cast(raw_api.FPDFTextObj_GetFont(raw_api.FPDFText_GetTextObject(raw, k)), ctypes.c_void_p).value
        assert font_of(k) == cast
        fonts.add(cast)
    assert len(fonts) > 1 and None in fonts  # several fonts, and generated characters (spaces) with none


def test_a_glyphs_box_by_address_is_pypdfium2s() -> None:
    """The glyph loop's box call by address (`_by_address`) fills each glyph's box as pypdfium2's binding does."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    from cqcplan.pipeline.glyphs import _address_calls

    pdf = pypdfium2.PdfDocument(ROOT / "fixtures" / "gp_practice_2016" / "report.pdf")
    raw = pdf[0].get_textpage().raw
    box, at = _address_calls(raw_api)[0], ctypes.cast(raw, ctypes.c_void_p).value
    typed, plain = raw_api.FS_RECTF(), raw_api.FS_RECTF()
    count = raw_api.FPDFText_CountChars(raw)
    for k in [*range(count), count, -1]:  # past either end: no box, as the binding says
        assert box(at, k, plain) == raw_api.FPDFText_GetLooseCharBox(raw, k, typed)
        assert (plain.left, plain.right, plain.bottom, plain.top) == (typed.left, typed.right, typed.bottom, typed.top)


def test_a_line_s_marker_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locating asks each line's marker several times; the patterns run once per text (pipeline/text.py)."""
    from cqcplan.pipeline import text

    calls = []
    real = text._NUMBER

    class Counting:
        def match(self, line: str):
            calls.append(line)
            return real.match(line)

    monkeypatch.setattr(text, "_NUMBER", Counting())
    if hasattr(text.bullet_marker, "cache_clear"):
        text.bullet_marker.cache_clear()
    line = "The provider must ensure staff receive training."
    assert [text.bullet_marker(line) for _ in range(6)] == [None] * 6
    assert calls == [line]
    if hasattr(text.bullet_marker, "cache_clear"):
        text.bullet_marker.cache_clear()  # the counting pattern leaves no answer behind


def test_the_glyph_loop_s_patterns_find_what_its_checks_would() -> None:
    """`page_glyphs` asks its special cases only of the characters `_ODD` finds, and PDFium about a
    space only where `_BEFORE_HYPHEN` finds one: each finds every character its checks could act on."""
    import itertools
    import sys

    from cqcplan.pipeline import glyphs

    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        special = ch < " " or ch in glyphs.SPECIAL or glyphs.SWAPPED_LOW <= ch <= glyphs.SWAPPED_HIGH
        assert bool(glyphs._ODD.fullmatch(ch)) == special, hex(code)

    class AllMadeUp:  # every space PDFium's: the checks then leave out all they can
        @staticmethod
        def FPDFText_IsGenerated(raw, k):
            return True

    for n in range(1, 6):
        for chars in itertools.product(" \r\n-\ufffe\xada", repeat=n):
            text = "".join(chars)
            found = {m.start() for m in glyphs._BEFORE_HYPHEN.finditer(text)}
            for k, ch in enumerate(text):
                if ch in glyphs.SPACES and glyphs._guessed_before_line_end_hyphen(AllMadeUp, None, text, k):
                    assert k in found, (text, k)


def test_a_line_in_lower_case_is_not_read_on_for_small_caps() -> None:
    """A line's first word in lower case is no small caps: its later words are not looked at."""
    from cqcplan.pipeline.glyphs import Glyph
    from cqcplan.pipeline.small_caps import small_caps_size

    class Unread:
        @property
        def text(self):
            raise AssertionError("read on past the first word")

    first = Glyph("the", 72.0, 90.0, 80.0, 90.0, 10.0, False, False)
    assert small_caps_size([first, Unread(), Unread()]) is None


def test_lines_under_no_rule_are_no_merged_label_and_leave_the_page_unscanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page with no rules has no merged label cell: no line is looked for among the others."""
    from cqcplan.pipeline import merged_cells

    looked = []
    monkeypatch.setattr(merged_cells, "index_of", lambda lines, line: looked.append(line) or lines.index(line))
    lines = [_line("Surgery", 0, x1=130.0)] + [_line(f"the service must act on item {n}", n, x0=200.0) for n in range(5)]
    assert merged_cells.merged_labels_first(lines, []) == lines
    assert looked == []


def test_a_footnote_under_an_item_in_its_own_type_is_settled_by_the_last_line() -> None:
    """A line in the item's last line's type is no footnote under it: the item's other lines are not measured."""
    from cqcplan.pipeline.locate import _Walker

    class Unmeasured(list):
        def __iter__(self):
            raise AssertionError("the item's lines were measured")

    item = Unmeasured([_line("The provider must make sure that", 0), _line("records are kept", 1)])
    line = _line("and reviewed.", 2)
    assert _Walker._footnote_under(None, line, line.text, item) is False


def test_a_page_s_objects_are_walked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Askew text, /ActualText spans, drawn bullets, level rules and a column rule are all looked
    for in one walk of the page's objects (pipeline/page_objects.py), not one walk each."""
    pytest.importorskip("reportlab")
    import pypdfium2
    from reportlab.pdfgen import canvas

    from cqcplan.pipeline.read import start_read

    path = tmp_path / "page.pdf"
    sheet = canvas.Canvas(str(path), pagesize=(595, 842))
    sheet.line(72, 760, 520, 760)
    sheet.circle(76, 703, 2, stroke=0, fill=1)
    sheet.drawString(86, 700, "The provider must ensure staff receive training.")
    sheet.save()
    walks = []
    walk = pypdfium2.PdfPage.get_objects

    def counted(self, *args, **kwargs):
        if kwargs.get("form") is None:  # a walk of the page, not its descent into a form
            walks.append(kwargs)
        return walk(self, *args, **kwargs)

    monkeypatch.setattr(pypdfium2.PdfPage, "get_objects", counted)
    read = start_read(path, sha256="", workers=1)()
    assert [line.text for line in read.pages[0].lines] == ["• The provider must ensure staff receive training."]
    assert len(walks) == 1


def test_a_page_without_control_characters_is_found_by_pattern() -> None:
    """`covered` looks for an unmapped glyph's control character by pattern: it finds every one the
    character-by-character test found (a line break is none)."""
    import sys

    from cqcplan.pipeline import hidden_copy

    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(hidden_copy.CONTROL.search(ch)) == (ch < " " and ch not in "\r\n"), hex(code)


def test_a_text_object_s_font_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_fonts` asks PDFium for the font of each text object once, however many characters it draws."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    from cqcplan.pipeline import glyphs

    asked = []
    box, text_object, object_font = glyphs._address_calls(raw_api)
    monkeypatch.setattr(glyphs, "_address_calls", lambda api: (box, text_object, lambda obj: asked.append(obj) or object_font(obj)))
    pdf = pypdfium2.PdfDocument(ROOT / "fixtures" / "gp_practice_2016" / "report.pdf")
    textpage = pdf[0].get_textpage()
    raw = textpage.raw
    count = raw_api.FPDFText_CountChars(raw)
    font_of = glyphs._fonts(raw_api, raw)
    assert len({font_of(k) for k in range(count)}) > 1
    objects = {text_object(ctypes.cast(raw, ctypes.c_void_p).value, k) for k in range(count)} - {None}
    assert count > 10 * len(asked) and len(asked) == len(set(asked)) == len(objects)


def test_rows_beside_no_columns_do_not_measure_the_stretch_above(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row beside no gutter goes on no stretch of columns: the stretch's lines (on a page of one
    column, every line read so far) are not measured for a side column."""
    from cqcplan.pipeline import read

    def unmeasured(*args):
        raise AssertionError("the stretch above was measured")

    monkeypatch.setattr(read, "_side_of", unmeasured)
    lines = [_line(f"staff told us that records were kept, line {n}", n) for n in range(5)]
    assert read._goes_on([_line("and reviewed.", 6)], (), lines, ()) is False


def test_rows_that_overlap_across_are_not_measured_for_height() -> None:
    """Two rows are read side by side only when one lies wholly left of the other: rows that
    overlap across (most of them) have their heights left unmeasured."""
    from cqcplan.pipeline.read import _side_by_side

    class Unmeasured:
        def __init__(self, x0: float, x1: float):
            self.x0, self.x1 = x0, x1

        @property
        def top(self):
            raise AssertionError("the row's height was measured")

        bottom = top

    rows = [[Unmeasured(72.0, 520.0)], [Unmeasured(72.0, 400.0)], [Unmeasured(90.0, 520.0)]]
    assert _side_by_side(rows, [(), (), ()]) == (rows, [(), (), ()])


def test_a_word_after_a_word_space_is_not_looked_for_at_the_cell_edges() -> None:
    """Only a word after more than a word space can open a table's next cell: the page's cell
    edges are not searched for the others."""
    from cqcplan.pipeline.read import _split_at_edges

    class Unsearched(list):
        def __iter__(self):
            raise AssertionError("the cell edges were searched")

    words = [{"text": w, "x0": 72.0 + 30 * k, "x1": 99.0 + 30 * k, "size": 10.0, "marker": False}
             for k, w in enumerate(["staff", "told", "us"])]
    assert _split_at_edges([words], Unsearched([102]), []) == [words]


def test_a_font_s_name_is_read_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Boldness and symbol font are read from a font's name once per font on a page, not once per run."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    from cqcplan.pipeline import glyphs

    read = []
    face = glyphs._face
    monkeypatch.setattr(glyphs, "_face", lambda raw_api, raw, k: read.append(k) or face(raw_api, raw, k))
    pdf = pypdfium2.PdfDocument(ROOT / "fixtures" / "gp_practice_2016" / "report.pdf")
    page = pdf[0]
    textpage = page.get_textpage()
    runs, _ = glyphs.page_glyphs(page, textpage, [])
    font_of = glyphs._fonts(raw_api, textpage.raw)
    fonts = {font_of(k) for k in read}
    assert len(runs) > 2 * len(read) and len(fonts) == len(read) > 1


def test_a_row_s_gaps_are_measured_once_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cutting a row into segments measures the space before each word once, for every test that asks it."""
    from cqcplan.pipeline import read

    measured = []
    gap = read._gap
    monkeypatch.setattr(read, "_gap", lambda group, word: measured.append(word["text"]) or gap(group, word))
    row = [{"text": w, "x0": 72.0 + 30 * k, "x1": 99.0 + 30 * k, "size": 10.0, "marker": False}
           for k, w in enumerate(["staff", "told", "us", "that"])]
    assert read._gap_groups(row, [], []) == [row]
    assert measured == ["told", "us", "that"]


def test_a_page_s_top_row_is_run_on_only_when_it_may_repeat_a_header(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's top row whose first lines match no earlier row's has its cells' lines left unfollowed."""
    from cqcplan.pipeline import header_rows

    followed = []
    cells = header_rows._cells
    monkeypatch.setattr(header_rows, "_cells", lambda row, own: followed.append(row) or cells(row, own))

    def page(number: int, left: str, right: str) -> list[Line]:
        return [Line(text=text, page=number, x0=x0, text_x0=x0, x1=x0 + 100, top=80.0, bottom=90.0, size=10.0)
                for text, x0 in ((left, 72.0), (right, 300.0))]

    lines = page(1, "Location", "Core service") + page(2, "Staff told us", "records were kept")
    assert header_rows.repeated_header_cells(lines) == {}
    assert followed == []
    assert header_rows.repeated_header_cells(lines + page(3, "Location", "Core service")) == {"Location": 1, "Core service": 1}
    assert followed


def test_a_line_of_words_is_not_measured_for_letter_spacing() -> None:
    """A line whose gaps mostly part runs of several letters is no letter-spaced line: its gaps are not measured."""
    from cqcplan.pipeline.glyphs import Glyph
    from cqcplan.pipeline.read import _letter_spacing

    class Unmeasured(Glyph):
        @property
        def x0(self):
            raise AssertionError("a gap was measured")

    words = [Unmeasured(w, 0.0, 0.0, 80.0, 90.0, 10.0, False, False) for w in ("staff", "told", "us", "a", "b")]
    assert _letter_spacing(words) is None
    spaced = [Glyph(ch, 72.0 + 12 * k, 78.0 + 12 * k, 80.0, 90.0, 10.0, False, False) for k, ch in enumerate("SAFE")]
    assert _letter_spacing(spaced) == 0.6


LONG = "Staff told us that records were kept and checked by the ward managers every week"


@pytest.mark.parametrize("size", [8.0, 12.5])
def test_a_page_wholly_inside_its_box_is_not_grouped_into_rows_to_be_cut(tmp_path: Path, size: float,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose every glyph lies inside its box cannot hold OTHER_PAGE_ROWS rows running past it:
    its glyphs are grouped into baselines once (by the layout), not also to look for another page's
    lines (speed50); a page with several words past it is looked at, and one line set past the box's side
still reads whole."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from cqcplan.pipeline import read

    path = tmp_path / "page.pdf"
    sheet = canvas.Canvas(str(path), pagesize=(595, 842))
    sheet.setFont("Helvetica", size)
    texts = ["The provider must ensure staff receive training.", "The provider should review its audits."]
    for n, text in enumerate(texts):
        sheet.drawString(72, 760 - 2 * size * n, text)
    sheet.drawString(595 - 10 * size, 760 - 4 * size, LONG)  # runs past the right side by several words
    sheet.save()
    grouped = []
    baselines = read._baselines
    monkeypatch.setattr(read, "_baselines", lambda glyphs: grouped.append(len(glyphs)) or baselines(glyphs))
    lines = read.start_read(path, sha256="", workers=1)().pages[0].lines
    assert [line.text for line in lines] == texts + [LONG]
    assert len(grouped) == 2  # the page with the line past its side, then the layout's own

    grouped.clear()
    other = tmp_path / "inside.pdf"
    sheet = canvas.Canvas(str(other), pagesize=(595, 842))
    sheet.setFont("Helvetica", size)
    for n, text in enumerate(texts):
        sheet.drawString(72, 760 - 2 * size * n, text)
    sheet.save()
    assert [line.text for line in read.start_read(other, sha256="", workers=1)().pages[0].lines] == texts
    assert len(grouped) == 1


def test_a_line_of_runs_set_apart_is_not_measured_for_overlaps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs each ending before the next starts overlap nothing: `_untangled` measures no pair of them
    (speed50); runs set over one another on nearly one baseline are still two lines."""
    from cqcplan.pipeline import read
    from cqcplan.pipeline.glyphs import Glyph

    measured = []
    overlap = read._overlap
    monkeypatch.setattr(read, "_overlap", lambda a, b: measured.append((a, b)) or overlap(a, b))
    apart = [Glyph(w, 72.0 + 40 * k, 100.0 + 40 * k, 80.0, 90.0, 10.0, False, False, base=88.0)
             for k, w in enumerate(["staff", "told", "us", "that"])]
    assert read._untangled(apart) == [apart]
    assert measured == []
    over = [Glyph("Footer text", 72.0, 150.0, 80.0, 90.0, 10.0, False, False, base=88.0),
            Glyph("panel line", 90.0, 160.0, 81.0, 91.0, 10.0, False, False, base=89.0)]
    assert read._untangled(over) == [[over[0]], [over[1]]]
    assert measured


def test_a_glossary_term_printed_nowhere_is_not_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """The glossary's patterns are compiled and run only for terms whose forms are in the plan's text
    at all (speed50); the others are not looked for, and what is found is as before (a plural counts,
    an abbreviation no entry covers is named)."""
    from cqcplan.pipeline import glossary

    asked = []
    pattern = glossary._pattern
    monkeypatch.setattr(glossary, "_pattern", lambda forms: asked.append(forms[0]) or pattern(forms))
    texts = ["The CQC found that DBS checks were late at the GPs surgery.", "Staff stored CDs safely; the XYZ panel met."]
    assert [entry.term for entry in glossary.glossary_for(texts)] == ["CD", "CQC", "DBS", "GP"]
    assert glossary.unexpanded(texts) == ["XYZ"]
    assert {"CD", "CQC", "DBS", "GP"} <= set(asked) and len(set(asked)) < 10  # of the glossary's 84 terms


def test_the_prompts_variant_triggers_are_compiled_while_pages_are_read() -> None:
    """Every action named by a topic asks its variants' triggers together (`_claimed_by_variants`):
    `prepare`, called while worker processes read the pages, compiles them, not the first action
    after the read (speed50)."""
    from cqcplan.pipeline import scaffold

    scaffold._variant_patterns.cache_clear()
    scaffold.prepare()
    assert scaffold._variant_patterns.cache_info().currsize == 1


def test_a_wordings_asks_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Merging, the prompts and their checks ask for one wording's asks again and again: it is read
    once (speed52), and each caller gets a list of its own to change."""
    from cqcplan.pipeline import asks

    read = []
    wordings = asks.wordings
    monkeypatch.setattr(asks, "wordings", lambda text: read.append(text) or wordings(text))
    asks._asks.cache_clear()
    wording = "The provider must ensure that fire doors close fully and that staff complete fire training."
    first = asks.asks(wording)
    first.append(asks.Ask("changed by a caller", "changed by a caller", False))
    again = asks.asks(wording)
    assert [a.text for a in again] == ["fire doors close fully", "staff complete fire training"]
    assert read == [wording]


def test_a_statements_terms_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Merging and the prompts find the terms of one text several times: it is tokenised and read once
    (speed52), and each caller gets a dict of its own to change."""
    from cqcplan.pipeline import terms

    read = []
    doc_terms = terms._doc_terms
    monkeypatch.setattr(terms, "_doc_terms", lambda doc: read.append(doc.text) or doc_terms(doc))
    terms._text_terms.cache_clear()
    text = "Staff must complete safeguarding training."
    first, second = terms.terms_many([text, text])
    first["changed"] = "by a caller"
    assert terms.terms_many([text]) == [second] and "changed" not in second
    assert len(read) == 1


def test_an_asks_kind_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An action's prompts ask for the kind of each of its asks again; each kind's patterns are tried
    against an ask once (speed52), and the kind is the same each time."""
    from cqcplan.pipeline import compose

    tried = []
    compiled = compose._compiled
    monkeypatch.setattr(compose, "_compiled", lambda patterns: tried.append(patterns) or compiled(patterns))
    compose._first_kind.cache_clear()
    ask = "staff are available to cover every night shift"
    first = compose.kind_of(ask)
    once = len(tried)
    assert compose.kind_of(ask) is first
    assert once and len(tried) == once


def test_a_notice_comparison_stems_only_its_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement is compared with each notice row's segments by content words: the stop words are
    stemmed once, not again for each text compared (speed52); they are still left out."""
    from cqcplan.pipeline import tag

    stemmed = []
    stem = tag._stem
    monkeypatch.setattr(tag, "_stem", lambda word: stemmed.append(word) or stem(word))
    assert tag._content_words("The provider must ensure fire doors are checked weekly") == \
        {stem("fire"), stem("doors"), stem("checked"), stem("weekly")}
    assert stemmed == ["The", "provider", "must", "ensure", "fire", "doors", "are", "checked", "weekly"]
    assert tag._content_words("The provider must ensure that staff") == set()


def test_a_texts_topic_phrases_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An action's topic, its asks' topics and their checks look for the topics' phrases in one text again:
    they are found once (speed52), and each caller gets sets of its own to change."""
    from cqcplan.pipeline import scaffold

    claimed = []
    by_variants = scaffold._claimed_by_variants
    monkeypatch.setattr(scaffold, "_claimed_by_variants", lambda text, found: claimed.append(text) or by_variants(text, found))
    scaffold._found_phrases.cache_clear()
    text = "Staff must complete mandatory training."
    first = scaffold._phrases(text)
    first["mandatory_training"].add("changed by a caller")
    assert scaffold._phrases(text)["mandatory_training"] == {"mandatory training"}
    assert claimed == [text]


WORDS = ("staff", "told", "us", "that", "records")


def _runs_on(baselines: list[float], size: float = 10.0) -> list:
    """Five words on each baseline, a word space apart."""
    from cqcplan.pipeline.glyphs import Glyph

    return [Glyph(word, 72.0 + 33 * k, 72.0 + 33 * k + 30, base - 0.8 * size, base + 0.2 * size, size, False, False,
                  k > 0, base) for base in baselines for k, word in enumerate(WORDS)]


def test_lines_each_on_one_baseline_are_not_followed_run_by_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose baselines are all further apart than a run may step up or down (`STEP_EM`) holds no
    drifting line: no run's next is looked for, and the glyphs are as they were."""
    from cqcplan.pipeline import drifting_lines

    monkeypatch.setattr(drifting_lines, "_successors", lambda runs: pytest.fail("the runs were followed"))
    glyphs = _runs_on([100.0, 112.0, 124.0, 160.0])
    assert drifting_lines.levelled(glyphs) is glyphs


def test_a_word_raised_within_a_step_is_still_followed() -> None:
    """A word raised less than `STEP_EM` of its type off its line's baseline is looked at run by run, as
    before, and the line is set back on the baseline it starts on."""
    from cqcplan.pipeline import drifting_lines

    glyphs = _runs_on([100.0, 130.0])
    line, other = glyphs[:len(WORDS)], glyphs[len(WORDS):]
    drifting = [g._replace(top=g.top - n, bottom=g.bottom - n, base=g.base - n) for n, g in enumerate(line)]
    assert not drifting_lines._baselines_apart(drifting + other)
    levelled = drifting_lines.levelled(drifting + other)
    assert len({g.baseline for g in levelled[:len(WORDS)]}) == 1 and abs(levelled[0].baseline - 100.0) < 0.5
    assert levelled[len(WORDS):] == other


def test_lines_after_one_are_not_walked_from_the_first() -> None:
    """`lines_from` gives the lines from an index on without stepping over those before it (asked for
    each line of a long report, that walk grew with the square of its length)."""
    from cqcplan.pipeline.text import lines_from

    class Unwalked(list):
        def __iter__(self):
            raise AssertionError("the lines were walked from the first")

    lines = Unwalked(_line(f"line {n}", n) for n in range(10))
    assert list(lines_from(lines, 7)) == [lines[7], lines[8], lines[9]]
    assert list(lines_from(lines, 10)) == []


def test_a_report_s_pages_are_grouped_once_for_spilled_rows() -> None:
    """Looking for rows spilled over a page's right edge goes through the report's lines once to find
    each page's, not once a page."""
    from cqcplan.pipeline.spilled_cells import spilled_rows

    walks = []

    class Counted(list):
        def __iter__(self):
            walks.append(1)
            return super().__iter__()

    lines = Counted(_line(f"staff told us records were kept, line {n}", n % 40).model_copy(update={"page": 1 + n // 40})
                    for n in range(40 * 30))
    assert spilled_rows(lines) is lines
    assert len(walks) == 1


def test_a_word_space_is_not_measured_against_the_line_s_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word a word space after the last (narrower than a widened space, `_widened`, can be) is not
    measured against the spaces before it for a cell set tight, whatever cell edges the page has."""
    from cqcplan.pipeline import read

    monkeypatch.setattr(read, "_spaced_then_widened", lambda current, word: pytest.fail("the spaces were measured"))
    words = [{"text": w, "x0": 72.0 + 30 * k, "x1": 99.0 + 30 * k, "size": 10.0, "marker": False}
             for k, w in enumerate(["staff", "told", "us", "that", "records"])]
    assert read._split_at_edges([words], [72 + 30 * k for k in range(5)], []) == [words]


def test_a_line_s_words_are_spaced_once() -> None:
    """`collapse_ws`, asked of each line's text many times over, spaces it once."""
    from cqcplan.pipeline.text import collapse_ws

    collapse_ws.cache_clear()
    text = "The provider  must\tensure staff\nreceive training."
    assert [collapse_ws(text) for _ in range(5)] == ["The provider must ensure staff receive training."] * 5
    assert collapse_ws.cache_info().misses == 1
