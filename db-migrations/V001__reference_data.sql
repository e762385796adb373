-- Reference data: regions, municipalities and sectors. Municipalities are data, not code:
-- the programme starts with the 22 of the Region of Southern Denmark, a national roll-out has 98.

CREATE TABLE region (
    code SMALLINT    NOT NULL PRIMARY KEY,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT uk_region_name UNIQUE (name),
    CONSTRAINT ck_region_code CHECK (code BETWEEN 1000 AND 1999)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    code        SMALLINT    NOT NULL PRIMARY KEY,
    name        VARCHAR(60) NOT NULL,
    region_code SMALLINT    NOT NULL,
    CONSTRAINT uk_municipality_name UNIQUE (name),
    CONSTRAINT ck_municipality_code CHECK (code BETWEEN 100 AND 999),
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The six sectors around the citizen. Display names live in the UI's resource bundles;
-- short_code and danish_code are the other spellings the monthly files may use.
CREATE TABLE sector (
    code        VARCHAR(24) NOT NULL PRIMARY KEY,
    short_code  VARCHAR(4)  NOT NULL,
    danish_code VARCHAR(32) NOT NULL,
    sort_order  TINYINT     NOT NULL,
    CONSTRAINT uk_sector_short UNIQUE (short_code),
    CONSTRAINT uk_sector_danish UNIQUE (danish_code),
    CONSTRAINT uk_sector_order UNIQUE (sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO region (code, name) VALUES
    (1081, 'Region Nordjylland'),
    (1082, 'Region Midtjylland'),
    (1083, 'Region Syddanmark'),
    (1084, 'Region Hovedstaden'),
    (1085, 'Region Sjælland');

INSERT INTO municipality (code, name, region_code) VALUES
    (580, 'Aabenraa', 1083),
    (420, 'Assens', 1083),
    (530, 'Billund', 1083),
    (561, 'Esbjerg', 1083),
    (430, 'Faaborg-Midtfyn', 1083),
    (563, 'Fanø', 1083),
    (607, 'Fredericia', 1083),
    (510, 'Haderslev', 1083),
    (440, 'Kerteminde', 1083),
    (621, 'Kolding', 1083),
    (482, 'Langeland', 1083),
    (410, 'Middelfart', 1083),
    (480, 'Nordfyns', 1083),
    (450, 'Nyborg', 1083),
    (461, 'Odense', 1083),
    (479, 'Svendborg', 1083),
    (540, 'Sønderborg', 1083),
    (550, 'Tønder', 1083),
    (573, 'Varde', 1083),
    (575, 'Vejen', 1083),
    (630, 'Vejle', 1083),
    (492, 'Ærø', 1083);

INSERT INTO sector (code, short_code, danish_code, sort_order) VALUES
    ('PSYCHIATRY', 'PSY', 'psykiatri', 1),
    ('SOCIAL_SERVICES', 'SOC', 'socialomraadet', 2),
    ('SUBSTANCE_TREATMENT', 'SUB', 'misbrugsbehandling', 3),
    ('JOB_CENTRE', 'JOB', 'jobcenter', 4),
    ('GENERAL_PRACTICE', 'GP', 'almen_praksis', 5),
    ('NGO', 'NGO', 'frivillig', 6);
