# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 2e3cbcda2d9b5314.md (Q&A / explainer page 'Chính sách mới có hiệu lực từ
tháng 11/2025 nổi bật?': nine new rules of November 2025 and two follow-up questions).

Annotated blind: every mention below was decided by reading the whole text; offsets come from
str.find (Gold.ref). Re-running this script rewrites wild/dev/2e3cbcda2d9b5314.gold.json.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "2e3cbcda2d9b5314"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
OUT = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text
NHNN = "Ngân hàng Nhà nước Việt Nam"
HDTP = "Hội đồng Thẩm phán Tòa án nhân dân tối cao"

# Every "<kind> <number>" mention, in text order, located by a regex over the decided kinds and read one
# by one (the expected sequence below); the pinpoints ("khoản 1 Điều 9") stay outside the surfaces.
KINDS = {"Thông tư": "Thông tư", "Nghị định": "Nghị định", "Nghị quyết": "Nghị quyết"}
PAT = re.compile(r"(Thông tư|Nghị định|Nghị quyết) (\d+/\d{4}/[A-ZĐ]+-[A-ZĐ\u0421\u0420]+)")
EXPECTED = [
    "27/2025/TT-NHNN",                       # (1) lead: "... theo Thông tư 27/2025/TT-NHNN hướng dẫn thực hiện Luật ..."
    "27/2025/TT-NHNN",                       # "căn cứ theo khoản 1 Điều 9 Thông tư 27/2025/TT-NHNN"
    "280/2025/NĐ-CP",                        # (2) "Tại khoản 4 Điều 1 Nghị định 280/2025/NĐ-CP đã bổ sung ..."
    "280/2025/NĐ-CP", "23/2015/NĐ-CP",       # (3) "Nghị định 280/2025/NĐ-CP đã sửa đổi, bổ sung khoản 9 Điều 2 Nghị định 23/2015/NĐ-CP"
    "03/2025/NQ-HĐTP",                       # (4)
    "274/2025/NĐ-CP",                        # (5)
    "255/2025/NĐ-CP",                        # (6)
    "21/2025/TT-NHNN",                       # (7)
    "30/2025/TT-NHNN", "15/2024/TT-NHNN",    # (8)
    "33/2025/TT-NHNN", "17/2014/TT-NHNN",    # (9) first bullet
    "33/2025/TT-NHNN", "17/2014/TT-NHNN",    # (9) second bullet
    "23/2015/NĐ-CP", "280/2025/NĐ-CP",       # "Căn cứ theo ... khoản 5 Điều 5 Nghị định 23/2015/NĐ-CP được sửa đổi, bổ sung bởi ..."
    "283/2025/NĐ-CP",                        # bold question heading
    "283/2025/NĐ-CP", "120/2020/NĐ-CP",      # "Chính phủ đã ban hành Nghị định 283/2025/NĐ-CP sửa đổi, bổ sung ... Nghị định 120/2020/NĐ-СР"
    "283/2025/NĐ-CP", "120/2020/NĐ-CP",      # "tại Điều 2 Nghị định 283/2025/NĐ-CP sửa đổi, bổ sung khoản 2 Điều 3 Nghị định 120/2020/NĐ-СР"
]
found = []
for m in PAT.finditer(T):
    written = m.group(2)
    num = written.replace("\u0421", "C").replace("\u0420", "P")   # Cyrillic homoglyphs -> Latin (dev 9aeb199f, f08ec790)
    found.append(num)
    if num.endswith("NHNN"):
        inf = NHNN
    elif num.endswith("HĐTP"):
        inf = HDTP
    else:
        inf = None
    kw = dict(issuer_inferred=inf) if inf else {}
    g.ref(m.group(0), KINDS[m.group(1)], num, after=m.start(), occ=0, **kw)
assert found == EXPECTED, found
assert sum(1 for r in g.refs if "\u0421" in r["surface"]) == 2

# named laws / codes without number (customary year kept in the surface, date null)
g.ref("Luật Phòng, chống rửa tiền 2022", "Luật")
BLHS = "Bộ luật Hình sự 2015"
g.ref(BLHS, "Bộ luật", occ="all")
assert len(g.find(BLHS, occ="all")) == 13
g.ref("Luật Bảo hiểm xã hội 2024", "Luật")

# every document number in the text is inside some reference
for m in re.finditer(r"\d+/\d{4}/[A-ZĐ]+-[A-ZĐ\u0421\u0420]+", T):
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)

# ---- relations ---------------------------------------------------------------------------------
g.rel("27/2025/TT-NHNN", "Luật Phòng, chống rửa tiền 2022", "guides",
      "Thông tư 27/2025/TT-NHNN hướng dẫn thực hiện Luật Phòng, chống rửa tiền 2022")
g.rel("280/2025/NĐ-CP", "23/2015/NĐ-CP", "amends",
      "Nghị định 280/2025/NĐ-CP đã sửa đổi, bổ sung khoản 9 Điều 2 Nghị định 23/2015/NĐ-CP")
g.rel("30/2025/TT-NHNN", "15/2024/TT-NHNN", "amends",
      "Thông tư 30/2025/TT-NHNN sửa đổi, bổ sung khoản 10 Điều 3 Thông tư 15/2024/TT-NHNN")
g.rel("33/2025/TT-NHNN", "17/2014/TT-NHNN", "amends",
      "Thông tư 33/2025/TT-NHNN sửa đổi, bổ sung khoản 1 Điều 17 Thông tư 17/2014/TT-NHNN")
i = T.find("Nghị định 283/2025/NĐ-CP sửa đổi, bổ sung một số điều")
assert i > 0
g.rel("283/2025/NĐ-CP", "120/2020/NĐ-CP", "amends",
      T[i : T.find("120/2020/NĐ-\u0421\u0420", i) + len("120/2020/NĐ-\u0421\u0420")])

# ---- notes -------------------------------------------------------------------------------------
g.note("Q&A / explainer page of a legal-information site (headline question repeated in bold, numbered list of new rules, '(Hình ảnh từ Internet)', closing 'Quý khách cần hỏi thêm ...'): kind other, subject_document null. The headings '(1) ...' to '(9) ...' name no document except the bold question '... theo Nghị định 283/2025/NĐ-CP?', which is a reference (repetitions count).")
g.note("The author's citation phrases ('Cụ thể căn cứ theo khoản 1 Điều 9 Thông tư 27/2025/TT-NHNN ...', 'Căn cứ theo Điều 4 Nghị định 255/2025/NĐ-CP ...', 'Căn cứ theo quy định tại khoản 5 Điều 5 Nghị định 23/2015/NĐ-CP ...', 'Theo quy định tại Điều 4 Nghị định 274/2025/NĐ-CP', 'Theo Thông tư 21/2025/TT-NHNN') give references but no legal_basis; pinpoints ('khoản 4 Điều 1', 'Điều 2') are outside the surfaces. Dates and issuers stated before a mention ('Ngày 31 tháng 10 năm 2025, Chính phủ đã ban hành Nghị định 283/2025/NĐ-CP') are outside it: date and issuer null.")
g.note("Amendments stated between documents are kept although the page is a Q&A (as dev 050b7fae, blind 695be128): 280/2025/NĐ-CP amends 23/2015/NĐ-CP (lead of (3); restated by 'khoản 5 Điều 5 Nghị định 23/2015/NĐ-CP được sửa đổi, bổ sung bởi khoản 2 Điều 1 Nghị định 280/2025/NĐ-CP', one relation); 30/2025/TT-NHNN amends 15/2024/TT-NHNN; 33/2025/TT-NHNN amends 17/2014/TT-NHNN (stated in both bullets of (9): 'sửa đổi, bổ sung khoản 1 Điều 17' and 'bổ sung khoản 3a vào sau khoản 3 Điều 18'; one relation); 283/2025/NĐ-CP amends 120/2020/NĐ-CP (stated twice, one relation). '(2) Tại khoản 4 Điều 1 Nghị định 280/2025/NĐ-CP đã bổ sung quy định ...' names no amended document: no second relation.")
g.note("'Thông tư 27/2025/TT-NHNN hướng dẫn thực hiện Luật Phòng, chống rửa tiền 2022' -> guides to the numberless 'Luật Phòng, chống rửa tiền 2022' (customary year kept in the surface and relation name, ruling 'Luật X 2024 keeps its year'). No guides from 274/2025/NĐ-CP to 'Luật Bảo hiểm xã hội 2024' ('các trường hợp theo quy định tại khoản 1 Điều 39 Luật ...' is not a guiding statement) nor from 03/2025/NQ-HĐTP to 'Bộ luật Hình sự 2015' (the text cites the code's articles, it states no guidance).")
g.note("'Nghị định 120/2020/NĐ-СР' (twice) is written with Cyrillic ES and ER (U+0421, U+0420) for 'CP': surfaces and evidence keep the characters as in the file, the number is normalised to Latin '120/2020/NĐ-CP' as dev 9aeb199f5e0aa225 and f08ec790b7b2c9c5 decided (a homoglyph, not a different number); issuer_inferred Chính phủ.")
g.note("Agency codes outside the helper's list (in the spirit of the BCT/BTC/BCA rulings, the code names one national issuer): TT-NHNN -> issuer_inferred 'Ngân hàng Nhà nước Việt Nam' (as dev 32caf6031c7b2184 did for NHNN-CSTT); NQ-HĐTP -> 'Hội đồng Thẩm phán Tòa án nhân dân tối cao' (no earlier gold has this code; the Judges' Council of the Supreme People's Court is the only issuer of NQ-HĐTP resolutions).")
g.note("'Bộ luật Hình sự 2015' (13 times in (4), one per cited article) is a named code with customary year: type 'Bộ luật', number null, year in the surface, date null; every repetition is a reference. Not references: 'Cơ sở dữ liệu quốc gia về dân cư', 'Tổng điều tra dân số và nhà ở năm 2019' (a census), 'quy định của pháp luật', 'pháp luật dân sự' (generic), 'Quy định này' (anaphora), 'Điều này' / 'khoản này' inside the quoted article, the quoted article heading 'Thẩm quyền và trách nhiệm chứng thực'.")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
