"""The waste map window on the hand-built fixture: colours by class, hover text, click to the
table, measures, country extent and PNG export (offscreen Qt, real widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from recp_desktop.domain.boundaries import boundary
from recp_desktop.domain.waste_map import NO_DATA, PALETTE
from recp_desktop.ui.map_view import project
from recp_desktop.ui.waste_map import WasteMapWindow
from tests import waste_fixture

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _brush(window: WasteMapWindow, code: str) -> str:
    return window.map.items_by_code[code].brush().color().name()


def _click(qtbot, window: WasteMapWindow, code: str) -> None:
    """Click the region's label point (inside it by construction)."""
    inside = project(*boundary(code).label)
    qtbot.mouseClick(window.map.viewport(), Qt.LeftButton, pos=window.map.mapFromScene(inside))


def test_map_colours_tooltips_and_table(qtbot, db) -> None:
    waste_fixture.build(db)
    window = WasteMapWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Four mapped regions with waste (778.8, 158, 17, 50 t): quantile bounds by
    # statistics.quantiles(inclusive) over [17, 50, 158, 778.8] → 4 classes + the maximum.
    assert len(window.breaks) == 5 and window.breaks[-1] == 778.8
    assert _brush(window, "GE-KK") == PALETTE[-1]  # the largest is in the darkest class
    assert _brush(window, "AZ-BA") == PALETTE[0]  # the smallest in the lightest
    assert _brush(window, "BY-MI") == QColor(NO_DATA).name()
    assert "779 t/year; streams: 2, companies: 1" in window.map.items_by_code["GE-KK"].toolTip()
    assert "No waste recorded" in window.map.items_by_code["UA-30"].toolTip()
    # the table: four mapped regions and the free-text one, largest first
    texts = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert len(texts) == 5 and texts[0] == "Kvemo Kartli"
    assert "Kakheti region (not on the map)" in texts
    _click(qtbot, window, "GE-IM")
    assert window.map.selected == "GE-IM"
    assert window.table.currentIndex().data() == "Imereti"
    assert "158 t/year; streams: 3, companies: 2" in window.details.text().replace("<br>", "\n")
    window.country_box.setCurrentIndex(window.country_box.findData("GE"))
    assert not window.map.items_by_code["AZ-BA"].isVisible()
    window.grab().save(str(SHOTS / "waste-map-en.png"))
    window.country_box.setCurrentIndex(0)


def test_measures_recolour(qtbot, db) -> None:
    waste_fixture.build(db)
    window = WasteMapWindow(db, "en")
    qtbot.addWidget(window)
    window.kind_box.setCurrentIndex(window.kind_box.findData("hazardous"))
    assert {c: round(f.tonnes, 6) for c, f in window.figures.items()} == {
        "GE-KK": 358.8,
        "AZ-BA": 2.0,
    }
    assert _brush(window, "GE-IM") == QColor(NO_DATA).name()
    window.kind_box.setCurrentIndex(window.kind_box.findData("chapter"))
    window.value_box.setCurrentIndex(window.value_box.findData("02"))
    assert set(window.figures) == {"GE-IM"} and window.breaks == [150.0]
    assert _brush(window, "GE-IM") == PALETTE[2]  # one class: the middle colour
    window.kind_box.setCurrentIndex(window.kind_box.findData("treatment"))
    window.value_box.setCurrentIndex(window.value_box.findData("D"))
    assert {c: round(f.tonnes, 6) for c, f in window.figures.items()} == {
        "GE-KK": 358.8,
        "GE-IM": 30.0,
        "AZ-BA": 2.0,
    }
    assert "Treatment" in window.legend.title or "treatment" in window.legend.title


def test_png_export(qtbot, db, tmp_path: Path) -> None:
    waste_fixture.build(db)
    window = WasteMapWindow(db, "ru")
    qtbot.addWidget(window)
    target = tmp_path / "map.png"
    with qtbot.waitSignal(window.sig_exported):
        window.export_png(str(target))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1600, 1000)
    # the darkest class colour is drawn somewhere (Kvemo Kartli)
    darkest = QColor(PALETTE[-1]).rgb()
    assert any(image.pixel(x, y) == darkest for x in range(0, 1600, 4) for y in range(0, 1000, 4))
    image.save(str(SHOTS / "waste-map-export-ru.png"))


def test_view_menu_opens_the_map(open_window, qtbot) -> None:
    window = open_window("en")
    waste_fixture.build(window.db)
    assert window.act_waste_map.text() == "Waste &map…"
    window.act_waste_map.trigger()
    shown = window.waste_map
    qtbot.waitExposed(shown)
    assert shown.isVisible() and shown.figures["GE-KK"].streams == 2
    window.act_waste_map.trigger()  # again: the same window, read anew
    assert window.waste_map is shown
