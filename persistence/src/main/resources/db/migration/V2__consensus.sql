-- DRME consensus state of one node (architecture §2, §3, §5). One database per node, so no table
-- carries a node column; consumed offsets stay in CONSUMED_OFFSET (V1), keyed by the consumer name.
-- Binary columns are BYTEA: PostgreSQL's type, and an alias of BINARY VARYING on H2 2.x.
-- Hashes used as keys are lower-case hex text (portable keys, readable in a SQL console).

-- The beacon of each requests partition and the last entropy sequence folded per node (encoded).
CREATE TABLE DRME_BEACON (
  PART INT PRIMARY KEY,
  BEACON BYTEA NOT NULL,
  LAST_SEQUENCES BYTEA NOT NULL
);

-- Sequenced requests, first copy wins. REQUEST holds the raw body and the signature headers, never
-- a claim plaintext. OPEN_ROUND is true while the request has entities and no outcome: what the
-- round time-out scans, through DRME_REQUEST_OPEN.
CREATE TABLE DRME_REQUEST (
  REQUEST_ID VARCHAR(256) PRIMARY KEY,
  BODY_DIGEST BYTEA NOT NULL,
  REQUEST BYTEA NOT NULL,
  CLAIM_COUNT INT NOT NULL,
  ENTITIES BYTEA NOT NULL,
  PART INT NOT NULL,
  OFFS BIGINT NOT NULL,
  LOG_TIME BIGINT NOT NULL,
  BEACON BYTEA NOT NULL,
  ROUND_NO INT NOT NULL,
  COORDINATOR VARCHAR(256) NOT NULL,
  PROOF_SENT BOOLEAN NOT NULL,
  OPEN_ROUND BOOLEAN NOT NULL
);
CREATE INDEX DRME_REQUEST_OPEN ON DRME_REQUEST (OPEN_ROUND, LOG_TIME);

-- The recorded end of a request (written by the validator role, possibly before the entry exists).
CREATE TABLE DRME_REQUEST_OUTCOME (
  REQUEST_ID VARCHAR(256) PRIMARY KEY,
  STATUS VARCHAR(16) NOT NULL,
  ROUND_NO INT NOT NULL,
  PROOF_HASH VARCHAR(128)
);

-- Every node's votes as read from the votes topic; one per (request, entity, voter), READ_ORDER
-- is the order this node read them in (per request).
CREATE TABLE DRME_VOTE (
  REQUEST_ID VARCHAR(256) NOT NULL,
  ENTITY_KEY VARCHAR(1024) NOT NULL,
  VOTER VARCHAR(256) NOT NULL,
  READ_ORDER INT NOT NULL,
  ENCODED BYTEA NOT NULL,
  PRIMARY KEY (REQUEST_ID, ENTITY_KEY, VOTER)
);

-- This node's own signed votes: one per (request, entity), ever.
CREATE TABLE DRME_BALLOT (
  REQUEST_ID VARCHAR(256) NOT NULL,
  ENTITY_KEY VARCHAR(1024) NOT NULL,
  ENCODED BYTEA NOT NULL,
  PRIMARY KEY (REQUEST_ID, ENTITY_KEY)
);

-- The validator's entities: committed state (canonical bytes), head proof hash, the reservation
-- (all three LOCK_ columns set, or none) and the length of the wait queue, so an entity without a
-- queue is read with one primary-key lookup.
CREATE TABLE DRME_ENTITY (
  ENTITY_KEY VARCHAR(1024) PRIMARY KEY,
  STATE BYTEA,
  HEAD BYTEA,
  LOCK_REQUEST_ID VARCHAR(256),
  LOCK_REQUEST_DIGEST BYTEA,
  LOCK_CHANGE_DIGEST BYTEA,
  QUEUE_LENGTH INT NOT NULL,
  NEXT_QUEUE_POS BIGINT NOT NULL,
  CONSTRAINT DRME_ENTITY_LOCK CHECK ((LOCK_REQUEST_ID IS NULL AND LOCK_REQUEST_DIGEST IS NULL
    AND LOCK_CHANGE_DIGEST IS NULL) OR (LOCK_REQUEST_ID IS NOT NULL
    AND LOCK_REQUEST_DIGEST IS NOT NULL AND LOCK_CHANGE_DIGEST IS NOT NULL))
);

-- The FIFO wait queue of each entity: POS only grows per entity (DRME_ENTITY.NEXT_QUEUE_POS).
CREATE TABLE DRME_QUEUED_PREPARE (
  ENTITY_KEY VARCHAR(1024) NOT NULL,
  POS BIGINT NOT NULL,
  REQUEST_ID VARCHAR(256) NOT NULL,
  REQUEST_DIGEST BYTEA NOT NULL,
  QUEUED_AT BIGINT NOT NULL,
  PRIMARY KEY (ENTITY_KEY, POS)
);

-- The proofmesh: every proof by its hash (hex of SHA-256 over the full encoding).
CREATE TABLE DRME_PROOF (
  PROOF_HASH VARCHAR(128) PRIMARY KEY,
  REQUEST_ID VARCHAR(256) NOT NULL,
  ENCODED BYTEA NOT NULL
);
CREATE INDEX DRME_PROOF_REQUEST ON DRME_PROOF (REQUEST_ID);

-- Which proof decided each (request, entity) at this node; the first valid DECIDE wins.
CREATE TABLE DRME_APPLIED_PROOF (
  REQUEST_ID VARCHAR(256) NOT NULL,
  ENTITY_KEY VARCHAR(1024) NOT NULL,
  PROOF_HASH VARCHAR(128) NOT NULL,
  PRIMARY KEY (REQUEST_ID, ENTITY_KEY)
);
