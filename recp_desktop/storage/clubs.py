"""RECP Clubs in the desktop database: create and edit clubs, sessions, people, homework.

Every edit is committed when made (:meth:`Database.session`). Refusals raise
:class:`ClubError` with a message a facilitator can act on; database constraints (one company
once per club, one person once per company, one session per date and topic) back the checks.
Progress and certificates read these rows in :mod:`recp_desktop.storage.club_progress`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select

from recp_desktop.domain import regions
from recp_desktop.domain.clubs import HOMEWORK_KINDS, ClubRuleError, check_criteria
from recp_desktop.domain.countries import COUNTRIES
from recp_desktop.storage.club_models import (
    Club,
    ClubAttendance,
    ClubCompany,
    ClubHomework,
    ClubParticipant,
    ClubSession,
)
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Enterprise
from recp_desktop.storage.records import apply_edit, stamp_new

CLUB_FIELDS = (
    "name",
    "country",
    "region",
    "city",
    "facilitator",
    "organiser",
    "min_sessions",
    "min_homework",
)


def _fold(text: str) -> str:
    """A name compared as people mean it: case and repeated spaces ignored, any alphabet."""
    return " ".join(text.split()).casefold()


class ClubError(ValueError):
    """A club edit that cannot be made as asked; the message says why."""


def _check_club(fields: dict, *, new_country: bool = True) -> None:
    """``new_country``: the country is being set (a new club, or changed), so it must be one
    the programme works in (:data:`~recp_desktop.domain.countries.COUNTRIES`); a club synced
    from elsewhere keeps its own when only its other details change."""
    if not str(fields.get("name", "")).strip():
        raise ClubError("The club needs a name.")
    country = str(fields.get("country", ""))
    if len(country) != 2 or not country.isalpha() or not country.isupper():
        raise ClubError("The country must be a two-letter ISO code such as BY or AZ.")
    if new_country and country not in COUNTRIES:
        raise ClubError(
            f"'{country}' is not a country code the app knows; use one of "
            f"{', '.join(sorted(COUNTRIES))}."
        )
    region = str(fields.get("region", "") or "")
    known = regions.region(region)
    if known is not None and known.country != country:
        raise ClubError(f"The region {region} is not in {country}.")
    try:
        check_criteria(int(fields.get("min_sessions", 1)), fields.get("min_homework"))
    except ClubRuleError as exc:
        raise ClubError(str(exc)) from None


def create_club(db: Database, **fields: object) -> Club:
    """A new club; ``fields`` among :data:`CLUB_FIELDS` (``name`` and ``country`` required)."""
    fields = {k: v for k, v in fields.items() if k in CLUB_FIELDS and v is not None}
    fields.setdefault("min_sessions", 1)
    if "region" in fields and regions.region(str(fields["region"])) is not None:
        fields["region"] = str(fields["region"]).strip().upper()
    _check_club(fields)
    club = stamp_new(Club(**fields), db.device_id)
    with db.session() as session:
        _check_name_free(session, str(fields["name"]))
        session.add(club)
    return club


def _check_name_free(session, name: str, club_id: str | None = None) -> None:
    """Refuse a name another club of this data folder has (case and spaces ignored, as
    :func:`find_club` compares them): ``recp club ... NAME`` could not tell them apart."""
    wanted = _fold(name)
    for other in session.scalars(select(Club).where(~Club.deleted, Club.id != (club_id or ""))):
        if _fold(other.name) == wanted:
            raise ClubError(
                f"There is already a club called '{other.name}'; give this one another name."
            )


def update_club(db: Database, club_id: str, **fields: object) -> Club:
    with db.session() as session:
        club = session.get_one(Club, club_id)
        merged = {k: getattr(club, k) for k in CLUB_FIELDS} | {
            k: v for k, v in fields.items() if k in CLUB_FIELDS
        }
        _check_club(merged, new_country=merged["country"] != club.country)
        if _fold(str(merged["name"])) != _fold(club.name):
            _check_name_free(session, str(merged["name"]), club.id)
        apply_edit(club, db.device_id, **merged)
    return club


@dataclass(frozen=True)
class ClubRow:
    """One line of the club list."""

    id: str
    name: str
    country: str
    region: str
    city: str
    facilitator: str
    sessions: int
    companies: int


def list_clubs(db: Database) -> list[ClubRow]:
    with db.session() as session:
        clubs = session.scalars(select(Club).where(~Club.deleted).order_by(Club.name)).all()
        sessions = dict(
            session.execute(
                select(ClubSession.club_id, func.count())
                .where(~ClubSession.deleted)
                .group_by(ClubSession.club_id)
            ).all()
        )
        companies = dict(
            session.execute(
                select(ClubCompany.club_id, func.count())
                .where(~ClubCompany.deleted)
                .group_by(ClubCompany.club_id)
            ).all()
        )
    return [
        ClubRow(
            c.id,
            c.name,
            c.country,
            c.region,
            c.city,
            c.facilitator,
            sessions.get(c.id, 0),
            companies.get(c.id, 0),
        )
        for c in clubs
    ]


def find_club(db: Database, ref: str) -> Club:
    """The club with id ``ref``, or the one whose name is ``ref`` (case-insensitive).

    Raises :class:`ClubError` when none or several match.
    """
    with db.session() as session:
        club = session.get(Club, ref)
        if club is not None and not club.deleted:
            return club
        wanted = _fold(ref)  # in Python: SQLite's lower() folds ASCII only
        found = [
            c for c in session.scalars(select(Club).where(~Club.deleted)) if _fold(c.name) == wanted
        ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ClubError(f"No club '{ref}'. 'recp club list' shows the clubs.")
    raise ClubError(f"Several clubs are called '{ref}'; give the club's id instead.")


def add_session(db: Database, club_id: str, held_on: date, topic: str) -> ClubSession:
    topic = topic.strip()
    if not topic:
        raise ClubError("A session needs a topic.")
    with db.session() as session:
        exists = session.scalar(
            select(ClubSession).where(
                ClubSession.club_id == club_id,
                ClubSession.held_on == held_on,
                ClubSession.topic == topic,
                ~ClubSession.deleted,
            )
        )
        if exists is not None:
            raise ClubError(f"The club already has the session '{topic}' on {held_on}.")
        record = stamp_new(ClubSession(club_id=club_id, held_on=held_on, topic=topic), db.device_id)
        session.add(record)
    return record


def remove_session(db: Database, session_id: str) -> None:
    """Tombstone a session; its attendance rows are removed."""
    with db.session() as session:
        record = session.get_one(ClubSession, session_id)
        apply_edit(record, db.device_id, deleted=True)
        session.execute(delete(ClubAttendance).where(ClubAttendance.session_id == session_id))


def add_company(db: Database, club_id: str, enterprise_id: str) -> ClubCompany:
    """The company's membership of the club, made now if it was not a member."""
    with db.session() as session:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None or enterprise.deleted:
            raise ClubError("That company does not exist.")
        found = session.scalar(
            select(ClubCompany).where(
                ClubCompany.club_id == club_id, ClubCompany.enterprise_id == enterprise_id
            )
        )
        if found is not None:
            if found.deleted:
                apply_edit(found, db.device_id, deleted=False)
            return found
        record = stamp_new(ClubCompany(club_id=club_id, enterprise_id=enterprise_id), db.device_id)
        session.add(record)
    return record


def find_enterprise(db: Database, ref: str) -> Enterprise:
    """The company with id ``ref`` or name ``ref`` (case-insensitive); :class:`ClubError` else."""
    with db.session() as session:
        record = session.get(Enterprise, ref)
        if record is not None and not record.deleted:
            return record
        wanted = _fold(ref)
        found = [
            e
            for e in session.scalars(select(Enterprise).where(~Enterprise.deleted))
            if _fold(e.name) == wanted
        ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ClubError(f"No company '{ref}'. Create it in the app or import its package first.")
    raise ClubError(f"Several companies are called '{ref}'; give the company's id instead.")


def add_participant(
    db: Database, club_id: str, enterprise_id: str, name: str, position: str = "", email: str = ""
) -> ClubParticipant:
    """A contact person of a company in the club (the company joins if it was not a member)."""
    name = " ".join(name.split())
    if not name:
        raise ClubError("A participant needs a name.")
    company = add_company(db, club_id, enterprise_id)
    with db.session() as session:
        found = session.scalar(
            select(ClubParticipant).where(
                ClubParticipant.company_id == company.id, ClubParticipant.name == name
            )
        )
        if found is not None and not found.deleted:
            raise ClubError(f"{name} is already a participant for this company.")
        if found is not None:
            apply_edit(found, db.device_id, deleted=False, position=position, email=email)
            return found
        record = stamp_new(
            ClubParticipant(company_id=company.id, name=name, position=position, email=email),
            db.device_id,
        )
        session.add(record)
    return record


def add_homework(
    db: Database,
    club_id: str,
    kind: str,
    target: str = "",
    title: str = "",
    due_on: date | None = None,
    *,
    known_targets: frozenset[str] | None = None,
) -> ClubHomework:
    """A homework assignment. ``known_targets``: the ids a checklist or calculator target must
    be among (the caller passes the template registry's or the calculators' ids)."""
    if kind not in HOMEWORK_KINDS:
        raise ClubError(f"The homework kind must be one of {', '.join(HOMEWORK_KINDS)}.")
    target = target.strip()
    if kind == "baseline":
        target = ""
    elif not target:
        raise ClubError(f"A {kind} homework needs the id of its {kind}.")
    elif known_targets is not None and target not in known_targets:
        raise ClubError(
            f"There is no {kind} '{target}'; known: {', '.join(sorted(known_targets))}."
        )
    record = stamp_new(
        ClubHomework(club_id=club_id, kind=kind, target=target, title=title, due_on=due_on),
        db.device_id,
    )
    with db.session() as session:
        session.add(record)
    return record


def remove_homework(db: Database, homework_id: str) -> None:
    with db.session() as session:
        apply_edit(session.get_one(ClubHomework, homework_id), db.device_id, deleted=True)


def remove_participant(db: Database, participant_id: str) -> None:
    """Tombstone a participant; their attendance rows are removed (certificates stay listed)."""
    with db.session() as session:
        apply_edit(session.get_one(ClubParticipant, participant_id), db.device_id, deleted=True)
        session.execute(
            delete(ClubAttendance).where(ClubAttendance.participant_id == participant_id)
        )


def set_attendance(db: Database, session_id: str, participant_id: str, present: bool) -> None:
    """Record whether a participant attended a session (committed now)."""
    with db.session() as session:
        row = session.get(ClubAttendance, (session_id, participant_id))
        if row is None:
            session.add(
                ClubAttendance(
                    session_id=session_id, participant_id=participant_id, present=present
                )
            )
        else:
            row.present = present


@dataclass(frozen=True)
class Member:
    """A participant with their company."""

    id: str
    name: str
    position: str
    email: str
    company_id: str
    enterprise_id: str
    company: str


@dataclass(frozen=True)
class ClubView:
    """Everything about one club: the club, sessions by date, companies, people, homework, and
    attendance as ``{(session id, participant id): present}``."""

    club: Club
    sessions: list[ClubSession]
    companies: list[tuple[ClubCompany, Enterprise]]
    members: list[Member]
    homework: list[ClubHomework]
    attendance: dict[tuple[str, str], bool]


def club_view(db: Database, club_id: str) -> ClubView:
    """Raises :class:`ClubError` for an unknown club."""
    with db.session() as session:
        club = session.get(Club, club_id)
        if club is None or club.deleted:
            raise ClubError(f"No club with id {club_id}.")
        sessions = session.scalars(
            select(ClubSession)
            .where(ClubSession.club_id == club_id, ~ClubSession.deleted)
            .order_by(ClubSession.held_on, ClubSession.topic)
        ).all()
        companies = session.execute(
            select(ClubCompany, Enterprise)
            .join(Enterprise, Enterprise.id == ClubCompany.enterprise_id)
            .where(ClubCompany.club_id == club_id, ~ClubCompany.deleted)
            .order_by(Enterprise.name)
        ).all()
        people = session.execute(
            select(ClubParticipant, ClubCompany, Enterprise)
            .join(ClubCompany, ClubCompany.id == ClubParticipant.company_id)
            .join(Enterprise, Enterprise.id == ClubCompany.enterprise_id)
            .where(ClubCompany.club_id == club_id, ~ClubParticipant.deleted, ~ClubCompany.deleted)
            .order_by(Enterprise.name, ClubParticipant.name)
        ).all()
        homework = session.scalars(
            select(ClubHomework)
            .where(ClubHomework.club_id == club_id, ~ClubHomework.deleted)
            .order_by(ClubHomework.due_on, ClubHomework.title)
        ).all()
        ids = [s.id for s in sessions]
        attendance = {
            (a.session_id, a.participant_id): a.present
            for a in session.scalars(
                select(ClubAttendance).where(ClubAttendance.session_id.in_(ids))
            )
        }
    members = [Member(p.id, p.name, p.position, p.email, c.id, e.id, e.name) for p, c, e in people]
    return ClubView(
        club, list(sessions), [tuple(r) for r in companies], members, list(homework), attendance
    )
