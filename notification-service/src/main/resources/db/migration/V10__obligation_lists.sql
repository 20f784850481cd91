-- An obligation's nationalities and regime reasons were comma-separated strings; they become arrays, so a query can
-- test one element (= any(...)) and no code splits or joins them. The existing rows are converted in place.
alter table obligation
    alter column nationalities type varchar(3)[] using array_remove(string_to_array(nationalities, ','), ''),
    alter column regime_reasons type varchar(60)[] using array_remove(string_to_array(regime_reasons, ','), '');
