# ruff: noqa  (annotation data: long literal lines by design)
"""Writes tests/gold/heldout/NNN_slug.txt (from heldout_texts.py) and NNN_slug.gold.json.

Every mention was decided by reading the passage; Gold.ref locates it with str.find (an anchor
`after=` or `occ=` where the surface repeats) and asserts the surface; nothing is typed as an offset.
"""
import os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
HELD = os.path.dirname(HERE)
sys.path.insert(0, os.path.dirname(HELD)); sys.path.insert(0, HERE)
from annotate_helpers import Gold
from heldout_texts import T

BCT = "Bộ Chính trị"; TTG = "Thủ tướng Chính phủ"; CP = "Chính phủ"
# agency codes outside ANNOTATION.md's list, used like the dev set's VPCP / BCA (ministries only)
BTC = "Bộ Tài chính"; BYT = "Bộ Y tế"; BCTH = "Bộ Công Thương"; BTNMT = "Bộ Tài nguyên và Môi trường"


class G(Gold):
    """Gold for a passage stored in NFC or NFD; callers write NFC, surfaces/evidence/names follow the file."""

    def __init__(self, path, kind, subject, form):
        super().__init__(path, kind=kind, subject_document=subject)
        self.form = form

    def n(self, s):
        return unicodedata.normalize(self.form, s) if isinstance(s, str) else s

    def ref(self, surface, type, number=None, after=None, **kw):
        return super().ref(self.n(surface), type, number, after=self.n(after), **kw)

    def rel(self, frm, to, type, evidence):
        super().rel(self.n(frm), self.n(to), type, self.n(evidence))

    def span(self, a, b, after=None):
        """Evidence from the first `a` (after `after`) to the end of the next `b`."""
        t = self.text
        st = t.find(self.n(a), t.find(self.n(after)) if after else 0)
        assert st >= 0, a
        en = t.find(self.n(b), st)
        assert en >= 0, b
        return unicodedata.normalize("NFC", t[st : en + len(self.n(b))])

    def count(self, s):
        return self.text.count(self.n(s))


def start(name, kind, subject, nfd=False):
    form = "NFD" if nfd else "NFC"
    path = os.path.join(HELD, name + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(unicodedata.normalize(form, T[name]))
    return G(path, kind, subject, form)


def done(g, name):
    g.write(os.path.join(HELD, name + ".gold.json"))


# ---------------------------------------------------------------------------------------------
n = "101_qd-ttg-bai-bo-qd-tien-te"; S = "21/2025/QĐ-TTg"; g = start(n, "legal", S)
LB = "Luật Ban hành văn bản quy phạm pháp luật"
AM = "Luật sửa đổi, bổ sung một số điều của " + LB
g.ref(S, "Quyết định", S)
g.ref("Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật", "63/2025/QH15")
g.ref(LB + " ngày 22 tháng 6 năm 2015", "Luật")
g.ref(AM + " ngày 18 tháng 6 năm 2020", "Luật")
g.ref(LB, "Luật", after=AM)
g.ref("Luật Các tổ chức tín dụng số 32/2024/QH15", "Luật", "32/2024/QH15")
g.ref("Quyết định số 50/2009/QĐ-TTg ngày 03 tháng 4 năm 2009 của Thủ tướng Chính phủ", "Quyết định", "50/2009/QĐ-TTg", issuer=TTG)
g.ref("Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ", "Quyết định", "33/2015/QĐ-TTg", issuer=TTG)
g.ref("Quyết định số 22/2019/QĐ-TTg ngày 26-6-2019 của Thủ tướng Chính phủ", "Quyết định", "22/2019/QĐ-TTg", issuer=TTG)
g.ref("Quyết định số 18/2022/QĐ-TTg ngày 21 tháng 9 năm 2022 của Thủ tướng Chính phủ", "Quyết định", "18/2022/QĐ-TTg", issuer=TTG)
g.ref("Nghị định số 55/2015/NĐ-CP ngày 09 tháng 6 năm 2015 của Chính phủ", "Nghị định", "55/2015/NĐ-CP", issuer=CP)
g.rel(S, "63/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15")
g.rel(S, LB, "legal_basis", "Căn cứ " + LB)
g.rel(S, AM, "legal_basis", g.span("Căn cứ " + LB, AM))
g.rel(AM, LB, "amends", AM)
g.rel(S, "32/2024/QH15", "legal_basis", "Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15")
for num in ("50/2009/QĐ-TTg", "33/2015/QĐ-TTg", "22/2019/QĐ-TTg"):
    g.rel(S, num, "repeals", "Bãi bỏ toàn bộ các quyết định sau đây")
g.rel(S, "18/2022/QĐ-TTg", "repeals", "Bãi bỏ khoản 3 Điều 4 và Phụ lục II ban hành kèm theo Quyết định số 18/2022/QĐ-TTg")
g.note("Prime Minister's decision repealing decisions. Căn cứ: legal_basis to the 2025 Government law (numbered), to the 2015 law on legal documents, to the 2020 amending law (date belongs to the amending law) and to the credit-institutions law; the amending law amends the law named inside it (overlapping numberless reference).")
g.note("Điều 1 lists three decisions under the heading 'Bãi bỏ toàn bộ các quyết định sau đây': one repeals per item, evidence = the heading (dev README decision 9). Dates written '10/8/2015' and '26-6-2019' -> ISO. Điều 2 'Bãi bỏ khoản 3 Điều 4 và Phụ lục II ban hành kèm theo Quyết định số 18/2022/QĐ-TTg' is a partial repeal -> repeals.")
g.note("Negative: 'nghiên cứu, đề xuất sửa đổi, bổ sung Nghị định số 55/2015/NĐ-CP' is a planned act (reference, no amends). The title 'Bãi bỏ toàn bộ hoặc một phần một số quyết định ...' and 'Thủ tướng Chính phủ ban hành Quyết định bãi bỏ ...' name no document (own document without number, generic plural); 'Quyết định này' is a pointer; 'Theo đề nghị của Thống đốc ...' names no document.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "102_nq-hdnd-khanh-hoa-nuoi-bien-khoa-cu"; S = "15/2024/NQ-HĐND"; g = start(n, "legal", S)
HDT = "Hội đồng nhân dân tỉnh"
ND26F = "Nghị định số 26/2019/NĐ-CP ngày 08 tháng 3 năm 2019 của Chính phủ"
ND37F = "Nghị định số 37/2024/NĐ-CP ngày 04 tháng 4 năm 2024 của Chính phủ"
g.ref(S, "Nghị quyết", S)
g.ref("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật")
g.ref("Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015", "Luật")
g.ref("Luật Thuỷ sản ngày 21 tháng 11 năm 2017", "Luật")
g.ref(ND26F, "Nghị định", "26/2019/NĐ-CP", issuer=CP)
g.ref("Luật Thuỷ sản", "Luật", after="biện pháp thi hành ")
g.ref(ND37F, "Nghị định", "37/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định số 26/2019/NĐ-CP", "Nghị định", "26/2019/NĐ-CP", after=ND37F)
g.ref("Tờ trình số 11245/TTr-UBND ngày 15 tháng 11 năm 2024 của Uỷ ban nhân dân tỉnh", "Tờ trình", "11245/TTr-UBND", issuer="Uỷ ban nhân dân tỉnh")
g.ref("Báo cáo thẩm tra số 189/BC-HĐND ngày 28 tháng 11 năm 2024 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Báo cáo", "189/BC-HĐND", issuer="Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh")
g.ref("Nghị quyết số 03/2022/NQ-HĐND ngày 22 tháng 4 năm 2022 của Hội đồng nhân dân tỉnh", "Nghị quyết", "03/2022/NQ-HĐND", issuer=HDT)
g.ref("Quyết định số 25/2021/QĐ-UBND ngày 30 tháng 8 năm 2021 của Uỷ ban nhân dân tỉnh", "Quyết định", "25/2021/QĐ-UBND", issuer="Uỷ ban nhân dân tỉnh")
g.ref("Nghị quyết số 11/2020/NQ-HĐND ngày 17 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh Khánh Hoà", "Nghị quyết", "11/2020/NQ-HĐND", issuer="Hội đồng nhân dân tỉnh Khánh Hoà")
g.ref("Nghị quyết số 08/2021/NQ-HĐND ngày 15 tháng 10 năm 2021 của Hội đồng nhân dân tỉnh", "Nghị quyết", "08/2021/NQ-HĐND", issuer=HDT)
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương")
g.rel(S, "Luật Ngân sách nhà nước", "legal_basis", "Căn cứ Luật Ngân sách nhà nước")
g.rel(S, "Luật Thuỷ sản", "legal_basis", "Căn cứ Luật Thuỷ sản")
g.rel(S, "26/2019/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 26/2019/NĐ-CP")
g.rel(S, "37/2024/NĐ-CP", "legal_basis", g.span("Căn cứ Nghị định số 26/2019/NĐ-CP", "Nghị định số 37/2024/NĐ-CP"))
g.rel("26/2019/NĐ-CP", "Luật Thuỷ sản", "guides", ND26F + " quy định chi tiết một số điều và biện pháp thi hành Luật Thuỷ sản")
g.rel("37/2024/NĐ-CP", "26/2019/NĐ-CP", "amends", ND37F + " sửa đổi, bổ sung một số điều của Nghị định số 26/2019/NĐ-CP")
g.rel(S, "11/2020/NQ-HĐND", "replaces", "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025 và thay thế Nghị quyết số 11/2020/NQ-HĐND")
g.rel(S, "08/2021/NQ-HĐND", "repeals", "Bãi bỏ Điều 5 của Quy định ban hành kèm theo Nghị quyết số 08/2021/NQ-HĐND")
g.note("Old-style tone placement throughout (Khánh Hoà, CỘNG HOÀ, thuỷ sản, Uỷ ban, khoá VII): surfaces, issuers and the relation name 'Luật Thuỷ sản' are kept as written (not respelled 'Thủy').")
g.note("Căn cứ line with two decrees separated by ';' (26/2019/NĐ-CP; 37/2024/NĐ-CP amending it): legal_basis to both; 37/2024 amends 26/2019 (the inner 'Nghị định số 26/2019/NĐ-CP' is a reference too); 26/2019 guides 'Luật Thuỷ sản' (its title).")
g.note("'Xét Tờ trình số 11245/TTr-UBND ...; Báo cáo thẩm tra số 189/BC-HĐND ...': references (the numbered Báo cáo thẩm tra is a reference; ANNOTATION.md excludes it only without number; surface from the kind word 'Báo cáo', issuer as written), no relation.")
g.note("'Bãi bỏ Điều 5 của Quy định ban hành kèm theo Nghị quyết số 08/2021/NQ-HĐND': the Quy định is part of the resolution -> partial repeal of 08/2021/NQ-HĐND. 'thay thế Nghị quyết số 11/2020/NQ-HĐND' -> replaces.")
g.note("Negative: 'kịp thời tham mưu sửa đổi, bổ sung Quyết định số 25/2021/QĐ-UBND' is a planned act (no amends); 'Nghị quyết số 03/2022/NQ-HĐND' in Điều 2 is only cited (no relation); 'Nghị quyết này' (pointer), 'dự thảo Nghị quyết quy định ...' and the closing 'Nghị quyết này đã được Hội đồng nhân dân tỉnh Khánh Hoà khoá VII ... thông qua' are not references.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "103_nfd-tin-nq57-bo-tu-tru-cot"; g = start(n, "news", None, nfd=True)
assert g.count("Nghị quyết 57") == 2 and g.count("NQ 57") == 2
g.ref("Nghị quyết 57", "Nghị quyết", "57-NQ/TW", occ="all", issuer_inferred=BCT)
g.ref("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", issuer=BCT)
g.ref("NQ 57", "Nghị quyết", "57-NQ/TW", occ="all", issuer_inferred=BCT)
g.ref("Nghị quyết 03/NQ-CP ngày 9-1-2025", "Nghị quyết", "03/NQ-CP")
g.ref("Nghị quyết số 193/2025/QH15 ngày 19/2/2025", "Nghị quyết", "193/2025/QH15")
g.ref("Nghị quyết 03/NQ-CP", "Nghị quyết", "03/NQ-CP", after="Theo Nghị quyết 03")
g.ref("Luật Khoa học và Công nghệ năm 2013", "Luật")
g.ref("Luật Chuyển giao công nghệ năm 2017", "Luật")
g.ref("Nghị quyết 193", "Nghị quyết", "193/2025/QH15", after="hướng dẫn Nghị quyết 193")
g.ref("Nghị quyết số 59-NQ/TW", "Nghị quyết", "59-NQ/TW", issuer_inferred=BCT)
g.ref("66-NQ/TW", "Nghị quyết", "66-NQ/TW", issuer_inferred=BCT)
g.ref("68-NQ/TW của Bộ Chính trị", "Nghị quyết", "68-NQ/TW", issuer=BCT)
g.rel("03/NQ-CP", "57-NQ/TW", "implements", "Nghị quyết 03/NQ-CP ngày 9-1-2025 để cụ thể hóa và triển khai thực hiện NQ 57")
g.rel("03/NQ-CP", "Luật Khoa học và Công nghệ năm 2013", "reviews", "Theo Nghị quyết 03/NQ-CP, các bộ, ngành phải rà soát Luật Khoa học và Công nghệ năm 2013")
g.rel("03/NQ-CP", "Luật Chuyển giao công nghệ năm 2017", "reviews", "Theo Nghị quyết 03/NQ-CP, các bộ, ngành phải rà soát Luật Khoa học và Công nghệ năm 2013, Luật Chuyển giao công nghệ năm 2017")
g.rel("57-NQ/TW", "59-NQ/TW", "linked_with", "Nghị quyết 57 gắn với các Nghị quyết số 59-NQ/TW")
g.rel("57-NQ/TW", "66-NQ/TW", "linked_with", "Nghị quyết 57 gắn với các Nghị quyết số 59-NQ/TW, 66-NQ/TW")
g.rel("57-NQ/TW", "68-NQ/TW", "linked_with", "Nghị quyết 57 gắn với các Nghị quyết số 59-NQ/TW, 66-NQ/TW và 68-NQ/TW")
g.note("The whole text is NFD (decomposed diacritics): surfaces, offsets, evidence and name-type relation ends are NFD as in the file; type, number and issuer fields are NFC.")
g.note("Short forms 'Nghị quyết 57' (headline and last paragraph), 'NQ 57' (twice) -> 57-NQ/TW and 'Nghị quyết 193' -> 193/2025/QH15: the full numbers are stated in the same text. issuer_inferred Bộ Chính trị for 57/59/66 (the text names the Politburo); 193/2025/QH15 keeps Quốc hội and term XV from its number.")
g.note("List 'các Nghị quyết số 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị': three references; items 2-3 are bare numbers; the shared 'của Bộ Chính trị' goes to the last item only. 'thực hiện Nghị quyết 57 gắn với các Nghị quyết ...' -> linked_with 57 -> each (as the seed's 'Nghị quyết số 45-NQ/TW gắn với Nghị quyết số 30-NQ/TW').")
g.note("'Nghị quyết 03/NQ-CP ... để cụ thể hóa và triển khai thực hiện NQ 57' -> implements. 'Theo Nghị quyết 03/NQ-CP, các bộ, ngành phải rà soát Luật ... năm 2013, Luật ... năm 2017' -> reviews from 03/NQ-CP to both laws (task stated by the resolution, as the seed's 'Rà soát, đánh giá ...').")
g.note("Negative: the conference 'đánh giá kết quả 100 ngày triển khai Nghị quyết số 57-NQ/TW' is not a document (no relation); 'để đề xuất sửa đổi' is planned (no amends); 'dự thảo nghị định hướng dẫn Nghị quyết 193' is an unnamed planned decree (no reference, no guides); the headline mention states nothing.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "104_tt-btc-huong-dan-nd-phi-duong-bo"; S = "86/2024/TT-BTC"; g = start(n, "legal", S)
ND117F = "Nghị định số 117/2024/NĐ-CP ngày 18 tháng 9 năm 2024 của Chính phủ"
BT = "Bộ trưởng Bộ Tài chính"
assert g.count(ND117F) == 2
g.ref(S, "Thông tư", S, issuer_inferred=BTC)
g.ref(ND117F, "Nghị định", "117/2024/NĐ-CP", issuer=CP, occ="all")          # title, Căn cứ
g.ref("Thông tư số 70/2021/TT-BTC ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Tài chính", "Thông tư", "70/2021/TT-BTC", issuer=BT)
g.ref("Luật Phí và lệ phí số 97/2015/QH13", "Luật", "97/2015/QH13")
g.ref("Luật Đường bộ số 35/2024/QH15", "Luật", "35/2024/QH15")
g.ref("Nghị định số 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của Chính phủ", "Nghị định", "14/2023/NĐ-CP", issuer=CP)
g.ref("Nghị định số 117/2024/NĐ-CP", "Nghị định", "117/2024/NĐ-CP", after="ban hành Thông tư hướng dẫn ")
g.ref("Thông tư số 70/2021/TT-BTC", "Thông tư", "70/2021/TT-BTC", after="ban hành Thông tư hướng dẫn ", issuer_inferred=BTC)
g.ref("Nghị định số 117/2024/NĐ-CP", "Nghị định", "117/2024/NĐ-CP", after="Điều 6 và Điều 9 ")
g.ref("Thông tư số 70/2021/TT-BTC", "Thông tư", "70/2021/TT-BTC", after="Điều 2. Sửa đổi", issuer_inferred=BTC)
g.ref("Thông tư số 293/2016/TT-BTC ngày 15 tháng 11 năm 2016 của Bộ trưởng Bộ Tài chính", "Thông tư", "293/2016/TT-BTC", issuer=BT)
g.ref("Thông tư số 28/2019/TT-BTC ngày 20/5/2019 của Bộ trưởng Bộ Tài chính", "Thông tư", "28/2019/TT-BTC", issuer=BT)
g.ref("Thông tư số 293/2016/TT-BTC", "Thông tư", "293/2016/TT-BTC", after="sửa đổi, bổ sung Thông tư số 293", issuer_inferred=BTC)
g.rel(S, "117/2024/NĐ-CP", "guides", "Hướng dẫn Nghị định số 117/2024/NĐ-CP")
g.rel(S, "70/2021/TT-BTC", "amends", "sửa đổi, bổ sung một số điều của Thông tư số 70/2021/TT-BTC")
g.rel(S, "97/2015/QH13", "legal_basis", "Căn cứ Luật Phí và lệ phí số 97/2015/QH13")
g.rel(S, "35/2024/QH15", "legal_basis", "Căn cứ Luật Đường bộ số 35/2024/QH15")
g.rel(S, "117/2024/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 117/2024/NĐ-CP")
g.rel(S, "14/2023/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 14/2023/NĐ-CP")
g.rel(S, "70/2021/TT-BTC", "repeals", "Bãi bỏ Điều 7")
g.rel(S, "293/2016/TT-BTC", "repeals", "Các Thông tư sau đây hết hiệu lực")
g.rel(S, "28/2019/TT-BTC", "repeals", "Các Thông tư sau đây hết hiệu lực")
g.rel("28/2019/TT-BTC", "293/2016/TT-BTC", "amends", "Thông tư số 28/2019/TT-BTC ngày 20/5/2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung Thông tư số 293/2016/TT-BTC")
g.note("Ministry circular that guides a decree, amends an older circular and ends two circulars. The own title 'Hướng dẫn Nghị định số 117/2024/NĐ-CP ... và sửa đổi, bổ sung một số điều của Thông tư số 70/2021/TT-BTC ...' gives guides and amends (Điều 1 and Điều 2 repeat them: one relation each); 117/2024/NĐ-CP is also a legal_basis (Căn cứ).")
g.note("'2. Bãi bỏ Điều 7.' under 'Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số 70/2021/TT-BTC' is a partial repeal of 70/2021/TT-BTC -> repeals (the circular is named by the enclosing heading). 'Các Thông tư sau đây hết hiệu lực ...: a) ...; b) ...' -> repeals per item, evidence = the heading; item b's title 'sửa đổi, bổ sung Thông tư số 293/2016/TT-BTC' -> amends.")
g.note("issuer_inferred 'Bộ Tài chính' for numbers ending in TT-BTC without a stated issuer (a ministry code like the dev set's VPCP/BCA). Issuer 'Bộ trưởng Bộ Tài chính' kept as written.")
g.note("Negative: 'Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn ...' is the own document without number; 'Thông tư này', 'văn bản dẫn chiếu', 'Mục lục ngân sách nhà nước' are not references; 'Theo đề nghị của Vụ trưởng ...' names no document.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "105_qd-byt-dinh-chinh-tt-bang"; S = "1687/QĐ-BYT"; g = start(n, "legal", S)
ND78F = "Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ"
g.ref(S, "Quyết định", S, issuer_inferred=BYT)
g.ref("Thông tư số 08/2025/TT-BYT ngày 17 tháng 3 năm 2025 của Bộ trưởng Bộ Y tế", "Thông tư", "08/2025/TT-BYT", issuer="Bộ trưởng Bộ Y tế")
g.ref("Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ", "Nghị định", "95/2022/NĐ-CP", issuer=CP)
g.ref(ND78F, "Nghị định", "78/2025/NĐ-CP", issuer=CP)
g.ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật")
g.ref("Thông tư số 08/2025/TT-BYT", "Thông tư", "08/2025/TT-BYT", after="kỹ thuật trình bày tại ", issuer_inferred=BYT)
g.ref("Luật Dược số 105/2016/QH14", "Luật", "105/2016/QH14")
g.ref("Luật Dược số 105/2016/QH13", "Luật", "105/2016/QH13")
g.ref("Nghị định số 54/2107/NĐ-CP", "Nghị định", "54/2107/NĐ-CP")
g.ref("Nghị định số 54/2017/NĐ-CP", "Nghị định", "54/2017/NĐ-CP")
g.ref("Thông tư số 08/2025/TT-BYT", "Thông tư", "08/2025/TT-BYT", after="bộ phận không tách rời của ", issuer_inferred=BYT)
g.rel(S, "08/2025/TT-BYT", "corrects", "Đính chính Thông tư số 08/2025/TT-BYT")
g.rel(S, "95/2022/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 95/2022/NĐ-CP")
g.rel(S, "78/2025/NĐ-CP", "legal_basis", "Căn cứ Điều 32 Nghị định số 78/2025/NĐ-CP")
g.rel("78/2025/NĐ-CP", "Luật Ban hành văn bản quy phạm pháp luật", "guides", ND78F + " quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật")
g.note("Correction decision: the title 'Đính chính Thông tư số 08/2025/TT-BYT ...' and Điều 1 'Đính chính một số sai sót ... tại Thông tư số 08/2025/TT-BYT' -> corrects (one relation). 'Căn cứ Điều 32 Nghị định số 78/2025/NĐ-CP': the article pointer is outside the surface; legal_basis to the decree.")
g.note("Markdown correction table: the '|' cells are outside the surfaces. Mentions inside the wrong and corrected wording are references as written, without relation: 'Luật Dược số 105/2016/QH14' (term XIV as written) and '... số 105/2016/QH13' (XIII); 'Nghị định số 54/2107/NĐ-CP' keeps the misprinted number as written, and '54/2017/NĐ-CP'.")
g.note("Negative: 'Quyết định này ... là bộ phận không tách rời của Thông tư số 08/2025/TT-BYT' restates nothing new (reference only); 'Xét đề nghị của Vụ trưởng ...' names no document. issuer_inferred 'Bộ Y tế' for BYT numbers without stated issuer.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "106_qd-ubnd-binh-dinh-dinh-chi-thi-hanh"; S = "1342/QĐ-UBND"; g = start(n, "legal", S)
PC = "Ủy ban nhân dân huyện Phù Cát"
g.ref(S, "Quyết định", S)
g.ref("Quyết định số 18/2025/QĐ-UBND ngày 14 tháng 3 năm 2025\ncủa Ủy ban nhân dân huyện Phù Cát", "Quyết định", "18/2025/QĐ-UBND", issuer=PC)
g.ref("Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "Luật", "77/2015/QH13")
g.ref("Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ", "Nghị định", "79/2025/NĐ-CP", issuer=CP)
g.ref("Kết luận kiểm tra văn bản số 27/KL-STP ngày 08 tháng 4 năm 2025 của Sở Tư pháp", "Kết luận", "27/KL-STP", issuer="Sở Tư pháp")
g.ref("Tờ trình số 156/TTr-STP ngày 15 tháng 4 năm 2025", "Tờ trình", "156/TTr-STP")
g.ref("Quyết định số 18/2025/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân huyện Phù Cát", "Quyết định", "18/2025/QĐ-UBND", issuer=PC)
g.ref("Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ", "Nghị định", "32/2024/NĐ-CP", issuer=CP)
g.ref("Quyết định số 07/2025/QĐ-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân huyện Phù Cát", "Quyết định", "07/2025/QĐ-UBND", issuer=PC)
g.ref("Quyết định số 18/2025/QĐ-UBND", "Quyết định", "18/2025/QĐ-UBND", after="ban hành văn bản bãi bỏ ")
g.ref("Quyết định số 07/2025/QĐ-UBND", "Quyết định", "07/2025/QĐ-UBND", after="ban hành văn bản bãi bỏ ")
g.rel(S, "77/2015/QH13", "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13")
g.rel(S, "79/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 79/2025/NĐ-CP")
g.rel(S, "18/2025/QĐ-UBND", "suspends", "Đình chỉ thi hành toàn bộ Quyết định số 18/2025/QĐ-UBND")
g.rel(S, "07/2025/QĐ-UBND", "suspends", "Đình chỉ thi hành khoản 2 Điều 5 của Quy định ban hành kèm theo Quyết định số 07/2025/QĐ-UBND")
g.note("'đình chỉ thi hành' (whole decision, and one clause of the Quy định issued with another decision, which is part of that decision) -> suspends; the title 'Về việc đình chỉ thi hành Quyết định số 18/2025/QĐ-UBND ...' states the first again (one relation). The title mention spans a line break; issuer with the break collapsed.")
g.note("Negative: 'Xét Kết luận kiểm tra văn bản số 27/KL-STP ...' and 'Theo đề nghị ... tại Tờ trình số 156/TTr-STP ...' are references without relation (surface of the Kết luận from its kind word, 'kiểm tra văn bản' included, type Kết luận; STP outside the issuer list -> issuer_inferred null); 'trái với Nghị định số 32/2024/NĐ-CP' is a citation (no relation); Điều 3 'có trách nhiệm ban hành văn bản bãi bỏ Quyết định số 18/2025/QĐ-UBND và sửa đổi Quyết định số 07/2025/QĐ-UBND' is a planned act of another body (no repeals/amends).")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "107_vbhn-bct-nd-quan-ly-ngoai-thuong"; S = "08/VBHN-BCT"; g = start(n, "legal", S)
ND69F = "Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ"
ND17F = "Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020 của Chính phủ"
ND46F = "Nghị định số 46/2024/NĐ-CP ngày 26 tháng 4 năm 2024 của Chính phủ"
QLNT = "Luật Quản lý ngoại thương"
LTC = "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"
assert g.count(LTC) == 2
g.ref(S, "Văn bản hợp nhất", S, issuer_inferred=BCTH)
g.ref(QLNT, "Luật", after="Quy định chi tiết một số điều của ")                  # heading
g.ref(ND69F, "Nghị định", "69/2018/NĐ-CP", issuer=CP)
g.ref(QLNT, "Luật", after=ND69F)                                                # 69/2018's title
g.ref(ND17F, "Nghị định", "17/2020/NĐ-CP", issuer=CP)
g.ref(ND46F, "Nghị định", "46/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định số 69/2018/NĐ-CP", "Nghị định", "69/2018/NĐ-CP", after=ND46F)
g.ref(LTC, "Luật", occ="all")                                                   # 69/2018's preamble, footnote [1]
g.ref(QLNT + " ngày 12 tháng 6 năm 2017", "Luật")
g.ref(QLNT, "Luật", after="Chính phủ ban hành Nghị định quy định chi tiết một số điều của ")
g.ref(QLNT, "Luật", after="Nghị định này quy định chi tiết một số điều của ")
g.ref("Nghị định số 17/2020/NĐ-CP", "Nghị định", "17/2020/NĐ-CP", after="[1] ")
g.ref("Luật Đầu tư ngày 26 tháng 11 năm 2014", "Luật")
for num in ("69/2018/NĐ-CP", "17/2020/NĐ-CP", "46/2024/NĐ-CP"):
    g.ref(f"Nghị định số {num}", "Nghị định", num, after="Ghi chú:")
g.rel(S, "69/2018/NĐ-CP", "consolidates", "Văn bản hợp nhất này được xây dựng trên cơ sở hợp nhất Nghị định số 69/2018/NĐ-CP")
g.rel(S, "17/2020/NĐ-CP", "consolidates", "Văn bản hợp nhất này được xây dựng trên cơ sở hợp nhất Nghị định số 69/2018/NĐ-CP, Nghị định số 17/2020/NĐ-CP")
g.rel(S, "46/2024/NĐ-CP", "consolidates", "Văn bản hợp nhất này được xây dựng trên cơ sở hợp nhất Nghị định số 69/2018/NĐ-CP, Nghị định số 17/2020/NĐ-CP và Nghị định số 46/2024/NĐ-CP")
g.rel("69/2018/NĐ-CP", QLNT, "guides", ND69F + " quy định chi tiết một số điều của Luật Quản lý ngoại thương")
g.rel("17/2020/NĐ-CP", "69/2018/NĐ-CP", "amends", g.span(ND69F, "1. Nghị định số 17/2020/NĐ-CP"))
g.rel("46/2024/NĐ-CP", "69/2018/NĐ-CP", "amends", ND46F + " sửa đổi, bổ sung một số điều của Nghị định số 69/2018/NĐ-CP")
g.rel("69/2018/NĐ-CP", "Luật Tổ chức Chính phủ", "legal_basis", "Căn cứ Luật Tổ chức Chính phủ")
g.rel("69/2018/NĐ-CP", QLNT, "legal_basis", "Căn cứ Luật Quản lý ngoại thương")
g.rel("17/2020/NĐ-CP", "Luật Tổ chức Chính phủ", "legal_basis", "Nghị định số 17/2020/NĐ-CP có căn cứ ban hành như sau:\n\"Căn cứ Luật Tổ chức Chính phủ")
g.rel("17/2020/NĐ-CP", "Luật Đầu tư", "legal_basis", g.span("Nghị định số 17/2020/NĐ-CP có căn cứ", "Căn cứ Luật Đầu tư"))
g.note("Consolidated text (văn bản hợp nhất) 08/VBHN-BCT: type 'Văn bản hợp nhất', issuer_inferred Bộ Công Thương (BCT). 'Văn bản hợp nhất này được xây dựng trên cơ sở hợp nhất A, B và C' -> consolidates to each. The list 'A ..., được sửa đổi, bổ sung bởi: 1. B ...; 2. C ... sửa đổi, bổ sung ... A' -> B amends A, C amends A.")
g.note("Decision (ANNOTATION.md silent): a consolidated text has no Căn cứ of its own; the Căn cứ lines it reproduces are those of the consolidated decree 69/2018/NĐ-CP (its enactment line 'Chính phủ ban hành Nghị định quy định chi tiết ...' follows them), so legal_basis goes from 69/2018/NĐ-CP, not from the subject 08/VBHN-BCT. Footnote [1] 'Nghị định số 17/2020/NĐ-CP có căn cứ ban hành như sau: \"Căn cứ ...\"' states 17/2020's own legal basis -> legal_basis from 17/2020/NĐ-CP.")
g.note("The heading 'NGHỊ ĐỊNH / Quy định chi tiết một số điều của Luật Quản lý ngoại thương' is the consolidated decree's title: 'Luật Quản lý ngoại thương' there is a reference (no separate relation; 69/2018 guides it once, stated by its full mention). 'Nghị định này' is a pointer; 'các Nghị định liên quan đến điều kiện đầu tư kinh doanh ...' and 'các nghị định nêu trên' are generic; 'có hiệu lực kể từ ngày ...' dates are outside the mentions.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "108_kh-can-tho-trien-khai-chi-thi"; S = "87/KH-UBND"; g = start(n, "legal", S)
CT04F = "Chỉ thị số 04/CT-TTg ngày 11 tháng 02 năm 2025 của Thủ tướng Chính phủ"
assert g.count(CT04F) == 2 and g.count("Chỉ thị 04/CT-TTg") == 2
UBTP = "Ủy ban nhân dân thành phố"
g.ref(S, "Kế hoạch", S)
g.ref(CT04F, "Chỉ thị", "04/CT-TTg", issuer=TTG, occ="all")                    # title, Căn cứ
g.ref("Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ", "Quyết định", "06/QĐ-TTg", issuer=TTG)
g.ref("Kế hoạch số 210-KH/TU ngày 20/02/2025 của Ban Thường vụ Thành ủy", "Kế hoạch", "210-KH/TU", issuer="Ban Thường vụ Thành ủy")
g.ref("Chỉ thị 04/CT-TTg", "Chỉ thị", "04/CT-TTg", occ="all")
g.ref("Kế hoạch số 45/KH-UBND ngày 28 tháng 01 năm 2025 của Ủy ban nhân dân thành phố", "Kế hoạch", "45/KH-UBND", issuer=UBTP)
g.ref("Chỉ thị số 18-CT/TU ngày 05/9/2023 của Ban Thường vụ Thành ủy", "Chỉ thị", "18-CT/TU", issuer="Ban Thường vụ Thành ủy")
g.ref("Quyết định số 27/2023/QĐ-UBND ngày 12 tháng 9 năm 2023 của Ủy ban nhân dân thành phố", "Quyết định", "27/2023/QĐ-UBND", issuer=UBTP)
g.rel(S, "04/CT-TTg", "implements", "Triển khai Chỉ thị số 04/CT-TTg")
g.rel(S, "04/CT-TTg", "legal_basis", "Căn cứ Chỉ thị số 04/CT-TTg")
g.rel("04/CT-TTg", "06/QĐ-TTg", "continues", CT04F + " về tiếp tục thực hiện Quyết định số 06/QĐ-TTg")
g.rel(S, "210-KH/TU", "legal_basis", "Căn cứ Kế hoạch số 210-KH/TU")
g.rel(S, "45/KH-UBND", "linked_with", "việc thực hiện phải gắn với Kế hoạch số 45/KH-UBND")
g.rel(S, "27/2023/QĐ-UBND", "reviews", "rà soát, đánh giá Quyết định số 27/2023/QĐ-UBND")
g.rel(S, "04/CT-TTg", "reviews", "sơ kết 06 tháng, tổng kết 01 năm thực hiện Chỉ thị 04/CT-TTg")
g.note("Plan implementing a directive. Title 'KẾ HOẠCH / Triển khai Chỉ thị số 04/CT-TTg ...' -> implements; the plan's own Căn cứ lines -> legal_basis to 04/CT-TTg and 210-KH/TU (both types kept for 04/CT-TTg: they are different triples). 04/CT-TTg's title 'về tiếp tục thực hiện Quyết định số 06/QĐ-TTg' -> continues.")
g.note("'Đề án phát triển ứng dụng dữ liệu về dân cư ...' inside 06/QĐ-TTg's title ('phê duyệt Đề án ...') is not a separate reference (dev decision for plans named in a decision's title). 'Quy chế ...' issued by 27/2023/QĐ-UBND is part of it.")
g.note("'việc thực hiện phải gắn với Kế hoạch số 45/KH-UBND' -> linked_with from the plan; 'Chủ trì rà soát, đánh giá Quyết định số 27/2023/QĐ-UBND' and 'sơ kết ..., tổng kết ... thực hiện Chỉ thị 04/CT-TTg' -> reviews (tasks of the plan, as in the seed).")
g.note("Negative: 'Tiếp tục thực hiện nghiêm Chỉ thị số 18-CT/TU ...' is a task clause (no continues/implements, dev decision 8); 'tham mưu sửa đổi, bổ sung' is planned (no amends); 'Kế hoạch này' and 'Kế hoạch triển khai thực hiện như sau' are the own plan (pointer / no number). 18-CT/TU and 210-KH/TU: TU outside the issuer list, issuers stated anyway.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "109_hoi-dap-so-do-mau-moi"; g = start(n, "other", None)
assert g.count("Luật Đất đai 2024") == 2
g.ref("Luật Đất đai 2024", "Luật", occ="all")
g.ref("Nghị định 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ", "Nghị định", "101/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định 101/2024/NĐ-CP", "Nghị định", "101/2024/NĐ-CP", after="hư hỏng.")
g.ref("Nghị định 101", "Nghị định", "101/2024/NĐ-CP", after="thực hiện theo ")
g.ref("Thông tư 10/2024/TT-BTNMT ngày 31/7/2024 của Bộ trưởng Bộ Tài nguyên và Môi trường", "Thông tư", "10/2024/TT-BTNMT", issuer="Bộ trưởng Bộ Tài nguyên và Môi trường")
g.ref("Thông tư 10/2024/TT-BTNMT", "Thông tư", "10/2024/TT-BTNMT", after="Cần lưu ý, ", issuer_inferred=BTNMT)
g.ref("Thông tư 23/2014/TT-BTNMT ngày 19/5/2014", "Thông tư", "23/2014/TT-BTNMT", issuer_inferred=BTNMT)
g.ref("Thông tư 33/2017/TT-BTNMT ngày 29/9/2017", "Thông tư", "33/2017/TT-BTNMT", issuer_inferred=BTNMT)
g.rel("101/2024/NĐ-CP", "Luật Đất đai 2024", "guides", "Nghị định 101/2024/NĐ-CP quy định chi tiết Luật Đất đai 2024")
g.rel("10/2024/TT-BTNMT", "23/2014/TT-BTNMT", "repeals", "Thông tư 10/2024/TT-BTNMT đã bãi bỏ Thông tư 23/2014/TT-BTNMT")
g.rel("10/2024/TT-BTNMT", "33/2017/TT-BTNMT", "repeals", "Thông tư 10/2024/TT-BTNMT đã bãi bỏ Thông tư 23/2014/TT-BTNMT ngày 19/5/2014 và Thông tư 33/2017/TT-BTNMT")
g.note("Q&A page (kind other, no subject). Negative: 'Căn cứ theo khoản 3 Điều 256 Luật Đất đai 2024' and 'Căn cứ theo Điều 5 Nghị định 101/2024/NĐ-CP ...' are the author's citations, not legal_basis; 'Luật này' (inside the paraphrase) is a pointer; 'hai thông tư này' is generic.")
g.note("'Luật Đất đai 2024': the year written directly after the name (without 'năm') is part of the customary name: in the surface and the relation name, date null. 'Nghị định 101' -> 101/2024/NĐ-CP (stated in the text).")
g.note("'Nghị định 101/2024/NĐ-CP quy định chi tiết Luật Đất đai 2024' -> guides; 'Thông tư 10/2024/TT-BTNMT đã bãi bỏ Thông tư 23/2014/TT-BTNMT ... và Thông tư 33/2017/TT-BTNMT ...' -> repeals to both. issuer_inferred Bộ Tài nguyên và Môi trường for BTNMT numbers without stated issuer.")
done(g, n)

# ---------------------------------------------------------------------------------------------
n = "110_ct-ban-bi-thu-chu-hoa"; S = "41-CT/TW"; g = start(n, "legal", S)
NQ24 = "Nghị quyết số 24-NQ/TW"
assert g.count(NQ24) == 3
g.ref(S, "Chỉ thị", S, issuer_inferred="Ban Bí thư")
g.ref("NGHỊ QUYẾT SỐ 24-NQ/TW NGÀY 03/6/2013\nCỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI", "Nghị quyết", "24-NQ/TW", issuer="Ban Chấp hành Trung ương Đảng", term="XI")
g.ref(NQ24, "Nghị quyết", "24-NQ/TW", occ="all")
g.ref("Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị", "Kết luận", "56-KL/TW", issuer=BCT)
g.ref("Kết luận số 56-KL/TW", "Kết luận", "56-KL/TW", after="quán triệt sâu sắc", issuer_inferred=BCT)
g.ref("Luật Bảo vệ môi trường năm 2020", "Luật")
g.ref("Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ", "Nghị định", "06/2022/NĐ-CP", issuer=CP)
g.ref("Chỉ thị số 29-CT/TW ngày 21 tháng 01 năm 2009 của Ban Bí thư khoá X", "Chỉ thị", "29-CT/TW", issuer="Ban Bí thư", term="X")
g.rel(S, "24-NQ/TW", "continues", "TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 24-NQ/TW")
g.rel("56-KL/TW", "24-NQ/TW", "continues", "Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW")
g.rel(S, "Luật Bảo vệ môi trường năm 2020", "reviews", "tổng kết thi hành Luật Bảo vệ môi trường năm 2020")
g.rel(S, "29-CT/TW", "replaces", "Chỉ thị này thay thế Chỉ thị số 29-CT/TW")
g.note("Upper-case heading 'CHỈ THỊ / CỦA BAN BÍ THƯ / VỀ ... TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 24-NQ/TW NGÀY 03/6/2013 / CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI': the own directive there has no number (not a reference); the embedded resolution is an upper-case reference spanning a line break, issuer 'Ban Chấp hành Trung ương Đảng' (canonical capitalisation), date 2013-06-03, term XI from 'KHOÁ XI' (old tone placement, upper case). The heading gives continues 41-CT/TW -> 24-NQ/TW.")
g.note("Decision (ANNOTATION.md names only the Politburo case): the bare own number 'Số 41-CT/TW' gets issuer_inferred 'Ban Bí thư' because the heading 'CỦA BAN BÍ THƯ' makes the issuer clear; the bare 24-NQ/TW mentions keep 'Ban Chấp hành Trung ương' (TW); 56-KL/TW's short mention gets Bộ Chính trị (stated in the text).")
g.note("Negative: 'Sau hơn 10 năm thực hiện Nghị quyết số 24-NQ/TW' (retrospective), 'Tiếp tục quán triệt sâu sắc Nghị quyết số 24-NQ/TW, Kết luận số 56-KL/TW' (task clause), 'đề xuất sửa đổi Nghị định số 06/2022/NĐ-CP' (planned), 'kế hoạch thực hiện Chỉ thị này' (unnamed, pointer) give no relation. 'Đảng đoàn Quốc hội lãnh đạo tổng kết thi hành Luật Bảo vệ môi trường năm 2020' -> reviews (task of the directive); 'Chỉ thị này thay thế Chỉ thị số 29-CT/TW ...' -> replaces.")
done(g, n)
