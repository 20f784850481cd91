-- Run once by the postgres image (/docker-entrypoint-initdb.d), on the first start with an empty data volume.
-- Each WNA service owns one database; its tables are created by Flyway when the service starts.
CREATE DATABASE case_db;
CREATE DATABASE notification_db;
CREATE DATABASE reciprocity_db;
CREATE DATABASE dashboard_db;
