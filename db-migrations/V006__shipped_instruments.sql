-- The instruments Samspil ships (INSTRUMENTS.md), version 1. Our own wording throughout;
-- licensed wordings (e.g. the Relational Coordination Survey) are loaded as new versions.

INSERT INTO survey_instrument (code, version, construct, name_da, name_en, scale_min, scale_max,
                               scale_low_da, scale_low_en, scale_high_da, scale_high_en, allows_not_relevant, active)
VALUES ('PS', 1, 'PSYCHOLOGICAL_SAFETY', 'Psykologisk tryghed', 'Psychological safety', 1, 7,
        'Passer slet ikke', 'Very inaccurate', 'Passer helt', 'Very accurate', FALSE, TRUE),
       ('RCL', 1, 'ROLE_CLARITY', 'Rolleklarhed', 'Role clarity', 1, 7,
        'Helt uenig', 'Strongly disagree', 'Helt enig', 'Strongly agree', FALSE, TRUE),
       ('RC', 1, 'RELATIONAL_COORDINATION', 'Relationel koordinering', 'Relational coordination', 1, 5,
        'Aldrig / slet ikke', 'Never / not at all', 'Altid / i meget høj grad', 'Always / to a very great extent', TRUE, TRUE),
       ('E', 1, 'CORE_ELEMENTS', 'VIVE-kerneelementer (selvevaluering)', 'VIVE core elements (self-assessment)', 1, 5,
        'Ikke på plads', 'Not in place', 'Fuldt på plads', 'Fully in place', FALSE, TRUE);

INSERT INTO survey_item (instrument_id, item_code, position, text_da, text_en, reverse_scored)
SELECT i.id, v.item_code, v.position, v.text_da, v.text_en, v.reverse_scored
FROM survey_instrument i
JOIN (
    SELECT 'PS' AS instrument, 'PS1' AS item_code, 1 AS position,
           'Hvis man begår en fejl i dette samarbejde, bliver det ofte holdt imod én.' AS text_da,
           'If you make a mistake in this collaboration, it is often held against you.' AS text_en, TRUE AS reverse_scored
    UNION ALL SELECT 'PS', 'PS2', 2, 'Deltagerne i dette samarbejde kan tage problemer og svære emner op.',
           'Members of this collaboration are able to bring up problems and tough issues.', FALSE
    UNION ALL SELECT 'PS', 'PS3', 3, 'Folk i dette samarbejde afviser nogle gange andre, fordi de er anderledes.',
           'People in this collaboration sometimes reject others for being different.', TRUE
    UNION ALL SELECT 'PS', 'PS4', 4, 'Det er trygt at tage en chance i dette samarbejde.',
           'It is safe to take a risk in this collaboration.', FALSE
    UNION ALL SELECT 'PS', 'PS5', 5, 'Det er svært at bede andre i dette samarbejde om hjælp.',
           'It is difficult to ask other members of this collaboration for help.', TRUE
    UNION ALL SELECT 'PS', 'PS6', 6, 'Ingen i dette samarbejde ville bevidst handle på en måde, der undergraver min indsats.',
           'No one in this collaboration would deliberately act in a way that undermines my efforts.', FALSE
    UNION ALL SELECT 'PS', 'PS7', 7, 'I samarbejdet her bliver mine særlige kompetencer og evner værdsat og brugt.',
           'Working with members of this collaboration, my unique skills and talents are valued and used.', FALSE
    UNION ALL SELECT 'RCL', 'RCL1', 1, 'Jeg ved præcis, hvad der forventes af mig i borgerens plan.',
           'I know exactly what is expected of me in the citizen''s plan.', FALSE
    UNION ALL SELECT 'RCL', 'RCL2', 2, 'Jeg ved, hvad mit ansvar er i samarbejdet.',
           'I know what my responsibilities are in the collaboration.', FALSE
    UNION ALL SELECT 'RCL', 'RCL3', 3, 'Jeg ved, hvilken beslutningskompetence jeg har på min sektors vegne.',
           'I know what authority I have to decide on behalf of my sector.', FALSE
    UNION ALL SELECT 'RCL', 'RCL4', 4, 'Jeg ved, hvad de andre sektorer i netværket har ansvaret for.',
           'I know what the other sectors in the network are responsible for.', FALSE
    UNION ALL SELECT 'RCL', 'RCL5', 5, 'Det er klart, hvem der beslutter hvad i borgerens plan.',
           'It is clear who decides what in the citizen''s plan.', FALSE
    UNION ALL SELECT 'RCL', 'RCL6', 6, 'Når noget ændrer sig for borgeren, er det klart, hvem der handler.',
           'When something changes for the citizen, it is clear who acts.', FALSE
    UNION ALL SELECT 'RC', 'RC1', 1, 'Hvor ofte kommunikerer du med [sektor] om de borgere, I har sammen?',
           'How often do you communicate with [sector] about the citizens you share?', FALSE
    UNION ALL SELECT 'RC', 'RC2', 2, 'Kommunikerer [sektor] rettidigt med dig om de borgere, I har sammen?',
           'Does [sector] communicate with you in time about the citizens you share?', FALSE
    UNION ALL SELECT 'RC', 'RC3', 3, 'Er det, [sektor] fortæller dig, korrekt?',
           'Is what [sector] tells you accurate?', FALSE
    UNION ALL SELECT 'RC', 'RC4', 4, 'Når noget går galt, arbejder [sektor] så sammen med dig om at løse det i stedet for at placere skyld?',
           'When something goes wrong, does [sector] work with you to solve it rather than place blame?', FALSE
    UNION ALL SELECT 'RC', 'RC5', 5, 'Deler [sektor] dine mål for borgeren?',
           'Does [sector] share your goals for the citizen?', FALSE
    UNION ALL SELECT 'RC', 'RC6', 6, 'Ved [sektor], hvad du laver i samarbejdet?',
           'Does [sector] know what you do in the collaboration?', FALSE
    UNION ALL SELECT 'RC', 'RC7', 7, 'Respekterer [sektor] dit arbejde?',
           'Does [sector] respect your work?', FALSE
    UNION ALL SELECT 'E', 'E1', 1, 'Vi får samlet de rette aktører.',
           'Bring the right actors together.', FALSE
    UNION ALL SELECT 'E', 'E2', 2, 'Vi sætter fælles mål, laver en plan og evaluerer samarbejdet.',
           'Set common goals, make a plan, and evaluate the collaboration.', FALSE
    UNION ALL SELECT 'E', 'E3', 3, 'Beslutningskompetencen er afklaret og delegeret; beslutningsvejene er korte og smidige.',
           'Clarify and delegate decision authority; short, agile decision chains.', FALSE
    UNION ALL SELECT 'E', 'E4', 4, 'Vi kender hinandens roller, opgaver og vilkår.',
           'Create mutual familiarity: know each other''s roles, tasks and conditions.', FALSE
    UNION ALL SELECT 'E', 'E5', 5, 'Rammen for videndeling og kommunikationskanalerne er afklaret.',
           'Clarify the frame for knowledge sharing and the communication channels.', FALSE
    UNION ALL SELECT 'E', 'E6', 6, 'Roller og værdier er afstemt i en kultur præget af mangfoldighed, tryghed og respekt.',
           'Align roles and values for a culture of diversity, safety and respect.', FALSE
) v ON v.instrument = i.code AND i.version = 1;
