-- Runs once, when the postgres volume is first initialised (the image's docker-entrypoint-initdb.d).
-- One database per domain service; each service creates its own tables by migrations at start-up.
-- Guarded by NOT EXISTS so a manual re-run is harmless; CREATE DATABASE cannot run in a DO block,
-- hence psql's \gexec.
SELECT format('CREATE DATABASE %I', db)
FROM unnest(ARRAY['zone_credit', 'zone_supervision', 'zone_land', 'zone_party']) AS db
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = db)
\gexec
