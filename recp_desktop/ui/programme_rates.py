"""The exchange-rates dialog: one rate per currency into the reporting currency, with its date
and source, typed by the supervisor (never fetched) and kept (``storage.rates``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.programme import parse_rate
from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.report.texts import text
from recp_desktop.storage.database import Database
from recp_desktop.storage.rates import list_rates, save_rate
from recp_desktop.ui.i18n import current_language

HEADERS = ("prog.rate.currency", "prog.rate.rate", "prog.rate.date", "prog.rate.source")


class RatesDialog(QDialog):
    """Rates into ``target`` for ``currencies``; OK keeps the rows with a rate typed, and
    refuses (saying which currency and why) a rate or date it cannot read."""

    def __init__(
        self, db: Database, target: str, currencies: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.target = db, target
        language = self.language = current_language()
        self.setWindowTitle(text(language, "prog.ui.rates_title"))
        kept = {r.source: r for r in list_rates(db, target)}
        codes = sorted((set(currencies) | set(kept)) - {target})
        intro = QLabel(text(language, "prog.ui.rates_intro", target=target))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(codes), len(HEADERS))
        self.table.setHorizontalHeaderLabels([text(language, key) for key in HEADERS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, code in enumerate(codes):
            rate = kept.get(code)
            cells = (
                f"1 {code} = … {target}",
                format_number(rate.rate, language, 6).rstrip("0").rstrip(",.") if rate else "",
                rate.on.isoformat() if rate and rate.on else "",
                rate.origin if rate else "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.UserRole, code)
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.error, buttons):
            layout.addWidget(widget)
        self.resize(640, 120 + 30 * max(2, len(codes)))

    def rates(self) -> list[ExchangeRate]:
        """The rates typed (rows left empty are skipped). Raises ``ValueError`` naming the
        currency for a rate or date that cannot be read."""
        out = []
        for row in range(self.table.rowCount()):
            code = self.table.item(row, 0).data(Qt.UserRole)
            number = self.table.item(row, 1).text().strip()
            if not number:
                continue
            when = self.table.item(row, 2).text().strip()
            try:
                on = date.fromisoformat(when) if when else None
            except ValueError:
                reason = text(self.language, "prog.ui.bad_date")
                raise ValueError(
                    text(self.language, "prog.ui.rate_error", currency=code, reason=reason)
                ) from None
            try:
                rate = parse_rate(
                    f"{code}={number}",
                    self.target,
                    language=self.language,
                    on=on,
                    origin=self.table.item(row, 3).text().strip(),
                )
            except ValueError as exc:
                raise ValueError(
                    text(self.language, "prog.ui.rate_error", currency=code, reason=exc)
                ) from None
            out.append(rate)
        return out

    def accept(self) -> None:
        try:
            rates = self.rates()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        for rate in rates:
            save_rate(self.db, rate)
        super().accept()
