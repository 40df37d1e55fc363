#!/usr/bin/env python3
"""Writes the door window's sounds (16-bit mono PCM WAV, 44.1 kHz) into this folder.

Distinct at a glance of the ear, even in a noisy foyer: a bright rising two-note chime for
"admitted", a low double buzz for "refused", and a single middle beep for "look at the screen"
(offline, scan the QR code). Run it again only to change them; the WAV files are committed.
"""
import math
import struct
import wave
from pathlib import Path

RATE = 44100


def tone(freq, seconds, volume=0.5, square=False):
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        # 8 ms fade in and out: no clicks.
        env = min(1.0, t / 0.008, (seconds - t) / 0.008)
        s = math.sin(2 * math.pi * freq * t)
        if square:  # a softened square wave: a buzz that carries
            s = math.tanh(4 * s)
        out.append(volume * env * s)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = Path(__file__).with_name(name)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


write("admitted.wav", tone(880, 0.11) + tone(1320, 0.16))
write("refused.wav", tone(196, 0.18, 0.55, True) + silence(0.06) + tone(196, 0.28, 0.55, True))
write("attention.wav", tone(660, 0.22, 0.45))
