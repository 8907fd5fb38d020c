"""A record named by its kind ("paper records", "medical records", "notes trolleys") is the object of an ask,
not an ask that something be recorded (vocab/aspects.toml `ignore`, pipeline/records_only.py).

Merge round 48 (trust batch HF): "paper medical records are kept secure" and "medical records are available in
clinic" both read as asking a record, so they shared the recording aspect and merged though one asks security and
the other availability; "paper records on the ward are not left unattended" read "records" as the verb, a
record-only ask, and was kept from "notes trolleys are kept locked". Statements are written here, not copied from
an evaluation set.
"""

from merge_findings import filed, together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.records_only import record_apart

RECORDS = "Records"


def test_a_record_named_by_its_kind_asks_no_recording():
    assert "recording" not in aspects("Patients' paper records are kept in locked cabinets.")
    assert "recording" not in aspects("Health records are available for every clinic.")
    assert "recording" not in aspects("Notes trolleys are kept locked.")
    assert "recording" in aspects("Staff record each patient's weight on admission.")
    assert "recording" in aspects("Staff keep accurate records of each patient's care.")


def test_records_kept_safe_are_not_records_made_available():
    secure = filed("The trust must ensure that health records are kept secure in the dermatology clinic.", "a", RECORDS)
    available = filed("The trust should ensure that health records are available in the dermatology clinic for every "
                      "appointment.", "b", RECORDS)
    assert not together(secure, available)


def test_records_left_unattended_are_notes_trolleys_left_unlocked():
    left = "Health records on the day unit are not left unattended at the nurses' station."
    assert not record_apart([left, "Notes trolleys on the day unit are kept locked when not in use."])[0, 1]
    # a verb still asks the record
    assert record_apart(["Staff record each fire drill.", "A fire drill is held every six months."])[0, 1]
    assert together(filed(f"The trust should ensure that {left[0].lower()}{left[1:]}", "a", RECORDS, "surgery.pdf"),
                    filed("The trust should ensure that notes trolleys on the day unit are kept locked when not in "
                          "use.", "b", RECORDS, "medicine.pdf"))

