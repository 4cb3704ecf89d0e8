SET search_path = textfacts, public;
-- Date ranges ("from 2020 to 2023") are one fact whose norm is an ISO 8601
-- interval; its key carries the whole interval, so an overlap query for any
-- year inside it matches, and the interval itself can be queried (in quotes).
SELECT * FROM textfacts.unnest(textfacts.to_factvector(
  'Exports grew every year from 2020 to 2023, and fell between Oct. 2 and October 22.', '2024-10-08'));
SELECT textfacts.to_factvector('Exports grew from 2020 to 2023.', '2024-10-08') @@ q AS matches, q
FROM unnest(ARRAY['date:2021', 'date:2019', 'date:"2020/2023"', 'date:"2023/2024"',
                  'date>=2023-06', 'date<2020']::textfacts.factquery[]) q;
-- the canonical text of an interval term, and its round trip
SELECT 'date:"2020/2023"'::textfacts.factquery;
SELECT 'date:"2020/2023"'::textfacts.factquery::text::textfacts.factquery;
-- an interval must run forward and name calendar dates
SELECT 'date:"2023/2020"'::textfacts.factquery;
SELECT 'date:"2020/2023-13"'::textfacts.factquery;
