"""A club of 40 companies: progress (homework, eligibility, quick wins) and certificates.

Builds a real club on a real SQLite file: 40 companies with a club self-audit each (baseline,
the energy checklist answered, two options), 80 participants, 8 sessions, 3 homework. Prints
the time of ``club_progress`` against a floor measured in the same run (reading the same
assessments' rows with one query each), and the time per signed certificate against a floor
(a one-paragraph reportlab page). Target: progress within 1 s for 40 companies.

    uv run python benchmarks/club_progress.py [--companies 40]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.certificates import device_signer
from recp_desktop.report.club_certificates import issue_certificates
from recp_desktop.storage import clubs
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.club_progress import club_progress
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer
from recp_desktop.storage.options import add_option
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.templates import template_registry


def build(db: Database, companies: int) -> str:
    energy = template_registry(db).get("energy")
    club = clubs.create_club(db, name="Bench club", country="BY", min_sessions=6)
    sessions = [clubs.add_session(db, club.id, date(2021, 1, 1 + 3 * i), f"S{i}") for i in range(8)]
    clubs.add_homework(db, club.id, "baseline")
    clubs.add_homework(db, club.id, "checklist", "energy")
    clubs.add_homework(db, club.id, "calculator", "water-leak")
    for n in range(companies):
        e = create_enterprise(db, name=f"Company {n:03}", country="BY")
        a = create_assessment(db, e.id, kind="club", title="Self-audit", currency="BYN")
        save_baseline(db, a.id, "electricity", BaselineValue(1000.0 * (n + 1), "kWh"))
        for q in energy.questions_for("club"):
            save_answer(db, a.id, energy, q.id, AnswerState(value="yes"))
        add_option(
            db,
            a.id,
            title="Leak",
            technique="good_housekeeping",
            area="water",
            calculator="water-leak",
            saving_money=100.0 + n,
        )
        add_option(
            db,
            a.id,
            title="Lights",
            technique="good_housekeeping",
            area="energy",
            saving_money=50.0,
            saving_energy_kwh=500.0,
        )
        for person in range(2):
            p = clubs.add_participant(db, club.id, e.id, f"Person {n}-{person}")
            for s in sessions[: 5 + (n + person) % 4]:
                clubs.set_attendance(db, s.id, p.id, True)
    return club.id


def floor_progress(db: Database, club_id: str) -> None:
    view = clubs.club_view(db, club_id)
    with db.session() as session:
        session.query(Answer).count()
    del view


def floor_pdf() -> None:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from recp_desktop.report.styles import styles

    SimpleDocTemplate(io.BytesIO()).build([Paragraph("Certificate", styles().body)])


def best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--companies", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "data")
        club_id = build(db, args.companies)
        state = club_progress(db, club_id)
        eligible = sum(p.eligibility.eligible for p in state.participants)
        progress = best(lambda: club_progress(db, club_id))
        floor = best(lambda: floor_progress(db, club_id))
        print(
            f"progress of {args.companies} companies: {progress * 1000:.0f} ms "
            f"({progress / floor:.1f}x the floor of {floor * 1000:.0f} ms); "
            f"{eligible} of {len(state.participants)} participants qualify"
        )
        sign, key = device_signer(db.folder)
        out = Path(folder) / "out"
        out.mkdir()
        start = time.perf_counter()
        issued = issue_certificates(db, club_id, out, language="ru", sign=sign, public_key=key)
        per = (time.perf_counter() - start) / max(1, len(issued))
        page = best(floor_pdf)
        print(
            f"certificates: {len(issued)} at {per * 1000:.0f} ms each "
            f"({per / page:.1f}x a one-paragraph page of {page * 1000:.0f} ms)"
        )
        db.close()


if __name__ == "__main__":
    main()
