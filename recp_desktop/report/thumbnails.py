"""Photos made small before they go into a PDF: a 12-megapixel phone photo becomes a JPEG of
about 60 kB that still prints sharp at the size the report shows it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

MAX_PIXELS = 640  # longest side; the report prints photos about 55 mm wide (~300 dpi)
QUALITY = 78


@dataclass(frozen=True)
class Thumbnail:
    data: bytes  # JPEG
    width: int
    height: int

    def file(self) -> io.BytesIO:
        """The JPEG as a file object, as reportlab's ``Image`` flowable takes it."""
        return io.BytesIO(self.data)


def make_thumbnail(path: Path, max_pixels: int = MAX_PIXELS) -> Thumbnail | None:
    """A JPEG of the photo at ``path`` no larger than ``max_pixels`` on its longest side, turned
    upright by its EXIF orientation; None if the file is missing or not a readable image."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.draft("RGB", (max_pixels, max_pixels))  # JPEG: decode at 1/2..1/8 of the size
            image = ImageOps.exif_transpose(image)
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                flat = Image.new("RGB", image.size, "white")
                flat.paste(image, mask=image.getchannel("A"))
                image = flat
            elif image.mode != "RGB":
                image = image.convert("RGB")
            image.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=QUALITY, optimize=True)
            return Thumbnail(out.getvalue(), image.width, image.height)
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return None
