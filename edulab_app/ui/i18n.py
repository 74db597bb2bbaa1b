"""Translations: the interface is written in Polish (source strings), English and Ukrainian come from
Qt Linguist files in resources/translations; Qt's own dialogs get Qt's translation for the language."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

LANGUAGES = {"pl": "Polski", "en": "English", "uk": "Українська"}
_installed: list[QTranslator] = []


def translations_dir():
    return resource_path("translations")


def chosen_language(explicit: str | None = None) -> str:
    lang = explicit or os.environ.get("EDULAB_LANG") or "pl"
    return lang if lang in LANGUAGES else "pl"


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    lang = chosen_language(lang)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale({"pl": QLocale.Language.Polish, "en": QLocale.Language.English,
                                "uk": QLocale.Language.Ukrainian}[lang]))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    if lang != "pl":
        candidates.append((f"edulab_{lang}", str(translations_dir())))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
