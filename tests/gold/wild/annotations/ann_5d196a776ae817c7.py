# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 5d196a776ae817c7.md (thuvienphapluat page of Thông tư 61/2025/TT-BCT).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied into the repository: it is read from ../shared/corpus/wild/.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "5d196a776ae817c7"
SPLIT = "dev"
S = "61/2025/TT-BCT"
g = Gold(os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md"),
         kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BCT = "Bộ Công Thương"
BTBCT = "Bộ trưởng Bộ Công Thương"
EN = T.find("**THE MINISTRY OF")          # start of the English translation block
assert EN > 0

# ---- page head: title line and metadata row ------------------------------------------------
g.ref("Thông tư 61/2025/TT-BCT", "Thông tư", S, occ=0, issuer_inferred=BCT)          # "# Thông tư 61/2025/TT-BCT hạn ngạch ..."
g.ref(S, "Thông tư", S, after="**Số hiệu:**", issuer_inferred=BCT)                    # "Số hiệu: | 61/2025/TT-BCT"
# ---- page summary ("## Các mặt hàng nhập khẩu ...") ----------------------------------------
g.ref("Thông tư 61/2025/TT-BCT", "Thông tư", S, after="Bộ trưởng Bộ Công Thương ban hành Thông tư 61", issuer_inferred=BCT)
g.ref("Nghị định 206/2025/NĐ-CP ngày 15 tháng 7 năm 2025 của Chính phủ", "Nghị định", "206/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định 206/2025/NĐ-CP", "Nghị định", "206/2025/NĐ-CP", after="bao gồm 03 dòng hàng HS 8 số chi tiết tại Phụ lục III ban hành kèm theo Nghị định 206")
g.ref("Nghị định 206/2025/NĐ-CP", "Nghị định", "206/2025/NĐ-CP", after="bao gồm 05 dòng hàng HS 8 số chi tiết tại Phụ lục I ban hành kèm theo Nghị định 206")
g.ref("Nghị định 206/2025/NĐ-CP", "Nghị định", "206/2025/NĐ-CP", after="theo quy định tại Nghị định 206")
g.ref("Thông tư 61/2025/TT-BCT", "Thông tư", S, after="Xem chi tiết nội dung tại ", issuer_inferred=BCT)
# ---- the circular itself ------------------------------------------------------------------
g.ref(S, "Thông tư", S, after="Số: 61", issuer_inferred=BCT)                            # header "Số: 61/2025/TT-BCT"
# Căn cứ
g.ref("Luật Quản\nlý ngoại thương số 05/2017/QH14 ngày 12 tháng 6 năm 2017", "Luật", "05/2017/QH14")
g.ref("Nghị định số 40/2025/NĐ-CP\nngày 26 tháng 02 năm 2025 của Chính phủ", "Nghị định", "40/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 69/2018/NĐ-CP\nngày 15 tháng 5 năm 2018 của Chính phủ", "Nghị định", "69/2018/NĐ-CP", issuer=CP)
LQLNT = "Luật Quản lý ngoại thương"
c69 = T.find("Nghị định số 69/2018/NĐ-CP\nngày 15 tháng 5 năm 2018")
g.ref(LQLNT, "Luật", after=c69)                                                        # in 69's title (Căn cứ)
g.ref("Nghị định số 206/2025/NĐ-CP\nngày 15 tháng 7 năm 2025 của Chính phủ", "Nghị định", "206/2025/NĐ-CP", issuer=CP)
# Điều 2
g.ref("Nghị định số 206/2025/NĐ-CP ngày\n15 tháng 7 năm 2025 của Chính phủ", "Nghị định", "206/2025/NĐ-CP", issuer=CP)
d2 = T.find("**Điều 2. Lượng hạn ngạch")
g.ref("Nghị định số 206/2025/NĐ-CP", "Nghị định", "206/2025/NĐ-CP", after=T.find("2. Lượng hạn ngạch thuế quan mỗi năm đối với mặt\nhàng gạo", d2))
g.ref("Nghị định số 206/2025/NĐ-CP", "Nghị định", "206/2025/NĐ-CP", after=T.find("3. Lượng hạn ngạch thuế quan mỗi năm đối với mặt\nhàng đường", d2))
# Điều 4
d4 = T.find("**Điều 4. Phương thức")
g.ref("Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5\nnăm 2018 của Chính phủ", "Nghị định", "69/2018/NĐ-CP", issuer=CP)
g.ref(LQLNT, "Luật", after=d4, occ=0)                                                  # in 69's title
g.ref("Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của\nChính phủ", "Nghị định", "146/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 12/2018/TT-BCT ngày 15 tháng\n6 năm 2018 của Bộ trưởng Bộ Công Thương", "Thông tư", "12/2018/TT-BCT", issuer=BTBCT)
g.ref(LQLNT, "Luật", after=d4, occ=1)                                                  # in 12/2018's title
g.ref("Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của\nChính phủ", "Nghị định", "69/2018/NĐ-CP", issuer=CP)   # in 12/2018's title
g.ref("Luật\nQuản lý ngoại thương", "Luật", after=d4)                                  # in 69's title inside 12/2018's title
g.ref("Thông tư số 11/2022/TT-BCT\nngày 27 tháng 6 năm 2022 của Bộ trưởng Bộ Công Thương", "Thông tư", "11/2022/TT-BCT", issuer=BTBCT)
# Điều 5
g.ref("Nghị định số 206/2025/NĐ-CP", "Nghị định", "206/2025/NĐ-CP", after="theo quy định tại Nghị định số 206/2025/NĐ-CP\nvà")
g.ref("Thông tư số 56/2015/TT-BCT ngày 31 tháng 12 năm 2015 của Bộ\ntrưởng Bộ Công Thương", "Thông tư", "56/2015/TT-BCT", issuer=BTBCT)
# ---- page lines after the signature / after the English block ------------------------------
g.ref("Thông tư 61/2025/TT-BCT", "Thông tư", S, after="**Nguyễn Sinh Nhật Tân**", issuer_inferred=BCT)
g.ref("Thông tư 61/2025/TT-BCT ngày 02/12/2025", "Thông tư", S, issuer_inferred=BCT)
# ---- site notice (page boilerplate) --------------------------------------------------------
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

# no reference lies inside the English translation block
assert not any(EN <= r["start"] < T.find("Thông tư 61/2025/TT-BCT ngày 02/12/2025") for r in g.refs)
# every Vietnamese mention of the subject's or another document's number was decided
for num in ("61/2025/TT-BCT", "206/2025/NĐ-CP", "69/2018/NĐ-CP"):
    hits = [i for i in g.find(num, occ="all") if not (EN <= i < T.find("Thông tư 61/2025/TT-BCT ngày 02/12/2025"))]
    for i in hits:
        assert any(r["start"] <= i < r["end"] for r in g.refs), (num, i)

# ---- relations ------------------------------------------------------------------------------
g.rel(S, "05/2017/QH14", "legal_basis", "Căn cứ Luật Quản\nlý ngoại thương số 05/2017/QH14")
g.rel(S, "40/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 40/2025/NĐ-CP")
g.rel(S, "69/2018/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 69/2018/NĐ-CP")
g.rel(S, "206/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 206/2025/NĐ-CP")
g.rel("69/2018/NĐ-CP", "05/2017/QH14", "guides", "Nghị định số 69/2018/NĐ-CP\nngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết một số điều của Luật Quản lý ngoại thương")
g.rel("12/2018/TT-BCT", "05/2017/QH14", "guides", "Thông tư số 12/2018/TT-BCT ngày 15 tháng\n6 năm 2018 của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Luật Quản lý ngoại thương")
g.rel("12/2018/TT-BCT", "69/2018/NĐ-CP", "guides", "Thông tư số 12/2018/TT-BCT ngày 15 tháng\n6 năm 2018 của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP")
g.rel(S, "56/2015/TT-BCT", "repeals", "Thông tư này bãi bỏ Thông tư số 56/2015/TT-BCT")

# ---- notes ----------------------------------------------------------------------------------
g.note("thuvienphapluat.vn page carrying the circular itself (header 'Số: 61/2025/TT-BCT', Căn cứ, Điều 1-5): kind legal, subject 61/2025/TT-BCT. The bare number in the metadata row 'Số hiệu: | 61/2025/TT-BCT' and in the header 'Số: ...' are references; so are the page title '# Thông tư 61/2025/TT-BCT ...', the page summary's two mentions and the two page lines after the signature ('Thông tư 61/2025/TT-BCT quy định ...', 'Thông tư 61/2025/TT-BCT ngày 02/12/2025 ...'). The metadata cell 'Loại văn bản: | Thông tư' and 'Bộ trưởng Bộ Công Thương ban hành Thông tư quy định ...' (own document, no number) are not references.")
g.note("English translation block ('THE MINISTRY OF INDUSTRY AND TRADE ...' to 'Nguyen Sinh Nhat Tan'): not annotated. ANNOTATION.md defines surfaces by Vietnamese kind words and types as Vietnamese kinds, and the numbers there are transliterated ('40/2025/ND-CP', not the official '40/2025/NĐ-CP'); the block is a partial translation of the Vietnamese text annotated above. It holds 12 numbered mentions ('No. 61/2025/TT-BCT', 'Law on Foreign Trade Management No. 05/2017/QH14 dated June 12, 2017', 'Decree No. 40/2025/ND-CP', '69/2018/ND-CP' x2, '206/2025/ND-CP' x4, '146/2025/ND-CP', 'Circular No. 12/2018/TT-BCT', 'Circular No. 56/2015/TT-BCT') and one numberless 'Law on Foreign Trade Management' (in 69/2018's title), which a policy that annotates translations would add; the English copyright line's 'Law on Intellectual Property' is site boilerplate.")
g.note("issuer_inferred for the TT-BCT numbers without a stated issuer: 'Bộ Công Thương' (ministry code BCT, as the held-out set does for BTC/BYT/VBHN-BCT); stated issuers 'của Bộ trưởng Bộ Công Thương' kept as written (line break collapsed).")
g.note("'Luật Quản lý ngoại thương' inside the titles of 69/2018/NĐ-CP and 12/2018/TT-BCT (4 times, once split 'Luật\\nQuản lý ngoại thương') are numberless references (number null, README decision 7), but the relations to that law (guides from 69/2018/NĐ-CP and 12/2018/TT-BCT) use the number the text states in the Căn cứ line, 05/2017/QH14, as held-out 07 does for its laws. 12/2018/TT-BCT also guides 69/2018/NĐ-CP (its title: 'quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP'). 69/2018/NĐ-CP written in full twice in Điều 4 (once inside 12/2018's title): two references.")
g.note("'Thực hiện Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào ký ngày 08 tháng 4 năm 2024' (preamble) and the agreement named in the titles: an international treaty, outside the document kinds of ANNOTATION.md (and of check_gold.py's type list): no reference, so no implements. Nghị định 206/2025/NĐ-CP, 146/2025/NĐ-CP, 11/2022/TT-BCT are cited as applicable rules in the articles ('ban hành kèm theo', 'theo quy định tại'): references without relation. 40/2025/NĐ-CP 'quy định chức năng ... của Bộ Công Thương' gives no relation beyond legal_basis.")
g.note("Điều 5 khoản 3 'Thông tư này bãi bỏ Thông tư số 56/2015/TT-BCT ...' -> repeals. The page summary's 'Nghị định 206/2025/NĐ-CP .' keeps the space before the full stop outside the surface.")
g.note("Site notice at the page end ('Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân ...', 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...'): page boilerplate, but real mentions of a decree: two references, no relation (the actor is the website, not a document; 'Quy chế và Thỏa thuận Bảo về Dữ liệu cá nhân' is the site's policy, not a legal document). The 'Văn bản liên quan' list holds only dates.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
