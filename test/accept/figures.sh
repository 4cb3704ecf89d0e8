# The figures engine (issue 3): money, numbers and percentages scored on the
# development data with the project's scorer (through scripts/eval), and the
# judged samples of money, percent and quantity/count facts on VOA news
# (bench/figures_precision.py check: each sample is the engine's and fully
# judged; bench/JUDGING.md).
# The scorer's rt scheme scores each Recognizers-Text case on its own spec's
# kind only.  The targets of issue 18 are held here (rt currency valued .97,
# number valued .96, percentage overlap 1.0, numberrange overlap .90;
# duckling ALL valued .93, Numeral valued .88).
cd "$(dirname "$0")/../.."
python3 scripts/eval --check \
    'seed:money.exact_r>=1.0' 'seed:money.valued>=1.0' \
    'seed:percent.exact_r>=1.0' 'seed:percent.valued>=1.0' \
    'seed:number.exact_r>=1.0' 'seed:number.valued>=1.0' \
    'rt:currency.valued>=0.97' 'rt:percentage.valued>=0.95' 'rt:number.valued>=0.96' \
    'rt:currency.overlap_f>=0.90' 'rt:percentage.overlap_f>=1.0' \
    'rt:number.overlap_f>=0.90' 'rt:numberrange.overlap_f>=0.90' \
    'duckling:ALL.valued>=0.93' 'duckling:Numeral.valued>=0.88' || exit 1
exec python3 bench/figures_precision.py check --start 15
