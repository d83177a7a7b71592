# ruff: noqa
"""Structure gold for wild 9a885bb50365e6f1.md: Quyết định 2500/QĐ-TTg (17/11/2025) of the Prime Minister
issuing the catalogue of state secrets in organisation, personnel, labour and social affairs.

Annotated by reading the text only (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find via
structure_helpers.StructureGold, none is typed by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "9a885bb50365e6f1.md", kind="decision")

# Điều 1-3 list categories of secrets (catalogue entries, not directives); Điều 4 is entry into force
# and repeal, done by the decision itself. Only Điều 5 assigns work to bodies.
a = g.area("5", "Trách nhiệm thi hành", after="**Điều 5.")

t = g.task("Bộ trưởng Bộ Nội vụ chủ trì,", "kiểm tra việc thi\nhành Quyết định này", area=a)
g.actor(t, "Bộ trưởng Bộ Nội vụ", "lead")
g.actor(t, "Bộ trưởng Bộ Công an", "coordinating")

t = g.task("Bộ trưởng, Thủ trưởng cơ\nquan ngang bộ", "chịu trách nhiệm\nthi hành Quyết định này", area=a)
g.actor(t, "Bộ trưởng", "lead", generic=True)
g.actor(t, "Thủ trưởng cơ quan ngang bộ", "lead", generic=True)
g.actor(t, "Thủ trưởng cơ quan thuộc Chính phủ", "lead", generic=True)
g.actor(t, "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "lead", generic=True)
g.actor(t, "cá nhân, tổ chức có liên quan", "lead", generic=True)

# no target years: 2025 is the date of issue and of the Law on Government Organisation, 2018 the Law on
# State Secrets, 2020 the repealed decisions 960/QĐ-TTg and 1451/QĐ-TTg.

g.note("A catalogue decision (danh mục bí mật nhà nước): the numbered items of Điều 1-3 name categories of "
       "documents, they direct no body, so they are neither areas nor tasks.")
g.note("Điều 4 'Hiệu lực thi hành' (entry into force, 'Bãi bỏ: a) ... b) ...') holds no task: the repeal "
       "is done by the decision itself, no body is asked to act; it is not an area.")
g.note("An article heading 'Điều 5. Trách nhiệm thi hành' is an area; its ordinal is the article's number "
       "'5' (the word 'Điều' dropped, as the dot of 'III.' is), its title the text after 'Điều 5.'.")
g.note("Officials are named as written ('Bộ trưởng Bộ Nội vụ', 'Bộ trưởng Bộ Công an'), not mapped to "
       "their ministries; 'X chủ trì, phối hợp với Y chịu trách nhiệm ...': X lead, Y coordinating.")
g.note("'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân "
       "dân tỉnh, thành phố trực thuộc trung ương, cá nhân, tổ chức có liên quan chịu trách nhiệm thi hành': "
       "split at each head title (Bộ trưởng / Thủ trưởng / Chủ tịch / cá nhân, tổ chức), five actors, all lead "
       "(subject + 'chịu trách nhiệm') and generic (unnamed, plural); 'tỉnh, thành phố trực thuộc trung ương' "
       "and 'cá nhân, tổ chức' stay one actor each. A bare 'Bộ trưởng' (all ministers) is generic.")
g.note("'hướng dẫn, kiểm tra việc thi hành Quyết định này' is an activity, not a document: no output.")
print(g.write("blind"))
