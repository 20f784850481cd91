-- Issue 18: a mandatory regime names its own instrument (what the letter cites) and the dates it applies between, so a
-- decision uses the terms in force on the date of the act (the arrest), never the server's date. A row applies to
-- acts from effective_from (null: not known, every act) until the day before effective_to (null: in force); outside
-- them the VCCR defaults apply. The three seeded instruments replace V2's "Kemlu list 2018" wording. Every name and
-- date below is [check]: to be verified with Kemlu (Direktorat PWNI) and entered through PUT /api/v1/regimes/{iso3}.
ALTER TABLE regime ADD COLUMN instrument varchar(300);
ALTER TABLE regime ADD COLUMN effective_from date;
ALTER TABLE regime ADD COLUMN effective_to date;
ALTER TABLE regime ADD CONSTRAINT regime_dates_in_order CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to > effective_from);

-- Dates are left null: the year is believed (Australia 2010, the Philippines 2014), the day is not known, and a
-- guessed day would wrongly put a real arrest outside the arrangement.
UPDATE regime SET
    instrument = 'Indonesia-Australia consular notification arrangement (Memorandum of Understanding, believed 2010) [check: name and date]',
    legal_basis = 'Indonesia-Australia consular notification arrangement (Memorandum of Understanding, believed 2010): the authorities notify the post of every detained Australian national, whether or not the detainee asks [check: name, date, whether notice goes despite an objection, deadlines]',
    updated_at = now(), updated_by = 'V7 migration', version = version + 1
 WHERE country = 'AUS' AND updated_by = 'V2 migration';
UPDATE regime SET
    instrument = 'Consular notification arrangement between Indonesia and Brunei Darussalam [check: instrument name and date]',
    legal_basis = 'Consular notification arrangement between Indonesia and Brunei Darussalam: the authorities notify the post of every detained Bruneian national, whether or not the detainee asks [check: instrument name, date, whether notice goes despite an objection, deadlines]',
    updated_at = now(), updated_by = 'V7 migration', version = version + 1
 WHERE country = 'BRN' AND updated_by = 'V2 migration';
UPDATE regime SET
    instrument = 'Indonesia-Philippines agreement on consular notification of 2014 [check: name and date]',
    legal_basis = 'Indonesia-Philippines agreement on consular notification of 2014: the authorities notify the post of every detained Filipino national, whether or not the detainee asks [check: name, date, whether notice goes despite an objection, deadlines]',
    updated_at = now(), updated_by = 'V7 migration', version = version + 1
 WHERE country = 'PHL' AND updated_by = 'V2 migration';
