"""The tier board's card: avatar, name, organization and title, and the care state, painted.

One delegate paints every card of a column (no widget per card). All text is drawn with
``QPainter.drawText`` on plain strings, so names from outside never become rich text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netzwerk_app.core.board import BoardCard
from netzwerk_app.ui.card.avatars import PhotoCache, paint_avatar
from netzwerk_app.ui.care_colors import no_birthday_text, paint_drop, state_colour, state_text

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_HEIGHT = 74
AVATAR = 38
SMALL_AVATAR = 26  # in narrow columns (a 1,024 px window), so that names keep their room
NARROW = 170
MARGIN = 4
# The narrowest a card may be: the column, not the card, decides the width.
MIN_CARD_WIDTH = 100


class CardDelegate(QStyledItemDelegate):
    """Paints a `BoardCard` (from `CARD_ROLE`) as a rounded card."""

    def __init__(self, photo_loader: Callable[[int], bytes | None] | None = None, parent=None):
        super().__init__(parent)
        self._photos = PhotoCache(photo_loader, AVATAR)

    def forget_photos(self) -> None:
        self._photos.clear()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(MIN_CARD_WIDTH, CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: BoardCard | None = index.data(CARD_ROLE)
        if card is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = QRectF(option.rect).adjusted(MARGIN, MARGIN / 2, -MARGIN, -MARGIN / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(60)
            border = palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(base)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 6, 6)
        else:
            fill = base
        painter.setBrush(fill)
        painter.setPen(QPen(border, 1.5 if selected else 0.8))
        painter.drawRoundedRect(rect, 6, 6)

        # care stripe on the left edge
        colour = state_colour(card.state)
        stripe = QRectF(rect.left(), rect.top() + 6, 4, rect.height() - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(stripe, 2, 2)

        side = AVATAR if rect.width() >= NARROW else SMALL_AVATAR
        avatar_rect = QRectF(rect.left() + 10, rect.top() + (rect.height() - side) / 2, side, side)
        photo = self._photos.get(card.id) if card.has_photo else None
        paint_avatar(painter, avatar_rect, card.name, photo)

        text_left = avatar_rect.right() + (10 if side == AVATAR else 7)
        right = rect.right() - 8
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        small_metrics = QFontMetrics(small)
        name_font = QFont(option.font)
        name_font.setBold(True)
        metrics = QFontMetrics(name_font)
        subtitle = card.subtitle
        label = state_text(card.state, card.days_left)
        if not label and card.needs_birthday:
            label = no_birthday_text(short=True)
        line_gap = 3
        block = metrics.height()
        if subtitle:
            block += line_gap + small_metrics.height()
        if label:
            block += line_gap + small_metrics.height()
        y = rect.top() + (rect.height() - block) / 2
        width = max(10, int(right - text_left))

        painter.setFont(name_font)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(text_left, y, width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
            metrics.elidedText(card.name, Qt.TextElideMode.ElideRight, width),
        )
        y += metrics.height() + line_gap
        painter.setFont(small)
        if subtitle:
            painter.setPen(muted)
            painter.drawText(
                QRectF(text_left, y, width, small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
                small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width),
            )
            y += small_metrics.height() + line_gap
        if label:
            # the care state: a water drop and the days, like a plant that needs water
            drop_height = min(13.0, small_metrics.height())
            paint_drop(
                painter,
                QRectF(text_left, y + (small_metrics.height() - drop_height) / 2, 10, drop_height),
                card.state,
            )
            painter.setPen(colour)
            painter.drawText(
                QRectF(text_left + 15, y, width - 15, small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextSingleLine,
                small_metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 15),
            )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)
        painter.restore()
