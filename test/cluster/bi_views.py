"""Reflects the views of the tracked table "articles" in database argv[1]
with SQLAlchemy's inspector (as Superset lists columns) and runs the
dashboard queries of the README through it.  Prints TAP."""
import os
import sys
import warnings

import sqlalchemy
from sqlalchemy import inspect, text, types

n = 0
failed = 0


def check(name, ok, detail=""):
    global n, failed
    n += 1
    if not ok:
        failed += 1
    print(("ok" if ok else "not ok") + " %d - %s%s" % (n, name, "" if ok else " (%s)" % detail))


# an unknown type is a warning and a NullType: make it fail loudly
warnings.simplefilter("error", sqlalchemy.exc.SAWarning)
url = sqlalchemy.engine.URL.create(
    "postgresql+psycopg2", username=os.environ.get("PGUSER", "postgres"),
    database=sys.argv[1],
    query={"host": os.environ["PGHOST"], "port": os.environ.get("PGPORT", "5432")})
engine = sqlalchemy.create_engine(url)
insp = inspect(engine)

views = {"articles_money", "articles_entities", "articles_dates", "articles_figures", "articles_daily"}
found = set(insp.get_view_names(schema="public"))
check("the inspector lists the five views", views <= found, sorted(found))

standard = (types.Integer, types.BigInteger, types.Numeric, types.CHAR, types.Text, types.Date)
expected = {
    "articles_money": {"id": types.Integer, "ref_date": types.Date, "amount": types.Numeric,
                       "currency": types.CHAR, "approx": types.Text, "high": types.Numeric,
                       "object": types.Text, "surface": types.Text, "sentence": types.Integer},
    "articles_entities": {"id": types.Integer, "ref_date": types.Date, "kind": types.Text,
                          "name": types.Text, "country": types.CHAR, "title": types.Text},
    "articles_dates": {"id": types.Integer, "date_from": types.Date, "date_to": types.Date,
                       "norm": types.Text, "surface": types.Text},
    "articles_figures": {"id": types.Integer, "kind": types.Text, "value": types.Numeric,
                         "unit": types.Text},
    "articles_daily": {"day": types.Date, "kind": types.Text, "facts": types.BigInteger,
                       "articles": types.BigInteger},
}
for view in sorted(views):
    cols = insp.get_columns(view, schema="public")
    odd = [(c["name"], repr(c["type"])) for c in cols if not isinstance(c["type"], standard)]
    check("%s: every column has a standard SQL type" % view, not odd, odd)
    bytype = {c["name"]: c["type"] for c in cols}
    wrong = [(name, repr(bytype.get(name))) for name, t in expected[view].items()
             if not isinstance(bytype.get(name), t)]
    check("%s: the columns a chart needs, with their types" % view, not wrong, wrong)
    lengths = {c["name"]: getattr(c["type"], "length", None) for c in cols if isinstance(c["type"], types.CHAR)}
    if view == "articles_money":
        check("articles_money: currency is CHAR(3)", lengths.get("currency") == 3, lengths)
    if view == "articles_entities":
        check("articles_entities: country is CHAR(2)", lengths.get("country") == 2, lengths)

with engine.connect() as conn:
    rows = conn.execute(text("""
        SELECT week, country, articles FROM (
          SELECT week, country, count(DISTINCT id) AS articles,
                 rank() OVER (PARTITION BY week ORDER BY count(DISTINCT id) DESC) AS r
          FROM (SELECT date_trunc('week', ref_date)::date AS week, country, id
                FROM articles_entities WHERE kind = 'country') e
          GROUP BY week, country) t
        WHERE r <= 3 ORDER BY week, articles DESC, country""")).fetchall()
    check("top countries by articles per week", len(rows) > 0 and all(r[2] >= 1 for r in rows), rows)
    check("... Pakistan leads its week", any(r[1] == "PK" for r in rows), rows)
    rows = conn.execute(text("""
        SELECT date_trunc('month', ref_date)::date AS month, currency, sum(amount) AS total
        FROM articles_money WHERE currency IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2""")).fetchall()
    check("total money per currency per month", len(rows) > 0, rows)
    usd = [r for r in rows if r[1] == "USD" and str(r[0]) == "2024-10-01"]
    check("... October 2024 in dollars is exact (Decimal)", len(usd) == 1 and str(usd[0][2]) == "10000000000", usd)

print("1..%d" % n)
sys.exit(1 if failed else 0)
