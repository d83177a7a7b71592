"""Check gold annotation files against docs/ANNOTATION.md's "Checking" rules.

usage:  python tests/gold/check_gold.py FILE.gold.json [FILE.gold.json ...]
        (exit 0 when every file is clean; problems are printed one per line)
import: from check_gold import check_gold_file; problems = check_gold_file(gold_path, text_path)

The text of `X.gold.json` is `X.txt` beside it, else the file named by the gold's "source"
(first word) beside it, else the same name in data/corpus/ of the repository.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
import unicodedata

REFERENCE_TYPES = {
    "Nghị quyết",
    "Kết luận",
    "Quyết định",
    "Chỉ thị",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Luật",
    "Bộ luật",
    "Pháp lệnh",
    "Hiến pháp",
    "Kế hoạch",
    "Thông báo",
    "Công văn",
    "Công điện",
    "Tờ trình",
    "Báo cáo",
    "Chương trình hành động",
    "Chương trình",
    "Đề án",
    "Hướng dẫn",
    "Quy định",
    "Quy chế",
    "Văn bản hợp nhất",
    "Nghị quyết liên tịch",
}
RELATION_TYPES = {
    "implements",
    "continues",
    "legal_basis",
    "amends",
    "replaces",
    "repeals",
    "guides",
    "linked_with",
    "reviews",
    "corrects",
    "consolidates",
    "suspends",
    "cites",
}
KINDS = {"legal", "news", "other"}
REF_KEYS = ("surface", "start", "end", "type", "number", "date")
REL_KEYS = ("from", "to", "type", "evidence")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_IN = [
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I),
    re.compile(r"ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", re.I),
]
NAME_TAILS = (" số", " ngày", " năm", " của", " khóa", " khoá", " (")
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


WILD_DIR = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild")


def _nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def find_text(gold_path: str, gold: dict | None = None) -> str | None:
    """The text file for a gold file (beside it, in data/corpus/, or in ../shared/corpus/wild/).

    The wild texts have no licence and are never copied into the repository: their gold names
    them by file name and is read against the shared copy beside the checkout."""
    folder = os.path.dirname(os.path.abspath(gold_path))
    base = os.path.basename(gold_path)
    names = []
    if base.endswith(".gold.json"):
        names.append(base[: -len(".gold.json")] + ".txt")
    if gold and isinstance(gold.get("source"), str) and gold["source"].split():
        names.append(gold["source"].split()[0])
    for name in names:
        for d in (folder, os.path.join(REPO, "data", "corpus"), WILD_DIR):
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
    return None


def _date_in(surface):
    s = _nfc(surface)
    for pat in _DATE_IN:
        m = pat.search(s)
        if m:
            d, mth, y = (int(x) for x in m.groups())
            return f"{y:04d}-{mth:02d}-{d:02d}"
    return None


def _is_name_prefix(name: str, surface: str) -> bool:
    """`name` is the whitespace-collapsed surface, or a prefix of it followed by a number, date,
    year phrase, issuer or term (" số", " ngày", " năm", " của", " khóa" ...)."""
    full = _nfc(collapse(surface))
    name = _nfc(collapse(name))
    if not name or not full.startswith(name):
        return False
    if len(full) == len(name):
        return True
    # the rest must be what a name leaves out: number, date, year, issuer, term
    rest = full[len(name) :].lower()
    return rest.startswith(NAME_TAILS)


def check_gold(gold: dict, text: str, label: str = "") -> list[str]:
    p: list[str] = []

    def say(msg):
        p.append(f"{label}{msg}")

    for k in ("source", "kind", "subject_document", "references", "relations"):
        if k not in gold:
            say(f"missing key {k!r}")
    if gold.get("kind") not in KINDS:
        say(f"kind {gold.get('kind')!r} not in {sorted(KINDS)}")
    refs = gold.get("references") or []
    rels = gold.get("relations") or []
    seen = {}
    for i, r in enumerate(refs):
        where = f"reference {i} {r.get('surface')!r}: "
        missing = [k for k in REF_KEYS if k not in r]
        if missing:
            say(where + f"missing {missing}")
            continue
        st, en = r["start"], r["end"]
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
            say(where + f"bad offsets {st}..{en}")
            continue
        if text[st:en] != r["surface"]:
            say(where + f"text[{st}:{en}] is {text[st:en]!r}")
        if r["surface"] != r["surface"].strip() or r["surface"][:1] in "*|" or r["surface"][-1:] in "*|":
            say(where + "surface starts/ends with whitespace or a Markdown marker")
        key = (st, en, _nfc(r["type"]), _nfc(r["number"]))
        if key in seen:
            say(where + f"duplicate of reference {seen[key]} (same start, end, type, number)")
        seen[key] = i
        if r["type"] not in REFERENCE_TYPES:
            say(where + f"type {r['type']!r} not in the allowed list")
        elif r["type"] != _nfc(r["type"]):
            say(where + "type not NFC")
        num = r["number"]
        if num is not None:
            if not isinstance(num, str) or not num or re.search(r"\s", num):
                say(where + f"number {num!r} empty or has whitespace")
            elif num != _nfc(num):
                say(where + "number not NFC")
        d = r["date"]
        if d is not None:
            ok = isinstance(d, str) and ISO.match(d)
            if ok:
                try:
                    datetime.date.fromisoformat(d)
                except ValueError:
                    ok = False
            if not ok:
                say(where + f"date {d!r} is not an ISO date")
        if num is not None:  # a full date written inside a numbered mention is its date
            written = _date_in(r["surface"])
            if written and written != d:
                say(where + f"date {d!r} but the surface says {written}")
        term = r.get("term")
        if term is not None and not re.fullmatch(r"[IVXLC]+", str(term)):
            say(where + f"term {term!r} is not a Roman numeral")
    numbers = {_nfc(r.get("number")) for r in refs if r.get("number")}
    numberless = [r.get("surface", "") for r in refs if not r.get("number")]
    subject = _nfc(gold.get("subject_document"))
    seen_rel = {}
    for i, rel in enumerate(rels):
        where = f"relation {i} {rel.get('from')!r} -{rel.get('type')}-> {rel.get('to')!r}: "
        missing = [k for k in REL_KEYS if k not in rel]
        if missing:
            say(where + f"missing {missing}")
            continue
        if rel["type"] not in RELATION_TYPES:
            say(where + f"type {rel['type']!r} not in the allowed list")
        ev = rel["evidence"]
        if not isinstance(ev, str) or not ev or ev not in text:
            say(where + "evidence is not a substring of the text")
        for end in ("from", "to"):
            v = _nfc(rel[end])
            if not isinstance(v, str) or not v:
                say(where + f"{end} is empty")
                continue
            if v in numbers or (subject and v == subject):
                continue
            if any(_is_name_prefix(v, s) for s in numberless):
                continue
            say(
                where + f"{end} {v!r} is neither a reference's number, the subject_document, "
                "nor the prefix of a numberless reference's surface"
            )
        if rel["from"] == rel["to"]:
            say(where + "from == to")
        key = (_nfc(rel["from"]), _nfc(rel["to"]), rel["type"])
        if key in seen_rel:
            say(where + f"duplicate of relation {seen_rel[key]}")
        seen_rel[key] = i
    return p


def check_gold_file(gold_path: str, text_path: str | None = None) -> list[str]:
    """Problems found in one gold file ([] when clean)."""
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return [f"cannot read {gold_path}: {e}"]
    if text_path is None:
        text_path = find_text(gold_path, gold)
        if text_path is None:
            return [f"{gold_path}: text file not found beside it nor in data/corpus/"]
    with open(text_path, encoding="utf-8") as f:
        text = f.read()
    return check_gold(gold, text)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    bad = 0
    for path in argv:
        problems = check_gold_file(path)
        if problems:
            bad += 1
            for pr in problems:
                print(f"{path}: {pr}")
        else:
            with open(path, encoding="utf-8") as f:
                g = json.load(f)
            print(f"{path}: ok ({len(g['references'])} references, {len(g['relations'])} relations)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
