# The figures engine (issue 3): money, numbers and percentages scored on the
# development data with ../shared/eval/score.py (through scripts/eval), and the
# precision of money and percent facts on real news (a hand-judged sample).
#
# The Recognizers-Text file is scored as a whole for values, and spec by spec
# for spans (scripts/eval says why: each spec's sentences leave the other
# kinds unlabelled).
cd "$(dirname "$0")/../.."
SHARED=${TF_SHARED:-$(cd .. && pwd)/shared}
python3 scripts/eval "$SHARED" --check \
    'seed:money.exact_r>=1.0' 'seed:money.valued>=1.0' \
    'seed:number.exact_r>=1.0' 'seed:number.valued>=1.0' \
    'rt:currency.valued>=0.95' 'rt:percentage.valued>=0.95' 'rt:number.valued>=0.90' \
    'rt-currency:currency.valued>=0.95' 'rt-percent:percentage.valued>=0.95' \
    'rt-number:number.valued>=0.90' \
    'rt-currency:currency.overlap_f>=0.90' 'rt-percent:percentage.overlap_f>=0.90' \
    'rt-number:number.overlap_f>=0.90' \
    'duckling:ALL.valued>=0.90' || exit 1
TF_SHARED=$SHARED exec python3 bench/figures_precision.py check --start 14
