#!/usr/bin/env python3
"""Write each note of notes.jsonl as a plain-text file under notes/ (the demo input of
`deid scrub`; the labels stay in notes.jsonl). Standard library only."""
import json
import pathlib

here = pathlib.Path(__file__).parent
out = here / "notes"
out.mkdir(exist_ok=True)
for line in (here / "notes.jsonl").read_text(encoding="utf-8").splitlines():
    note = json.loads(line)
    style_dir = out / note["style"]
    style_dir.mkdir(exist_ok=True)
    (style_dir / f"{note['id']}.txt").write_text(note["text"], encoding="utf-8")
