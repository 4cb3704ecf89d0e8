-- Property: substr(body, pos, len) = surface for every fact, on texts built
-- at random (fixed seed) from news fragments and multi-byte characters.
BEGIN;
SELECT plan(3);
SELECT setseed(0.42);

CREATE TEMP TABLE docs AS
SELECT g AS id,
       string_agg(piece, ' ' ORDER BY k) AS body
FROM generate_series(1, 300) g,
LATERAL (
  SELECT k, (ARRAY['Pakistan', 'Russia’s', 'the U.S.', '$3 billion', 'US$4.7 billion',
                   '€1.2bn', '😀', '日本', 'Zürich', 'Türkiye', '—', 'Côte d’Ivoire',
                   'said on Tuesday.', '$94,000', 'UK', 'with', 'Ελλάδα', '$1.5m',
                   E'\n\n', 'South Korea'])[1 + floor(random() * 20)::int] AS piece
  FROM generate_series(1, 5 + g % 25) k
) p
GROUP BY g;

SELECT is((SELECT count(*) FROM docs d, textfacts.extract(d.body) f
           WHERE substr(d.body, f.pos, f.len) IS DISTINCT FROM f.surface),
          0::bigint, 'substr(body, pos, len) = surface for every fact');
SELECT cmp_ok((SELECT count(*) FROM docs d, textfacts.extract(d.body) f), '>', 500::bigint,
              'the random documents hold many facts');
SELECT is((SELECT count(*) FROM docs d, textfacts.extract(d.body) f
           WHERE f.pos < 1 OR f.len < 1 OR f.pos + f.len - 1 > length(d.body) OR f.sentence < 1),
          0::bigint, 'positions lie inside the body');

SELECT * FROM finish();
ROLLBACK;
