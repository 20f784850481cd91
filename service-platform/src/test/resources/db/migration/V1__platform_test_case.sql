-- The read model of the tests' consumer: one row per case opened, with how often it was applied.
CREATE TABLE platform_test_case (
    case_id     uuid PRIMARY KEY,
    nationality varchar(3) NOT NULL,
    applied     integer    NOT NULL
);
