"""Certificates for every participant of a club who meets its criteria, written to a folder.

Who qualifies is :func:`recp_desktop.storage.club_progress.club_progress`'s eligibility; each
certificate is written by :func:`recp_desktop.report.certificate.write_certificate` and
recorded in ``club_certificate`` (code, participant, language, signed payload).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from recp_desktop.domain import certificate_seal as seal_format
from recp_desktop.domain.countries import country_name
from recp_desktop.domain.regions import region_name
from recp_desktop.report.certificate import (
    CertificateData,
    CertificateError,
    Sign,
    certificate_bytes,
    file_name,
    save_file,
)
from recp_desktop.storage.club_models import Club, ClubCertificate
from recp_desktop.storage.club_progress import ClubProgress, ParticipantProgress, club_progress
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import new_id

Progress = Callable[[int, int, str], bool]
"""Called with (done, total, participant name) before each certificate; False cancels."""


@dataclass(frozen=True)
class Issued:
    """One certificate written: to whom, where, with which code."""

    participant: str
    company: str
    path: Path
    code: str


def place_of(club: Club, language: str) -> str:
    """City, region and country of the club as a certificate prints them."""
    parts = [club.city, region_name(club.region, language) if club.region else ""]
    parts.append(country_name(club.country, language))
    unique: list[str] = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return ", ".join(unique)


def certificate_data(
    progress: ClubProgress, person: ParticipantProgress, language: str, today: date, issuer: dict
) -> CertificateData:
    """What the certificate of ``person`` states."""
    view = progress.view
    attended = tuple(
        (s.held_on, s.topic) for s in view.sessions if view.attendance.get((s.id, person.member.id))
    )
    return CertificateData(
        certificate_id=new_id(),
        participant=person.member.name,
        position=person.member.position,
        company=person.member.company,
        club=view.club.name,
        place=place_of(view.club, language),
        facilitator=view.club.facilitator,
        organiser=view.club.organiser,
        sessions=attended,
        sessions_total=len(view.sessions),
        homework_done=person.eligibility.homework_done,
        homework_total=len(view.homework),
        issued_on=today,
        issuer=issuer,
    )


def issue_certificates(
    db: Database,
    club_id: str,
    folder: Path,
    *,
    language: str,
    sign: Sign,
    public_key: bytes,
    today: date | None = None,
    progress: Progress | None = None,
) -> list[Issued]:
    """Write a certificate for each eligible participant into ``folder``; return them.

    Stops early (returning what was written) when ``progress`` returns False. Raises
    :class:`CertificateError` for a missing folder or a file that cannot be written.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CertificateError(f"The folder {folder} does not exist.")
    state = club_progress(db, club_id)
    eligible = [p for p in state.participants if p.eligibility.eligible]
    issuer = {
        "device_id": db.device_id,
        "device_name": db.device_name,
        "public_key": public_key.hex(),
    }
    day = today or date.today()
    issued: list[Issued] = []
    for index, person in enumerate(eligible):
        if progress is not None and progress(index, len(eligible), person.member.name) is False:
            break
        data = certificate_data(state, person, language, day, issuer)
        payload = seal_format.canonical(data.payload(language)).decode()
        sealed, code = certificate_bytes(data, language, sign, public_key)
        final = folder / file_name(person.member.name, person.member.company, code)
        save_file(final, sealed)
        with db.session() as session:
            session.add(
                ClubCertificate(
                    code=code,
                    participant_id=person.member.id,
                    language=language,
                    issued_at=datetime.now(UTC),
                    payload=payload,
                )
            )
        issued.append(Issued(person.member.name, person.member.company, final, code))
    if progress is not None:
        progress(len(issued), len(eligible), "")
    return issued
