-- What the custody notice tells the consular post is kept with the custody, so that case-service can say what it told
-- the post after the outbox row is purged: the charges invoked (one row each, in the order given), whether an
-- interpreter is needed, and when the notice was issued.
ALTER TABLE custody_episode ADD COLUMN interpreter_needed boolean;
ALTER TABLE custody_episode ADD COLUMN notice_issued_at timestamptz;

CREATE TABLE custody_charge (
    custody_id  uuid         NOT NULL REFERENCES custody_episode (id),
    position    integer      NOT NULL,
    statute     varchar(40)  NOT NULL,
    article     varchar(40)  NOT NULL,
    description varchar(300),
    PRIMARY KEY (custody_id, position)
);

-- Custodies started before: what their notice said, while its outbox row is still there (the latest one per custody).
-- A custody whose row is already gone keeps NULL for the interpreter need and no charges: not known any more.
WITH sent AS (
    SELECT DISTINCT ON (e.id) e.id AS custody_id, o.payload
      FROM outbox_event o
      JOIN custody_episode e ON e.id::text = o.payload ->> 'custodyId'
     WHERE o.type = 'CustodyNoticeIssued.v1'
     ORDER BY e.id, o.seq DESC
), told AS (
    UPDATE custody_episode e
       SET interpreter_needed = (n.payload ->> 'interpreterNeeded')::boolean,
           notice_issued_at   = CASE WHEN jsonb_typeof(n.payload -> 'issuedAt') = 'string'
                                     THEN (n.payload ->> 'issuedAt')::timestamptz END
      FROM sent n
     WHERE n.custody_id = e.id
)
INSERT INTO custody_charge (custody_id, position, statute, article, description)
SELECT n.custody_id, c.ordinality - 1, c.charge ->> 'statute', c.charge ->> 'article', c.charge ->> 'description'
  FROM sent n,
       jsonb_array_elements(CASE WHEN jsonb_typeof(n.payload -> 'charges') = 'array' THEN n.payload -> 'charges'
                                 ELSE '[]'::jsonb END) WITH ORDINALITY AS c(charge, ordinality);
