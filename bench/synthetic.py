"""A deterministic generator of synthetic corpora of N Vietnamese policy texts that cite each other.

The texts have the structure of the real ones in data/corpus: a header with the document's own
number ("Số: 123/2021/QĐ-TTg"), a "Căn cứ" preamble citing earlier laws and decrees, articles that
amend, repeal or replace earlier documents, implementation plans that "thực hiện" earlier resolutions,
and news-style leads. Every document cites only documents issued before it, so the corpus is a DAG
like the real web of documents. Same N and seed, same corpus, byte for byte.

Run: python bench/synthetic.py N OUT_DIR [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

KINDS = [
    # (kind word, code in the number, issuer code, issuer name, weight)
    ("Nghị định", "NĐ-CP", "Chính phủ", 0.22),
    ("Quyết định", "QĐ-TTg", "Thủ tướng Chính phủ", 0.28),
    ("Thông tư", "TT-BTC", "Bộ trưởng Bộ Tài chính", 0.14),
    ("Nghị quyết", "NQ-CP", "Chính phủ", 0.12),
    ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ", 0.06),
    ("Kế hoạch", "KH-UBND", "Ủy ban nhân dân tỉnh Nghệ An", 0.10),
    ("Luật", "QH15", "Quốc hội", 0.08),
]
TOPICS = [
    "phát triển kinh tế xanh", "chuyển đổi số", "cải cách thủ tục hành chính", "phát triển logistics",
    "bảo vệ môi trường", "hỗ trợ sản xuất nông nghiệp", "phát triển du lịch", "đầu tư công",
    "bảo vệ bí mật nhà nước", "phòng, chống thiên tai", "giáo dục nghề nghiệp", "y tế cơ sở",
    "an sinh xã hội", "quản lý đất đai", "phát triển hạ tầng giao thông", "liên kết vùng",
]
PROVINCES = ["Nghệ An", "Hải Phòng", "Quảng Ninh", "Hà Tĩnh", "Thanh Hóa", "Đà Nẵng", "Cần Thơ", "Lào Cai"]


@dataclass(frozen=True)
class SyntheticDocument:
    index: int
    kind: str
    number: str
    issuer: str
    year: int
    month: int
    day: int
    topic: str

    @property
    def mention(self) -> str:
        return f"{self.kind} số {self.number} ngày {self.day} tháng {self.month} năm {self.year} của {self.issuer}"

    @property
    def file_name(self) -> str:
        return f"{self.index:06d}_{self.number.replace('/', '-')}.txt"


def _document(rng: random.Random, index: int, n: int) -> SyntheticDocument:
    kind, code, issuer, _ = rng.choices(KINDS, weights=[k[3] for k in KINDS])[0]
    # Issue dates grow with the index, so citing a lower index cites an earlier document.
    ordinal = 730000 + int(index * (9000 / max(n, 1)))  # about 25 years
    import datetime as dt

    date = dt.date.fromordinal(ordinal)
    serial = 1 + index % 997 + 1000 * (index // 997)
    if code == "QH15":  # the National Assembly's term in force that year: QH11 from 2002 ... QH15 from 2021
        code = "QH" + str(11 + sum(date.year >= y for y in (2007, 2011, 2016, 2021)))
    number = f"{serial}/{date.year}/{code}"
    if kind == "Kế hoạch":
        number = f"{serial}/{code}"
    if kind == "Nghị quyết":
        number = f"{serial}/{code}"
    return SyntheticDocument(index, kind, number, issuer, date.year, date.month, date.day, rng.choice(TOPICS))


class _Earlier(Sequence[SyntheticDocument]):
    """The documents before one, as a view: slicing a copy for each of 100,000 documents (and scanning
    it for laws) made the generator quadratic, about two minutes at N=100,000."""

    def __init__(self, docs: list[SyntheticDocument], end: int) -> None:
        self.docs, self.end = docs, end

    def __len__(self) -> int:
        return self.end

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if isinstance(i, slice):
            return self.docs[: self.end][i]
        if not -self.end <= i < self.end:
            raise IndexError(i)
        return self.docs[i % self.end]


def generate(n: int, seed: int = 7) -> list[tuple[SyntheticDocument, str]]:
    rng = random.Random(seed)
    docs = [_document(rng, i, n) for i in range(n)]
    out = []
    laws_before: list[SyntheticDocument] = []
    for doc in docs:
        earlier = _Earlier(docs, doc.index)
        lines = [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            f"Số: {doc.number}",
            f"Hà Nội, ngày {doc.day} tháng {doc.month} năm {doc.year}",
            "",
            doc.kind.upper(),
            f"Về {doc.topic}",
            "",
        ]
        laws = laws_before
        for basis in rng.sample(laws, min(len(laws), rng.randint(1, 3))):
            lines.append(f"Căn cứ Luật số {basis.number} ngày {basis.day} tháng {basis.month} năm {basis.year};")
        if earlier and rng.random() < 0.6:
            basis = earlier[rng.randrange(len(earlier))]
            lines.append(f"Căn cứ {basis.mention};")
        lines.append("Theo đề nghị của Bộ trưởng Bộ Tư pháp;")
        lines.append("")
        lines.append(f"{doc.issuer} ban hành {doc.kind} về {doc.topic}.")
        lines.append("")
        article = 1
        if earlier and rng.random() < 0.5:
            target = earlier[rng.randrange(len(earlier))]
            lines.append(f"Điều {article}. Sửa đổi, bổ sung một số điều của {target.mention} như sau:")
            lines.append(f"1. Sửa đổi khoản 2 Điều 3 về {doc.topic} tại {doc.kind.lower()} này.")
            article += 1
        if earlier and rng.random() < 0.3:
            lines.append(f"Điều {article}. Bãi bỏ các văn bản sau:")
            for j, target in enumerate(rng.sample(earlier, min(len(earlier), rng.randint(1, 3))), 1):
                lines.append(f"{j}. {target.mention}.")
            article += 1
        if earlier and rng.random() < 0.4:
            target = earlier[rng.randrange(len(earlier))]
            lines.append(f"Điều {article}. Triển khai thực hiện {target.mention} về {target.topic}, "
                         f"tập trung {doc.topic} tại tỉnh {rng.choice(PROVINCES)} đến năm 2030.")
            article += 1
        lines.append(f"Điều {article}. Tổ chức thực hiện")
        lines.append(f"Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh chủ trì, phối hợp thực hiện {doc.topic}; "
                     f"định kỳ báo cáo kết quả thực hiện.")
        lines.append(f"{doc.kind} này có hiệu lực kể từ ngày ký ban hành./.")
        out.append((doc, "\n".join(lines) + "\n"))
        if doc.kind == "Luật":
            laws_before.append(doc)
    return out


def write_corpus(n: int, folder: Path, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc, text in generate(n, seed):
        path = folder / doc.file_name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.n, args.out, args.seed)
    print(f"wrote {len(paths)} texts to {args.out}")


if __name__ == "__main__":
    main()
