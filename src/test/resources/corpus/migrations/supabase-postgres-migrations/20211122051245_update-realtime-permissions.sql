-- migrate:up


GRANT x;
GRANT ALL ON ALL x;
GRANT ALL ON ALL x;
GRANT ALL ON ALL x;

-- migrate:down
