// The corpus database's schema, as an ordered list of migrations. `PRAGMA user_version` records how many have run;
// opening a database runs the missing ones in one transaction each. A migration, once released, is never edited:
// a change is a new migration appended to the list.
//
// Conventions: `rowid`-style INTEGER keys join the tables; `articles.id` is the record's sha256 id (the key users see).
// Dates are ISO 8601 text as the record gives them (`2024-04-08`, `2024-04`, `2024-04-08T22:38`), so they sort and
// compare as text. Country columns hold ISO 3166-1 alpha-3 codes (or a CAMEO bloc/IGO code where that is the actor's
// first three letters). JSON columns hold the record's own arrays.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, entities, mentions, quotes, events, dates, feeds, full-text search',
    sql: `
CREATE TABLE articles (
  rowid        INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,          -- the record's id: sha256 of the normalized text
  title        TEXT,
  published    TEXT,                          -- ISO 8601, as precise as the source
  outlet       TEXT,
  byline       TEXT,
  url          TEXT,
  language     TEXT NOT NULL,
  input_id     TEXT,                          -- meta.inputId (the JSONL id or file name)
  text         TEXT NOT NULL,
  record       TEXT NOT NULL,                 -- the whole dyad.article/1 record, JSON
  story        INTEGER REFERENCES stories(id),-- near-duplicate group (wire copies, re-posts)
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_url ON articles(url);

-- A story: one article and its near-duplicates. Counts are kept up to date on every insert.
CREATE TABLE stories (
  id           INTEGER PRIMARY KEY,
  first_article INTEGER NOT NULL,             -- articles.rowid of the first copy stored
  articles     INTEGER NOT NULL DEFAULT 1,
  outlets      INTEGER NOT NULL DEFAULT 1
);

-- Locality-sensitive hashing of each article's MinHash signature: one row per band.
CREATE TABLE minhash_bands (
  band         INTEGER NOT NULL,
  hash         INTEGER NOT NULL,
  article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;
CREATE TABLE minhash_signatures (
  article      INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
  signature    BLOB NOT NULL                  -- Uint32Array, little-endian
);

CREATE TABLE entities (
  rowid        INTEGER PRIMARY KEY,
  article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  local_id     TEXT NOT NULL,                 -- the id inside the record ("e3")
  name         TEXT NOT NULL,
  type         TEXT NOT NULL,                 -- PERSON ORG GPE LOC NORP
  country      TEXT,
  actor        TEXT,                          -- CAMEO actor code
  roles        TEXT NOT NULL DEFAULT '[]',    -- JSON array
  affiliation  TEXT,
  nationality  TEXT,
  acronym      TEXT,
  lat          REAL,
  lon          REAL,
  mentions     INTEGER NOT NULL,              -- number of mentions in the article
  UNIQUE (article, local_id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE mentions (
  entity       INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  kind         TEXT
);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE quotes (
  rowid        INTEGER PRIMARY KEY,
  article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  local_id     TEXT NOT NULL,
  kind         TEXT NOT NULL,                 -- direct indirect mixed
  text         TEXT NOT NULL,
  speaker      INTEGER REFERENCES entities(rowid),
  speaker_name TEXT,                          -- the speaker entity's name, or the speaker text
  speaker_actor TEXT,                         -- the speaker entity's CAMEO code
  speaker_country TEXT,
  cue          TEXT,
  via          TEXT,                          -- channel entity's name (TASS, Reuters)
  date         TEXT,                          -- the article's publication time
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  UNIQUE (article, local_id)
);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name);
CREATE INDEX quotes_date ON quotes(date);

-- Entities a quote's text mentions (its topics): what X said about Y.
CREATE TABLE quote_mentions (
  quote        INTEGER NOT NULL REFERENCES quotes(rowid) ON DELETE CASCADE,
  entity       INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,
  PRIMARY KEY (quote, entity)
) WITHOUT ROWID;

CREATE TABLE events (
  rowid        INTEGER PRIMARY KEY,
  article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  local_id     TEXT NOT NULL,
  code         TEXT NOT NULL,                 -- CAMEO event code
  root         TEXT NOT NULL,                 -- two-digit root
  quad         INTEGER NOT NULL,              -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  goldstein    REAL NOT NULL,
  modality     TEXT NOT NULL,
  date         TEXT,                          -- the event's own date, else the article's publication date
  date_end     TEXT,
  source_entity INTEGER REFERENCES entities(rowid),
  source_actor TEXT,
  source_name  TEXT,
  source_country TEXT,
  target_entity INTEGER REFERENCES entities(rowid),
  target_actor TEXT,
  target_name  TEXT,
  target_country TEXT,
  place        TEXT,
  place_country TEXT,
  lat          REAL,
  lon          REAL,
  sentence     TEXT NOT NULL,                 -- the evidence sentence's text
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  corpus_event INTEGER REFERENCES corpus_events(id),
  UNIQUE (article, local_id)
);
CREATE INDEX events_pair ON events(source_country, target_country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(root, code);
CREATE INDEX events_corpus ON events(corpus_event);

-- One real-world event told by one or more articles (near-duplicates and independent reports alike).
CREATE TABLE corpus_events (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL,
  root         TEXT NOT NULL,
  quad         INTEGER NOT NULL,
  goldstein    REAL NOT NULL,
  source_actor TEXT,
  target_actor TEXT,
  source_country TEXT,
  target_country TEXT,
  date         TEXT,
  first_event  INTEGER NOT NULL,              -- events.rowid of the first report
  mentions     INTEGER NOT NULL DEFAULT 1,    -- reports (events rows), as GDELT NumMentions
  articles     INTEGER NOT NULL DEFAULT 1,    -- distinct articles, as GDELT NumArticles
  sources      INTEGER NOT NULL DEFAULT 1,    -- distinct outlets, as GDELT NumSources
  stories      INTEGER NOT NULL DEFAULT 1     -- distinct near-duplicate groups
);
CREATE INDEX corpus_events_pair ON corpus_events(source_country, target_country, date);
CREATE INDEX corpus_events_key ON corpus_events(code, source_actor, target_actor, date);

CREATE TABLE dates (
  article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  value        TEXT,
  grain        TEXT
);
CREATE INDEX dates_article ON dates(article);

-- Inputs that could not be stored, with the reason (ingest's closing summary reads the latest run's).
CREATE TABLE failures (
  rowid        INTEGER PRIMARY KEY,
  input        TEXT NOT NULL,
  reason       TEXT NOT NULL,
  at           TEXT NOT NULL
);

-- Feeds: conditional-request state, and the items already taken.
CREATE TABLE feeds (
  url          TEXT PRIMARY KEY,
  etag         TEXT,
  last_modified TEXT,
  last_fetched TEXT,
  last_status  TEXT,
  error        TEXT
);
CREATE TABLE feed_items (
  feed         TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
  guid         TEXT NOT NULL,
  article      TEXT,                          -- articles.id once stored
  seen_at      TEXT NOT NULL,
  PRIMARY KEY (feed, guid)
) WITHOUT ROWID;

-- Full-text search over article text and quotes (external-content FTS5 tables kept in step by triggers).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
END;
`,
  },
  {
    version: 2,
    name: 'article_inputs: every input id an article came in under, exact copies included',
    sql: `
-- Two inputs with the same text are one article (its id is the text's sha256), but each input's own id (a JSONL
-- "id", a file path, "FILE:line N") is kept here, so \`dyad show <input id>\` finds it and nothing a user ingested
-- is lost from view. One input id may name different texts over time (an edited file): each pairing is a row.
CREATE TABLE article_inputs (
  input_id     TEXT NOT NULL,
  article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  seen_at      TEXT NOT NULL,
  PRIMARY KEY (input_id, article)
) WITHOUT ROWID;
CREATE INDEX article_inputs_article ON article_inputs(article);
INSERT OR IGNORE INTO article_inputs (input_id, article, seen_at)
  SELECT input_id, rowid, ingested_at FROM articles WHERE input_id IS NOT NULL;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Articles a transaction holds during ingest: a crash loses at most one batch of work, never stored rows. */
export const DEFAULT_BATCH = 50;
