"""File > Settings…, the Azerbaijani interface, the system language, and the icon set."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from recp_desktop.paths import resource_path
from recp_desktop.settings import Settings, load_settings, settings_path, update_settings
from recp_desktop.storage.backup import list_backups
from recp_desktop.storage.repository import create_enterprise
from recp_desktop.ui.dialogs import AssessmentDialog, CompanyDialog
from recp_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.helpers import create_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(open_window):
    """The main window in English; the app is back in English after the test."""
    window = open_window("en")
    yield window
    window.translator.set_language("en")


def _ok(dialog: SettingsDialog):
    return dialog.buttons.button(QDialogButtonBox.Ok)


def _open_settings(window, qtbot) -> SettingsDialog:
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    window.act_settings.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_settings_dialog_stores_language_centre_and_backups(window, qtbot) -> None:
    dialog = _open_settings(window, qtbot)
    assert dialog.language.currentData() == ""  # follows the system until chosen
    assert dialog.backups_keep.value() == Settings().backups_keep
    assert dialog.data_folder.text() == str(window.folder)

    dialog.language.setCurrentIndex(dialog.language.findData("az"))
    qtbot.keyClicks(dialog.centre_name, "Azerbaijan National RECP Centre")
    dialog.backups_keep.selectAll()
    qtbot.keyClicks(dialog.backups_keep, "4")
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)

    stored = load_settings(window.folder)
    assert stored.language == "az"
    assert stored.centre_name == "Azerbaijan National RECP Centre"
    assert stored.backups_keep == 4
    # Qt posts LanguageChange: the menus follow a moment later.
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fayl")
    assert window.translator.language == "az"
    assert window.act_settings.text() == "&Parametrlər…"


def test_cancel_changes_nothing_and_back_up_now_takes_a_backup(window, qtbot) -> None:
    dialog = _open_settings(window, qtbot)
    assert not list_backups(window.folder)
    assert "None yet" in dialog.last_backup.text()
    dialog.backup_now_button.click()
    assert [b.reason for b in list_backups(window.folder)] == ["manual"]
    assert "Manual" in dialog.last_backup.text()

    qtbot.keyClicks(dialog.centre_name, "Not kept")
    dialog.buttons.button(QDialogButtonBox.Cancel).click()
    assert not settings_path(window.folder).exists()
    assert load_settings(window.folder).centre_name == ""


def test_device_name_is_editable_and_never_empty(window, qtbot) -> None:
    dialog = _open_settings(window, qtbot)
    before = window.db.device_name
    assert dialog.device_id.text() == window.db.device_id  # shown, not editable
    from recp_desktop.exchange.keys import device_fingerprint

    assert re.fullmatch(r"([0-9a-f]{4} ){7}[0-9a-f]{4}", dialog.fingerprint.text())
    assert dialog.fingerprint.text() == device_fingerprint(window.folder)
    dialog.device_name.clear()
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert dialog.isVisible() and "name" in dialog.error.text()
    assert window.db.device_name == before

    qtbot.keyClicks(dialog.device_name, "Baku field laptop")
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.db.device_name == "Baku field laptop"
    from recp_desktop.storage.settings import get_setting

    assert get_setting(window.db, "device_name") == "Baku field laptop"


def test_new_companies_and_assessments_use_the_default_country_and_currency(window, qtbot) -> None:
    company = CompanyDialog(window.db, window)
    qtbot.addWidget(company)
    assert company.country.currentData() == "AM"  # nothing set: the first country
    update_settings(window.folder, default_country="AZ", default_currency="EUR")
    company = CompanyDialog(window.db, window)
    qtbot.addWidget(company)
    assert company.country.currentData() == "AZ"

    georgian = create_enterprise(window.db, name="Rustavi Azot", country="GE")
    assessment = AssessmentDialog(window.db, georgian.id, window)
    qtbot.addWidget(assessment)
    assert assessment.currency.currentData() == "EUR"
    update_settings(window.folder, default_currency="")
    assessment = AssessmentDialog(window.db, georgian.id, window)
    qtbot.addWidget(assessment)
    assert assessment.currency.currentData() == "GEL"  # the company's national currency


def test_switching_to_azerbaijani_translates_menus_templates_and_qt(window, qtbot) -> None:
    create_demo(window, qtbot)
    workspace = window.workspace
    window.language_actions["az"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fayl")
    assert load_settings(window.folder).language == "az"
    titles = [action.text() for action in window.menuBar().actions()]
    assert {"&Fayl", "&Redaktə", "&Görünüş", "&Kömək"} <= set(titles), titles
    assert window.act_new_company.text() == "Yeni &şirkət…"
    qtbot.waitUntil(lambda: workspace.nav.item(0).text() == "İcmal")
    assert workspace.nav.item(2).text().startswith("Enerji")
    assert all(not workspace.nav.item(i).icon().isNull() for i in range(workspace.nav.count()))

    page = workspace.show_area("energy")
    model = page.model
    question = model.question_at(0)
    texts = {
        str(model.index(0, column).data())
        for column in range(model.columnCount())
        if model.index(0, column).data()
    }
    wording = question.wording("az", window.workspace.assessment.kind)
    assert wording and wording != question.wording("en", window.workspace.assessment.kind)
    assert wording in texts

    baseline = workspace.baseline.model
    names = {baseline.index(row, 0).data() for row in range(baseline.rowCount())}
    assert "Elektrik enerjisi" in names and "Electricity" not in names

    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.Cancel).text() == "Ləğv et"  # qtbase_az

    def overview_texts() -> str:
        return "\n".join(label.text() for label in workspace.findChildren(QLabel))

    assert "AZ Azərbaycan" in overview_texts()  # the demo company's country, in Azerbaijani
    company = CompanyDialog(window.db, window)
    qtbot.addWidget(company)
    countries = [company.country.itemText(i) for i in range(company.country.count())]
    assert "AZ — Azərbaycan" in countries and "GE — Gürcüstan" in countries

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert workspace.nav.item(2).text().startswith("Energy")
    assert "AZ Azerbaijan" in overview_texts()


def _start_in(folder: Path, lang_env: str) -> str:
    """Open the main window in a fresh process with ``LANG=lang_env``; its language and menu."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from recp_desktop.ui.app import create_main_window, make_application\n"
        "make_application()\n"
        "window = create_main_window(Path(sys.argv[1]))\n"
        "print(window.translator.language, window.file_menu.title())\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang_env, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_language_follows_the_system_until_one_is_chosen(data_folder: Path) -> None:
    assert _start_in(data_folder, "az_AZ.UTF-8") == "az &Fayl"
    assert _start_in(data_folder, "de_DE.UTF-8") == "en &File"  # a language we do not speak
    update_settings(data_folder, language="ru")
    assert _start_in(data_folder, "az_AZ.UTF-8") == "ru &Файл"


def test_every_icon_the_ui_names_is_shipped_with_its_licence(window) -> None:
    from recp_desktop.ui.icons import AREA_ICONS, icon

    named = set(AREA_ICONS.values())
    for path in (ROOT / "recp_desktop" / "ui").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'icon\("([a-z0-9-]+)"\)', source))
        named |= set(re.findall(r'\(self\.[\w.]*act_\w+, "([a-z0-9-]+)"\)', source))
    assert {"home", "settings", "restore", "arrow-back-up", "language"} <= named
    for name in named:
        assert resource_path("icons", "tabler", f"{name}.svg").is_file(), name
        assert not icon(name).isNull(), name
    assert "MIT License" in resource_path("icons", "tabler", "LICENSE").read_text("utf-8")
    for action in [*window.toolbar.actions(), *window.file_menu.actions()]:
        assert action.isSeparator() or not action.icon().isNull(), action.text()
    assert not window.act_settings.icon().isNull()
    assert not window.windowIcon().isNull()
    pixmap = icon("home").pixmap(24, 24)
    image = pixmap.toImage()
    assert any(  # drawn, not blank
        image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)
    )


def test_settings_show_the_hub_account_but_never_its_token(window, qtbot) -> None:
    from recp_desktop.sync.account import Account, account_path, save_account

    dialog = _open_settings(window, qtbot)
    assert "Not connected" in dialog.hub_state.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog))  # closed and deleted
    account = Account(
        url="https://hub.example.az",
        organisation="Azerbaijan RECP Centre",
        org_id="org-1",
        username="aysel",
        user_id="user-1",
        role="supervisor",
        device_id="dev-1",
        token="secret-token-value",
    )
    save_account(window.db.folder, account)
    dialog = _open_settings(window, qtbot)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    for text in ("https://hub.example.az", "aysel", "Azerbaijan RECP Centre", "supervisor"):
        assert text in shown, text
    assert not any("secret-token-value" in text for text in shown)
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog))  # closed and deleted
    account_path(window.db.folder).write_text("{not json", encoding="utf-8")
    dialog = _open_settings(window, qtbot)
    assert "damaged" in dialog.hub_state.text() and "sign in" in dialog.hub_state.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog))  # closed and deleted
