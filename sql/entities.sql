-- entities: countries, nationalities, places, regions and organisations with
-- their canonical norms and details (issue: world knowledge)
SELECT kind, surface, norm, detail
FROM textfacts.extract('ISLAMABAD: Pakistan’s Finance Ministry said Russian crude arrived from Moscow, and the IMF and the State Bank of Pakistan (SBP) met in Central Asia.')
WHERE kind IN ('country', 'nationality', 'place', 'org')
ORDER BY pos;

-- an org owns the country in its name; the longest name wins
SELECT kind, surface, norm
FROM textfacts.extract('Radio Pakistan said the Bank of England and the People’s Bank of China met in Latin America.')
ORDER BY pos;

-- a name with several meanings takes the one the document's other names point to
SELECT surface, kind, norm, detail->>'country' AS country
FROM textfacts.extract('He drove from Atlanta to Georgia.')
WHERE surface = 'Georgia';
SELECT surface, kind, norm, detail->>'country' AS country
FROM textfacts.extract('Tbilisi said Georgia would join.')
WHERE surface = 'Georgia';

-- an acronym defined in brackets names the same thing for the rest of the text
SELECT kind, surface, norm, detail->>'acronym' AS acronym
FROM textfacts.extract('The Sindh Revenue Board (SRB) collected more. The SRB said so.')
ORDER BY pos;

-- what is not a name: pronouns, common words, handles, hyphenated words
SELECT count(*) AS entities
FROM textfacts.extract('let us talk turkey over fine china. Nice work! (@RusEmbPakistan/X) U.S.-led anti-American')
WHERE kind IN ('country', 'nationality', 'place', 'org');

-- substr(body, pos, len) = surface for every entity of a text with multibyte characters
WITH d(body) AS (VALUES ('Côte d’Ivoire’s exports to São Paulo and Zürich grew; Türkiye’s envoy met Moody’s.'))
SELECT f.kind, f.surface, f.norm, substr(d.body, f.pos, f.len) = f.surface AS same
FROM d, textfacts.extract(d.body) f
ORDER BY f.pos;
