-- Japan's posts as they are (legal review of V2): Bali, NTB and NTT are served by the Consulate-General of Japan in
-- Denpasar, and Makassar has a Consular Office under the Consulate-General in Surabaya (V2 had the two swapped: a
-- consular office in Denpasar and a consulate-general in Makassar). The posts are replaced, not renamed, because a
-- post's code names its type and notices already sent keep the code they were sent to; the old ones are retired
-- (inactive, without a district) and no longer chosen.
INSERT INTO post (code, country, type, name, city, address, updated_by) VALUES
('JPN-CG-DPS', 'JPN', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Denpasar', 'Denpasar', NULL, 'V6 migration'),
('JPN-CO-UPG', 'JPN', 'CONSULATE', 'Consular Office of Japan in Makassar (under the Consulate-General in Surabaya)', 'Makassar', NULL, 'V6 migration')
ON CONFLICT (code) DO NOTHING;

INSERT INTO post_district (post_code, province_code)
SELECT 'JPN-CG-DPS', province_code FROM post_district WHERE post_code = 'JPN-CO-DPS'
UNION SELECT 'JPN-CO-UPG', province_code FROM post_district WHERE post_code = 'JPN-CG-UPG'
ON CONFLICT DO NOTHING;

DELETE FROM post_district WHERE post_code IN ('JPN-CO-DPS', 'JPN-CG-UPG');
UPDATE post SET active = false, updated_at = now(), updated_by = 'V6 migration', version = version + 1
WHERE code IN ('JPN-CO-DPS', 'JPN-CG-UPG');
