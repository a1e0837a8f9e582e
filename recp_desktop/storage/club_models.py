"""SQLAlchemy models of RECP Clubs: the facilitator's clubs, sessions, people and homework.

A club groups companies (existing enterprises) for a series of training sessions (seeds: the
Belarus newsletter on the Borisov and Orsha clubs). Its participants are the companies' staff;
attendance is kept per session and participant; homework assignments point at what a company's
club self-audit should contain (baseline data, a checklist, a quick-win calculation). These
records are the facilitator's own and do not travel in packages: the participants' assessments
do, and they reach the club through their enterprise. Every table carries the synced columns
(DESIGN §3) so that they can travel later without a change of identity.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from recp_desktop.domain import vocabulary as v
from recp_desktop.storage.models import Base, Synced


class Club(Synced, Base):
    """A RECP Club; ``region`` is an ISO 3166-2 code (``BY-VI``) or free text.

    Certificate criteria: ``min_sessions`` attended, and ``min_homework`` assignments done by
    the participant's company (``None``: all of the club's homework).
    """

    __tablename__ = "club"

    name: Mapped[str] = mapped_column(String(v.NAME_MAX))
    country: Mapped[str] = mapped_column(String(v.COUNTRY_LEN))
    region: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")
    city: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")
    facilitator: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")
    organiser: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")  # the centre
    min_sessions: Mapped[int] = mapped_column(Integer, default=1)
    min_homework: Mapped[int | None] = mapped_column(Integer)


class ClubSession(Synced, Base):
    """One meeting of a club: when, and what it was about."""

    __tablename__ = "club_session"
    __table_args__ = (UniqueConstraint("club_id", "held_on", "topic"),)

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(v.NAME_MAX))


class ClubCompany(Synced, Base):
    """A participant company: an existing enterprise taking part in the club."""

    __tablename__ = "club_company"
    __table_args__ = (UniqueConstraint("club_id", "enterprise_id"),)

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)


class ClubParticipant(Synced, Base):
    """A contact person of a participant company, who attends sessions and gets a certificate."""

    __tablename__ = "club_participant"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    company_id: Mapped[str] = mapped_column(ForeignKey("club_company.id"), index=True)
    name: Mapped[str] = mapped_column(String(v.NAME_MAX))
    position: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")
    email: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")


class ClubAttendance(Base):
    """Whether a participant attended a session; no row means not recorded (absent)."""

    __tablename__ = "club_attendance"

    session_id: Mapped[str] = mapped_column(ForeignKey("club_session.id"), primary_key=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("club_participant.id"), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class ClubHomework(Synced, Base):
    """A homework assignment: ``kind`` baseline | checklist | calculator, ``target`` the
    checklist template id or calculator id (empty for baseline data), due by ``due_on``."""

    __tablename__ = "club_homework"

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(v.TEMPLATE_ID_MAX), default="")
    title: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ClubCertificate(Base):
    """A certificate of attendance issued here: its verification code and signed payload.

    Local to the issuing installation; the PDF carries the same payload (docs/certificates.md).
    """

    __tablename__ = "club_certificate"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("club_participant.id"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, as signed
