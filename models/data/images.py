"""Image files: cheap header probing, decoding to a fixed size and channel count, and a lazy Dataset.

Choices (documented here because users see their effect):

* **Scanning never decodes pixels.** :func:`probe_image` opens each file with PIL, which reads the header only
  (size, mode, format), so a folder of 100k files is listed in seconds. The last kilobyte is also read: a PNG
  without its ``IEND`` chunk, a JPEG without its end-of-image marker or a GIF without its trailer is
  probably truncated, and only such a suspicious file is decoded in full to confirm. 0-byte files, files
  PIL cannot identify and decompression bombs (more than ``PIL.Image.MAX_IMAGE_PIXELS`` pixels) are
  skipped with the reason at scan time.
* A file that still fails to decode when a batch is loaded does not stop the epoch:
  :class:`ImageFileDataset` warns once, names the file, and returns the next readable sample instead.
* Every mode is converted to the chosen channel count: palette (with transparency), RGBA/LA (alpha dropped),
  CMYK, YCbCr, 1-bit, and 16-bit/32-bit integer or float images (rescaled to 8 bits first).
* The EXIF orientation a camera writes is applied (the picture is used upright, as a photo viewer shows it),
  in :func:`decode_image`, the one decoder of training, previews and prediction; header sizes are reported
  upright too.
* Resizing stretches to exactly ``[H, W]`` with PIL's antialiased bilinear filter; JPEGs are decoded at a
  reduced scale first when they are much larger than the target (``Image.draft``).
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageOps, UnidentifiedImageError
from torch.utils.data import Dataset

#: Accepted extensions and the PIL format tried first for each.
IMAGE_EXTENSIONS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".jfif": "JPEG",
    ".bmp": "BMP",
    ".dib": "BMP",
    ".gif": "GIF",
    ".webp": "WEBP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
}
_END_MARKERS = {"PNG": b"IEND", "JPEG": b"\xff\xd9", "GIF": b";"}
GRAY_MODES = frozenset({"1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "I;16N", "F", "La"})
_WIDE_MODES = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N", "F"})
_ORIENTATION = 0x0112  # EXIF tag; 5-8 turn the picture by 90 degrees (width and height swap)


def max_pixels() -> int:
    """The decompression-bomb limit: PIL's ``MAX_IMAGE_PIXELS`` (about 89 megapixels by default)."""
    return int(Image.MAX_IMAGE_PIXELS or 89_478_485)


@dataclass(frozen=True)
class ImageHeader:
    """What the header says about an image file."""

    width: int
    height: int
    mode: str
    format: str
    rotated: bool = False  # an EXIF orientation turns or mirrors it (sizes above are already upright)


def probe_image(path: str, size: int | None = None) -> ImageHeader | str:
    """Read an image header (no pixel decoding) and return it, or the reason the file cannot be used.

    Args:
        path: The image file.
        size: Its size in bytes when already known from the directory listing.
    """
    try:
        if size is None:
            size = Path(path).stat().st_size
        if size == 0:
            return "empty file (0 bytes)"
        fmt = IMAGE_EXTENSIONS.get(os.path.splitext(path)[1].lower())
        with open(path, "rb") as fh:
            marker = _END_MARKERS.get(fmt or "")
            tail_ok = True
            if marker:
                fh.seek(max(0, size - 1024))
                tail_ok = marker in fh.read()
                fh.seek(0)
            try:
                im = Image.open(fh, formats=[fmt] if fmt else None)
            except UnidentifiedImageError:
                fh.seek(0)  # a real image with the wrong extension is still fine
                im = Image.open(fh)
            with im:
                w, h = im.size
                if w * h > max_pixels():  # PIL only warns up to twice its limit; we skip
                    return _bomb(w, h)
                if not tail_ok:
                    im.load()  # looks truncated: decode fully to be sure
                turn = exif_orientation(im)
                if turn >= 5:
                    w, h = h, w
                return ImageHeader(w, h, im.mode, im.format or "?", rotated=turn > 1)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        return f"decompression bomb: {err}"
    except UnidentifiedImageError:
        return "not a readable image (unknown or corrupt header)"
    except PermissionError:
        return "permission denied"
    except FileNotFoundError:
        return "file not found (a broken link?)"
    except Exception as err:  # noqa: BLE001 - PIL raises many types for corrupt data; a bad file must not crash
        return f"corrupt or truncated image ({type(err).__name__}: {err})"


def _bomb(w: int, h: int) -> str:
    return (
        f"decompression bomb: {w}x{h} = {w * h:,} pixels exceeds the limit of {max_pixels():,}; "
        "shrink the image if it is genuine"
    )


def exif_orientation(im: Image.Image) -> int:
    """The EXIF orientation (1-8; 1 = upright) read from the header, without decoding pixels."""
    if im.format == "PNG" and "exif" not in im.info:
        return 1  # PIL would decode the whole PNG looking for a late eXIf chunk
    try:
        value = im.getexif().get(_ORIENTATION, 1)
    except Exception:  # noqa: BLE001 - a broken EXIF block must not lose the picture; use it as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def to_channels(im: Image.Image, channels: int) -> Image.Image:
    """Convert any PIL mode to ``L`` (1 channel) or ``RGB`` (3 channels)."""
    if im.mode in _WIDE_MODES:
        a = np.asarray(im, dtype=np.float32)
        top = float(np.nanmax(a)) if a.size else 1.0
        scale = 1.0 if (im.mode == "F" and top <= 1.0) else (65535.0 if top <= 65535 else top)
        im = Image.fromarray(np.clip(np.nan_to_num(a) / scale * 255.0 + 0.5, 0, 255).astype(np.uint8), "L")
    elif im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")
    target = "L" if channels == 1 else "RGB"
    if im.mode == target:
        return im
    if target == "L" and im.mode not in ("RGB", "RGBA", "P", "1", "LA", "La"):
        im = im.convert("RGB")  # CMYK, YCbCr, LAB, HSV go through RGB
    return im.convert(target)


def decode_image(path: str, channels: int, size: tuple[int, int]) -> torch.Tensor:
    """Decode ``path`` to a uint8 tensor ``[C, H, W]`` of the given channels and ``(H, W)`` size.

    Raises:
        OSError, ValueError, Image.DecompressionBombError, ...: the file cannot be decoded.
    """
    h, w = size
    with Image.open(path) as im:
        turn = exif_orientation(im)
        if im.format == "JPEG":  # DCT-domain downscale: much faster for photos (the stored side lengths)
            im.draft("L" if channels == 1 else "RGB", (h, w) if turn >= 5 else (w, h))
        if turn > 1:
            im = ImageOps.exif_transpose(im)
        im = to_channels(im, channels)
        if im.size != (w, h):
            im = im.resize((w, h), Image.BILINEAR)
        a = np.array(im, dtype=np.uint8)
    if a.ndim == 2:
        a = a[:, :, None]
    return torch.from_numpy(a).permute(2, 0, 1).contiguous()


def to_display(x: torch.Tensor | np.ndarray) -> np.ndarray:
    """A ``[C, H, W]`` image (uint8, or float in [0, 1]) as a uint8 ``H x W x C`` array ready to show."""
    t = torch.as_tensor(x)
    if t.dtype != torch.uint8:
        t = (t.float().clamp(0, 1) * 255.0 + 0.5).to(torch.uint8)
    return t.permute(1, 2, 0).contiguous().numpy()


def choose_channels(modes: list[str]) -> int:
    """1 when every image is grayscale, else 3."""
    return 1 if modes and all(m in GRAY_MODES for m in modes) else 3


def choose_size(sizes: np.ndarray, cap: int = 128, floor: int = 8) -> list[int]:
    """Target ``[H, W]``: the common (or median) size, scaled so the longer side is at most ``cap``.

    Args:
        sizes: ``[N, 2]`` array of (height, width).
        cap: Longest side after scaling down.
        floor: Shortest side after scaling up.
    """
    if len(sizes) == 0:
        return [32, 32]
    h, w = (float(v) for v in np.median(sizes, axis=0))
    s = min(1.0, cap / max(h, w))
    h, w = h * s, w * s
    s = max(1.0, floor / min(h, w))
    return [max(floor, round(h * s)), max(floor, round(w * s))]


class ImageFileDataset(Dataset):
    """Lazy image dataset: decodes one file per ``__getitem__`` (so DataLoader workers share the work).

    Args:
        paths: Image files.
        labels: Class index per file.
        channels: 1 or 3.
        size: ``(H, W)``.
        mean: Per-channel mean (of [0, 1] pixels) used for normalisation.
        std: Per-channel std.
        augment: Train-time augmentation on uint8 ``[C, H, W]`` returning float in [0, 1], or None.
    """

    def __init__(
        self,
        paths: list[str],
        labels: np.ndarray,
        channels: int,
        size: tuple[int, int],
        mean: list[float],
        std: list[float],
        augment: object | None = None,
    ) -> None:
        self.paths = list(paths)
        self.labels = np.asarray(labels, dtype=np.int64)
        self.channels, self.size = channels, (int(size[0]), int(size[1]))
        self.mean = torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1)
        self.std = torch.tensor(std, dtype=torch.float32).view(-1, 1, 1)
        self.augment = augment
        self._warned: set[int] = set()

    def __len__(self) -> int:
        return len(self.paths)

    def raw(self, i: int) -> torch.Tensor:
        """The decoded uint8 ``[C, H, W]`` image, without augmentation or normalisation."""
        return decode_image(self.paths[i], self.channels, self.size)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, int]:
        for k in range(len(self.paths)):
            j = (i + k) % len(self.paths)
            try:
                img = self.raw(j)
            except Exception as err:  # noqa: BLE001 - a corrupt file must not end the epoch
                if j not in self._warned:
                    self._warned.add(j)
                    warnings.warn(
                        f"{self.paths[j]}: cannot be decoded ({type(err).__name__}: {err}); "
                        "a neighbouring image is used instead",
                        RuntimeWarning,
                        stacklevel=2,
                    )
                continue
            x = self.augment(img) if self.augment is not None else img.float().div_(255.0)  # type: ignore[operator]
            return (x - self.mean) / self.std, int(self.labels[j])
        raise RuntimeError("no image of this split can be decoded")
