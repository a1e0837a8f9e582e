"""A company's site as latitude and longitude (WGS 84 decimal degrees), both optional.

Numbers are read as the rest of the app reads them (``domain.numbers.read_number`` in the
interface's language: ``41,9198`` in Russian and Azerbaijani, ``41.9198`` in English), and
refusals are worded by ``ui.input_errors``. The range check is the record schema's
(−90 … 90, −180 … 180); one coordinate without the other is refused.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from recp_desktop.domain.boundaries import boundaries
from recp_desktop.domain.countries import country_name
from recp_desktop.domain.numbers import NumberError, format_number, read_number
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.input_errors import explain


class SiteError(ValueError):
    """The typed site cannot be stored; the message says why, in the interface's language."""


class SiteEdit(QWidget):
    """Two fields, latitude then longitude; :meth:`value` reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latitude = QLineEdit(objectName="siteLatitude")
        self.longitude = QLineEdit(objectName="siteLongitude")
        language = current_language()
        self.latitude.setPlaceholderText(format_number(41.9198, language))  # Telavi
        self.longitude.setPlaceholderText(format_number(45.4731, language))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.latitude_label = QLabel(self.tr("° N", "latitude, north"))
        self.longitude_label = QLabel(self.tr("° E", "longitude, east"))
        self.latitude.setAccessibleName(self.tr("Latitude"))
        self.longitude.setAccessibleName(self.tr("Longitude"))
        for field in (self.latitude, self.longitude):
            field.setMinimumWidth(90)
        for label, field in (
            (self.latitude_label, self.latitude),
            (self.longitude_label, self.longitude),
        ):
            label.setBuddy(field)
            layout.addWidget(field, 1)
            layout.addWidget(label)
        self.setToolTip(
            self.tr(
                "Optional: the site in decimal degrees (WGS 84, as a phone or an online map "
                "shows it); south and west negative. With it, the waste map shows the company "
                "as a point and symbiosis measures distances between sites."
            )
        )

    def set_value(self, latitude: float | None, longitude: float | None) -> None:
        language = current_language()
        for field, value in ((self.latitude, latitude), (self.longitude, longitude)):
            field.setText("" if value is None else format_number(value, language))

    def outside(self, country: str) -> str:
        """A warning when the site lies outside ``country`` as the waste map draws it (the
        point would fall off its regions), saying so and whether the two numbers look swapped;
        ``""`` when inside, empty, unreadable (:meth:`value` says why) or the country has no
        outline. A warning only: the outlines are simplified (about 2 km at borders)."""
        try:
            latitude, longitude = self.value()
        except SiteError:
            return ""
        area = _country_area(country)
        if latitude is None or longitude is None or area is None:
            return ""
        if area.contains(QPointF(longitude, latitude)):
            return ""
        name = country_name(country, current_language())
        if area.contains(QPointF(latitude, longitude)):
            return self.tr(
                "This site is outside {country} on the map; swapped, the two numbers fall "
                "inside it: the latitude (° N) comes first."
            ).format(country=name)
        return self.tr(
            "This site is outside {country} on the map: check the latitude and longitude."
        ).format(country=name)

    def value(self) -> tuple[float | None, float | None]:
        """(latitude, longitude) in degrees, or (None, None) when both fields are empty.

        Raises :class:`SiteError` for text that is not a number, a value out of range, or one
        coordinate without the other.
        """
        language = current_language()
        read: list[float | None] = []
        for field, label, limit in (
            (self.latitude, self.tr("Latitude"), 90.0),
            (self.longitude, self.tr("Longitude"), 180.0),
        ):
            text = field.text().strip()
            if not text:
                read.append(None)
                continue
            try:
                number = read_number(text, language).value
            except NumberError as exc:
                raise SiteError(explain(exc, label, "", language)) from None
            if not -limit <= number <= limit:
                raise SiteError(
                    self.tr("{label} must be between −{limit} and {limit} degrees.").format(
                        label=label, limit=format_number(limit, language)
                    )
                )
            read.append(number)
        if (read[0] is None) != (read[1] is None):
            raise SiteError(self.tr("Give both the latitude and the longitude, or neither."))
        return read[0], read[1]


@cache
def _country_area(country: str) -> QPainterPath | None:
    """All the shipped regions of ``country`` as one path in (longitude, latitude) degrees, or
    None for a country without outlines; holes by the odd-even rule (Qt's fill rule)."""
    path = QPainterPath()
    path.setFillRule(Qt.OddEvenFill)
    for outline in boundaries().values():
        if outline.country != country:
            continue
        for polygon in outline.polygons:
            for ring in polygon:
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
    return None if path.isEmpty() else path


__all__ = ["SiteEdit", "SiteError"]
