"""Generated images as plain data: 8-bit pixels, grids and PNG files (numpy and PIL only, so the GUI can
read saved grids without loading torch)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.io import atomic_write

#: Pixels between the images of a grid.
PAD = 1


def to_uint8(images: np.ndarray) -> np.ndarray:
    """``[N, C, H, W]`` floats in [-1, 1] -> ``[N, H, W, C]`` uint8 (values outside are clipped)."""
    x = np.clip((np.asarray(images, dtype=np.float32) + 1.0) * 127.5 + 0.5, 0, 255).astype(np.uint8)
    return x.transpose(0, 2, 3, 1)


def tile(images: np.ndarray, rows: int, cols: int, pad: int = PAD) -> np.ndarray:
    """Lay ``rows * cols`` uint8 images ``[N, H, W, C]`` out row by row, ``pad`` pixels apart.

    Returns:
        ``[rows*(H+pad)+pad, cols*(W+pad)+pad]`` for grey images, with a trailing 3 for colour ones.
        Missing images (fewer than ``rows * cols``) stay blank.
    """
    n, h, w, c = images.shape
    grid = np.zeros((rows * (h + pad) + pad, cols * (w + pad) + pad, c), dtype=np.uint8)
    for i in range(min(n, rows * cols)):
        r, k = divmod(i, cols)
        top, left = pad + r * (h + pad), pad + k * (w + pad)
        grid[top : top + h, left : left + w] = images[i]
    return grid[..., 0] if c == 1 else grid


def save_png(grid: np.ndarray, path: str | Path, scale: int = 1) -> Path:
    """Write a uint8 grid as a PNG, atomically (temporary file, then rename); ``scale`` enlarges it."""
    from PIL import Image

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.fromarray(grid)
    if scale > 1:
        image = image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)
    with atomic_write(path, durable=False) as fh:  # its mode follows the umask, like any new file
        image.save(fh, format="PNG")
    return path


def load_png(path: str | Path) -> np.ndarray:
    """A saved grid back as a uint8 array (``[H, W]`` or ``[H, W, 3]``)."""
    from PIL import Image

    with Image.open(path) as image:
        return np.asarray(image.convert("L" if image.mode in ("L", "1", "I", "I;16") else "RGB"))
