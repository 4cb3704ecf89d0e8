# Dates (issue: dates): the nine dates of the seed article (ref_date
# 2024-10-08, in the file) found with the right TIMEX3 norm, and the
# Recognizers-Text date phrases (short, lower-cased) found with an overlap
# F1 of at least 0.80.
cd "$(dirname "$0")/../.."
python3 test/accept/check_score.py seed data/seed/seed.jsonl \
    'date.exact_r>=1.0' 'date.exact_p>=1.0' 'date.valued>=1.0' || exit 1
exec python3 test/accept/check_score.py rtdates data/figures/recognizers-dates-dev.jsonl \
    'ALL.overlap_f>=0.80'
