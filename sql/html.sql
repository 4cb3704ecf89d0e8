-- article bodies stored as HTML: tags, comments, scripts and styles are
-- skipped and entities decoded, automatically; pos and len point into the
-- body as given, so substr(body, pos, len) = surface keeps the markup
WITH d(body) AS (VALUES (
  '<p>The firm paid &#36;3 billion to <b>Pakistan</b>&nbsp;on May&nbsp;3, 2024.</p>'
  '<script>var price = "$100 million";</script><!-- $200 million -->'
  '<div>Profit rose 5&#37; to &pound;20 million; AT&amp;T lent <i>$5</i> million.</div>'))
SELECT f.kind, f.surface, f.value, f.unit, f.norm, f.pos, f.len, f.sentence,
       substr(d.body, f.pos, f.len) = f.surface AS same
FROM d, textfacts.extract(d.body, '2024-06-01') f
ORDER BY f.pos;

-- a plain text with angle brackets and ampersands is read as it is
SELECT kind, surface, value, unit
FROM textfacts.extract('If x < 5 and y > 3, a<b and c>d, then 5 & 6 make 11 apples.')
ORDER BY pos;

-- the index keys of an HTML body are those of its text
SELECT textfacts.to_factvector('<p>It cost &#36;3 billion.</p>')::text =
       textfacts.to_factvector('It cost $3 billion.')::text AS same_keys;
