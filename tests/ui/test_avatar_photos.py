"""Photos are decoded by the format their first bytes tell (Qt loads only that plugin), and
every real photo reads as it did when Qt probed the plugins itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from netzwerk_app.ui.card.avatars import image_format, photo_image
from netzwerk_app.vcard import read_vcard_file

VCARDS = Path(__file__).resolve().parent.parent / "data" / "vcards"


def _real_photos() -> list[tuple[str, bytes]]:
    photos = []
    for path in sorted(VCARDS.glob("*.vcf")):
        for record in read_vcard_file(path).records:
            if record.photo:
                photos.append((path.name, record.photo))
    return photos


PHOTOS = _real_photos()


def test_the_real_world_files_hold_photos_of_several_formats():
    formats = {image_format(photo) for _name, photo in PHOTOS}
    assert {"JPEG", "PNG"} <= formats
    assert len(PHOTOS) >= 8


@pytest.mark.parametrize(("name", "photo"), PHOTOS, ids=[name for name, _ in PHOTOS])
def test_a_real_photo_reads_as_when_qt_probed_for_its_format(qapp, name, photo):
    probed = QImage.fromData(photo)
    image = photo_image(photo)
    if probed.isNull():
        assert image is None
    else:
        assert image is not None
        assert image.size() == probed.size()
        assert image.convertToFormat(QImage.Format.Format_ARGB32) == probed.convertToFormat(
            QImage.Format.Format_ARGB32
        )


def test_a_png_labelled_as_jpeg_is_read_by_its_bytes(qapp):
    (photo,) = [p for name, p in PHOTOS if name.startswith("calcard__macos15-photo-png")]
    assert image_format(photo) == "PNG"
    image = photo_image(photo)
    assert image is not None and not image.isNull()


def test_no_photo_or_bytes_no_reader_takes_give_none(qapp):
    assert photo_image(None) is None
    assert photo_image(b"") is None
    assert photo_image(b"\xff\xd8\xff\xe0 not really a jpeg") is None
    assert photo_image(b"plain text") is None
    assert image_format(b"plain text") is None
