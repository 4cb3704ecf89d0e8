# The project's seed article (test/data/seed-voa.jsonl, a VOA article
# annotated by hand): every country, nationality, money and percent fact found
# with the right span, norm, value and unit, and nothing else of those kinds
# (issue: foundation).
cd "$(dirname "$0")/../.."
exec python3 test/accept/check_score.py seed test/data/seed-voa.jsonl \
    'country.exact_p>=1.0' 'country.exact_r>=1.0' 'country.valued>=1.0' \
    'nationality.exact_p>=1.0' 'nationality.exact_r>=1.0' 'nationality.valued>=1.0' \
    'money.exact_p>=1.0' 'money.exact_r>=1.0' 'money.valued>=1.0' \
    'percent.exact_p>=1.0' 'percent.exact_r>=1.0' 'percent.valued>=1.0'
