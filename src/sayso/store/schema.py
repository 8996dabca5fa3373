"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create and change them.

Ids: an article's id is the hash of its normalised text; a statement's or event's ``uid`` is
``<article id>:<local id>`` (``ecf27e3c1a816f99:s3``) so that records from one article never collide.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()

outlets = Table(
    "outlets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("domain", String(200)),
    Column("country", String(2)),
    Column("kind", String(30), nullable=False, default="unknown"),  # state media | wire | independent | unknown
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id")),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("dateline_place", String(200)),
    Column("dateline_date", Date),
    Column("language", String(8), nullable=False, default="en"),
    Column("source_path", Text),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the CONTRACT.md record as JSON, exactly as extracted
    Column("n_statements", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime, nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet_id"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("kind", String(30), nullable=False, default="speaker"),  # speaker | actor
)

statements = Table(
    "statements",
    metadata,
    Column("uid", String(48), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("speaker_entity_id", Integer, ForeignKey("entities.id")),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue_text", Text, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("polarity", String(8), nullable=False),
    Column("via_uid", String(48)),
    Index("ix_statements_article", "article_id"),
    Index("ix_statements_speaker", "speaker_entity_id"),
    Index("ix_statements_polarity", "polarity"),
)

places = Table(
    "places",
    metadata,
    Column("key", String(200), primary_key=True),  # "gn:170017", or "name:<country>:<name>" for curated/unresolved
    Column("name", String(300), nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("admin1", String(200)),
    Column("kind", String(16), nullable=False),
    Column("geonameid", Integer),
    Index("ix_places_country_admin1", "country", "admin1"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("kind", String(10), primary_key=True),  # place | time | quantity
    Column("idx", Integer, primary_key=True),  # position in the record's list
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("place_key", String(200), ForeignKey("places.key")),
    Column("date_from", Date),
    Column("date_to", Date),
    Column("value", String(64)),  # TIMEX3 value for times
    Column("low", Integer),
    Column("high", Integer),
    Column("of", Text),
    Index("ix_mentions_place", "place_key"),
)

events = Table(
    "events",
    metadata,
    Column("uid", String(48), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("type", String(60), nullable=False),
    Column("subtype", String(80), nullable=False),
    Column("actor1", String(200)),
    Column("actor2", String(200)),
    Column("place_idx", Integer),
    Column("place_key", String(200), ForeignKey("places.key")),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("admin1", String(200)),
    Column("date_from", Date),
    Column("date_to", Date),
    Column("time_precision", Integer, nullable=False, default=1),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    # the interval the words commit to ("at least 12": 12, NULL = open); NULL low: same as the figure
    Column("fatalities_bound_low", Integer),
    Column("fatalities_bound_high", Integer),
    Column("polarity", String(8), nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("claimed_by_uid", String(48)),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Index("ix_events_article", "article_id"),
    Index("ix_events_date", "date_from", "date_to"),
    Index("ix_events_type", "type", "subtype"),
    Index("ix_events_country_date", "country", "date_from"),
    Index("ix_events_latlon", "lat", "lon"),
    Index("ix_events_actor1", "actor1"),
)

#: Placed events counted per grid cell of the desk's map at zoom ``cells.CELL_ZOOM`` (kept by the store
#: as events are written; coarser zooms add cells up): the country-wide map without reading every event.
event_cells = Table(
    "event_cells",
    metadata,
    Column("country", String(2), nullable=False),  # "" for an event placed in no country
    Column("row", Integer, nullable=False),
    Column("col", Integer, nullable=False),
    Column("type", String(60), nullable=False),
    Column("polarity", String(8), nullable=False),
    Column("n", Integer, nullable=False),
    Column("lat_sum", Float, nullable=False),
    Column("lon_sum", Float, nullable=False),
    PrimaryKeyConstraint("country", "row", "col", "type", "polarity"),
)

event_evidence = Table(
    "event_evidence",
    metadata,
    Column("event_uid", String(48), ForeignKey("events.uid"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

# --- threads (migration 0002): claims about one situation across outlets, stances, outcomes ---------

threads = Table(
    "threads",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("family", String(30), nullable=False),  # territory | combat | civilians | ... (link/data/families.tsv)
    Column("type", String(60), nullable=False),
    Column("subtype", String(80), nullable=False),
    Column("actor1", String(200)),
    Column("actor2", String(200)),
    Column("place_key", String(200)),
    Column("place_name", String(300)),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("admin1", String(200)),
    Column("date_from", Date),
    Column("date_to", Date),
    Column("lead_uid", String(48)),  # the member whose claim is the proposition
    Column("proposition", Text, nullable=False),
    Column("n_members", Integer, nullable=False, default=0),
    Column("n_corroborating", Integer, nullable=False, default=0),
    Column("n_contradicting", Integer, nullable=False, default=0),
    Column("n_neutral", Integer, nullable=False, default=0),
    Column("independent_origins", Integer, nullable=False, default=0),
    Column("created_at", DateTime, nullable=False),  # UTC
    Column("updated_at", DateTime, nullable=False),  # UTC
    Index("ix_threads_date", "date_from", "date_to"),
    Index("ix_threads_place", "place_key"),
)

thread_members = Table(
    "thread_members",
    metadata,
    Column("thread_id", Integer, ForeignKey("threads.id"), primary_key=True),
    Column("member_uid", String(48), primary_key=True),  # an event uid, or a statement uid
    Column("kind", String(10), nullable=False),  # event | statement
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("stance", String(14), nullable=False),  # corroborates | contradicts | neutral
    Column("reason_code", String(30), nullable=False),
    Column("reason", Text, nullable=False),
    Column("origin_uid", String(48), nullable=False),  # syndicated copies share the origin of the first copy
    Column("similarity", Float),
    Column("added_at", DateTime, nullable=False),  # UTC
    Index("ix_thread_members_uid", "member_uid", unique=True),
    Index("ix_thread_members_article", "article_id"),
)

outcomes = Table(
    "outcomes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("thread_id", Integer, ForeignKey("threads.id"), nullable=False),
    Column("version", Integer, nullable=False),  # 1, 2, ... per thread; the highest is current
    Column("verdict", String(8), nullable=False),  # held | failed | mixed
    Column("note", Text, nullable=False, default=""),
    Column("evidence_url", Text),
    Column("settled_on", Date),  # the day the situation settled (lead times count to it)
    Column("proposed", Boolean, nullable=False, default=False),  # proposed automatically, not confirmed
    Column("is_current", Boolean, nullable=False, default=True),
    Column("superseded_by", Integer),  # id of the version that replaced this one
    Column("recorded_by", String(200), nullable=False, default="unknown"),
    Column("recorded_at", DateTime, nullable=False),  # UTC
    Index("ix_outcomes_thread_version", "thread_id", "version", unique=True),
    Index("ix_outcomes_current", "thread_id", "is_current"),
)

link_index = Table(
    "link_index",
    metadata,
    Column("cell", String(220), primary_key=True),  # "g:<lat cell>:<lon cell>", "a:<cc>:<admin1>" or "p:<place key>"
    Column("event_uid", String(48), ForeignKey("events.uid"), primary_key=True),
    Column("family", String(30), nullable=False),
    Column("date_from", Date, nullable=False),
    Column("date_to", Date, nullable=False),
    Index("ix_link_index_lookup", "family", "cell", "date_from"),
)
