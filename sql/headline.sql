-- headline(): the sentences that hold the facts a query matched, marked.
SET search_path = public, textfacts;

CREATE TEMP TABLE story (body text);
INSERT INTO story VALUES (
  'Pakistan secured a $3 billion package on Tuesday. Officials in Islamabad welcomed it. '
  'Russia’s envoy met Pakistan’s minister and pledged US$4.7 billion. '
  'Analysts doubted that the plan would work. Japan offered $500 million later.');

-- the best sentences (most terms shown), in text order, facts marked
SELECT headline(body, 'country:PK & money:USD>=1e9') FROM story;
-- a negated term marks nothing
SELECT headline(body, 'country:PK & !country:RU') FROM story;
-- MaxFragments: one sentence, the one that shows the most terms
SELECT headline(body, 'country:RU | money:USD>=4e9 | country:JP', NULL, 'MaxFragments=1') FROM story;
-- MaxFragments=0: every sentence that holds a match
SELECT headline(body, 'money', NULL, 'MaxFragments=0') FROM story;
-- StartSel, StopSel, FragmentDelimiter, names in any case, values quoted or bare
SELECT headline(body, 'country:JP | country:RU', NULL,
                'startsel=[[, StopSel = ]], FragmentDelimiter=" // ", MaxFragments=5') FROM story;
SELECT headline(body, 'money:USD<1e9', NULL, 'StartSel="<em class=x>", StopSel="</em>"') FROM story;
-- nothing matched: the opening sentence, unmarked
SELECT headline(body, '!country:US') FROM story;
SELECT headline(body, 'country:BR') FROM story;
-- the same with the query as text and a reference date
SELECT headline(body, to_factquery('money:USD:4e9..5e9'), '2024-10-08') FROM story;
-- NULLs and empty text
SELECT headline(NULL, 'money') IS NULL AS null_body, headline('Pakistan', NULL) IS NULL AS null_query,
       headline('Pakistan paid $5.', 'money', NULL, NULL) AS null_options, headline('', 'money') AS empty;
-- bad options
SELECT headline(body, 'money', NULL, 'MaxWords=10') FROM story;
SELECT headline(body, 'money', NULL, 'MaxFragments=-1') FROM story;
SELECT headline(body, 'money', NULL, 'StartSel') FROM story;
SELECT headline(body, 'money', NULL, 'StartSel="<b>') FROM story;
-- Dollar= gives a bare "$" the currency to_factvector's dollar argument gave it
SELECT textfacts.headline('Ottawa pledged $2 billion for housing.', 'money:CAD>=1e9', NULL, 'Dollar=cad');
SELECT textfacts.headline('Ottawa pledged $2 billion for housing.', 'money:CAD>=1e9');
SELECT textfacts.headline('Ottawa pledged $2 billion for housing.', 'money:CAD>=1e9', NULL, 'Dollar=XYZ');
