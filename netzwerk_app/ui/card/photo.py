"""The card's photo: the round avatar button in the header (the photo, or the initials) with
its menu to choose or remove a photo, stored at once, scaled down to a small JPEG.

`CardPhoto` is mixed into ContactCard; it uses the card's `db`, `contact_id`, `_record`,
`_typed_base`, `_update_header` and `data_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from netzwerk_app.core import contact_writes
from netzwerk_app.ui.card import avatars
from netzwerk_app.ui.text import show_warning

PHOTO_MAX = 512


def scaled_photo(data: bytes) -> tuple[bytes, str] | None:
    """The photo as a JPEG of at most PHOTO_MAX pixels, or None when it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_MAX:
        image = image.scaled(
            PHOTO_MAX, PHOTO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
    return bytes(buffer.data().data()), "image/jpeg"


class CardPhoto:
    """The photo button of ContactCard and what it does (a mixin; see the module)."""

    def _build_photo_button(self) -> QToolButton:
        self.photo_button = QToolButton()
        self.photo_button.setIconSize(QSize(64, 64))
        self.photo_button.setAutoRaise(True)
        self.photo_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.photo_button.setToolTip(self.tr("Change the photo"))
        self.photo_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        photo_menu = QMenu(self.photo_button)
        self.choose_photo_action = photo_menu.addAction(self.tr("Choose photo…"), self.choose_photo)
        self.remove_photo_action = photo_menu.addAction(self.tr("Remove photo"), self.remove_photo)
        self.photo_button.setMenu(photo_menu)
        return self.photo_button

    def _show_photo(self, name: str, photo: bytes | None) -> None:
        """The photo (or the initials of `name`) on the button; choosing needs a stored contact."""
        ratio = self.devicePixelRatioF()
        self.photo_button.setIcon(avatars.avatar(name, photo, 64, ratio))
        self.remove_photo_action.setEnabled(bool(photo))
        self.photo_button.setEnabled(self.contact_id is not None)

    def choose_photo(self) -> None:
        if self.contact_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            show_warning(self, self.tr("Choose a photo"), exc.strerror or str(exc))
            return False
        photo = scaled_photo(data)
        if photo is None:
            show_warning(self, self.tr("Choose a photo"), self.tr("This file is not an image."))
            return False
        self._apply_photo(*photo)
        return True

    def remove_photo(self) -> None:
        self._apply_photo(None, "")

    def _apply_photo(self, data: bytes | None, mime: str) -> None:
        if self.contact_id is None or self._record is None:
            return
        with self.db.atomic():
            contact_writes.set_photo(self.contact_id, data, mime)
        self._record.photo, self._record.photo_mime = data, mime
        if self._typed_base is not None:
            self._typed_base.photo, self._typed_base.photo_mime = data, mime
        self._update_header(self._record)
        self.data_changed.emit()
