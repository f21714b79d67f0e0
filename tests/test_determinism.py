"""The record of an article does not depend on the process: string hashing is randomised per
process, and no stage may let a set's order decide between two readings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPT = (
    "import sys, hashlib\n"
    "from rasd.pipeline import Pipeline\n"
    "from rasd.read import read_inputs\n"
    "p, h = Pipeline(), hashlib.sha1()\n"
    "for item in read_inputs([sys.argv[1]]):\n"
    "    r = p.run(item)\n"
    "    h.update(r.to_json().encode() if hasattr(r, 'to_json') else b'')\n"
    "print(h.hexdigest())\n"
)


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(EXAMPLES)], env=env, check=True,
                         capture_output=True, text=True)
    return out.stdout.strip()


def test_records_are_the_same_whatever_the_hash_seed() -> None:
    assert _digest("1") == _digest("2")
