#!/usr/bin/env python3
"""make_icons.py: draws News Context's toolbar and store icons (16, 32, 48, 128 px PNGs).

Why a script: the icons are simple geometry (a blue rounded square, three lines of "text", one of
them underlined in orange like a marked claim), so they are drawn here with the standard library
(zlib + struct) instead of being shipped as opaque binaries. Re-run after changing the design:
    python3 extension/icons/make_icons.py
The PNGs it writes are committed; the build does not run this script.
"""
import os
import struct
import zlib

BLUE = (0x00, 0x72, 0xB2)   # Okabe-Ito blue: the name mark's colour
WHITE = (0xFF, 0xFF, 0xFF)
ORANGE = (0xE6, 0x9F, 0x00)  # Okabe-Ito orange
SIZES = (16, 32, 48, 128)
SUPERSAMPLE = 4


def in_rounded_square(x, y, radius):
    """Unit square [0,1]^2 with rounded corners of `radius`."""
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def shape_at(x, y):
    """Colour of the design at unit coordinates (x, y), or None for transparent."""
    if not (0 <= x <= 1 and 0 <= y <= 1) or not in_rounded_square(x, y, 0.2):
        return None
    # three bars of "text"; the middle one is shorter and underlined in orange
    bars = [(0.20, 0.80, 0.22, 0.33), (0.20, 0.62, 0.45, 0.56), (0.20, 0.80, 0.72, 0.83)]
    for x0, x1, y0, y1 in bars:
        if x0 <= x <= x1 and y0 <= y <= y1:
            return WHITE
    if 0.20 <= x <= 0.62 and 0.60 <= y <= 0.66:
        return ORANGE
    return BLUE


def render(size):
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray([0])  # filter type: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    c = shape_at((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            covered = acc[3]
            if covered:
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered,
                              round(255 * covered / (n * n))])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b""))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for size in SIZES:
        path = os.path.join(here, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(png(size, render(size)))
        print(path)


if __name__ == "__main__":
    main()
