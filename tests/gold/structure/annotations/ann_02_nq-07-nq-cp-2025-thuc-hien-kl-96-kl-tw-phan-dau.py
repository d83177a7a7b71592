# ruff: noqa
"""Structure gold for real/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt: the opening of Nghị quyết
07/NQ-CP (2025) issuing the Government action programme for Kết luận 96-KL/TW on Hải Phòng (Điều 1 to the cut
inside Điều 3; the programme itself is not in the excerpt).

Decided by reading the text (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find in
structure_helpers (the local w() only recovers the exact spelling, line breaks included, of a phrase written
here with single spaces, so that str.find can place it)."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("real", "02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt", kind="resolution")


w, task = g.spaced, g.spaced_task  # phrases quoted with single spaces (StructureGold.spaced)


g._cursor = g.text.find("QUYẾT NGHỊ:")
assert g._cursor > 0

# Điều 1 (the Government issues the programme) and Điều 2 (entry into force) assign nothing; Điều 3 is the
# implementation clause. The articles are not solution areas (see notes): area None.
t = task("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "chịu trách nhiệm thi hành Nghị", area=None)
assert t["end"] == len(g.text.rstrip()), "the excerpt ends inside Điều 3"
g.actor(t, "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan trực thuộc Chính phủ", "lead", generic=True)
g.actor(t, "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead", generic=True)
g.actor(t, "các cơ quan, tổ chức, cá nhân có liên quan", "lead", generic=True)

# the horizon of the programme's aims, in its title and Điều 1: 'đến năm 2030, tầm nhìn đến năm 2045'
g.target_years(2030, 2045)

g.note("The excerpt is the opening of the resolution: its title, legal bases, Điều 1 (issuing the action programme), Điều 2 (entry into force) and Điều 3 cut mid-word ('... chịu trách nhiệm thi hành Nghị'). The programme that holds the tasks is not in it.")
g.note("The articles 'Điều 1/2/3' of a promulgating resolution are not solution areas: they are the resolution's legal articles, not numbered groups of tasks (Điều 3 is the standard implementation clause and has no heading text of its own), so the text has no areas and its one task has area null. Điều 1 ('Ban hành kèm theo Nghị quyết này Chương trình hành động ...') is the Government's own act of issuing, not a task assigned to a body, and Điều 2 sets the entry into force.")
g.note("Điều 3's task runs to the end of the excerpt (it is cut inside 'Nghị quyết này'). 'chịu trách nhiệm thi hành' makes every body listed before it a lead; the list is split into the central-government heads ('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan trực thuộc Chính phủ'), the provincial chairs and 'các cơ quan, tổ chức, cá nhân có liên quan', all generic.")
g.note("Target years: 2030 and 2045, the horizon 'đến năm 2030, tầm nhìn đến năm 2045' of Nghị quyết 45-NQ/TW that the programme carries forward (in the title and Điều 1); 2015, 2019, 2024 are dates of cited documents, not targets.")
print(g.write("dev"))
