"""Pure checks of a pupil's support and the school's assistants against the rules valid on the dates concerned."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from plans.rules import load_rules
from plans.support import (
    AssistantInfo,
    PupilSupport,
    SupportForm,
    WelcomeStep,
    add_months,
    assistant_workload,
    check_assistants,
    check_pupil,
    default_steps,
    effective_regime,
    grade_band,
    ipet_due,
    limit_end,
    months_used,
    needs_polish,
    overdue_steps,
    support_summary,
)

D = dt.date
CODE = "U-TEST0001"


def pupil(regime="general", *forms, class_label="5a", country="BY"):
    return PupilSupport(CODE, regime, tuple(forms), class_label, country, "A1")


def polish(hours, start, end=None, id=1):
    return SupportForm("additional_polish", hours, start, end, id=id)


def codes(findings):
    return sorted(f.code for f in findings)


def only(findings, code):
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, codes(findings)
    return found[0]


# --- helpers --------------------------------------------------------------------------------------------------


def test_month_arithmetic():
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert limit_end(D(2024, 9, 1), 12) == D(2025, 8, 31)
    assert limit_end(D(2023, 9, 1), 24) == D(2025, 8, 31)
    assert months_used(D(2024, 9, 1), D(2025, 8, 31)) == 12
    assert months_used(D(2024, 9, 1), D(2025, 9, 1)) == 13
    assert months_used(D(2024, 9, 1), D(2024, 9, 1)) == 1
    assert months_used(D(2024, 9, 2), D(2024, 9, 1)) == 0


@pytest.mark.parametrize("label, band", [("4b", "4-6"), ("OP 7", "7-8"), ("II a", "1-3"), ("VIII c", "7-8"),
                                         ("1", "1-3"), ("", None), ("liceum 2", "1-3"), ("9", None)])
def test_grade_band(label, band):
    assert grade_band(label) == band


def test_needs_polish_below_b1():
    assert needs_polish("A0") and needs_polish("A2")
    assert not needs_polish("B1") and not needs_polish("C1") and not needs_polish("x")


def test_the_special_regime_turns_general_when_it_ends():
    rules = load_rules()
    assert effective_regime("ukrainian_special", D(2025, 1, 1), rules) == "ukrainian_special"
    assert effective_regime("ukrainian_special", D(2026, 9, 1), rules) == "general"
    assert effective_regime("returning_citizens", D(2026, 9, 1), rules) == "returning_citizens"


# --- additional Polish ------------------------------------------------------------------------------------------


def test_polish_within_24_months_and_2_hours_is_clean():
    p = pupil("general", polish(2, D(2023, 9, 1), D(2025, 8, 31)))
    assert check_pupil(p, D(2025, 1, 10)) == []


def test_polish_beyond_24_months_since_the_first_start():
    p = pupil("general", polish(2, D(2023, 9, 1), D(2024, 6, 30), id=1), polish(3, D(2024, 9, 1), D(2025, 9, 30), id=2))
    f = only(check_pupil(p, D(2025, 1, 10)), "support.polish_max_months")
    assert f.severity == "error" and f.rule_id == "polish_additional_lessons" and f.form_id == 2
    assert CODE in f.message and "25 mies." in f.message and "31.08.2025" in f.message
    assert "polish_additional_lessons" in f.message and "Dz.U. 2023 poz. 2301" in f.message
    assert f.source and "2301" in f.source


def test_open_ended_polish_counts_until_today():
    p = pupil("general", polish(2, D(2023, 9, 1)))
    assert "support.polish_max_months" not in codes(check_pupil(p, D(2025, 8, 31)))
    assert "support.polish_max_months" in codes(check_pupil(p, D(2025, 9, 1)))


def test_returning_citizens_have_12_months():
    p = pupil("returning_citizens", polish(2, D(2024, 9, 1), D(2025, 9, 30)), country="GB")
    f = only(check_pupil(p, D(2025, 1, 1)), "support.polish_max_months")
    assert f.rule_id == "polish_additional_lessons_returning" and "12 mies." in f.message


def test_polish_below_two_hours():
    f = only(check_pupil(pupil("general", polish(1.5, D(2024, 9, 1), D(2025, 6, 27))), D(2024, 10, 1)),
             "support.polish_min_hours")
    assert f.rule_id == "polish_additional_lessons" and "1,5 godz." in f.message and "co najmniej 2" in f.message


def test_ukrainian_minimum_hours_follow_the_dated_rules():
    # 4 h a week: too little under the 6-hour rule (until 31.08.2024), enough under the 4-hour one after
    p = pupil("ukrainian_special", polish(4, D(2023, 9, 1), D(2025, 6, 27)), country="UA")
    found = [f for f in check_pupil(p, D(2025, 1, 1)) if f.code == "support.polish_min_hours"]
    assert [f.rule_id for f in found] == ["ukrainian_polish_hours_2022"]
    p = pupil("ukrainian_special", polish(4, D(2024, 9, 1), D(2025, 6, 27)), country="UA")
    assert "support.polish_min_hours" not in codes(check_pupil(p, D(2025, 1, 1)))


def test_after_the_special_regime_the_general_limit_is_a_warning():
    p = pupil("ukrainian_special", polish(4, D(2024, 9, 1), D(2026, 12, 18)), country="UA")
    found = check_pupil(p, D(2025, 1, 1))
    f = only(found, "support.polish_max_months")
    assert f.severity == "warning" and "zasady ogólne" in f.message
    expiry = only(found, "support.rule_expires")
    assert expiry.rule_id == "ukrainian_special_regime" and "31.08.2026" in expiry.message


def test_a_ukrainian_pupil_after_the_regime_gets_an_info():
    p = pupil("ukrainian_special", country="UA")
    f = only(check_pupil(p, D(2026, 10, 1)), "support.special_regime_ended")
    assert f.severity == "info"
    assert check_pupil(p, D(2025, 10, 1)) == []


# --- compensatory classes and the combined cap -------------------------------------------------------------------


def comp(hours, start, end=None, subject="matematyka", id=10):
    return SupportForm("compensatory", hours, start, end, subject=subject, id=id)


def test_compensatory_more_than_one_hour_per_subject():
    p = pupil("general", comp(2, D(2024, 9, 1), D(2025, 6, 27)))
    f = only(check_pupil(p, D(2024, 10, 1)), "support.compensatory_hours")
    assert f.rule_id == "compensatory_hours" and "matematyka" in f.message
    # one hour in each of two subjects is fine
    p = pupil("general", comp(1, D(2024, 9, 1), D(2025, 6, 27)), comp(1, D(2024, 9, 1), D(2025, 6, 27), "fizyka", 11))
    assert check_pupil(p, D(2024, 10, 1)) == []


def test_compensatory_beyond_12_months():
    p = pupil("general", comp(1, D(2024, 9, 1), D(2025, 9, 30)))
    f = only(check_pupil(p, D(2024, 10, 1)), "support.compensatory_max_months")
    assert f.rule_id == "compensatory_max_months" and "13 mies." in f.message


def test_polish_and_compensatory_above_five_hours():
    forms = (polish(4, D(2024, 9, 1), D(2025, 6, 27)), comp(1, D(2024, 9, 1), D(2025, 6, 27)),
             comp(1, D(2025, 1, 7), D(2025, 6, 27), "historia", 11))
    f = only(check_pupil(pupil("general", *forms), D(2025, 2, 1)), "support.polish_compensatory_cap")
    assert f.rule_id == "polish_compensatory_cap" and "07.01.2025" in f.message and "6 godz." in f.message


def test_the_cap_does_not_apply_under_the_ukrainian_special_regime_while_it_is_valid():
    forms = (polish(6, D(2024, 9, 1), D(2025, 6, 27)), comp(1, D(2024, 9, 1), D(2025, 6, 27)))
    assert "support.polish_compensatory_cap" not in codes(check_pupil(pupil("ukrainian_special", *forms,
                                                                            country="UA"), D(2025, 1, 1)))
    later = (polish(6, D(2026, 9, 1), D(2027, 6, 25)), comp(1, D(2026, 9, 1), D(2027, 6, 25)))
    assert "support.polish_compensatory_cap" in codes(check_pupil(pupil("ukrainian_special", *later,
                                                                        country="UA"), D(2026, 10, 1)))


# --- assistants ----------------------------------------------------------------------------------------------------


HELPER = AssistantInfo(1, "asystent nr 1", "helper_art165_8", D(2024, 9, 1), None, 20)
INTERCULTURAL = AssistantInfo(2, "asystent nr 2", "intercultural_art165_8a", D(2024, 9, 1), None, 10)


def helped(start, end, who=1, hours=3, id=20):
    return SupportForm("assistant", hours, start, end, assistant_id=who, id=id)


def test_language_helper_over_12_months_per_pupil():
    p = pupil("general", helped(D(2024, 9, 1), D(2025, 6, 27), id=20), helped(D(2025, 9, 1), D(2025, 12, 19), id=21))
    f = only(check_pupil(p, D(2025, 10, 1), assistants={1: HELPER, 2: INTERCULTURAL}), "support.language_helper_max_months")
    assert f.rule_id == "language_helper" and "art. 165 ust. 8" in f.message and f.form_id == 21
    # the intercultural assistant has no such limit in the rules data
    p = pupil("general", helped(D(2024, 9, 1), D(2025, 12, 19), who=2))
    assert check_pupil(p, D(2025, 10, 1), assistants={1: HELPER, 2: INTERCULTURAL}) == []


def test_an_intercultural_assistant_before_1_september_2024():
    early = AssistantInfo(3, "asystent nr 3", "intercultural_art165_8a", D(2024, 2, 1), D(2024, 12, 20), 10)
    found = check_assistants([early], [], D(2024, 10, 1))
    f = only(found, "assistant.intercultural_too_early")
    assert f.rule_id == "intercultural_assistant_post" and "01.09.2024" in f.message
    p = pupil("general", helped(D(2024, 3, 1), D(2024, 6, 28), who=3))
    assert "support.intercultural_too_early" in codes(check_pupil(p, D(2024, 10, 1), assistants={3: early}))


def test_friendly_school_needs_one_assistant_per_20_ukrainian_pupils():
    ukrainians = [PupilSupport(f"U-UA{i:06d}", "ukrainian_special", (), "4a", "UA") for i in range(41)]
    found = check_assistants([HELPER, INTERCULTURAL], ukrainians, D(2025, 10, 1))
    f = only(found, "assistant.friendly_school_ratio")
    assert f.severity == "warning" and "41 uczniów" in f.message and "potrzebuje 3" in f.message
    assert f.rule_id == "friendly_school_programme"
    assert check_assistants([HELPER, INTERCULTURAL], ukrainians[:40], D(2025, 10, 1)) == []
    # the programme runs 2025–2027 only
    assert check_assistants([HELPER], ukrainians, D(2024, 10, 1)) == []
    assert check_assistants([HELPER], ukrainians, D(2028, 1, 10)) == []


def test_workload_against_contract_hours():
    small = AssistantInfo(5, "asystent nr 5", "helper_art165_8", D(2024, 9, 1), None, 4)
    pupils = [pupil("general", helped(D(2024, 9, 1), None, who=5, hours=3)),
              PupilSupport("U-TEST0002", "general", (helped(D(2024, 9, 1), None, who=5, hours=2),))]
    load = assistant_workload([small], pupils, D(2024, 10, 1))
    assert load[0].pupils == 2 and load[0].hours_with_pupils == 5 and load[0].pupil_codes == (CODE, "U-TEST0002")
    assert only(check_assistants([small], pupils, D(2024, 10, 1)), "assistant.workload").severity == "warning"


# --- other rules --------------------------------------------------------------------------------------------------


def test_support_running_past_a_rule_valid_to():
    p = pupil("ukrainian_special", SupportForm("preparatory_class", 23, D(2025, 9, 1), D(2026, 12, 18), id=30),
              class_label="OP 4-6", country="UA")
    found = check_pupil(p, D(2025, 10, 1))
    f = only(found, "support.rule_expires")
    assert f.severity == "warning" and f.rule_id == "ukrainian_special_regime" and "31.08.2026" in f.message


def test_preparatory_class_hours_by_grade_band():
    p = pupil("general", SupportForm("preparatory_class", 20, D(2024, 9, 1), D(2025, 6, 27), id=31),
              class_label="OP 7")
    f = only(check_pupil(p, D(2024, 10, 1)), "support.preparatory_hours")
    assert "25" in f.message and f.rule_id == "preparatory_class"


def test_bad_dates_are_errors_without_a_rule():
    p = pupil("general", polish(2, D(2025, 6, 1), D(2025, 1, 1)))
    f = only(check_pupil(p, D(2025, 1, 1)), "support.end_before_start")
    assert f.rule_id is None


def test_unverified_rules_are_named_as_such():
    f = only(check_pupil(pupil("general", polish(1, D(2024, 9, 1), D(2025, 6, 27))), D(2024, 10, 1)),
             "support.polish_min_hours")
    assert "tylko ze źródeł wtórnych" in f.message


# --- summary, checklist, IPET -----------------------------------------------------------------------------------------


def test_support_summary():
    p = pupil("general", polish(3, D(2024, 9, 1), D(2025, 6, 27)), comp(1, D(2024, 9, 1), D(2025, 6, 27)),
              helped(D(2024, 9, 1), D(2025, 6, 27)))
    s = support_summary(p, D(2025, 3, 3), assistants={1: HELPER})
    assert s.hours_total == 7 and s.hours_by_kind == {"additional_polish": 3, "compensatory": 1, "assistant": 3}
    limits = {u.rule_id: u for u in s.limits}
    assert limits["polish_additional_lessons"].months_used == 7 and limits["polish_additional_lessons"].months_left == 17
    assert limits["compensatory_max_months"].ends_on == D(2025, 8, 31)
    assert limits["language_helper"].max_months == 12
    assert s.findings == ()


def test_welcome_checklist_and_overdue_steps():
    steps = default_steps(D(2025, 9, 1))
    assert [s.step for s in steps] == ["first_meeting", "school_tour", "buddy", "info_pack", "follow_up"]
    assert steps[-1].due_on == D(2025, 10, 1)
    done = [WelcomeStep(s.step, s.due_on, D(2025, 9, 5)) if s.step == "first_meeting" else s for s in steps]
    late = overdue_steps(done, D(2025, 9, 20))
    assert [s.step for s in late] == ["school_tour", "buddy", "info_pack"]
    assert overdue_steps(done, D(2025, 9, 8)) == []


def test_ipet_due_30_days_after_delivery_of_an_orzeczenie():
    assert ipet_due("orzeczenie", D(2025, 10, 2)) == D(2025, 11, 1)
    assert ipet_due("opinia", D(2025, 10, 2)) is None
    assert ipet_due("orzeczenie", None) is None


def test_support_module_is_pure():
    tree = ast.parse((Path(__file__).resolve().parents[2] / "plans" / "support.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        assert not any(n.split(".")[0] in ("PySide6", "sqlalchemy", "edulab_app") for n in names)
