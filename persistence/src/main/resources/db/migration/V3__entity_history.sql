-- The read model's history: one row per committed change of an entity at this node, in the order
-- this node applied them (SEQ only grows per entity). What the query endpoints answer from: the
-- request that created an entity (its first row), the transfers an asset took part in (rows of
-- TransfersRequest), the requests that added a delegate or an endorsement.
CREATE TABLE ENTITY_CHANGE (
  ENTITY_KEY VARCHAR(1024) NOT NULL,
  REQUEST_ID VARCHAR(256) NOT NULL,
  SEQ BIGINT NOT NULL,
  REQUEST_TYPE VARCHAR(64) NOT NULL,
  PRIMARY KEY (ENTITY_KEY, REQUEST_ID)
);
CREATE INDEX ENTITY_CHANGE_ORDER ON ENTITY_CHANGE (ENTITY_KEY, SEQ);
