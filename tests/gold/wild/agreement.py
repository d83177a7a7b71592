"""Agreement between the first and the second annotator of the wild texts redone in second/.

usage: python tests/gold/wild/agreement.py   (from the repository root)
References are compared on the shared scorer's key (start, end, type, number, date), relations on
(from, to, type) with white space collapsed; F1 of one annotator against the other, micro over the files."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def ref_key(r: dict) -> tuple:
    return (r.get("start"), r.get("end"), _nfc(r.get("type")), _nfc(r.get("number")), r.get("date"))


def rel_key(r: dict) -> tuple:
    return (" ".join(_nfc(str(r.get("from"))).split()), " ".join(_nfc(str(r.get("to"))).split()), r.get("type"))


def main() -> None:
    common_refs = first_refs = second_refs = common_rels = first_rels = second_rels = 0
    for second in sorted((HERE / "second").glob("*.gold.json")):
        first = next(p for split in ("dev", "blind") if (p := HERE / split / second.name).exists())
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        ra, rb = {ref_key(r) for r in a["references"]}, {ref_key(r) for r in b["references"]}
        la, lb = {rel_key(r) for r in a["relations"]}, {rel_key(r) for r in b["relations"]}
        print(f"{second.name:<32} refs {len(ra & rb)}/{len(ra)}/{len(rb)}  rels {len(la & lb)}/{len(la)}/{len(lb)}")
        common_refs += len(ra & rb)
        first_refs += len(ra)
        second_refs += len(rb)
        common_rels += len(la & lb)
        first_rels += len(la)
        second_rels += len(lb)
    print(f"references F1 {2 * common_refs / (first_refs + second_refs):.3f} "
          f"({common_refs} common of {first_refs} / {second_refs})")
    print(f"relations F1 {2 * common_rels / (first_rels + second_rels):.3f} "
          f"({common_rels} common of {first_rels} / {second_rels})")


if __name__ == "__main__":
    main()
