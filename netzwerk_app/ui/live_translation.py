"""Changing the language while the app runs: swap the translators and translate the texts
already shown again, without rebuilding the widgets.

A widget class mixes in `LiveTranslation`: its `tr` remembers the source of every text it
translated, and `retranslate_texts()` finds those texts in its widgets (labels, buttons, actions,
menus, tabs, table headers, placeholders, combo box items, tooltips) and translates them again.
Texts built from pieces (counts, names) are not found this way: the widget refreshes them itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMenu, QWidget

from netzwerk_app.ui.i18n import install_translators


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the app's translators by those of `language` ("de"/"en"); returns the new ones.

    Qt then sends every widget a LanguageChange event. The new translators are children of
    `app`, so they stay alive as long as it does.
    """
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    return install_translators(app, language)


class LiveTranslation:
    """Mixin for a QWidget: remembers what `tr` translated, to translate it again later."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        text = super().tr(source, disambiguation, n)  # type: ignore[misc]
        sources: dict[str, tuple[str, str | None, int]] = self.__dict__.setdefault(
            "_tr_sources", {}
        )
        sources[text] = (source, disambiguation, n)
        return text

    def _again(self, text: str) -> str | None:
        """`text` in the current language when this object translated it, else None."""
        found = self.__dict__.get("_tr_sources", {}).get(text)
        if found is None or not text:
            return None
        return self.tr(*found)

    def _redo(self, getter: Callable[[], str], setter: Callable[[str], object]) -> None:
        new = self._again(getter())
        if new is not None:
            setter(new)

    def retranslate_texts(self) -> None:
        """Translate again every text of this widget and its children that `tr` made."""
        assert isinstance(self, QWidget)
        # (not imported with the window: their Python types wait for a change of language)
        from PySide6.QtWidgets import QGroupBox, QListWidget, QTableWidget, QTabWidget, QTreeWidget

        redo = self._redo
        redo(self.windowTitle, self.setWindowTitle)
        objects: list[QObject] = [self, *self.findChildren(QObject)]
        for obj in objects:
            if isinstance(obj, QAction):
                redo(obj.text, obj.setText)
                redo(obj.toolTip, obj.setToolTip)
                continue
            if not isinstance(obj, QWidget):
                continue
            redo(obj.toolTip, obj.setToolTip)
            if isinstance(obj, QMenu):
                redo(obj.title, obj.setTitle)
            elif isinstance(obj, (QLabel, QAbstractButton)):
                redo(obj.text, obj.setText)
            elif isinstance(obj, QLineEdit):
                redo(obj.placeholderText, obj.setPlaceholderText)
            elif isinstance(obj, QGroupBox):
                redo(obj.title, obj.setTitle)
            elif isinstance(obj, QComboBox):
                for i in range(obj.count()):
                    if (new := self._again(obj.itemText(i))) is not None:
                        obj.setItemText(i, new)
            elif isinstance(obj, QTabWidget):
                for i in range(obj.count()):
                    if (new := self._again(obj.tabText(i))) is not None:
                        obj.setTabText(i, new)
            elif isinstance(obj, QTableWidget):
                for i in range(obj.columnCount()):
                    if (item := obj.horizontalHeaderItem(i)) is not None:
                        redo(item.text, item.setText)
            elif isinstance(obj, QTreeWidget):
                header = obj.headerItem()
                for i in range(header.columnCount()):
                    if (new := self._again(header.text(i))) is not None:
                        header.setText(i, new)
            elif isinstance(obj, QListWidget):
                for i in range(obj.count()):
                    item = obj.item(i)
                    redo(item.text, item.setText)
