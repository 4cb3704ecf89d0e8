# The seed article (../shared/data/seed): every country mention and both money
# figures found with the right norm, value and unit (issue: foundation).
cd "$(dirname "$0")/../.."
exec python3 test/accept/check_score.py seed data/seed/seed.jsonl \
    'country.overlap_r>=1.0' 'country.valued>=1.0' 'country.exact_r>=1.0' \
    'money.exact_r>=1.0' 'money.valued>=1.0'
