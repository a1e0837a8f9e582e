"""Switching the interface language at run time (Qt translations + template languages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from recp_desktop.paths import resource_path
from recp_desktop.settings import LANGUAGES

__all__ = ["LANGUAGES", "Translator", "current_language", "system_language"]


def current_language() -> str:
    """The interface's language now (the translator sets Qt's default locale to it)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def payback_text(years: float | None, language: str | None = None) -> str:
    """A simple payback as the PDF report writes it ("immediate", "3 months", "2.4 years"),
    in ``language`` (default: the interface's): one formatting for the window and the PDF."""
    from recp_desktop.report.fmt import Formatter

    return Formatter(language or current_language()).payback(years)


def system_language() -> str:
    """The system locale's language if the app speaks it, else English.

    Azerbaijani in any script gets the Latin-script translation, the one official in Azerbaijan.
    """
    for name in (QLocale.system().name(), *QLocale.system().uiLanguages()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translator(QObject):
    """Holds the current language; installing a translation makes Qt send LanguageChange."""

    sig_language_changed = Signal(str)
    """Emitted with the new language code after the translation is installed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._app_translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    def set_language(self, language: str) -> None:
        # First: removing and installing translators makes Qt send LanguageChange, and the
        # widgets that then retranslate read the language from the default locale.
        QLocale.setDefault(QLocale(language))
        app = QCoreApplication.instance()
        for translator in (self._app_translator, self._qt_translator):
            if translator is not None:
                app.removeTranslator(translator)
        self._app_translator = self._qt_translator = None
        if language != "en":
            translator = QTranslator(self)
            if translator.load(str(resource_path("translations", f"recp_{language}.qm"))):
                app.installTranslator(translator)
                self._app_translator = translator
            qt_translator = QTranslator(self)
            from PySide6.QtCore import QLibraryInfo

            path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt ships no Azerbaijani; resources/translations/qtbase_az.ts covers the buttons,
            # context menus and file dialog the app shows.
            if qt_translator.load(f"qtbase_{language}", path) or qt_translator.load(
                f"qtbase_{language}", str(resource_path("translations"))
            ):
                app.installTranslator(qt_translator)
                self._qt_translator = qt_translator
        self.language = language
        self.sig_language_changed.emit(language)
