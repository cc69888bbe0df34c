"""Photos from residents' browsers: decoded and re-encoded, so only the picture itself is kept.

A phone photo carries its maker's metadata: EXIF (the GPS position, the device, the time
to the second), XMP, IPTC, an ICC profile that may name the device, text chunks in a
PNG. None of it survives here: the pixels are decoded (the EXIF orientation applied
first, so the picture stands as it was taken) and written anew as a file with nothing
but pixels. What does not decode as a JPEG, PNG or WebP is refused, and so is a picture
of more pixels than the limit (a decompression bomb: a small file of billions of pixels).

`clean_photo` is blocking work (tens to hundreds of milliseconds for a phone photo): call
it in a thread (`asyncio.to_thread`), never on the event loop.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

# What a photo must start with; the file name and the browser's content type are never trusted.
_JPEG = b"\xff\xd8\xff"
_PNG = b"\x89PNG\r\n\x1a\n"
_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
# Good enough for an officer to read a number plate, a third of a phone camera's size.
JPEG_QUALITY = 85
WEBP_QUALITY = 85


def sniff_image(data: bytes) -> str | None:
    """Return the image type of `data` by its magic bytes (JPEG, PNG, WebP), or None."""
    if data.startswith(_JPEG):
        return "image/jpeg"
    if data.startswith(_PNG):
        return "image/png"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class NotAPhoto(Exception):
    """The bytes are not a JPEG, PNG or WebP that decodes whole within the pixel limit."""


@dataclass(frozen=True, slots=True)
class CleanPhoto:
    data: bytes
    content_type: str
    width: int
    height: int


def clean_photo(data: bytes, *, max_pixels: int) -> CleanPhoto:
    """Decode `data`, turn it upright by its EXIF orientation and encode it again without any
    metadata, in its own format; raise NotAPhoto for anything else (blocking: run in a thread)."""
    content_type = sniff_image(data)
    if content_type is None:
        raise NotAPhoto("not a JPEG, PNG or WebP")
    try:
        # Only the format its first bytes claim: never a PSD, an EPS or another of Pillow's formats.
        with Image.open(io.BytesIO(data), formats=[_FORMATS[content_type]]) as opened:
            # The header's size, before a single pixel is decoded.
            if opened.width * opened.height > max_pixels or opened.width < 1 or opened.height < 1:
                raise NotAPhoto(f"{opened.width}x{opened.height} is over {max_pixels} pixels")
            opened.seek(0)  # an animated WebP or PNG: its first frame
            opened.load()   # the whole picture: a truncated file fails here
            upright = ImageOps.exif_transpose(opened)
            pixels = _plain(upright, content_type)
    # Pillow's bomb check (Image.MAX_IMAGE_PIXELS) raises the error, and the warning where
    # warnings are errors; below that our own limit has refused it already.
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError,
            Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise NotAPhoto(type(exc).__name__) from None
    out = io.BytesIO()
    if content_type == "image/jpeg":
        pixels.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    elif content_type == "image/png":
        pixels.save(out, "PNG", optimize=True)
    else:
        pixels.save(out, "WEBP", quality=WEBP_QUALITY, lossless=False)
    return CleanPhoto(out.getvalue(), content_type, pixels.width, pixels.height)


def _plain(picture: Image.Image, content_type: str) -> Image.Image:
    """Return a new image of the same pixels and nothing else: no `info` (EXIF, XMP, ICC profile,
    text chunks, comments), no palette tricks, in a mode its format writes."""
    if content_type == "image/jpeg":
        mode = "L" if picture.mode in ("1", "L") else "RGB"
    elif picture.mode in ("1", "L", "RGB", "RGBA"):
        mode = picture.mode if picture.mode != "1" else "L"
    elif picture.mode in ("LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        mode = "RGBA"
    else:
        mode = "RGB"
    converted = picture.convert(mode) if picture.mode != mode else picture
    # Built from the raw pixels, so nothing of the original file's `info` can ride along.
    return Image.frombytes(mode, converted.size, converted.tobytes())
