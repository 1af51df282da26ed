#!/usr/bin/env python3
"""Build notes.jsonl (next to this script) from hand-written texts with inline markup.

Markup: {CODE|value}  -> value is kept in the text and recorded as a span of
kind KINDS[CODE] with exact UTF-8 byte offsets.
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts_long import LONG  # noqa: E402
from texts_other import LETTERS, MESSAGES, SNIPPETS, NEGATIVES  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.jsonl")

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY",
    "Z": "ZIP", "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE",
    "F": "FAX", "E": "EMAIL", "SSN": "SSN", "MRN": "MRN",
    "HP": "HEALTH_PLAN_ID", "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER",
    "VIN": "VEHICLE_ID", "DEV": "DEVICE_ID", "URL": "URL",
    "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}
MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]+)\}")
BAD_EDGE = set(" \t\r\n.,;:!?'\"()[]{}<>-/\\|\u2013\u2014\u00b7")


def render(marked):
    """Return (plain_text, spans) with byte offsets."""
    out = []          # list of str pieces
    nbytes = 0
    spans = []
    pos = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        val = m.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"bstart": nbytes, "bend": nbytes + b,
                      "kind": KINDS[m.group(1)], "_value": val})
        out.append(val)
        nbytes += b
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, spans


def verify(rid, text, spans, negative):
    errs = []
    if "{" in text or "}" in text:
        errs.append("leftover markup brace")
    raw = text.encode("utf-8")
    prev_end = -1
    for s in sorted(spans, key=lambda x: x["bstart"]):
        seg = raw[s["bstart"]:s["bend"]].decode("utf-8")
        if seg != s["_value"]:
            errs.append("mismatch %r vs %r" % (seg, s["_value"]))
        if s["bstart"] < prev_end:
            errs.append("overlap at %d" % s["bstart"])
        prev_end = s["bend"]
        if not seg or "\n" in seg:
            errs.append("empty/multiline span %r" % seg)
            continue
        first, last = seg[0], seg[-1]
        lead_ok = first not in BAD_EDGE or (
            s["kind"] in ("PHONE", "FAX") and first in "(+")
        if not lead_ok:
            errs.append("leading punct/space in %s %r" % (s["kind"], seg))
        if last in BAD_EDGE:
            errs.append("trailing punct/space in %s %r" % (s["kind"], seg))
        if s["kind"] != "GEO" and (seg.endswith("'s") or seg.endswith("\u2019s")):
            errs.append("possessive inside span %r" % seg)
        if s["kind"] == "NAME" and re.match(r"(?i)(dr|mr|mrs|ms|dra|rev)\.?\s", seg):
            errs.append("title inside NAME %r" % seg)
        if s["kind"] == "AGE_90_PLUS" and not (seg.isdigit() and int(seg) >= 90):
            errs.append("bad age %r" % seg)
        # span boundaries must not split a word
        if s["bstart"] > 0:
            before = raw[:s["bstart"]].decode("utf-8")[-1:]
            if before.isalnum():
                errs.append("span starts mid-token %r" % seg)
        after = raw[s["bend"]:].decode("utf-8")[:1]
        if after.isalnum() and not (s["kind"] == "AGE_90_PLUS" and after.isalpha()):
            errs.append("span ends mid-token %r" % seg)
    if negative and spans:
        errs.append("hard negative has spans")
    return ["%s: %s" % (rid, e) for e in errs]


def main():
    groups = [("long", LONG, False), ("letter", LETTERS, False),
              ("message", MESSAGES, False), ("snippet", SNIPPETS, False),
              ("negative", NEGATIVES, True)]
    records, errors = [], []
    kind_counts = Counter()
    group_counts = Counter()
    seen = set()
    for gname, items, neg in groups:
        for rid, marked in items:
            assert rid not in seen, rid
            seen.add(rid)
            text, spans = render(marked)
            errors += verify(rid, text, spans, neg)
            for s in spans:
                kind_counts[s["kind"]] += 1
            group_counts[gname] += 1
            records.append({"id": rid, "text": text,
                            "spans": [{k: s[k] for k in ("bstart", "bend", "kind")}
                                      for s in spans]})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and verify from disk (independent of the markup)
    n_spans = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            raw = r["text"].encode("utf-8")
            last = -1
            for s in sorted(r["spans"], key=lambda x: x["bstart"]):
                assert 0 <= s["bstart"] < s["bend"] <= len(raw), (r["id"], s)
                raw[s["bstart"]:s["bend"]].decode("utf-8")  # must be valid UTF-8
                assert s["bstart"] >= last, (r["id"], "overlap")
                assert s["kind"] in KINDS.values()
                last = s["bend"]
                n_spans += 1

    if errors:
        print("VERIFICATION ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("texts: %d  (%s)" % (len(records),
          ", ".join("%s=%d" % kv for kv in group_counts.items())))
    print("spans: %d" % n_spans)
    for k in KINDS.values():
        print("  %-16s %4d" % (k, kind_counts[k]))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
