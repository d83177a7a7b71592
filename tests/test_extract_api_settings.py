"""POST /extract and POST /validate use the pipeline of the server's data-folder settings
(POLICYGRAPH_PATTERNS_DIR ...), as `policygraph extract` does: not the project's folders regardless."""

from __future__ import annotations

import json
import shutil

import httpx

from .conftest import CORPUS, ROOT, SEED_NAME

SEED_FILE = f"corpus/{SEED_NAME}.txt"
# The seed article's heading: "Kết luận số 96-KL/TW ... về tiếp tục thực hiện Nghị quyết số 45-NQ/TW ...".
SPAN_96_TO_45 = (367, 505)


def relation_96_to_45(server_url: str) -> list[tuple[str, str, str]]:
    seed = (CORPUS / f"{SEED_NAME}.txt").read_bytes()
    response = httpx.post(server_url + "/extract", params={"source": SEED_FILE}, content=seed,
                          headers={"Content-Type": "text/plain; charset=utf-8"}, timeout=120)
    assert response.status_code == 200, response.text
    return [(r["from"], r["to"], r["type"]) for r in response.json()["relations"]
            if (r["start"], r["end"]) == SPAN_96_TO_45]


def test_an_edited_patterns_folder_changes_what_extract_finds(server_url, ingested_store_path, tmp_path):
    from tests.live_server import live_server

    assert relation_96_to_45(server_url) == [("96-KL/TW", "45-NQ/TW", "continues")]
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "data" / "patterns", patterns)
    triggers_path = patterns / "relation_triggers.json"
    triggers = json.loads(triggers_path.read_text(encoding="utf-8"))
    # Without its "continues" trigger ("tiếp tục thực hiện"), the heading's "thực hiện" says implements.
    triggers["between"] = [trigger for trigger in triggers["between"] if trigger[0] != "continues"]
    triggers_path.write_text(json.dumps(triggers, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "store"
    shutil.copytree(ingested_store_path, store)
    with live_server(store, tmp_path / "server.log", POLICYGRAPH_PATTERNS_DIR=str(patterns)) as edited_url:
        assert relation_96_to_45(edited_url) == [("96-KL/TW", "45-NQ/TW", "implements")]
