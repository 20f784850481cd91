#!/bin/bash
# Each WNA service logs into PostgreSQL with a role of its own that owns its database and nothing else: no superuser,
# no CREATEDB or CREATEROLE, and CONNECT on its database revoked from PUBLIC, so that no service can even connect to
# another's database. The services' Flyway migrations run as these roles.
#
# Run by the postgres image from /docker-entrypoint-initdb.d on the first start (empty volume), and by the one-shot
# postgres-init container of docker-compose.yml at every `up`: it converges, so running it again is safe. An existing
# role gets the password from the environment again (to change one, change the variable and `up` again); a database
# an earlier version created as `postgres` (tables, sequences, views, functions and types inside it, Flyway's history
# among them) is handed to the service's role.
#
# Needs WNA_CASE_DB_PASSWORD, WNA_NOTIFICATION_DB_PASSWORD, WNA_RECIPROCITY_DB_PASSWORD, WNA_DASHBOARD_DB_PASSWORD, and
# a superuser connection (the image's own during init; PGHOST, PGUSER and PGPASSWORD in postgres-init).
set -eo pipefail

provision() {
  local role=$1 database=$2 password=$3
  if [ -z "$password" ]; then
    echo "no password given for PostgreSQL role $role" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --no-psqlrc -q --dbname postgres \
       -v role="$role" -v database="$database" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L', :'database', :'role', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
ALTER DATABASE :"database" OWNER TO :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
\connect :"database"
-- What an earlier version created as postgres passes to the role (objects of extensions stay with the extension).
SELECT format('ALTER SCHEMA %I OWNER TO %I', n.nspname, :'role') FROM pg_namespace n
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND n.nspowner NOT IN (to_regrole(:'role'), 'pg_database_owner'::regrole)
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = n.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER TABLE %s OWNER TO %I', c.oid::regclass, :'role') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND c.relowner <> to_regrole(:'role') AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') \gexec
-- A sequence of a serial or identity column follows its table.
SELECT format('ALTER SEQUENCE %s OWNER TO %I', c.oid::regclass, :'role') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND c.relkind = 'S'
   AND c.relowner <> to_regrole(:'role') AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')) \gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'role') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND p.prokind IN ('f', 'p')
   AND p.proowner <> to_regrole(:'role') AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') \gexec
SELECT format(CASE t.typtype WHEN 'd' THEN 'ALTER DOMAIN %s OWNER TO %I' ELSE 'ALTER TYPE %s OWNER TO %I' END, t.oid::regtype, :'role')
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND t.typtype IN ('e', 'd', 'r')
   AND t.typowner <> to_regrole(:'role') AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
  echo "PostgreSQL: database $database owned by role $role"
}

# Nothing of WNA's is in the maintenance databases: no service role connects there either.
psql -v ON_ERROR_STOP=1 --no-psqlrc -q --dbname postgres -c 'REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC'

provision case_service case_db "${WNA_CASE_DB_PASSWORD:-}"
provision notification_service notification_db "${WNA_NOTIFICATION_DB_PASSWORD:-}"
provision reciprocity_service reciprocity_db "${WNA_RECIPROCITY_DB_PASSWORD:-}"
provision dashboard_service dashboard_db "${WNA_DASHBOARD_DB_PASSWORD:-}"
