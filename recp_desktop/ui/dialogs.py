"""Dialogs for a company and an assessment: new ones, and editing them later."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRect, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import nace
from recp_desktop.domain.countries import COUNTRIES, country_name, default_currency
from recp_desktop.domain.units import CURRENCIES
from recp_desktop.settings import load_settings
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.storage.repository import (
    STATUSES,
    ValidationError,
    create_assessment,
    create_enterprise,
    list_enterprises,
    update_assessment,
    update_enterprise,
)
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.labels import status_label
from recp_desktop.ui.region_box import RegionBox
from recp_desktop.ui.site_edit import SiteEdit, SiteError


class _FormDialog(QDialog):
    """A form with OK/Cancel and a line that says what is wrong, in red, above the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _country_box() -> QComboBox:
    box = QComboBox()
    language = current_language()
    for code in COUNTRIES:
        box.addItem(f"{code} — {country_name(code, language)}", code)
    return box


class CompanyDialog(_FormDialog):
    """New company: name, country, region, city, NACE sector, employees, products, park."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, enterprise: Enterprise | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.editing = enterprise
        self.created: Enterprise | None = None  # the new or the edited company, once saved
        self.setWindowTitle(self.tr("Edit company") if enterprise else self.tr("New company"))
        self.name = QLineEdit()
        self.country = _country_box()
        default_country = load_settings(db.folder).default_country  # File > Settings…
        if default_country:
            self.country.setCurrentIndex(max(0, self.country.findData(default_country)))
        self.region = RegionBox()
        self.region.set_country(self.country.currentData())
        self.country.currentIndexChanged.connect(
            lambda _i: self.region.set_country(self.country.currentData())
        )
        self.city = QLineEdit()
        self.nace = QLineEdit()
        self.nace.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^[0-9]{0,2}(\.[0-9]{0,2})?$"))
        )
        self.nace.setPlaceholderText(self.tr("e.g. 10.51"))
        self.nace_hint = QLabel(objectName="naceHint")  # the division's name, as typed
        self.nace_hint.setWordWrap(True)  # long division names wrap, never widen the dialog
        self.nace_hint.setStyleSheet("color: palette(placeholder-text);")
        self.nace.textChanged.connect(self._show_nace_name)
        self.employees = QSpinBox()
        self.employees.setRange(0, 1_000_000)
        self.products = QPlainTextEdit()
        self.products.setTabChangesFocus(True)
        self.products.setFixedHeight(70)
        self.eco_park = QLineEdit()
        parks = sorted({e.eco_park for e in list_enterprises(db) if e.eco_park}, key=str.casefold)
        if parks:  # the parks already named: one keystroke picks the same spelling again
            completer = QCompleter(parks, self.eco_park)
            completer.setCaseSensitivity(Qt.CaseInsensitive)
            completer.setFilterMode(Qt.MatchContains)
            self.eco_park.setCompleter(completer)
        self.registration_no = QLineEdit()  # tells two records of one company apart
        self.registration_no.setMaxLength(60)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Country:"), self.country)
        self.form.addRow(self.tr("&Region:"), self.region)
        self.form.addRow("", self.region.note)  # "not on the map" for text naming no region
        self.site = SiteEdit()  # optional coordinates (ui/site_edit.py)
        self.form.addRow(self.tr("Si&te:"), self.site)
        self.site_note = QLabel(objectName="siteNote", wordWrap=True)
        self.site_note.setStyleSheet("color: #a33a00;")
        self.site_note.hide()
        self.form.addRow("", self.site_note)  # a site outside the country: swapped numbers?
        for field in (self.site.latitude, self.site.longitude):
            field.editingFinished.connect(self._check_site)
        self.country.currentIndexChanged.connect(lambda _i: self._check_site())
        self.form.addRow(self.tr("C&ity:"), self.city)
        self.form.addRow(self.tr("NACE &sector:"), self.nace)
        self.form.addRow("", self.nace_hint)
        self.form.addRow(self.tr("&Employees:"), self.employees)
        self.form.addRow(self.tr("&Products:"), self.products)
        self.form.addRow(self.tr("Eco-industrial &park:"), self.eco_park)
        self.form.addRow(self.tr("Re&gistration number:"), self.registration_no)
        if enterprise is not None:
            self.name.setText(enterprise.name)
            self.country.setCurrentIndex(max(0, self.country.findData(enterprise.country)))
            self.region.set_country(enterprise.country)
            self.region.set_value(enterprise.region)
            self.city.setText(enterprise.city)
            self.nace.setText(enterprise.nace)
            self.employees.setValue(enterprise.employees or 0)
            self.products.setPlainText(enterprise.products)
            self.eco_park.setText(enterprise.eco_park)
            self.registration_no.setText(enterprise.registration_no)
            self.site.set_value(enterprise.latitude, enterprise.longitude)
            self._check_site()
        self._show_nace_name(self.nace.text())
        self.resize(460, self.sizeHint().height())

    def _check_site(self) -> None:
        warning = self.site.outside(self.country.currentData())
        self.site_note.setText(warning)
        self.site_note.setVisible(bool(warning))

    def _show_nace_name(self, code: str) -> None:
        """Under the NACE field: ``C 10 — Manufacture of food products`` for ``10.51``, in the
        interface's language where a published text is shipped (else English, said so), or
        that two typed digits are no NACE Rev. 2 division."""
        division = nace.division(code)
        if not division:
            self.nace_hint.setText("")
            self.nace_hint.hide()  # no empty row under the field
            return
        language = current_language()
        name = nace.division_name(division, language)
        if not name:
            hint = self.tr("{code} is not a NACE Rev. 2 division").format(code=division)
        else:
            hint = nace.sector_label(division, language)
            if not nace.in_language(language):
                hint += " (" + self.tr("in English: no published NACE text in this language") + ")"
        self.nace_hint.setText(hint)
        self.nace_hint.show()
        self._fit_nace_hint()
        if self.isVisible() and self.sizeHint().height() > self.height():
            self.resize(self.width(), self.sizeHint().height())

    def _fit_nace_hint(self) -> None:
        """Give the wrapped hint the height its lines need at its width (the form does not
        ask a wrapped label for it), so a long division name is shown whole."""
        text, width = self.nace_hint.text(), max(self.nace_hint.width(), 200)
        lines = self.nace_hint.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextWordWrap, text
        )
        self.nace_hint.setMinimumHeight(lines.height() if text else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_nace_hint()

    def accept(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("The company needs a name."))
            self.name.setFocus()
            return
        try:
            latitude, longitude = self.site.value()
        except SiteError as exc:
            self.show_error(str(exc))
            self.site.latitude.setFocus()
            return
        fields = {
            "name": self.name.text().strip(),
            "country": self.country.currentData(),
            "region": self.region.value(),
            "city": self.city.text().strip(),
            "nace": self.nace.text().strip(),
            "employees": self.employees.value() or None,
            "products": self.products.toPlainText().strip(),
            "eco_park": self.eco_park.text().strip(),
            "registration_no": self.registration_no.text().strip(),
            "latitude": latitude,
            "longitude": longitude,
        }
        try:
            if self.editing is not None:
                self.created = update_enterprise(self.db, self.editing.id, **fields)
            else:
                self.created = create_enterprise(self.db, **fields)
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        except StorageError as exc:
            self.show_error(str(exc))
            return
        super().accept()


class AssessmentDialog(_FormDialog):
    """New assessment of a company: kind, title, dates, team, currency."""

    def __init__(
        self,
        db: Database,
        enterprise_id: str = "",
        parent: QWidget | None = None,
        assessment: Assessment | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.editing = assessment
        self.created: Assessment | None = None  # the new or the edited assessment, once saved
        self.setWindowTitle(self.tr("Edit assessment") if assessment else self.tr("New assessment"))
        if assessment is not None:
            enterprise_id = assessment.enterprise_id
        self.company = QComboBox()
        self._countries: dict[str, str] = {}
        for enterprise in list_enterprises(db):
            self.company.addItem(enterprise.name, enterprise.id)
            self._countries[enterprise.id] = enterprise.country
        if enterprise_id:
            self.company.setCurrentIndex(max(0, self.company.findData(enterprise_id)))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Full RECP assessment"), "full")
        self.kind.addItem(self.tr("RECP Club self-audit"), "club")
        self.title = QLineEdit(
            self.tr("RECP assessment {year}").format(year=QDate.currentDate().year())
        )
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(QDate.currentDate().addMonths(2))
        self.end.setCalendarPopup(True)
        self.team = QLineEdit()
        self.team.setPlaceholderText(self.tr("Names and roles, separated by commas"))
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self._default_currency = load_settings(db.folder).default_currency  # File > Settings…
        self.company.currentIndexChanged.connect(self._company_changed)
        self._company_changed()
        self.form.addRow(self.tr("&Company:"), self.company)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Starts:"), self.start)
        self.form.addRow(self.tr("&Ends:"), self.end)
        self.form.addRow(self.tr("T&eam:"), self.team)
        self.form.addRow(self.tr("C&urrency:"), self.currency)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(self.status.findData("in_progress"))
        if assessment is not None:
            self.company.setEnabled(False)  # an assessment stays with its company
            self.kind.setCurrentIndex(max(0, self.kind.findData(assessment.kind)))
            self.title.setText(assessment.title)
            if assessment.start_date:
                self.start.setDate(QDate(assessment.start_date))
            if assessment.end_date:
                self.end.setDate(QDate(assessment.end_date))
            self.team.setText(assessment.team)
            self.currency.setCurrentIndex(max(0, self.currency.findData(assessment.currency)))
            self.currency.setEnabled(False)  # costs and options are recorded in it
            self.currency.setToolTip(
                self.tr("Costs and savings are recorded in this currency; it cannot change.")
            )
            self.status.setCurrentIndex(max(0, self.status.findData(assessment.status)))
            self.form.addRow(self.tr("St&atus:"), self.status)
        else:
            self.checklists = self._checklist_list(db)
            self.form.addRow(self.tr("Chec&klists:"), self.checklists)
        if self.company.count() == 0:
            self.show_error(self.tr("Create a company first."))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def _checklist_list(self, db: Database) -> QListWidget:
        """The area checklists (always used) and the sector and own ones to tick."""
        from recp_desktop.checklists import localized
        from recp_desktop.storage.templates import template_registry

        language = current_language()
        registry = template_registry(db)
        defaults = registry.area_defaults()
        box = QListWidget()
        box.setObjectName("checklistChoice")
        for template in registry.latest():
            item = QListWidgetItem(localized(template.title, language), box)
            item.setData(Qt.UserRole, template.key)
            if defaults.get(template.id) is template:
                item.setFlags(item.flags() & ~Qt.ItemIsUserCheckable & ~Qt.ItemIsEnabled)
                item.setCheckState(Qt.Checked)
                item.setToolTip(self.tr("Every assessment uses the four area checklists."))
            else:
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
        box.setMaximumHeight(box.sizeHintForRow(0) * min(box.count(), 7) + 6)
        return box

    def chosen_templates(self) -> list[tuple[str, int]]:
        """``(id, version)`` of every checklist ticked (the area ones included)."""
        items = (self.checklists.item(row) for row in range(self.checklists.count()))
        return [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]

    def _company_changed(self) -> None:
        country = self._countries.get(self.company.currentData(), "")
        index = self.currency.findData(self._default_currency or default_currency(country))
        if index >= 0:
            self.currency.setCurrentIndex(index)

    def accept(self) -> None:
        if self.end.date() < self.start.date():
            self.show_error(self.tr("The assessment cannot end before it starts."))
            self.end.setFocus()
            return
        fields = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "start_date": self.start.date().toPython(),
            "end_date": self.end.date().toPython(),
            "team": self.team.text().strip(),
            "currency": self.currency.currentData(),
            "status": self.status.currentData(),
        }
        try:
            if self.editing is not None:
                self.created = update_assessment(self.db, self.editing.id, **fields)
            else:
                from recp_desktop.storage.templates import set_assessment_templates

                self.created = create_assessment(self.db, self.company.currentData(), **fields)
                set_assessment_templates(self.db, self.created.id, self.chosen_templates())
        except (ValidationError, StorageError) as exc:
            self.show_error(str(exc))
            return
        super().accept()


__all__ = ["AssessmentDialog", "CompanyDialog", "Qt"]
