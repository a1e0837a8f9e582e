"""SQLAlchemy models: the records of an assessment.

Every synchronised record carries the columns of DESIGN §3 (:class:`Synced`): a client-made UUID
that never changes, a revision that grows with each edit, when and on which device it was last
edited, and a tombstone instead of a hard delete. Column lengths are the record schema's limits
(:mod:`recp_desktop.domain.vocabulary`), so what the schema accepts the columns hold.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from recp_desktop.domain import vocabulary as v

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh record id."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every exchanged record has (DESIGN §3)."""

    id: Mapped[str] = mapped_column(String(v.ID_MAX), primary_key=True, default=new_id)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(v.ID_MAX))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class VersionInRow:
    """A record's version vector as of its last import or conflict resolution, kept in its row.

    ``sync_revision`` is the record's local revision at that moment: while it still matches, the
    record is unchanged here and its vector is ``sync_vector`` (JSON object {device id:
    counter}); once it differs, the record was edited on this device since. Both null: the
    record was never exchanged (see ``recp_desktop.domain.versions`` and
    docs/package-format.md §5). Kept in the row so that importing a record writes one row, not
    two (migration ``0006_tmpltravel_vectors_in_rows`` moved them out of ``sync_version``, which
    still holds the vectors of record types whose table has no such columns).
    """

    sync_revision: Mapped[int | None] = mapped_column(Integer)
    sync_vector: Mapped[str | None] = mapped_column(Text)


class Enterprise(Synced, VersionInRow, Base):
    __tablename__ = "enterprise"

    name: Mapped[str] = mapped_column(String(v.NAME_MAX))
    country: Mapped[str] = mapped_column(String(v.COUNTRY_LEN))  # ISO 3166-1 alpha-2
    region: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")
    city: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")
    nace: Mapped[str] = mapped_column(
        String(v.NACE_MAX), default=""
    )  # NACE Rev. 2 code, e.g. "10.51"
    employees: Mapped[int | None] = mapped_column(Integer)
    products: Mapped[str] = mapped_column(Text, default="")
    eco_park: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")
    # The company's registration number as the expert typed it (format 3); "" when not given.
    registration_no: Mapped[str] = mapped_column(
        String(v.REGISTRATION_MAX), default="", server_default=""
    )
    # Set on the tombstone of a company merged into another (item 5 of issue 14).
    merged_into: Mapped[str | None] = mapped_column(String(v.ID_MAX))
    # The site in WGS 84 degrees (format 3, added with the waste map); both or neither.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class Assessment(Synced, VersionInRow, Base):
    __tablename__ = "assessment"

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    kind: Mapped[str] = mapped_column(String(v.KIND_MAX))  # "full" | "club"
    title: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    team: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(v.CURRENCY_LEN))  # ISO 4217
    status: Mapped[str] = mapped_column(String(v.STATUS_MAX), default="in_progress")
    # Derived, local: the state the assessment's review events lead to
    # (``domain.review.current_state``), kept up to date whenever an event is stored so that
    # lists and totals filter on a column. Not a record field: it travels as ``review_event``.
    review_state: Mapped[str] = mapped_column(
        Text, default=v.REVIEW_DRAFT, server_default=v.REVIEW_DRAFT, index=True
    )


class BaselineItem(Synced, VersionInRow, Base):
    """One line of the baseline: production output, value added, or a resource's annual use."""

    __tablename__ = "baseline_item"
    __table_args__ = (UniqueConstraint("assessment_id", "key"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    key: Mapped[str] = mapped_column(String(v.BASELINE_KEY_MAX))  # see recp_desktop.domain.baseline
    label: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")
    quantity: Mapped[float | None] = mapped_column(Float)  # as entered, in ``unit``
    unit: Mapped[str] = mapped_column(String(v.UNIT_MAX), default="")
    quantity_canonical: Mapped[float | None] = mapped_column(Float)  # in the key's canonical unit
    cost: Mapped[float | None] = mapped_column(Float)  # annual cost in the assessment's currency


class BaselineBills(Synced, Base):
    """A baseline line month by month, from the bills; the line itself keeps the year total."""

    __tablename__ = "baseline_bills"
    __table_args__ = (UniqueConstraint("assessment_id", "key"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    key: Mapped[str] = mapped_column(String(v.BASELINE_KEY_MAX))  # the baseline line's key
    unit: Mapped[str] = mapped_column(String(v.UNIT_MAX), default="")
    quantities: Mapped[str] = mapped_column(Text)  # JSON: 12 numbers or nulls, Jan–Dec
    costs: Mapped[str] = mapped_column(Text)  # JSON: 12 numbers or nulls, Jan–Dec


class Answer(Synced, VersionInRow, Base):
    """The answer to one checklist question."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(v.TEMPLATE_ID_MAX))
    template_version: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(v.QUESTION_ID_MAX))
    value: Mapped[str | None] = mapped_column(Text)  # yes/no/na, choice id or text
    number: Mapped[float | None] = mapped_column(Float)  # as entered, in ``unit``
    unit: Mapped[str] = mapped_column(String(v.UNIT_MAX), default="")
    number_canonical: Mapped[float | None] = mapped_column(Float)  # in the question's unit
    note: Mapped[str] = mapped_column(Text, default="")
    opportunity: Mapped[bool] = mapped_column(Boolean, default=False)


class Photo(Synced, VersionInRow, Base):
    """A photo attached to an assessment (and usually to one question); the file is kept by hash."""

    __tablename__ = "photo"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    question_id: Mapped[str | None] = mapped_column(String(v.QUESTION_ID_MAX))
    sha256: Mapped[str] = mapped_column(String(64))  # SHA-256, hex
    filename: Mapped[str] = mapped_column(String(v.FILENAME_MAX), default="")
    media_type: Mapped[str] = mapped_column(String(v.MEDIA_TYPE_MAX))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")


class LocalSetting(Base):
    """Facts about this installation that never travel (device id and name)."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CPOption(Synced, VersionInRow, Base):
    """A cleaner-production option: a measure, what it costs and what it saves per year.

    ``inputs``/``results``/``assumptions`` keep the calculator run it came from (JSON); the
    ``saving_*`` columns are the yearly savings in fixed units (money in the assessment's
    currency, kWh, m³, t, t CO2) so that totals and reports need no unit handling.
    """

    __tablename__ = "cp_option"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    title: Mapped[str] = mapped_column(String(v.NAME_MAX))
    technique: Mapped[str] = mapped_column(
        String(v.TECHNIQUE_MAX)
    )  # one of the eight CP techniques
    area: Mapped[str] = mapped_column(String(v.AREA_MAX))  # energy | water | materials | waste
    question_id: Mapped[str | None] = mapped_column(String(v.QUESTION_ID_MAX))
    calculator: Mapped[str | None] = mapped_column(String(v.CALCULATOR_MAX))
    inputs: Mapped[str] = mapped_column(Text, default="{}")
    results: Mapped[str] = mapped_column(Text, default="{}")
    assumptions: Mapped[str] = mapped_column(Text, default="[]")
    investment: Mapped[float | None] = mapped_column(Float)
    saving_money: Mapped[float | None] = mapped_column(Float)
    saving_energy_kwh: Mapped[float | None] = mapped_column(Float)
    saving_water_m3: Mapped[float | None] = mapped_column(Float)
    saving_materials_t: Mapped[float | None] = mapped_column(Float)
    saving_co2_t: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(v.STATUS_MAX), default="identified")
    note: Mapped[str] = mapped_column(Text, default="")


class WasteStream(Synced, VersionInRow, Base):
    """A waste stream of an assessment (record schema: ``domain.records.WasteStream``).

    ``quantity``/``unit`` as typed per ``frequency``; ``tonnes_per_year`` the converted yearly
    mass (``domain.waste``); ``annual_cost`` in the assessment's currency.
    """

    __tablename__ = "waste_stream"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    ewc_code: Mapped[str] = mapped_column(String(6))  # six digits of the List of Waste
    name: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(v.UNIT_MAX), default="")
    density_kg_m3: Mapped[float | None] = mapped_column(Float)
    piece_mass_kg: Mapped[float | None] = mapped_column(Float)
    frequency: Mapped[str] = mapped_column(String(v.STATUS_MAX), default="yearly")
    tonnes_per_year: Mapped[float | None] = mapped_column(Float)
    treatment: Mapped[str | None] = mapped_column(String(v.TREATMENT_MAX))  # R1–R13, D1–D15
    destination: Mapped[str | None] = mapped_column(String(v.DESTINATION_MAX))
    annual_cost: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class ReviewEvent(Synced, Base):
    """One change of an assessment's review state: who, when, to what, and why.

    Events are never edited: a new review step is a new event. ``follows`` is the id of the event
    the author saw as the latest when making this one (None for the first), so two review changes
    made apart on two devices are recognised as such (``domain.review``).
    """

    __tablename__ = "review_event"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    state: Mapped[str] = mapped_column(String(v.STATUS_MAX))  # one of vocabulary.REVIEW_STATES
    comment: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")  # the person, as named
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    follows: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of event ids


class TrustedDevice(Base):
    """A device whose signed packages were imported: its key, trusted on first use.

    A later package that claims the same device id but is signed with another key is refused.
    Local to this installation; never exchanged.
    """

    __tablename__ = "trusted_device"

    device_id: Mapped[str] = mapped_column(String(v.ID_MAX), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # Ed25519 public key, 32 bytes as hex
    name: Mapped[str] = mapped_column(String(200), default="")  # device name when first seen
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SyncVersion(Base):
    """A record's version vector as of its last import or conflict resolution, for record types
    whose table does not keep it in its rows (:class:`VersionInRow`).

    ``revision`` is the record's local revision at that moment: while it still matches, the
    record is unchanged here and its vector is ``vector``; once it differs, the record was edited
    on this device since (see ``recp_desktop.domain.versions`` and docs/package-format.md).
    """

    __tablename__ = "sync_version"
    __table_args__ = {"sqlite_with_rowid": False}  # one B-tree: the key is the lookup

    record_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(v.ID_MAX), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    vector: Mapped[str] = mapped_column(Text)  # JSON object {device id: counter}


class HubPushed(Base):
    """The revision of a record the sync hub last received from here, or sent here.

    A record whose revision differs from the one kept here (or that has no row) changed since:
    the next sync pushes it. Local to this installation; emptied when it signs in to another hub
    or organisation (``recp_desktop.sync.changes``).
    """

    __tablename__ = "hub_pushed"
    __table_args__ = {"sqlite_with_rowid": False}

    record_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(v.ID_MAX), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class HubOutbox(Base):
    """A record that may have changed since the sync hub last had it (a candidate to push).

    Kept by SQLite triggers on every record table (migration ``0007_sync_outbox``): a record is
    noted when inserted or when its revision changes, forgotten when deleted. A push forgets the
    records it sent at the revision sent. The next push reads only these, so finding what
    changed does not scan every table.
    """

    __tablename__ = "hub_outbox"
    __table_args__ = {"sqlite_with_rowid": False}

    record_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(v.ID_MAX), primary_key=True)


class SyncConflict(Base):
    """Two edits of one record made apart: the local record stays, the incoming one waits here."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(v.ID_MAX), primary_key=True, default=new_id)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(v.ID_MAX), index=True)
    assessment_id: Mapped[str | None] = mapped_column(String(v.ID_MAX), index=True)
    local: Mapped[str] = mapped_column(Text)  # JSON: the local record when the conflict arose
    incoming: Mapped[str] = mapped_column(Text)  # JSON: the incoming record, as in the package
    source_device_id: Mapped[str] = mapped_column(String(v.ID_MAX))
    source_device_name: Mapped[str] = mapped_column(String(200), default="")
    source_author: Mapped[str] = mapped_column(String(200), default="")
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open|resolved|superseded
    resolution: Mapped[str | None] = mapped_column(String(12))  # local | incoming | edit
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ChecklistTemplate(Base):
    """A checklist template imported into this data folder (XLSForm or YAML), by (id, version).

    ``content`` is the template in the YAML format as canonical JSON
    (``recp_desktop.checklists.serialize``) and ``sha256`` its content hash: one (id, version)
    never holds two contents. Built-in templates are not stored here; they ship with the app.
    """

    __tablename__ = "checklist_template"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(255), default="")  # file name imported from
    installed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AssessmentTemplate(Base):
    """A checklist an assessment uses, pinned to the version it was added at.

    An assessment with no rows here (one made before templates could be chosen) uses the four
    area checklists. Local to this installation for now: answers carry their template id and
    version, which is what a receiving installation needs to find the questions.
    """

    __tablename__ = "assessment_template"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), primary_key=True)
    template_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    template_version: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ProgrammeRate(Base):
    """An exchange rate a supervisor entered for consolidating a programme (DESIGN §3, §8).

    ``rate`` units of ``target`` per one ``source`` (1 GEL = 0.63 AZN: source GEL, target AZN),
    on the date ``on``, from ``origin`` (e.g. "National Bank of Georgia"). Never fetched; local
    to this installation, kept so that the next report uses (and shows) the same rates.
    """

    __tablename__ = "programme_rate"

    source: Mapped[str] = mapped_column(String(v.CURRENCY_LEN), primary_key=True)
    target: Mapped[str] = mapped_column(String(v.CURRENCY_LEN), primary_key=True)
    rate: Mapped[float] = mapped_column(Float)
    on: Mapped[date | None] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WantedInput(Synced, Base):
    """A material a company would take from others' waste (record schema:
    ``domain.records.WantedInput``); ``ewc_code`` holds two, four or six digits."""

    __tablename__ = "wanted_input"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    ewc_code: Mapped[str] = mapped_column(String(6))
    material: Mapped[str] = mapped_column(String(v.NAME_MAX), default="")
    tonnes_per_year: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class SymbiosisDecision(Synced, Base):
    """A supervisor's word on a symbiosis candidate (record schema:
    ``domain.records.SymbiosisDecision``): the waste stream ``stream_id`` going to the company
    ``receiver_id`` is ``confirmed`` or ``dismissed``, with a comment. A tombstone is a decision
    taken back. The id is ``domain.records.decision_id(stream_id, receiver_id)``; the record
    belongs to the stream's assessment and travels with it. Neither the stream nor the receiver
    is a foreign key: a decision outlives a deleted stream or a company merged away, so that
    reports can say what became of it.
    """

    __tablename__ = "symbiosis_decision"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    stream_id: Mapped[str] = mapped_column(String(v.ID_MAX), index=True)
    receiver_id: Mapped[str] = mapped_column(String(v.ID_MAX))
    status: Mapped[str] = mapped_column(String(v.STATUS_MAX))  # "confirmed" | "dismissed"
    comment: Mapped[str] = mapped_column(String(v.DECISION_COMMENT_MAX), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str] = mapped_column(String(v.PLACE_MAX), default="")


from recp_desktop.storage import club_models as _club_models  # noqa: E402, F401  (RECP Clubs)
