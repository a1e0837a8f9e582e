"""SIGKILL while saving: every save that returned is on disk, and the database is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from recp_desktop.checklists import load_template
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.database import Database
from tests.synthetic import write_synthetic

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recp_desktop.checklists import load_template
    from recp_desktop.checklists.answers import AnswerState
    from recp_desktop.storage.answers import save_answer
    from recp_desktop.storage.database import Database
    from recp_desktop.storage.repository import create_assessment, create_enterprise

    folder, template_path = Path(sys.argv[1]), Path(sys.argv[2])
    template = load_template(template_path)
    db = Database(folder)
    company = create_enterprise(db, name="Durable Dairy", country="BY")
    assessment = create_assessment(db, company.id, kind="full", currency="BYN")
    print("assessment", assessment.id, flush=True)
    numbers = [q.id for q in template.questions if q.answer_type == "number"]
    i = 0
    while True:
        question = numbers[i % len(numbers)]
        save_answer(db, assessment.id, template, question, AnswerState(number=float(i)))
        print("saved", question, i, flush=True)  # only after the commit returned
        i += 1
    """
)


def test_sigkill_loses_no_completed_save(tmp_path: Path) -> None:
    template_path = write_synthetic(tmp_path / "synthetic.yaml", 4000)
    folder = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), str(template_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert process.stdout is not None
    header = process.stdout.readline().split()
    assert header[0] == "assessment", header
    assessment_id = header[1]
    confirmed: dict[str, float] = {}
    deadline = time.monotonic() + 60
    while len(confirmed) < 300 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        _, question, value = line.split()
        confirmed[question] = float(value)
    os.kill(process.pid, signal.SIGKILL)  # mid-loop: a save is very likely in flight
    process.wait()
    for line in process.stdout:  # saves confirmed between our last read and the kill
        _, question, value = line.split()
        confirmed[question] = float(value)
    assert len(confirmed) >= 100, "the writer saved too little to prove anything"

    db = Database(folder)
    assert db.integrity_check() == "ok"
    answers = load_answers(db, assessment_id)
    template = load_template(template_path)
    for question, value in confirmed.items():
        assert template.has_question(question)
        assert question in answers, f"{question} was confirmed saved but is missing"
        assert answers[question].number >= value  # a later save of the same question may win
    db.close()
