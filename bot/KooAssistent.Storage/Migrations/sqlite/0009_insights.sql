-- Insight for the municipality and the editors (issue #15). None of these tables references conversations with a
-- foreign key: the figures are kept for Insights:RetentionDays (90), longer than a quiet conversation's 28 days. A
-- resident's erasure deletes their rows explicitly (SqliteConversationStore), and the retention run deletes old ones.

-- One row per turn the brain decided: route, theme and article, never the text.
CREATE TABLE insight_turns (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    route           TEXT    NOT NULL,
    theme           TEXT    NOT NULL,
    article_id      TEXT    NULL
) STRICT;

CREATE INDEX ix_insight_turns_at ON insight_turns (at);
CREATE INDEX ix_insight_turns_conversation ON insight_turns (conversation_id);

-- A resident's thumbs up (helped = 1) or down on an answer, per article.
CREATE TABLE insight_feedback (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT    NOT NULL,
    article_id      TEXT    NOT NULL,
    helped          INTEGER NOT NULL,
    at              INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_insight_feedback_at ON insight_feedback (at);
CREATE INDEX ix_insight_feedback_conversation ON insight_feedback (conversation_id);

-- Questions the bot asked back, declined, answered with low confidence or that got a thumbs down, for the editors.
-- text is the message after the PII redactor, never the original; terms is its analysed search terms, sorted, the
-- key that groups similar questions.
CREATE TABLE insight_gaps (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    route           TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    terms           TEXT    NOT NULL,
    themes          TEXT    NOT NULL,
    article_id      TEXT    NULL
) STRICT;

CREATE INDEX ix_insight_gaps_at ON insight_gaps (at);
CREATE INDEX ix_insight_gaps_conversation ON insight_gaps (conversation_id);
