# Dates (issue: dates): the dates of the seed article (reference date
# 2009-06-18, in the file) with exact spans and, for all but two, the right
# TIMEX3 value (the engine reads "on Saturday" after "is to hold talks" as
# past, and misses "the first five months of the year"); and the
# Recognizers-Text date phrases (short, lower-cased) found with an overlap
# F1 of at least 0.92 (issue 18's target).
cd "$(dirname "$0")/../.."
python3 test/accept/check_score.py seed test/data/seed-voa.jsonl \
    'date.exact_p>=1.0' 'date.exact_r>=0.90' 'date.valued>=0.80' || exit 1
exec python3 test/accept/check_score.py rtdates test/data/recognizers-dates-dev.jsonl \
    'ALL.overlap_f>=0.92'
