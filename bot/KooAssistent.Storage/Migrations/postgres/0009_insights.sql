-- Insight for the municipality and the editors (as sqlite/0009): turns by route, feedback per article and the gaps
-- store with redacted text; no foreign key to conversations, erased explicitly and kept Insights:RetentionDays.
CREATE TABLE insight_turns (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT   NOT NULL,
    channel         TEXT   NOT NULL,
    at              BIGINT NOT NULL,
    route           TEXT   NOT NULL,
    theme           TEXT   NOT NULL,
    article_id      TEXT   NULL
);

CREATE INDEX ix_insight_turns_at ON insight_turns (at);
CREATE INDEX ix_insight_turns_conversation ON insight_turns (conversation_id);

CREATE TABLE insight_feedback (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT   NOT NULL,
    article_id      TEXT   NOT NULL,
    helped          BIGINT NOT NULL,
    at              BIGINT NOT NULL
);

CREATE INDEX ix_insight_feedback_at ON insight_feedback (at);
CREATE INDEX ix_insight_feedback_conversation ON insight_feedback (conversation_id);

CREATE TABLE insight_gaps (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT   NOT NULL,
    at              BIGINT NOT NULL,
    kind            TEXT   NOT NULL,
    route           TEXT   NOT NULL,
    language        TEXT   NOT NULL,
    text            TEXT   NOT NULL,
    terms           TEXT   NOT NULL,
    themes          TEXT   NOT NULL,
    article_id      TEXT   NULL
);

CREATE INDEX ix_insight_gaps_at ON insight_gaps (at);
CREATE INDEX ix_insight_gaps_conversation ON insight_gaps (conversation_id);
