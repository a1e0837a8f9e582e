"""The waste map window on the hand-built fixture: colours by class, hover text, click to the
table, measures, country extent and PNG export (offscreen Qt, real widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
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
    waste_fixture.add_unlisted(db)  # an older company whose region names no listed region
    window = WasteMapWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Five mapped regions with waste [5, 17, 50, 158, 778.8] t: inclusive quantiles at
    # p = 0.2…0.8 sit at positions 4p: 5 + 0.8 × 12 = 14.6, 17 + 0.6 × 33 = 36.8,
    # 50 + 0.4 × 108 = 93.2, 158 + 0.2 × 620.8 = 282.16; the last bound is the maximum.
    assert [round(b, 6) for b in window.breaks] == [14.6, 36.8, 93.2, 282.16, 778.8]
    assert _brush(window, "GE-KK") == PALETTE[-1]  # the largest is in the darkest class
    assert _brush(window, "GE-KA") == PALETTE[0]  # the smallest in the lightest
    assert _brush(window, "AZ-BA") == PALETTE[1]
    assert _brush(window, "BY-MI") == QColor(NO_DATA).name()
    assert "779 t/year; streams: 2, companies: 1" in window.map.items_by_code["GE-KK"].toolTip()
    assert "No waste recorded" in window.map.items_by_code["UA-30"].toolTip()
    # the table: five mapped regions and the unlisted text, largest first
    texts = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert len(texts) == 6 and texts[0] == "Kvemo Kartli"
    assert texts[-1] == "Telavi municipality (not on the map)"
    _click(qtbot, window, "GE-IM")
    assert window.map.selected == "GE-IM"
    assert window.table.currentIndex().data() == "Imereti"
    assert "158 t/year; streams: 3, companies: 2" in window.details.text().replace("<br>", "\n")
    # companies with coordinates are points at their sites, named on hover
    points = window.map.points
    assert {p.toolTip() for p in points.values()} == {
        "Telavi Wines\n5 t/year",
        "Imereti Cardboard\n8 t/year",
    }
    telavi = next(p for p in points.values() if p.toolTip().startswith("Telavi"))
    assert telavi.pos() == project(45.4731, 41.9198)
    assert window.map.scene().items(project(45.4731, 41.9198))[0] is telavi  # drawn on top
    window.country_box.setCurrentIndex(window.country_box.findData("GE"))
    assert not window.map.items_by_code["AZ-BA"].isVisible()
    assert all(p.isVisible() for p in points.values())
    window.grab().save(str(SHOTS / "waste-map-en.png"))
    window.country_box.setCurrentIndex(0)


def _arrow_points_down(header, section: int) -> bool:
    """Whether the sort arrow drawn in ``section`` of ``header`` is ▼ (wider at its top)."""
    image = header.grab().toImage()
    x0 = header.sectionViewportPosition(section)
    width = header.sectionSize(section)
    background = QColor(image.pixel(x0 + 3, image.height() // 2)).lightness()
    # The arrow is the darkest shape at the right end of the section, away from the text.
    rows = []
    for y in range(2, image.height() - 2):  # not the header's borders
        dark = [
            x
            for x in range(x0 + width - 18, x0 + width - 1)
            if QColor(image.pixel(x, y)).lightness() < background - 60
        ]
        if dark:
            rows.append(max(dark) - min(dark) + 1)
    assert len(rows) >= 3, "no sort arrow drawn"
    return rows[0] > rows[-1]


def test_sort_arrow_matches_the_order_and_survives_a_redraw(qtbot, db) -> None:
    waste_fixture.build(db)
    window = WasteMapWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    header = window.table.horizontalHeader()
    tonnes = [window.model.rows[window.proxy.mapToSource(window.proxy.index(r, 0)).row()].tonnes
              for r in range(window.proxy.rowCount())]  # fmt: skip
    assert tonnes == sorted(tonnes, reverse=True)  # largest first…
    assert header.sortIndicatorSection() == 2
    assert header.sortIndicatorOrder() == Qt.DescendingOrder
    assert _arrow_points_down(header, 2)  # …and the arrow says so: ▼
    name_column = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=name_column)
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert header.sortIndicatorOrder() == Qt.AscendingOrder and not _arrow_points_down(header, 0)
    window.kind_box.setCurrentIndex(window.kind_box.findData("hazardous"))  # a redraw
    assert header.sortIndicatorSection() == 0  # the reader's choice is kept
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert names == ["Bakı", "Kvemo Kartli"]


def test_country_filters_map_legend_and_table(qtbot, db) -> None:
    waste_fixture.build(db)
    window = WasteMapWindow(db, "en")
    qtbot.addWidget(window)
    window.country_box.setCurrentIndex(window.country_box.findData("AZ"))
    rows = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert rows == ["Gəncə", "Bakı"]  # 50 t and 17 t; Georgia's regions are gone
    # only Azerbaijan's values [17, 50] are classed: two values, two classes split at the
    # median (17 + 50) / 2 = 33.5
    assert [round(b, 6) for b in window.breaks] == [33.5, 50.0]
    assert window.map.items_by_code["GE-KK"].isVisible() is False
    assert "Azerbaijan" in window.legend.title
    assert not any(p.isVisible() for p in window.map.points.values())  # both sites in Georgia
    window.country_box.setCurrentIndex(0)
    assert window.proxy.rowCount() == 5
    window.country_box.setCurrentIndex(window.country_box.findData("BY"))
    assert window.proxy.rowCount() == 0 and "No waste recorded in Belarus" in window.details.text()


def test_one_region_legend_shows_one_value(qtbot, db) -> None:
    waste_fixture.build(db)
    window = WasteMapWindow(db, "en")
    qtbot.addWidget(window)
    window.kind_box.setCurrentIndex(window.kind_box.findData("chapter"))
    window.value_box.setCurrentIndex(window.value_box.findData("02"))
    # chapter 02 only in Imereti: 120 t whey + 30 t sludge = 150 t, one class
    assert window.breaks == [150.0]
    board = next(p for p in window.map.points.values() if "Cardboard" in p.toolTip())
    assert board.toolTip() == "Imereti Cardboard\nNo waste recorded for this measure."
    assert board.brush().color().name() == "#ffffff"  # hollow: nothing counted here
    assert [text for _c, text in window.legend.labels()] == ["150", "none recorded"]
    assert window.legend.hollow and window.legend.lines() == 1 + 2 + 2  # the hollow dot's entry


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
    # its title is the page's, and the selected region is not outlined in it
    window.show_region("GE-KK")
    assert window.image().convertToFormat(image.format()) == image
    assert window.map.selected == "GE-KK"  # still outlined in the window
    title_band = [image.pixel(x, y) for x in range(16, 400, 2) for y in range(12, 40, 2)]
    assert any(QColor(p).lightness() < 80 for p in title_band)  # "Отходы по регионам" drawn
    # the country box shows its whole text in Russian
    box = window.country_box
    assert box.sizeHint().width() > box.fontMetrics().horizontalAdvance(box.currentText())
    # the legend is in the window's language although no Russian translation is loaded
    assert window.legend.title == "Все отходы (т/год)"
    assert window.legend.labels()[-1][1] == "нет данных"


def test_png_written_without_a_window_speaks_its_language(qtbot, db, tmp_path: Path) -> None:
    from recp_desktop.domain.waste_map import Measure
    from recp_desktop.report.waste_map import MapFigures
    from recp_desktop.storage.waste_map import map_rows, waste_by_region
    from recp_desktop.ui.waste_map import map_legend, write_map_png

    waste_fixture.build(db)
    data = MapFigures.of(waste_by_region(db, Measure("hazardous")), Measure("hazardous"),
                        len(map_rows(db)))  # fmt: skip
    legend = map_legend(data, "az")
    qtbot.addWidget(legend)
    # hazardous: GE-KK 358.8 t, AZ-BA 2 t → two classes split at (2 + 358.8) / 2 = 180.4
    assert legend.title == "Təhlükəli tullantılar (t/il)"
    assert [t for _c, t in legend.labels()] == ["2 – 180", "180 – 359", "qeyd yoxdur"]
    write_map_png(data, tmp_path / "map.png", "az")
    assert QImage(str(tmp_path / "map.png")).width() == 1600


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
