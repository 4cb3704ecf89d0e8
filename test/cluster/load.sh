# Concurrent load on a tracked table (issue 20): bench/load.sh for
# TF_LOAD_SECONDS (default 60) against the cluster scripts/test started:
# pgbench with 4 clients inserting, updating and querying through a GIN
# index, 2 clients refreshing; then no failure, the fact table equal to
# extract() row for row, index scan = sequential scan on 20 queries, and no
# restart.  Prints TAP, with each pgbench's TPS.
cd "$(dirname "$0")/../.."
LOAD_SECONDS=${TF_LOAD_SECONDS:-60} exec bash bench/load.sh
