"""A paragraph's side rule drawn as text, a "│" at the start of every line, is a rule a reader sees
beside the paragraph, not a character of it: read as text it fell between the words of every wrapped
sentence ("who had │ fallen") and the breach sentence came out whole with the glyph in it, or not
at all. Fails without pipeline/glyph_rules.py. And a breach's regulation number wrapped to open the
next line ("… still in breach of regulation" / "17. We recommend …") is no list number: the
paragraph goes on (fails without locate's `_wrapped_number`)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
BREACH = ("This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 "
          "(Regulated Activities) Regulations 2014.")
RULED = ["Risks to people were not always assessed or managed. Two people who had",
         "fallen more than three times in a month did not have their falls risk",
         "assessments reviewed. This was a breach of regulation 12 (Safe care and",
         "treatment) of the Health and Social Care Act 2008 (Regulated Activities)",
         "Regulations 2014."]


def _page(size: float, paragraph: list[str], rule: str | None) -> list[tuple]:
    """(text, x, top, size, bold) lines: a key question's heading, a topic heading, then the
    paragraph, each line after `rule` set a good em left of it when there is one."""
    lines = [("Is the service safe?", LEFT, 60.0, 1.5 * size, True),
             ("Assessing risk, safety monitoring and management", LEFT, 60.0 + 2.6 * size, size, True)]
    top = 60.0 + 4.4 * size
    for words in paragraph:
        if rule:
            lines.append((rule, LEFT, top, size, False))
        lines.append((words, LEFT + (2.0 * size if rule else 0.0), top, size, False))
        top += 1.8 * size
    return lines


@pytest.mark.parametrize("size", [9.0, 11.5])
@pytest.mark.parametrize("rule", ["│", "┃"])
def test_a_rule_typed_at_each_line_start_is_no_text(tmp_path, size, rule):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size, RULED, rule)))
    assert [f.kind for f in found] == ["must"]
    assert found[0].text.endswith(BREACH) and rule not in found[0].text
    assert "Two people who had fallen more" in found[0].text


@pytest.mark.parametrize("size", [9.0, 11.5])
def test_a_bar_between_words_at_a_word_space_stays(tmp_path, size):
    lines = _page(size, ["Home | About | Contact"], None)
    doc, _ = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert "Home | About | Contact" in [line.text for line in doc.pages[0].lines]


STILL = ["Audits had not identified the concerns we found with risk assessments. Not enough",
         "improvement had been made at this inspection and the provider was still in breach of regulation",
         "17. We recommend the provider reviews its audit tools against current best practice."]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_regulation_number_wrapped_to_a_line_start_is_no_list_number(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size, STILL, None)))
    assert [(f.kind, f.text.split(". ")[-1]) for f in found] == [
        ("must", "Not enough improvement had been made at this inspection and the provider was still in breach of "
                 "regulation 17."),
        ("should", "We recommend the provider reviews its audit tools against current best practice.")]
