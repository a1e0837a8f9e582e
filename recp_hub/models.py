"""The hub's tables (SQLAlchemy 2). Every table but the reference tables carries ``org_id``.

Scale rule (docs/hub-scaling.md): past one machine the hub runs on Citus distributed by
``org_id``, so every primary key, unique constraint and foreign key of a distributed table
includes ``org_id`` (``tests/hub/test_schema.py`` walks this metadata and checks it). The few
shared lookups are reference tables, listed in :data:`REFERENCE_TABLES`. On PostgreSQL every
distributed table also has a row-level security policy keyed on the transaction's organisation
(migration ``0001_hub_accounts``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKeyConstraint,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = 36  # a UUID as text
HEX64 = 64  # a SHA-256 or an Ed25519 public key in lower-case hex
ROLES = ("auditor", "supervisor", "admin")
# Replicated to every node under Citus: few rows, read before an organisation is known.
REFERENCE_TABLES = frozenset({"organisation"})

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A moment in UTC, given back time-zone aware on SQLite too (which keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("a naive datetime cannot be stored; use recp_hub.models.utcnow()")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    """A national centre or a programme: the unit of isolation."""

    __tablename__ = "organisation"
    org_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    """A person's account in one organisation, with one role there."""

    __tablename__ = "hub_user"
    org_id: Mapped[str] = mapped_column(String(ID))
    user_id: Mapped[str] = mapped_column(String(ID))
    username: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "user_id"),
        UniqueConstraint("org_id", "username"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
    )


class Device(Base):
    """A laptop (a data folder of the app) registered by a user with its Ed25519 public key."""

    __tablename__ = "device"
    org_id: Mapped[str] = mapped_column(String(ID))
    device_id: Mapped[str] = mapped_column(String(ID))
    user_id: Mapped[str] = mapped_column(String(ID))
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(HEX64))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "device_id"),
        ForeignKeyConstraint(["org_id", "user_id"], ["hub_user.org_id", "hub_user.user_id"]),
    )


class DeviceToken(Base):
    """A sign-in of a device: only the SHA-256 of the token is kept."""

    __tablename__ = "device_token"
    org_id: Mapped[str] = mapped_column(String(ID))
    token_hash: Mapped[str] = mapped_column(String(HEX64))
    device_id: Mapped[str] = mapped_column(String(ID))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "token_hash"),
        ForeignKeyConstraint(["org_id", "device_id"], ["device.org_id", "device.device_id"]),
    )


class AuditEvent(Base):
    """Who did what, from which device: sign-ins, pushes, pulls, uploads, role changes."""

    __tablename__ = "audit_event"
    org_id: Mapped[str] = mapped_column(String(ID))
    event_id: Mapped[str] = mapped_column(String(ID))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))  # user name, or "cli" for the command line
    user_id: Mapped[str | None] = mapped_column(String(ID))
    device_id: Mapped[str | None] = mapped_column(String(ID))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON object
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "event_id"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
        Index(None, "org_id", "at"),
    )


class Blob(Base):
    """A photo or attachment of one organisation, by SHA-256; visible once complete."""

    __tablename__ = "blob"
    org_id: Mapped[str] = mapped_column(String(ID))
    sha256: Mapped[str] = mapped_column(String(HEX64))
    size: Mapped[int] = mapped_column(BigInteger)  # the total declared by the upload
    created_by: Mapped[str] = mapped_column(String(ID))  # device id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "sha256"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
    )


def org_tables() -> list[str]:
    """The distributed tables: those keyed by organisation (row-level security on PostgreSQL)."""
    return [name for name in Base.metadata.tables if name not in REFERENCE_TABLES]


class Counter(Base):
    """The organisation's change counter: every change gets the next number, in its transaction.

    ``epoch`` is random per counter: a pull cursor names it, so a cursor of another organisation
    (or of a counter that was reset) is recognised as unknown (410), never read as "up to date".
    """

    __tablename__ = "hub_counter"
    org_id: Mapped[str] = mapped_column(String(ID))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    epoch: Mapped[str] = mapped_column(String(ID))
    __table_args__ = (
        PrimaryKeyConstraint("org_id"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
    )


class HubRecord(Base):
    """A record as the hub holds it: the package form (with its version vector) as JSON."""

    __tablename__ = "hub_record"
    org_id: Mapped[str] = mapped_column(String(ID))
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(ID))
    parent_id: Mapped[str | None] = mapped_column(String(ID))
    natural_key: Mapped[str | None] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger)
    pushed_by: Mapped[str] = mapped_column(String(ID))  # device id of the last change
    # The user who first pushed the record (its creator; auditors see what they created).
    # None only for records pushed before revision 0003 whose device is unknown.
    created_by: Mapped[str | None] = mapped_column(String(ID))
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "record_type", "record_id"),
        UniqueConstraint("org_id", "seq"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
        Index(None, "org_id", "record_type", "parent_id", "natural_key"),
    )


class HubConflict(Base):
    """Two versions of a record edited apart, kept for a person to resolve."""

    __tablename__ = "hub_conflict"
    org_id: Mapped[str] = mapped_column(String(ID))
    conflict_id: Mapped[str] = mapped_column(String(ID))
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(ID))
    local: Mapped[str] = mapped_column(Text)  # JSON: the hub's version when the conflict arose
    incoming: Mapped[str] = mapped_column(Text)  # JSON: the pushed version
    device_id: Mapped[str] = mapped_column(String(ID))  # who pushed it
    state: Mapped[str] = mapped_column(String(12))  # open, superseded, replaced
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seq: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "conflict_id"),
        UniqueConstraint("org_id", "seq"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
        Index(None, "org_id", "record_type", "record_id"),
    )


class Push(Base):
    """A pushed batch by its client-chosen id: the unique key makes a retried push a replay."""

    __tablename__ = "hub_push"
    org_id: Mapped[str] = mapped_column(String(ID))
    batch_id: Mapped[str] = mapped_column(String(ID))
    body_sha256: Mapped[str] = mapped_column(String(HEX64))
    device_id: Mapped[str] = mapped_column(String(ID))
    answer: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "batch_id"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
    )


class Assignment(Base):
    """An auditor assigned to an assessment created by someone else: they push and pull it."""

    __tablename__ = "hub_assignment"
    org_id: Mapped[str] = mapped_column(String(ID))
    assessment_id: Mapped[str] = mapped_column(String(ID))
    user_id: Mapped[str] = mapped_column(String(ID))
    assigned_by: Mapped[str] = mapped_column(String(120))  # user name of the supervisor/admin
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "assessment_id", "user_id"),
        ForeignKeyConstraint(["org_id", "user_id"], ["hub_user.org_id", "hub_user.user_id"]),
        Index(None, "org_id", "user_id"),
    )


class HubTemplate(Base):
    """A checklist template that pushed answers refer to, by (id, version), kept to be pulled.

    ``content`` is the template's canonical JSON and ``sha256`` its content hash
    (``recp_desktop.checklists.carried``): one (id, version) never holds two contents in an
    organisation. Written once; never changed.
    """

    __tablename__ = "hub_template"
    org_id: Mapped[str] = mapped_column(String(ID))
    template_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(HEX64))
    content: Mapped[str] = mapped_column(Text)
    pushed_by: Mapped[str] = mapped_column(String(ID))  # device id of the first push
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (
        PrimaryKeyConstraint("org_id", "template_id", "version"),
        ForeignKeyConstraint(["org_id"], ["organisation.org_id"]),
    )
