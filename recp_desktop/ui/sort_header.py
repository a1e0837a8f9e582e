"""A table header whose sort arrow points the way people read it: ▲ ascending, ▼ descending.

Qt's QHeaderView hands the style ``SortDown`` for ascending order and ``SortUp`` for descending
(the "arrow shows which way the values run down the column" convention of old Windows), so with
the Fusion style a column sorted largest-first shows ▲ — read by most users, as on macOS Finder,
Windows Explorer and the web, as "ascending". :class:`SortArrowStyle` swaps the two for the
header it is set on; sorting itself stays Qt's (``QSortFilterProxyModel`` and the header's
sort indicator, ``QHeaderView.sortIndicatorOrder``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader

_SWAP = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    """The application's style with the header sort arrow drawn ▲ for ascending order."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = _SWAP.get(option.sortIndicator, option.sortIndicator)
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def use_reading_arrows(header: QHeaderView) -> None:
    """Draw ``header``'s sort arrow ▲ ascending, ▼ descending (the style is owned by it)."""
    style = SortArrowStyle()  # no base: follows the application's style
    style.setParent(header)
    header.setStyle(style)


__all__ = ["SortArrowStyle", "use_reading_arrows"]
