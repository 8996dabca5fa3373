"""The desk in-process (FastAPI TestClient) over a real temporary SQLite store filled with hand-built records."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import spacy

from sayso.nlp.extensions import register_extensions
from sayso.store import open_store
from sayso.web import create_app
from sayso.web.sample import fill

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('desk') / 'store.db'}")
    fill(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def blank_nlp():
    """A tokenizer-only pipeline: the extraction endpoints run end to end without the model."""
    register_extensions()
    return spacy.blank("en")


@pytest.fixture(scope="module")
def client(sample_store, blank_nlp) -> TestClient:
    return TestClient(create_app(sample_store, token=TOKEN, tile_url=None, max_body=50_000, nlp=blank_nlp))


def _contested_thread(client: TestClient) -> dict:
    threads = client.get("/api/threads").json()["items"]
    return next(t for t in threads if t["contested"])


PAGES = ["/map", "/timeline", "/threads", "/sources", "/speakers", "/search?q=Hama", "/ingest"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_json_twin_from_the_same_view_data(client: TestClient, page: str) -> None:
    path, _, query = page.partition("?")
    html = client.get(page, headers={"accept": "text/html"})
    twin = client.get(f"{path}.json" + (f"?{query}" if query else ""))
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
    assert twin.json()["page"] == path.strip("/")
    assert f'href="{path}.json' in html.text  # the page links its twin


def test_contested_threads_come_first_and_show_both_stances(client: TestClient) -> None:
    threads = client.get("/threads.json").json()["items"]
    contested = [t["contested"] for t in threads]
    assert contested[0] and contested == sorted(contested, reverse=True)
    data = client.get(f"/threads/{threads[0]['id']}.json").json()
    stances = {m["stance"] for m in data["members"]}
    assert {"corroborates", "contradicts"} <= stances
    for m in data["members"]:
        assert m["reason"] and m["claim"]["outlet"]
        hits = [piece for piece, hit in m["evidence"] if hit]
        assert hits == [m["claim"]["evidence_text"]]  # the evidence, highlighted inside its sentence
    page = client.get(f"/threads/{threads[0]['id']}", headers={"accept": "text/html"}).text
    assert "contradicts" in page and "corroborates" in page and "<mark>" in page


def test_relay_chain_reaches_thread_members(client: TestClient) -> None:
    thread = _contested_thread(client)
    members = client.get(f"/api/threads/{thread['id']}").json()["members"]
    relayed = [m for m in members if m["claim"].get("relay")]
    assert relayed and relayed[0]["claim"]["relay"] == ["General Command of the Syrian Army"]


def test_map_json_filters_and_marks_denied_events(client: TestClient) -> None:
    every = client.get("/map.json").json()
    assert every["total"] == len(every["markers"]) > 0 and not every["clustered"]
    assert {"asserted", "denied"} <= {m["polarity"] for m in every["markers"]}
    battles = client.get("/map.json?type=Battles").json()
    assert 0 < battles["total"] < every["total"]
    assert all(m["type"] == "Battles" for m in battles["markers"])
    lebanon = client.get("/map.json?country=LB").json()
    assert lebanon["total"] == 1 and lebanon["markers"][0]["type"] == "Protests"
    denied = client.get("/map.json?polarity=denied&outlet=StateWire").json()
    assert denied["total"] == 1


def test_dense_maps_come_back_as_clusters(sample_store) -> None:
    from sayso.web.views.filters import FilterParams
    from sayso.web.views.map import map_view

    data = map_view(sample_store, FilterParams(), zoom=3, max_markers=2)
    assert data["clustered"] and not data["markers"]
    assert sum(c["n"] for c in data["clusters"]) == data["total"]
    assert all(c["n"] >= c["denied"] for c in data["clusters"])


def test_marker_claims_name_claimant_relay_and_threads(client: TestClient) -> None:
    denied = client.get("/map.json?polarity=denied").json()["markers"]
    details = [client.get(f"/api/events/{m['uid']}").json() for m in denied]
    relayed = next(d for d in details if d["relay"])
    assert relayed["claimant"] == "Russian Reconciliation Center"
    assert relayed["relay"] == ["General Command of the Syrian Army"]
    assert relayed["evidence_text"] and relayed["threads"][0]["stance"] == "contradicts"


def test_timeline_counts_days_and_lanes(client: TestClient) -> None:
    data = client.get("/timeline.json").json()
    assert [d["date"] for d in data["days"]] == sorted(d["date"] for d in data["days"])
    assert sum(d["events"] for d in data["days"]) == client.get("/map.json").json()["total"]
    assert any(lane["contested"] for lane in data["lanes"])


def test_article_page_marks_findings_inline(client: TestClient) -> None:
    article_id = client.get("/api/articles").json()["items"][0]["id"]
    data = client.get(f"/articles/{article_id}.json").json()
    classes = " ".join(s["classes"] for s in data["segments"])
    for css in ("hl-stmt", "hl-speaker", "hl-place", "hl-time", "hl-event"):
        assert css in classes
    assert "".join(s["text"] for s in data["segments"]) == data["record"]["article"]["text"]


def test_track_records_count_claims_and_list_them(client: TestClient) -> None:
    thread = _contested_thread(client)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post(f"/api/threads/{thread['id']}/outcome", json={"verdict": "held", "note": "t"}, headers=headers)
    assert r.status_code == 200 and r.json()["outcome"]["verdict"] == "held"
    sources = {row["name"]: row for row in client.get("/api/sources").json()["items"]}
    sana = sources["StateWire"]
    assert sana["relayed"]["failed"] >= 1  # the ministry denied what held
    behind = client.get("/api/sources/StateWire?voice=relayed&result=failed").json()["items"]
    assert len(behind) == sana["relayed"]["failed"] and all(c["result"] == "failed" for c in behind)
    speakers = {row["name"] for row in client.get("/speakers.json").json()["items"]}
    assert "Syrian Ministry of Defense" in speakers


def test_lists_are_paged_with_next_links(client: TestClient) -> None:
    first = client.get("/api/articles?limit=2").json()
    assert len(first["items"]) == 2 and first["next"] and first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["items"] and second["previous"]
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_lists_carry_etags_and_answer_304(client: TestClient) -> None:
    first = client.get("/api/events")
    tag = first.headers["etag"]
    again = client.get("/api/events", headers={"If-None-Match": tag})
    assert again.status_code == 304 and not again.content
    other = client.get("/api/events?type=Protests", headers={"If-None-Match": tag})
    assert other.status_code == 200


def test_search_finds_articles_and_statements(client: TestClient) -> None:
    articles = client.get("/api/search?q=rebels+Hama").json()["items"]
    assert [a["title"] for a in articles] == ["Rebels push into Hama as army lines collapse"]
    statements = client.get("/api/search?q=entered&kind=statements").json()["items"]
    assert statements and all(any(hit for _, hit in s["snippet"]) for s in statements)
    assert client.get('/api/search?q=NEAR("x*"').status_code == 200  # search syntax is not interpreted


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("get", "/api/nothing-here", {}, 404),
        ("get", "/api/articles/0000000000000000", {}, 404),
        ("get", "/threads/999999.json", {}, 404),
        ("get", "/api/articles?limit=0", {}, 422),
        ("get", "/map.json?since=yesterday", {}, 422),
        ("get", "/map.json?bbox=1,2,3", {}, 422),
        ("post", "/api/extract", {"json": {"text": ""}}, 422),
        ("post", "/api/extract", {"content": b"x" * 60_000, "headers": {"content-type": "application/json"}}, 413),
        ("delete", "/api/articles", {}, 405),
    ],
)
def test_errors_have_one_shape(client: TestClient, method: str, path: str, kwargs: dict, status: int) -> None:
    r = getattr(client, method)(path, **kwargs)
    assert r.status_code == status
    assert r.json() == {"ok": False, "error": r.json()["error"], "status": status}
    assert r.json()["error"]


def test_chunked_bodies_are_limited_too(client: TestClient) -> None:
    def chunks():
        for _ in range(20):
            yield b"y" * 5_000

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413


def test_a_broken_store_answers_500_in_the_error_shape(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'broken.db'}")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE event_evidence")
        conn.exec_driver_sql("DROP TABLE events")
    client = TestClient(create_app(store, token=None, tile_url=None), raise_server_exceptions=False)
    r = client.get("/api/events")
    assert r.status_code == 500 and r.json()["ok"] is False and r.json()["status"] == 500


def test_writes_need_the_bearer_token(client: TestClient) -> None:
    thread = _contested_thread(client)
    url, body = f"/api/threads/{thread['id']}/outcome", {"verdict": "failed"}
    missing = client.post(url, json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post(url, json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["ok"] is False
    assert client.post("/api/ingest", json={"text": "Some text."}).status_code == 401


def test_writes_are_disabled_without_a_token(sample_store, blank_nlp) -> None:
    client = TestClient(create_app(sample_store, token=None, tile_url=None, nlp=blank_nlp))
    r = client.post("/api/ingest", json={"text": "Some text."}, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "SAYSO_TOKEN" in r.json()["error"]
    assert client.post("/api/extract", json={"text": "Reads still work."}).status_code == 200


def test_extract_returns_the_contract_record_and_stores_nothing(client: TestClient) -> None:
    before = len(client.get("/api/articles?limit=500").json()["items"])
    r = client.post("/api/extract", json={"text": "Shelling hit Aleppo.", "outlet": "X", "published": "2024-12-03"})
    assert r.status_code == 200
    record = r.json()["records"][0]
    assert record["version"] == 1 and record["article"]["text"] == "Shelling hit Aleppo."
    assert record["article"]["published"] == "2024-12-03"
    assert len(client.get("/api/articles?limit=500").json()["items"]) == before


def test_ingest_with_the_token_stores_the_article(tmp_path: Path, blank_nlp) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'ingest.db'}")
    client = TestClient(create_app(store, token=TOKEN, tile_url=None, nlp=blank_nlp))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    body = {
        "text": "<html><body><h1>T</h1><p>Clashes were reported near Homs on Friday, residents said.</p></body></html>",
        "format": "html",
    }
    first = client.post("/api/ingest", json=body, headers=headers).json()
    assert first["ok"] and len(first["added"]) == 1
    again = client.post("/api/ingest", json=body, headers=headers).json()
    assert again["added"] == [] and again["already"] == first["added"]
    assert client.get(f"/api/articles/{first['added'][0]}").status_code == 200


def test_no_path_from_a_request_reaches_the_filesystem(client: TestClient) -> None:
    files = {"file": ("../../../etc/passwd", b"Fighting was reported near Hama on Friday.", "text/plain")}
    r = client.post("/ingest.json", files=files, data={"format": "text"})
    assert r.status_code == 200
    article = r.json()["results"][0]["article"]
    assert article["source_path"] == "posted.txt"
    assert "root:" not in r.text


def test_security_headers_and_escaping(sample_store) -> None:
    from sayso.web.sample import article

    hostile = article("<script>alert(1)</script>", 'Text with <img src=x onerror="alert(2)"> inside.')
    fill(sample_store, [hostile])
    client = TestClient(create_app(sample_store, token=None, tile_url="https://{s}.tiles.example/{z}/{x}/{y}.png"))
    r = client.get(f"/articles/{hostile.article.id}", headers={"accept": "text/html"})
    assert "<script>alert(1)</script>" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<img src=x" not in r.text and "&lt;img src=x onerror=" in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "https://*.tiles.example" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_api_docs_are_served_offline(client: TestClient) -> None:
    docs = client.get("/docs", headers={"accept": "text/html"})
    assert docs.status_code == 200 and "/api/extract" in docs.text and "<script>" not in docs.text.split("</head>")[1]
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/events", "/api/threads/{thread_id}", "/api/search", "/api/ingest"):
        assert path in paths


def test_the_map_answer_is_kept_until_new_articles_arrive(tmp_path) -> None:
    from sayso.store import open_store
    from sayso.web.views.filters import FilterParams
    from sayso.web.views.map import map_view

    from records_factory import relay_record

    store = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    store.add(relay_record())
    first = map_view(store, FilterParams(country="SY"))
    assert map_view(store, FilterParams(country="SY")) == first  # the kept answer
    assert map_view(store, FilterParams(country="LB"))["total"] == 0  # another filter, its own answer
    store.add(relay_record(outlet="Second", suffix=" Again."))
    assert map_view(store, FilterParams(country="SY"))["total"] == 2 * first["total"] > 0  # same events again
    store.close()


def test_map_clusters_count_types_and_denials_on_both_backends(store) -> None:
    from sayso.store import EventFilter
    from sayso.web.queries import map_clusters

    from records_factory import relay_record

    store.add(relay_record())
    with store.engine.connect() as conn:
        (cluster,) = map_clusters(conn, EventFilter(country="SY"), cell=1.0)
    assert cluster["n"] == 2 and cluster["denied"] == 1
    assert cluster["types"] == {"Battles": 2} and cluster["type"] == "Battles"
