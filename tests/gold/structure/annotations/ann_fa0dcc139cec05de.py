# ruff: noqa
"""Structure gold for wild/fa0dcc139cec05de.md: Công điện 230/CĐ-TTg (26/11/2025) of the Prime Minister on
completing the update, review and classification of the inspection results of long-stalled projects (a Thư viện
pháp luật page).

Decided by reading the text (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find in
structure_helpers (the local w() only recovers the exact spelling, line breaks included, of a phrase written
here with single spaces, so that str.find can place it)."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "fa0dcc139cec05de.md", kind="dispatch")


w, task = g.spaced, g.spaced_task  # phrases quoted with single spaces (StructureGold.spaced)


g._cursor = g.text.find("THỦ TƯỚNG CHÍNH PHỦ điện")
assert g._cursor > 0
g._cursor = g.text.find("Hệ thống 751, Thủ tướng Chính phủ yêu", g._cursor)
assert g._cursor > 0


def area_sentence(ordinal, first, last):
    """An area whose title is its first sentence, from ``first`` to ``last`` (exact)."""
    s = g.text.find(first, g._cursor)
    e = g.text.find(last, s) + len(last)
    assert s > 0 and e > s
    g.area(ordinal, g.text[s:e])
    g._cursor = s


# ---- 1. Cơ quan thanh tra ----------------------------------------------------------------------------
area_sentence("1", "Cơ quan thanh tra khẩn trương", "**trước ngày 26/11/2025")
t = task("Cơ quan thanh tra khẩn trương", "**trước ngày 26/11/2025", area="1")
g.actor(t, "cơ quan thanh tra", "lead", generic=True)
g.deadline(t, "trước ngày 26/11/2025", "2025-11-26", "day")
g.output(t, "kết luận")

# ---- 2. Bộ trưởng ..., Chủ tịch UBND ... -------------------------------------------------------------
MIN = "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ"
PROV = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
area_sentence("2", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan\ntrực thuộc Chính phủ", "13021/BTC-PTHT ngày 22/8/2025")
t1 = task("Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "13021/BTC-PTHT ngày 22/8/2025", area="2")
g.actor(t1, MIN, "lead", generic=True)
g.actor(t1, PROV, "lead", generic=True)
g.actor(t1, "cơ quan thanh tra", "coordinating", generic=True)
t2 = task("UBND thành phố Đà Nẵng khẩn trương", "trên Hệ thống 751", area="2")
g.actor(t2, "UBND thành phố Đà Nẵng", "lead")
# the label line 'Thời hạn hoàn thành: trước ngày 30/11/2025.' after both sentences is the deadline of each
for t in (t1, t2):
    g.deadline(t, "trước ngày 30/11/2025", "2025-11-30", "day", after="Thời hạn hoàn thành: ", start=t2["end"])

# ---- 3. Các bộ ..., UBND ..., các cơ quan thanh tra --------------------------------------------------
L3 = [("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", True),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", True), ("các cơ quan thanh tra", True)]
g._cursor = g.text.find("Thời hạn hoàn thành", g._cursor)
area_sentence("3", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;", "án của Ban chỉ đạo")
t = task("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;", "án của Ban chỉ đạo", area="3")
for n, gen in L3:
    g.actor(t, n, "lead", generic=gen)
t = task("Trong quá trình thực hiện, nếu có khó khăn", "để được hướng dẫn", area="3")
for n, gen in L3:
    g.actor(t, n, "lead", inherited=True, generic=gen)
t = task("Đề nghị các đồng chí Bộ trưởng", "tháo gỡ vướng mắc cho các dự án", area="3")
g.actor(t, "các đồng chí Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ", "participant", generic=True)
g.actor(t, "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "participant", generic=True)

# ---- 4. Bộ Tài chính ---------------------------------------------------------------------------------
area_sentence("4", "Giao Bộ Tài chính - Cơ quan Thường trực", "Công điện này")
t = task("Giao Bộ Tài chính - Cơ quan Thường trực", "Công điện này", area="4")
g.actor(t, "Bộ Tài chính", "lead")
g.actor(t, "các Bộ, cơ quan, địa phương", "participant", generic=True)

g.target_years(2025)

g.note("The site's summary block above the dispatch ('Theo đó, ... Thủ tướng Chính phủ yêu cầu: - Cơ quan thanh tra ...') restates the dispatch: it is the site's editorial content and holds no tasks; only the dispatch body is annotated. The background paragraphs quoting earlier assignments (Thông báo 569/TB-VPCP, Thông báo 384/TB-VPCP '... trước ngày 20 tháng 9 năm 2025') report past directives, not tasks of this dispatch; their dates are not target years.")
g.note("The label line 'Thời hạn hoàn thành: trước ngày 30/11/2025.' closing paragraph 2 is a deadline stated for the group: it is the deadline of both tasks of area 2 (the ministers' and provincial chairs' update, and Đà Nẵng's review), not a task; its text drops the label.")
g.note("The unnumbered paragraph 'Đề nghị các đồng chí Bộ trưởng, ... chỉ đạo quyết liệt ...' between items 3 and 4 belongs to area 3 (it follows it and is not numbered); its bodies are participants ('đề nghị'). The second sentence of item 3 ('Trong quá trình thực hiện, nếu có khó khăn vướng mắc, kịp thời phản ánh về Bộ Tài chính ...') is a directive to item 3's addressees (lead, inherited); Bộ Tài chính there is the addressee of the report: no role, and likewise Thủ tướng Chính phủ in 'chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ' and Bộ Tài chính as the author of the guidance in item 2.")
g.note("Names: a sentence-initial capital is lowered when the same body recurs mid-sentence ('Cơ quan thanh tra' of item 1 is 'cơ quan thanh tra', as in item 2); the plural 'các cơ quan thanh tra' of item 3 is kept as written. 'Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751' is the body 'Bộ Tài chính' (the rest is its capacity, an apposition). The addressee lists are split into the ministerial heads and the provincial chairs (or committees), each generic; the ';' inside item 3's subject list does not split the task (what follows is not a verb).")
g.note("Item 1's output is the inspection 'kết luận' it must issue ('ban hành kết luận'). Item 2's first sentence contains '16495/BТС-PTHT' spelt with Cyrillic 'Т' and 'С' in the source; spans are taken from the text as it is. Area titles are the items' first sentences, markdown '**' marks included where they fall inside.")
print(g.write("blind"))
