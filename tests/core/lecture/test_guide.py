"""The guide's steps hold the program to the lecture's printed numbers, headless."""
import pytest

from core.lecture import guide
from tests.lecture_figures import IN14

NUMERIC = [s for s in guide.STEPS if s.printed]


def test_the_lectures_order():
    cells = [s.cell for s in guide.STEPS if s.cell.startswith("In[")]
    assert cells == ["In[1]", "In[2]", "In[4]/In[5]", "In[8]", "In[9]", "In[11]", "In[12]", "In[14]", "In[15]",
                     "In[17]", "In[19]", "In[20]", "In[21]"]


def test_in14_printed_is_the_lectures():
    assert {p.name: p.value for p in guide.step_of("in14").printed} == IN14


@pytest.mark.parametrize("step", NUMERIC, ids=[s.key for s in NUMERIC])
def test_each_printed_number(step):
    comparisons = guide.compare(step, guide.program_of(step))
    assert len(comparisons) == len(step.printed)
    for c in comparisons:
        assert step.accepts(c), (c.name, c.lecture, c.shown, c.difference)
        if step.tolerance == 0:
            assert c.agrees


def test_the_differences_are_the_ones_explained():
    """In[8]'s last digit, In[14]'s b11 and b21, In[17]: measured, not assumed."""
    diff = {s.key: {c.name for c in guide.compare(s, guide.program_of(s)) if not c.agrees} for s in NUMERIC}
    assert diff["in8"] == {"loss"}
    assert diff["in14"] == {"b11", "b21"}
    assert diff["in17"] == {"b11", "w11", "w21"}
    assert not any(v for k, v in diff.items() if k not in ("in8", "in14", "in17"))


def test_the_questions_answers_come_from_the_run():
    lr10 = guide.step_of("lr10")
    snap = guide.headless(lr10.setup)
    assert lr10.question.answer(snap) == "no" and guide.rises(snap)
    in19 = guide.step_of("in19")
    snap = guide.headless(in19.setup)
    assert in19.question.answer(snap) == "no" and not guide.hidden_moved(snap)
    relu = guide.headless(guide.step_of("in15").setup)
    assert guide.hidden_moved(relu)
