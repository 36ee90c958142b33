"""Synthetic evidence of every kind, made here: no real media, no real people."""

from __future__ import annotations

import io
import json
import struct
import wave


def box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def mvhd(timescale: int, duration: int) -> bytes:
    body = bytes(4) + bytes(8) + struct.pack(">II", timescale, duration) + bytes(80)
    return box(b"mvhd", body)


def tkhd(width: int, height: int) -> bytes:
    body = bytes(4) + bytes(72) + struct.pack(">II", width << 16, height << 16)
    return box(b"tkhd", body)


def mp4(mark: bytes = b"", *, moov: bool = True, brand: bytes = b"isom") -> bytes:
    """An ISO media file's top-level shape: ftyp, moov (the index: 12.5 s, 640x360), mdat."""
    parts = [box(b"ftyp", brand + b"\x00\x00\x02\x00" + brand + b"mp41")]
    if moov:
        index = mvhd(1000, 12_500) + box(b"trak", tkhd(640, 360)) + box(b"trak", tkhd(0, 0))
        parts.append(box(b"moov", index))
    parts.append(box(b"mdat", mark + bytes(200_000) + mark))
    return b"".join(parts)


def webm(mark: bytes = b"") -> bytes:
    header = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm"
    return header + mark + bytes(10_000)


def pdf(mark: bytes = b"") -> bytes:
    body = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"% " + mark + b"\n"
        b"trailer << /Root 1 0 R >>\n"
    )
    return body + b"%%EOF\n"


def wav(mark: bytes = b"") -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(mark + bytes(16_000) + mark)
    return out.getvalue()


def chat_json(mark: bytes = b"") -> bytes:
    messages = [{"from": "a@one.example", "text": "synthetic message " + mark.decode()}]
    return json.dumps({"messages": messages}).encode()


def chat_html(mark: bytes = b"") -> bytes:
    return b"<!DOCTYPE html><html><body><p>synthetic chat " + mark + b"</p></body></html>"


def chat_text(mark: bytes = b"") -> bytes:
    return b"12:00 a@one.example: synthetic line " + mark + b"\n" * 3


def chat_bracketed(mark: bytes = b"") -> bytes:
    return b"[06/12/2026, 12:00] a@one.example: synthetic line " + mark + b"\n"


def post_json(mark: bytes = b"") -> bytes:
    post = {"id": "1099", "content": "<p>synthetic post " + mark.decode() + "</p>"}
    return json.dumps(post).encode()


def zip_eocd() -> bytes:
    return b"PK\x05\x06" + bytes(18)


def encoded_video(
    container: str = "mp4", *, size: tuple[int, int] = (96, 64), frames: int = 25, mark: bytes = b""
) -> bytes:
    """A real, decodable video made here with PyAV: a red picture, 25 frames a second.

    ``container`` is mp4 (MPEG-4 part 2) or webm (VP8); ``mark`` goes in its metadata,
    so the plaintext holds it where a leak scan can find it.
    """
    import av
    from PIL import Image

    codec = {"mp4": "mpeg4", "webm": "libvpx"}[container]
    out = io.BytesIO()
    with av.open(out, "w", format=container) as muxer:
        if mark:
            muxer.metadata["comment"] = mark.decode()
        stream = muxer.add_stream(codec, rate=25)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        picture = Image.new("RGB", size, (220, 20, 30))
        for _ in range(frames):
            for packet in stream.encode(av.VideoFrame.from_image(picture)):
                muxer.mux(packet)
        for packet in stream.encode(None):
            muxer.mux(packet)
    return out.getvalue()


def encoded_audio(container: str, *, seconds: float = 2.0) -> bytes:
    """A real, decodable tone made here with PyAV: ogg (Opus), mp3 or m4a (AAC)."""
    import math

    import av

    codec = {"ogg": "libopus", "mp3": "libmp3lame", "ipod": "aac"}[container]
    rate = 44100 if codec != "libopus" else 48000
    out = io.BytesIO()
    with av.open(out, "w", format=container) as muxer:
        stream = muxer.add_stream(codec, rate=rate)
        stream.layout = "mono"
        size = stream.codec_context.frame_size or 1024
        total = int(rate * seconds)
        at = 0
        while at < total:
            count = min(size, total - at)
            tone = [int(8000 * math.sin(2 * math.pi * 440 * (at + i) / rate)) for i in range(count)]
            frame = av.AudioFrame(format="s16", layout="mono", samples=count)
            frame.planes[0].update(struct.pack(f"<{count}h", *tone))
            frame.sample_rate, frame.pts = rate, at
            at += count
            for packet in stream.encode(frame):
                muxer.mux(packet)
        for packet in stream.encode(None):
            muxer.mux(packet)
    return out.getvalue()
