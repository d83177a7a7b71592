# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 1a814c71716d3047.md (ThuVienPhapLuat page of Công văn 11306/VPCP-NN,
đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "1a814c71716d3047"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "11306/VPCP-NN"
VPCP = "Văn phòng Chính phủ"
N136 = "136/2025/NĐ-CP"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# ---- own number: metadata row "Số hiệu: | 11306/VPCP-NN" and header "Số: 11306/VPCP-NN" --------------
g.ref(S, "Công văn", S, issuer_inferred=VPCP, after="**Số hiệu:**", occ=0)
g.ref(S, "Công văn", S, issuer_inferred=VPCP, after="Số: ", occ=0)
assert T.find("Số: " + S) > 0

# ---- V/v line (the letter's own title): "... trong việc triển khai Nghị định\n136/2025/NĐ-CP*" -------
g.ref("Nghị định\n136/2025/NĐ-CP", "Nghị định", N136)

# ---- body -----------------------------------------------------------------------------------
# the association's letter the VPCP received (generic kind word "văn bản", dated before the number)
g.ref("văn bản đề ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN của Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi",
      "Công văn", "16/CV-HHTACN", issuer="Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi")
g.ref("Nghị định số 136/2025/NĐ-CP", "Nghị định", N136)                   # in the title of 16/CV-HHTACN
g.ref("văn bản số 6902/VPCP-KSTT ngày 24 tháng 7\nnăm 2025 của Văn phòng Chính phủ", "Công văn", "6902/VPCP-KSTT", issuer=VPCP)
# the draft law being completed: a specifically named planned document
g.ref("Luật sửa đổi, bổ sung một số điều của 15 luật\ntrong lĩnh vực nông nghiệp và môi trường", "Luật")
# list "văn bản số 574/TB-VPCP ngày ... và văn bản số 10415/VPCP-NN ngày ... của Văn phòng Chính phủ"
g.ref("văn\nbản số 574/TB-VPCP ngày 23 tháng 10 năm 2025", "Thông báo", "574/TB-VPCP", issuer_inferred=VPCP)
g.ref("văn bản số 10415/VPCP-NN ngày\n27 tháng 10 năm 2025 của Văn phòng Chính phủ", "Công văn", "10415/VPCP-NN", issuer=VPCP)

# ---- page footer title lines (own document) and the decree in their titles -----------------------
g.ref("Công văn 11306/VPCP-NN năm 2025", "Công văn", S, issuer_inferred=VPCP)
g.ref("Công văn 11306/VPCP-NN ngày 18/11/2025", "Công văn", S, issuer_inferred=VPCP)
hits = g.find("Nghị định 136/2025/NĐ-CP", occ="all")
assert len(hits) == 2
for p in hits:
    g.ref("Nghị định 136/2025/NĐ-CP", "Nghị định", N136, after=p, occ=0)

# ---- site boilerplate (personal-data notice) ---------------------------------------------------
hits = g.find("Nghị định 13/2023/NĐ-CP", occ="all")
assert len(hits) == 2
for p in hits:
    g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", after=p, occ=0)

assert len(g.refs) == 15

# ---- relations: none stated ---------------------------------------------------------------------

g.note("ThuVienPhapLuat page carrying the letter itself (letterhead VĂN PHÒNG CHÍNH PHỦ, 'Số: 11306/VPCP-NN', 'V/v ...', Kính gửi, Nơi nhận, signature): kind legal, subject 11306/VPCP-NN, type Công văn (metadata 'Loại văn bản: Công văn'). The own number is a reference four times: metadata row 'Số hiệu' and header 'Số:' (bare numbers), and the footer title lines 'Công văn 11306/VPCP-NN năm 2025 đề xuất ...' (year phrase kept, date null) and '... ngày 18/11/2025 đề xuất ...' (surface stops before the title). issuer_inferred 'Văn phòng Chính phủ' set explicitly for the VPCP-NN / VPCP-KSTT codes (department suffix after VPCP, as blind 8018a6f353d60a9e did for VPCP-V.I).")
g.note("Generic kind word 'văn bản' before a number ('văn bản số 6902/VPCP-KSTT ...', 'văn bản số 574/TB-VPCP ...', 'văn bản số 10415/VPCP-NN ...'): surface from 'văn bản' (lower case, line break inside kept), type from the code: TB -> Thông báo, VPCP-xx without a kind code -> Công văn (as blind 8018a6f353d60a9e's 'Văn bản số 6721/VPCP-V.I'). In the list '574/TB-VPCP ngày ... và văn bản số 10415/VPCP-NN ngày ... của Văn phòng Chính phủ' each item has its own kind word; the shared 'của Văn phòng Chính phủ' goes to the last item only (README decision 2): 574/TB-VPCP issuer null, issuer_inferred Văn phòng Chính phủ.")
g.note("'văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN của Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi': the association's letter, with its date written between the kind word and the number ('đề ngày' = dated); one contiguous mention from 'văn bản' through the issuer: type Công văn (CV code), date 2025-10-29, issuer as written, issuer_inferred null (HHTACN is the association's own code). The receipt date 'Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận ...' is outside. Later 'văn bản nêu trên' is an anaphora.")
g.note("'dự thảo dự án Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trường': a specifically named planned law (draft being completed), reference type Luật, number null; surface = its name through 'môi trường' (the field names which laws it covers), 'dự thảo dự án' left out. The 15 laws are not named: no inner Luật references, no amends.")
g.note("No relations. The letter has no Căn cứ lines. 'V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP' (also the title of the association's letter 16/CV-HHTACN and of the footer lines) describes proposals about difficulties in implementing the decree: neither the letter nor 16/CV-HHTACN implements it, so no implements. 'đảm bảo theo đúng chỉ đạo của Thủ tướng Chính phủ tại văn bản số 6902/VPCP-KSTT ...' and 'phù hợp với tinh thần chỉ đạo tại văn bản số 574/TB-VPCP ... và văn bản số 10415/VPCP-NN ...' only say under which instruction the ministry should work (as dev 75a0867a09525909 decided for 'theo đúng chỉ đạo ... tại Thông báo số ...'): no relation, cites not used. Answering/forwarding 16/CV-HHTACN is none of the relation types.")
g.note("Not references: 'Loại văn bản: Công văn' (no number), the 'Văn bản liên quan' list (dates only), 'Thông báo này' / 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng' and 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' (the site's notices), 'pháp luật về Sở hữu trí tuệ' (generic); the English 'the Law on Intellectual Property' is not annotated. Site boilerplate 'Nghị định 13/2023/NĐ-CP' (twice, including 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật ...') are references without relation (the website, not a document, acts).")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
print("wrote", H, len(g.refs), "refs", len(g.rels), "rels")
