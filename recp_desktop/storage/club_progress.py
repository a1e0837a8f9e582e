"""A club's progress read from its companies' club self-audits (imported packages or local).

A participant company's assessments reach the club through its enterprise: every assessment of
kind ``club`` of a member company counts, merged (a baseline line filled in any of them counts).
The rules themselves are in :mod:`recp_desktop.domain.clubs`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select

from recp_desktop.domain.clubs import (
    CompanyData,
    Eligibility,
    Homework,
    HomeworkStatus,
    OptionSaving,
    Totals,
    eligibility,
    homework_status,
    quick_wins,
)
from recp_desktop.storage.clubs import ClubView, Member, club_view
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer, Assessment, BaselineItem, CPOption
from recp_desktop.storage.templates import template_registry


@dataclass(frozen=True)
class CompanyProgress:
    """One company: its homework statuses, how many are done, its quick wins per currency."""

    company_id: str
    enterprise_id: str
    name: str
    assessments: int
    homework: list[HomeworkStatus]
    quick_wins: dict[str, Totals]

    @property
    def done(self) -> int:
        return sum(1 for h in self.homework if h.done)


@dataclass(frozen=True)
class ParticipantProgress:
    member: Member
    eligibility: Eligibility


@dataclass(frozen=True)
class ClubProgress:
    """The club's view: per company, per participant, and the club's quick wins per currency."""

    view: ClubView
    companies: list[CompanyProgress]
    participants: list[ParticipantProgress]
    quick_wins: dict[str, Totals]

    def as_json(self) -> dict:
        """The progress as plain JSON (``recp club progress --json``)."""
        return {
            "club": {"id": self.view.club.id, "name": self.view.club.name},
            "sessions": len(self.view.sessions),
            "homework": [
                {
                    "id": h.id,
                    "kind": h.kind,
                    "target": h.target,
                    "title": h.title,
                    "due_on": h.due_on.isoformat() if h.due_on else None,
                }
                for h in self.view.homework
            ],
            "companies": [
                {
                    "id": c.enterprise_id,
                    "name": c.name,
                    "assessments": c.assessments,
                    "homework_done": c.done,
                    "homework_total": len(c.homework),
                    "homework": [
                        {"id": h.homework.id, "done": h.done, "count": h.count, "total": h.total}
                        for h in c.homework
                    ],
                    "quick_wins": [_totals_json(t) for t in c.quick_wins.values()],
                }
                for c in self.companies
            ],
            "participants": [
                {
                    "id": p.member.id,
                    "name": p.member.name,
                    "company": p.member.company,
                    "attended": p.eligibility.attended,
                    "homework_done": p.eligibility.homework_done,
                    "eligible": p.eligibility.eligible,
                    "missing": p.eligibility.missing,
                }
                for p in self.participants
            ],
            "quick_wins": [_totals_json(t) for t in self.quick_wins.values()],
        }


def _totals_json(t: Totals) -> dict:
    return {
        "currency": t.currency,
        "options": t.options,
        "money": t.money,
        "energy_kwh": t.energy_kwh,
        "water_m3": t.water_m3,
        "co2_t": t.co2_t,
    }


def company_data(db: Database, enterprise_ids: list[str]) -> dict[str, CompanyData]:
    """Each enterprise's club self-audits, merged into :class:`CompanyData`."""
    with db.session() as session:
        assessments = session.execute(
            select(Assessment.id, Assessment.enterprise_id, Assessment.currency).where(
                Assessment.enterprise_id.in_(enterprise_ids),
                Assessment.kind == "club",
                ~Assessment.deleted,
            )
        ).all()
        owner = {a.id: (a.enterprise_id, a.currency) for a in assessments}
        ids = list(owner)
        baseline = session.execute(
            select(BaselineItem.assessment_id, BaselineItem.key).where(
                BaselineItem.assessment_id.in_(ids),
                ~BaselineItem.deleted,
                BaselineItem.quantity.is_not(None),
            )
        ).all()
        answers = session.execute(
            select(
                Answer.assessment_id, Answer.template_id, Answer.question_id, Answer.value
            ).where(
                Answer.assessment_id.in_(ids),
                ~Answer.deleted,
                or_(Answer.number.is_not(None), Answer.value.is_not(None) & (Answer.value != "")),
            )
        ).all()
        options = (
            session.execute(
                select(CPOption).where(CPOption.assessment_id.in_(ids), ~CPOption.deleted)
            )
            .scalars()
            .all()
        )
    keys: dict[str, set[str]] = defaultdict(set)
    for assessment_id, key in baseline:
        keys[owner[assessment_id][0]].add(key)
    answered: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    values: dict[str, dict[str, dict[str, str | None]]] = defaultdict(lambda: defaultdict(dict))
    for assessment_id, template_id, question_id, value in answers:
        answered[owner[assessment_id][0]][template_id].add(question_id)
        values[owner[assessment_id][0]][template_id][question_id] = value
    calculators: dict[str, set[str]] = defaultdict(set)
    savings: dict[str, list[OptionSaving]] = defaultdict(list)
    for o in options:
        enterprise, currency = owner[o.assessment_id]
        if o.calculator:
            calculators[enterprise].add(o.calculator)
        savings[enterprise].append(
            OptionSaving(
                currency, o.saving_money, o.saving_energy_kwh, o.saving_water_m3, o.saving_co2_t
            )
        )
    count: dict[str, int] = defaultdict(int)
    for enterprise, _ in owner.values():
        count[enterprise] += 1
    return {
        e: CompanyData(
            baseline=frozenset(keys[e]),
            answered={t: frozenset(q) for t, q in answered[e].items()},
            values={t: dict(v) for t, v in values[e].items()},
            calculators=frozenset(calculators[e]),
            options=tuple(savings[e]),
            assessments=count[e],
        )
        for e in enterprise_ids
    }


def required_questions(
    db: Database, template_id: str, answers: Mapping[str, str | None]
) -> frozenset[str]:
    """The question ids a checklist homework asks of a company: the template's club questions
    (latest version; all its questions if none is marked for clubs) that its skip logic shows
    given the company's ``answers`` (a follow-up to a "no" is not asked); empty if unknown."""
    template = template_registry(db).find(template_id)
    if template is None:
        return frozenset()
    kind = "club" if template.questions_for("club") else "full"
    return frozenset(q.id for q in template.visible(kind, answers))


def club_progress(db: Database, club_id: str) -> ClubProgress:
    """Homework per company, eligibility per participant, quick wins of the club.

    Raises :class:`~recp_desktop.storage.clubs.ClubError` for an unknown club.
    """
    view = club_view(db, club_id)
    homework = [Homework(h.id, h.kind, h.target, h.title, h.due_on) for h in view.homework]
    data = company_data(db, [e.id for _, e in view.companies])
    companies = []
    by_company: dict[str, CompanyProgress] = {}
    for membership, enterprise in view.companies:
        facts = data[enterprise.id]
        statuses = [
            homework_status(
                h,
                facts,
                required_questions(db, h.target, facts.values.get(h.target, {}))
                if h.kind == "checklist"
                else frozenset(),
            )
            for h in homework
        ]
        progress = CompanyProgress(
            membership.id,
            enterprise.id,
            enterprise.name,
            facts.assessments,
            statuses,
            quick_wins(facts.options),
        )
        companies.append(progress)
        by_company[membership.id] = progress
    sessions = {s.id for s in view.sessions}
    participants = []
    for member in view.members:
        attended = sum(
            1
            for (session_id, person), present in view.attendance.items()
            if person == member.id and present and session_id in sessions
        )
        company = by_company[member.company_id]
        participants.append(
            ParticipantProgress(
                member,
                eligibility(
                    attended,
                    company.done,
                    len(homework),
                    view.club.min_sessions,
                    view.club.min_homework,
                ),
            )
        )
    everything = [o for c in view.companies for o in data[c[1].id].options]
    return ClubProgress(view, companies, participants, quick_wins(everything))
