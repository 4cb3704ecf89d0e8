/*
 * dates.c — dates: absolute and relative, resolved against the reference date
 * (the article's date) as TIMEX3 values.
 *
 * How it reads.  The stage walks the tokens once.  At each free token it
 * tries a fixed set of small pattern matchers (a month first: "October 8,
 * 2024"; a day first: "8 October 2024"; numeric: "2024-10-08"; a year;
 * quarters and halves; fiscal years; "last week"; "two years ago"; "early
 * 2024"; ...), keeps the longest match, tries to extend it into a range
 * ("from 2020 to 2023", "between Oct. 2 and October 22") and adds the fact.
 * Every matcher looks at a bounded number of tokens around its start, and
 * the matchers that call others pass a depth that stops the recursion, so
 * the stage is linear in the length of the text.  Words are classified once
 * per token (one search of the lexicon, lexicon.h).
 *
 * What makes a date.  Month names that are also words or names (May, March,
 * August, and every abbreviation: "Jan", "Sat") are dates only with a date
 * around them: a day or a year, or a preposition such as "in", "since",
 * "until" before them.  A bare year (four digits, no grouping) is a date in
 * a date context: after "in", "since", "by", "during", ...; between a
 * determiner and a noun ("the 2024 election"); before a possessive
 * ("2024's"); never when a unit, a scale or a counted noun follows it ("in
 * 2000 people", "2024 tonnes") and never with grouping ("2,024 people").
 * Times of day and durations ("three years") are not dates.
 *
 * Resolving.  The value of a date is a TIMEX3 value: 2024-10-08, 2024-W40,
 * 2024-09, 2024-Q3, 2024-H1, 2024-SU, 2024, 199X, FY2024.  Relative dates
 * resolve against the reference date: a weekday or a month without a year
 * is the nearest one in the direction the sentence gives, which is the past
 * in news unless a future marker ("will", "'ll", "scheduled", "plans to")
 * says otherwise; "last"/"next" are strict ("last Tuesday" is before the
 * reference day).  "The previous quarter" is anaphoric: it counts from the
 * last date of the same or the previous sentence, or from the reference date
 * when there is none.  Without a reference date relative dates stay
 * underspecified (XXXX-09, XXXX-WXX-2, PRESENT_REF, PAST_REF, FUTURE_REF)
 * and get no from/to: the engine never reads the clock.
 *
 * Output: kind date, norm the TIMEX3 value, detail {"from", "to"} (the first
 * and last day the value covers) when it is resolved, and {"mod"} (START,
 * MID, END) for "early 2024", "mid-September", "the end of the year".  A
 * range is one fact whose norm is the ISO 8601 interval of its two ends
 * ("2020/2023") and whose from/to cover both.  The span is the expression
 * itself, without a leading preposition ("on Tuesday" -> "Tuesday").
 */
#include "dates.h"
#include "lexicon.h"
#include "stages.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- calendar arithmetic (H. Hinnant's civil-days algorithms) ---- */

int64_t
tf_days_from_civil(int y, int m, int d)
{
	int64_t		yy = (int64_t) y - (m <= 2 ? 1 : 0);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

tf_date
tf_civil_from_days(int64_t z)
{
	tf_date		r;
	int64_t		era,
				doe,
				yoe,
				doy,
				mp,
				y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int) (doy - (153 * mp + 2) / 5 + 1);
	r.m = (int) (mp < 10 ? mp + 3 : mp - 9);
	r.y = (int) (y + (r.m <= 2 ? 1 : 0));
	return r;
}

int
tf_iso_weekday(int64_t z)
{
	/* 1970-01-01 was a Thursday */
	return (int) (((z % 7) + 7 + 3) % 7) + 1;
}

void
tf_iso_week(int64_t z, int *wyear, int *week)
{
	/* the week belongs to the year of its Thursday */
	int64_t		thu = z - tf_iso_weekday(z) + 4;
	tf_date		t = tf_civil_from_days(thu);

	*wyear = t.y;
	*week = (int) ((thu - tf_days_from_civil(t.y, 1, 1)) / 7) + 1;
}

int
tf_iso_weeks_in_year(int wyear)
{
	int			y,
				w;

	/* 28 December is always in the last week of its year */
	tf_iso_week(tf_days_from_civil(wyear, 12, 28), &y, &w);
	return w;
}

int64_t
tf_iso_week_monday(int wyear, int week)
{
	int64_t		jan4 = tf_days_from_civil(wyear, 1, 4);

	return jan4 - (tf_iso_weekday(jan4) - 1) + 7 * (int64_t) (week - 1);
}

int
tf_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[m - 1];
}

bool
tf_date_valid(const tf_date *d)
{
	return d->y >= 1 && d->y <= 9999 && d->m >= 1 && d->m <= 12 &&
		d->d >= 1 && d->d <= tf_days_in_month(d->y, d->m);
}

/* ---- date values ---- */

typedef enum dgran
{
	DG_DAY = 1,
	DG_WEEK,
	DG_WEEKEND,
	DG_MONTH,
	DG_QUARTER,
	DG_HALF,
	DG_SEASON,
	DG_YEAR,
	DG_DECADE,
	DG_CENTURY,					/* y: its first year, 1900 for the 20th century */
	DG_FY,						/* fiscal year: FY2024, no from/to */
	DG_FYQ,						/* a quarter of one: FY2024-Q3 */
	DG_PRESENT,					/* PRESENT_REF */
	DG_PAST,					/* PAST_REF */
	DG_FUTURE					/* FUTURE_REF */
} dgran;

typedef struct dval
{
	dgran		g;
	int			y;				/* year, 0 = unknown (XXXX); DG_DECADE: first year */
	int			n;				/* month, ISO week, quarter, half or season (1-4) */
	int			d;				/* day of month of DG_DAY, 0 = unknown */
	int			dow;			/* weekday (1-7) of an unresolved DG_DAY */
	bool		yexp;			/* the year is written in the text */
	const char *mod;			/* START, MID, END or NULL */
} dval;

static const char *const season_code[4] = {"SP", "SU", "FA", "WI"};

static dval
dv_make(dgran g, int y, int n)
{
	dval		v;

	memset(&v, 0, sizeof(v));
	v.g = g;
	v.y = y;
	v.n = n;
	return v;
}

static dval
dv_day(int64_t z)
{
	tf_date		c = tf_civil_from_days(z);
	dval		v = dv_make(DG_DAY, c.y, c.m);

	v.d = c.d;
	return v;
}

static dval
dv_week(int64_t z, dgran g)
{
	int			wy,
				w;

	tf_iso_week(z, &wy, &w);
	return dv_make(g, wy, w);
}

/* moves (y, m) by k months */
static void
add_months(int *y, int *m, int k)
{
	int64_t		t = (int64_t) *y * 12 + (*m - 1) + k;

	*y = (int) (t >= 0 ? t / 12 : (t - 11) / 12);
	*m = (int) (t - (int64_t) *y * 12) + 1;
}

/* the first and last day a resolved value covers; false if it has none */
static bool
dv_range(const dval *v, int64_t *from, int64_t *to)
{
	int			y = v->y,
				n = v->n;

	if (y < 1 || y > 9999)
		return false;
	switch (v->g)
	{
		case DG_DAY:
			if (n < 1 || n > 12 || v->d < 1 || v->d > tf_days_in_month(y, n))
				return false;
			*from = *to = tf_days_from_civil(y, n, v->d);
			return true;
		case DG_WEEK:
		case DG_WEEKEND:
			if (n < 1 || n > tf_iso_weeks_in_year(y))
				return false;
			*from = tf_iso_week_monday(y, n) + (v->g == DG_WEEKEND ? 5 : 0);
			*to = tf_iso_week_monday(y, n) + 6;
			return true;
		case DG_MONTH:
			if (n < 1 || n > 12)
				return false;
			*from = tf_days_from_civil(y, n, 1);
			*to = tf_days_from_civil(y, n, tf_days_in_month(y, n));
			return true;
		case DG_QUARTER:
		case DG_HALF:
			{
				int			len = v->g == DG_QUARTER ? 3 : 6;

				if (n < 1 || n > 12 / len)
					return false;
				*from = tf_days_from_civil(y, (n - 1) * len + 1, 1);
				*to = tf_days_from_civil(y, n * len, tf_days_in_month(y, n * len));
				return true;
			}
		case DG_SEASON:
			{
				/* meteorological seasons; winter runs into the next year */
				int			m0 = 3 * n,
							y1 = y,
							m1 = m0 + 2;

				if (n < 1 || n > 4)
					return false;
				if (m1 > 12)
				{
					m1 -= 12;
					y1++;
				}
				if (y1 > 9999)
					return false;
				*from = tf_days_from_civil(y, m0, 1);
				*to = tf_days_from_civil(y1, m1, tf_days_in_month(y1, m1));
				return true;
			}
		case DG_YEAR:
			*from = tf_days_from_civil(y, 1, 1);
			*to = tf_days_from_civil(y, 12, 31);
			return true;
		case DG_DECADE:
		case DG_CENTURY:
			{
				int			len = v->g == DG_DECADE ? 10 : 100;

				if (y + len - 1 > 9999)
					return false;
				*from = tf_days_from_civil(y, 1, 1);
				*to = tf_days_from_civil(y + len - 1, 12, 31);
				return true;
			}
		default:
			return false;
	}
}

/* the TIMEX3 value of v into buf (at least 32 bytes) */
static void
dv_norm(const dval *v, char *buf, size_t size)
{
	char		ys[16];

	if (v->y)
		snprintf(ys, sizeof(ys), "%04d", v->y);
	else
		strcpy(ys, "XXXX");
	switch (v->g)
	{
		case DG_DAY:
			if (!v->y && v->dow)
				snprintf(buf, size, "XXXX-WXX-%d", v->dow);
			else if (v->n)
				snprintf(buf, size, "%s-%02d-%02d", ys, v->n, v->d);
			else
				snprintf(buf, size, "%s-XX-%02d", ys, v->d);
			break;
		case DG_WEEK:
		case DG_WEEKEND:
			if (v->n)
				snprintf(buf, size, "%s-W%02d%s", ys, v->n, v->g == DG_WEEKEND ? "-WE" : "");
			else
				snprintf(buf, size, "%s-WXX%s", ys, v->g == DG_WEEKEND ? "-WE" : "");
			break;
		case DG_MONTH:
			snprintf(buf, size, "%s-%02d", ys, v->n);
			break;
		case DG_QUARTER:
			snprintf(buf, size, "%s-Q%d", ys, v->n);
			break;
		case DG_HALF:
			snprintf(buf, size, "%s-H%d", ys, v->n);
			break;
		case DG_SEASON:
			snprintf(buf, size, "%s-%s", ys, season_code[(v->n - 1) & 3]);
			break;
		case DG_YEAR:
			snprintf(buf, size, "%s", ys);
			break;
		case DG_DECADE:
			snprintf(buf, size, "%03dX", v->y / 10);
			break;
		case DG_CENTURY:
			snprintf(buf, size, "%02dXX", v->y / 100);
			break;
		case DG_FY:
			snprintf(buf, size, "FY%s", ys);
			break;
		case DG_FYQ:
			snprintf(buf, size, "FY%s-Q%d", ys, v->n);
			break;
		case DG_PRESENT:
			snprintf(buf, size, "PRESENT_REF");
			break;
		case DG_PAST:
			snprintf(buf, size, "PAST_REF");
			break;
		case DG_FUTURE:
			snprintf(buf, size, "FUTURE_REF");
			break;
	}
}

/* ---- the words, classified once per token (the lexicon's date view) ---- */

/* a flag of dtok beside the lexicon's DWF_*: a scale word ("million", "bn") */
#define DT_SCALE	0x08

typedef struct dtok
{
	uint8_t		kind;
	uint8_t		val;
	uint8_t		flags;
	uint8_t		ndigits;		/* of a plain number (pnum >= 0) */
	int16_t		pnum;			/* a plain number of 1-4 digits, else -1 (plain_num) */
} dtok;

/* ---- the parser ---- */

typedef struct dparse
{
	tf_doc	   *doc;
	dtok	   *k;				/* class of each token */
	bool		has_ref;
	tf_date		ref;
	int64_t		refz;			/* the reference date as a day number */
	/* the first day of the last resolved date: "the previous quarter" */
	bool		has_anchor;
	int64_t		anchor;
	uint32_t	anchor_sentence;
} dparse;

/* a match: tokens [first, last], a value, or a range a..b */
typedef struct dmatch
{
	int			first;
	int			last;
	dval		a;
	dval		b;
	bool		range;
} dmatch;

/* how deep matchers may call matchers ("early" -> "last year") */
#define MAX_DEPTH 2

static inline bool
tok_ok(const dparse *p, int i)
{
	return i >= 0 && i < p->doc->ntok;
}

static inline int
K(const dparse *p, int i)
{
	return tok_ok(p, i) ? p->k[i].kind : DW_NONE;
}

static inline int
KV(const dparse *p, int i)
{
	return tok_ok(p, i) ? p->k[i].val : 0;
}

static inline int
KF(const dparse *p, int i)
{
	return tok_ok(p, i) ? p->k[i].flags : 0;
}

static inline const tf_token *
T(const dparse *p, int i)
{
	return &p->doc->tok[i];
}

/* the word at token i equals w (lower-case ASCII, n bytes) in any ASCII case */
static inline bool
word_eq(const dparse *p, int i, const char *w, size_t n)
{
	const tf_token *t = T(p, i);

	return t->bend - t->bstart == n && tf_ascii_eq_ci(p->doc->text + t->bstart, w, n);
}

/*
 * Token i is the word w, in any ASCII case.  Inline so that strlen of the
 * literal folds away: the stage asks this a great many times.
 */
static inline bool
W(const dparse *p, int i, const char *w)
{
	return tok_ok(p, i) && T(p, i)->type == TF_TOK_WORD && word_eq(p, i, w, strlen(w));
}

/* token i is one of the words of list (lower-case, NULL-terminated) */
static bool
Wany(const dparse *p, int i, const char *const *list)
{
	char		c0;

	if (!tok_ok(p, i) || T(p, i)->type != TF_TOK_WORD)
		return false;
	c0 = tf_ascii_lower(p->doc->text[T(p, i)->bstart]);
	for (int k = 0; list[k] != NULL; k++)
		if (list[k][0] == c0 && word_eq(p, i, list[k], strlen(list[k])))
			return true;
	return false;
}

/* token i is the punctuation or symbol character cp */
static bool
P(const dparse *p, int i, uint32_t cp)
{
	return tok_ok(p, i) && T(p, i)->type != TF_TOK_WORD &&
		T(p, i)->type != TF_TOK_NUMBER && tf_tok_cp(p->doc, i) == cp;
}

/* tokens i and i+1 touch */
static bool
glued(const dparse *p, int i)
{
	return tok_ok(p, i) && tok_ok(p, i + 1) &&
		!(T(p, i + 1)->flags & TF_TF_SPACE_BEFORE);
}

static bool
is_dash(const dparse *p, int i)
{
	return P(p, i, '-') || P(p, i, 0x2013);
}

static bool
is_apos(const dparse *p, int i)
{
	return P(p, i, '\'') || P(p, i, 0x2019);
}

/* "'s" glued after token i */
static bool
possessive_after(const dparse *p, int i)
{
	return glued(p, i) && is_apos(p, i + 1) && glued(p, i + 1) && W(p, i + 2, "s");
}

/* a plain digit token of at most 4 digits: its value, or -1 */
static int
plain_num_of(const tf_doc *doc, int i, int *nd)
{
	const char *s;
	size_t		n;
	int			v = 0;

	if (doc->tok[i].type != TF_TOK_NUMBER)
		return -1;
	s = tf_tok_text(doc, i);
	n = tf_tok_len(doc, i);
	if (n < 1 || n > 4)
		return -1;
	for (size_t k = 0; k < n; k++)
	{
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	*nd = (int) n;
	return v;
}

/* the same, read once per token by classify(): every matcher asks */
static inline int
plain_num(const dparse *p, int i, int *nd)
{
	if (!tok_ok(p, i) || p->k[i].pnum < 0)
		return -1;
	if (nd)
		*nd = p->k[i].ndigits;
	return p->k[i].pnum;
}

/* a year written in full: four plain digits, 1000-2999 */
static int
year_at(const dparse *p, int i)
{
	int			nd,
				v = plain_num(p, i, &nd);

	return (nd == 4 && v >= 1000 && v <= 2999) ? v : 0;
}

/* the year of a two-digit year: the one within 80 years before and 20 after */
static int
full_year(const dparse *p, int yy)
{
	int			base = p->has_ref ? p->ref.y : 2000;
	int			y = base / 100 * 100 + yy;

	if (y > base + 20)
		y -= 100;
	else if (y <= base - 80)
		y += 100;
	return y;
}

static const char *const ord_suffixes[] = {"st", "nd", "rd", "th", NULL};

/*
 * A day of the month at token i: "8", "08", "8th", "eighth", "twenty-first".
 * Returns 1-31 (0 if none), the last token in *last and whether it was
 * written as an ordinal.
 */
static int
day_at(const dparse *p, int i, int *last, bool *ord)
{
	int			nd,
				v = plain_num(p, i, &nd);

	if (v >= 1 && v <= 31 && nd <= 2)
	{
		*last = i;
		*ord = false;
		if (glued(p, i) && Wany(p, i + 1, ord_suffixes))
		{
			*last = i + 1;
			*ord = true;
		}
		return v;
	}
	if (K(p, i) == DW_ORD && KV(p, i) <= 31)
	{
		*last = i;
		*ord = true;
		return KV(p, i);
	}
	if (K(p, i) == DW_TENS)
	{
		int			j = i + 1;

		if (is_dash(p, j) && glued(p, i) && glued(p, j))
			j++;
		if (K(p, j) == DW_ORD && KV(p, j) <= 9 && KV(p, i) + KV(p, j) <= 31)
		{
			*last = j;
			*ord = true;
			return KV(p, i) + KV(p, j);
		}
	}
	return 0;
}

/* words after a number that make it a count, not a day or a year */
static const char *const count_nouns[] = {
	"percent", "per", "pct", "points", "point", "bps", "basis", "times",
	"people", "persons", "deaths", "dead", "cases", "members", "workers",
	"employees", "jobs", "students", "children", "men", "women", "troops",
	"soldiers", "votes", "seats", "homes", "houses", "households",
	"families", "tonnes", "tons", "barrels", "metres", "meters", "miles",
	"feet", "acres", "hectares", "kilometres", "kilometers", "km", "kg",
	"mw", "gw", "kw", "kwh", "mwh", "gwh", "dollars", "euros", "rupees",
	"pounds", "yen", "yuan", "shares", "companies", "firms", "vehicles",
	"cars", "units", "flights", "passengers", "refugees", "migrants",
	"patients", "officers", "police", "staff", "victims", "casualties",
	"pupils", "runs", "goals", "hours", "minutes", "seconds", "pm", "am",
	"gmt", "utc", "hrs", "bpd", NULL
};

/* does token j make the number before it a figure rather than a date? */
static bool
figure_follows(const dparse *p, int j)
{
	if (!tok_ok(p, j))
		return false;
	if (P(p, j, '%') || P(p, j, ':'))
		return true;
	if (T(p, j)->type != TF_TOK_WORD)
		return false;
	if (KF(p, j) & DT_SCALE)
		return true;
	if (K(p, j) == DW_PERIOD && (KF(p, j) & DWF_PLURAL))
		return true;
	return Wany(p, j, count_nouns);
}

/* is token i free to start a number expression (not glued to a longer one)? */
static bool
starts_clean(const dparse *p, int i)
{
	const tf_token *t;
	uint32_t	cp;

	if (i == 0 || !glued(p, i - 1))
		return true;
	t = T(p, i - 1);
	if (t->type == TF_TOK_WORD || t->type == TF_TOK_NUMBER)
		return false;
	/* "mid-2006", "pre-1990": a dash after a word */
	if (is_dash(p, i - 1) && glued(p, i - 2) && T(p, i - 2)->type == TF_TOK_WORD)
		return true;
	cp = tf_tok_cp(p->doc, i - 1);
	return cp == '(' || cp == '[' || cp == '"' || cp == 0x201C ||
		cp == '\'' || cp == 0x2018;
}

/* is token i the end of a number expression (nothing glued that continues it)? */
static bool
ends_clean(const dparse *p, int i)
{
	const tf_token *t;
	uint32_t	cp;

	if (!glued(p, i))
		return true;
	t = T(p, i + 1);
	if (t->type == TF_TOK_NUMBER || t->type == TF_TOK_WORD)
		return false;
	cp = tf_tok_cp(p->doc, i + 1);
	if ((cp == '/' || cp == '-' || cp == '.' || cp == ',' ||
		 cp == ':' || cp == 0x2013) &&
		tok_ok(p, i + 2) && T(p, i + 2)->type == TF_TOK_NUMBER &&
		glued(p, i + 1))
		return false;
	return cp != '%';
}

/* ---- the direction of time in a sentence ---- */

static const char *const future_words[] = {
	"will", "shall", "ll", "upcoming", "scheduled", "slated", "tomorrow",
	NULL
};

static const char *const future_verbs[] = {
	"plans", "plan", "planned", "expected", "expects", "set", "due",
	"intends", "aims", "going", NULL
};

static const char *const past_words[] = {
	"said", "told", "was", "were", "had", "did", "met", "held", "began",
	"took", "came", "went", "made", "saw", "won", "lost", "left", "fell",
	"rose", "grew", "hit", "struck", "spoke", "wrote", "sent", "gave",
	"paid", "led", "fled", "shot", "ago", NULL
};

/* the tense a word marks: +1 future, -1 past, 0 none */
static int
tense_of(const dparse *p, int k)
{
	const char *w;
	size_t		n;

	if (Wany(p, k, future_words))
		return 1;
	if (W(p, k, "won") && is_apos(p, k + 1) && W(p, k + 2, "t"))
		return 1;
	if (Wany(p, k, future_verbs) && W(p, k + 1, "to") &&
		!(W(p, k, "set") && !W(p, k - 1, "is") && !W(p, k - 1, "are")))
		return 1;
	if (Wany(p, k, past_words))
		return -1;
	/* "arrested", "announced": a past tense or participle */
	w = tf_tok_text(p->doc, k);
	n = tf_tok_len(p->doc, k);
	if (n > 4 && (T(p, k)->flags & TF_TF_LOWER) && w[n - 2] == 'e' && w[n - 1] == 'd')
		return -1;
	return 0;
}

/*
 * The direction of time at token i: the tense marker nearest to it in its
 * sentence decides, the one before it on a tie ("said on Tuesday it will"
 * is past: "said" governs the date); with none, the past, which is what
 * news reports.  A marker after the date behind a comma belongs to another
 * clause, mostly a report's ("will keep the cut until the end of December,
 * the ministry said"): it decides only when nothing before the date does.
 */
static int
tense_dir(const dparse *p, int i)
{
	uint32_t	s = T(p, i)->sentence;
	int			left = 0,
				right = 0,
				ldist = 0,
				rdist = 0;
	bool		comma = false;

	for (int dist = 1; dist <= 20 && (left == 0 || right == 0); dist++)
	{
		int			k = i - dist;

		if (left == 0 && tok_ok(p, k) && T(p, k)->sentence == s &&
			T(p, k)->type == TF_TOK_WORD && (left = tense_of(p, k)) != 0)
			ldist = dist;
		k = i + dist;
		if (right == 0 && tok_ok(p, k) && T(p, k)->sentence == s)
		{
			if (tf_tok_cp(p->doc, k) == ',' || tf_tok_cp(p->doc, k) == ';')
				comma = true;
			else if (T(p, k)->type == TF_TOK_WORD && (right = tense_of(p, k)) != 0)
				rdist = dist;
		}
	}
	if (left != 0 && (right == 0 || ldist <= rdist || comma))
		return left;
	if (right != 0)
		return right;
	return -1;
}

/* ---- resolving ---- */

/*
 * The year of a position (month, quarter, day of year, ...) pos, given the
 * reference position refpos in year refy: the nearest in direction dir
 * (-1 past, +1 future, 0 the reference year), strictly before or after the
 * reference position if strict.
 */
static int
pick_year(int refy, int refpos, int pos, int dir, bool strict)
{
	if (dir < 0)
		return (pos > refpos || (strict && pos == refpos)) ? refy - 1 : refy;
	if (dir > 0)
		return (pos < refpos || (strict && pos == refpos)) ? refy + 1 : refy;
	return refy;
}

static dval
res_month(const dparse *p, int m, int dir, bool strict)
{
	if (!p->has_ref)
		return dv_make(DG_MONTH, 0, m);
	return dv_make(DG_MONTH, pick_year(p->ref.y, p->ref.m, m, dir, strict), m);
}

static dval
res_quarter(const dparse *p, dgran g, int q, int dir)
{
	int			len = g == DG_QUARTER ? 3 : 6;

	if (!p->has_ref)
		return dv_make(g, 0, q);
	return dv_make(g, pick_year(p->ref.y, (p->ref.m - 1) / len + 1, q, dir, false), q);
}

/* a month and day without a year */
static dval
res_month_day(const dparse *p, int m, int d, int dir)
{
	dval		v = dv_make(DG_DAY, 0, m);

	v.d = d;
	if (p->has_ref)
		v.y = pick_year(p->ref.y, p->ref.m * 32 + p->ref.d, m * 32 + d, dir, false);
	/* 29 February of a common year: the nearest leap year in that direction */
	if (v.y && m == 2 && d == 29)
	{
		for (int k = 0; k < 8 && tf_days_in_month(v.y, 2) != 29; k++)
			v.y += dir > 0 ? 1 : -1;
	}
	return v;
}

/* a day of the month alone ("on the 27th"): this month or the one before/after */
static dval
res_day_only(const dparse *p, int d, int dir)
{
	dval		v = dv_make(DG_DAY, 0, 0);

	v.d = d;
	if (p->has_ref)
	{
		int			y = p->ref.y,
					m = p->ref.m;

		if (dir < 0 && d > p->ref.d)
			add_months(&y, &m, -1);
		else if (dir > 0 && d < p->ref.d)
			add_months(&y, &m, 1);
		v.y = y;
		v.n = m;
	}
	return v;
}

/* a weekday: the nearest one in direction dir; strict excludes the reference day */
static dval
res_weekday(const dparse *p, int wd, int dir, bool strict)
{
	int			rw,
				delta;

	if (!p->has_ref)
	{
		dval		v = dv_make(DG_DAY, 0, 0);

		v.dow = wd;
		return v;
	}
	rw = tf_iso_weekday(p->refz);
	if (dir < 0)
	{
		delta = (rw - wd + 7) % 7;
		if (strict && delta == 0)
			delta = 7;
		return dv_day(p->refz - delta);
	}
	delta = (wd - rw + 7) % 7;
	if (strict && delta == 0)
		delta = 7;
	return dv_day(p->refz + delta);
}

/* the season (1-4) and its year of day z; winter belongs to the year of its December */
static void
season_of(int64_t z, int *y, int *s)
{
	tf_date		c = tf_civil_from_days(z);

	*y = c.y;
	if (c.m <= 2)
	{
		*s = 4;
		(*y)--;
	}
	else
		*s = c.m == 12 ? 4 : c.m / 3;
}

static dval
res_season(const dparse *p, int s, int dir, bool strict)
{
	int			ry,
				rs;

	if (!p->has_ref)
		return dv_make(DG_SEASON, 0, s);
	season_of(p->refz, &ry, &rs);
	return dv_make(DG_SEASON, pick_year(ry, rs, s, dir, strict), s);
}

/*
 * A calendar unit (PERIOD_*) moved by k from the day z: "last week" is the ISO
 * week of z - 7, "next quarter" the quarter after z's.
 */
static dval
unit_shift(int64_t z, int unit, int k)
{
	tf_date		c = tf_civil_from_days(z);
	int			y = c.y,
				m = c.m;

	switch (unit)
	{
		case PERIOD_DAY:
			return dv_day(z + k);
		case PERIOD_WEEK:
			return dv_week(z + 7 * (int64_t) k, DG_WEEK);
		case PERIOD_WEEKEND:
			return dv_week(z + 7 * (int64_t) k, DG_WEEKEND);
		case PERIOD_MONTH:
			add_months(&y, &m, k);
			return dv_make(DG_MONTH, y, m);
		case PERIOD_QUARTER:
			m = (m - 1) / 3 * 3 + 1;
			add_months(&y, &m, 3 * k);
			return dv_make(DG_QUARTER, y, (m - 1) / 3 + 1);
		case PERIOD_DECADE:
			return dv_make(DG_DECADE, (y / 10 + k) * 10, 0);
		default:
			return dv_make(DG_YEAR, y + k, 0);
	}
}

/* the point "the previous X" counts from: the last date nearby, else the reference */
static bool
anaphor_base(const dparse *p, int i, int64_t *z)
{
	if (p->has_anchor && T(p, i)->sentence <= p->anchor_sentence + 1)
	{
		*z = p->anchor;
		return true;
	}
	if (p->has_ref)
	{
		*z = p->refz;
		return true;
	}
	return false;
}

static dval
dv_unresolved(int k)
{
	return dv_make(k < 0 ? DG_PAST : k > 0 ? DG_FUTURE : DG_PRESENT, 0, 0);
}

/* ---- matchers ---- */

static bool match_at(dparse *p, int i, int depth, bool relaxed, dmatch *m);

static void
set_match(dmatch *m, int first, int last, dval a)
{
	m->first = first;
	m->last = last;
	m->a = a;
	m->range = false;
}

/* words before a month or weekday that make it a date */
static const char *const date_preps[] = {
	"in", "on", "since", "by", "until", "till", "til", "through",
	"throughout", "from", "during", "before", "after", "of", "between",
	"early", "late", "mid", "around", NULL
};

/* words after "the March" that make it a noun, not a month: "the March for Life" */
static const char *const function_words[] = {
	"for", "on", "of", "to", "in", "and", "or", "from", "at", "by", "with",
	"is", "was", "will", "has", "had", "be", "that", "which", NULL
};

/* a month name alone (no day, no year): is it a date here? */
static bool
month_alone_ok(const dparse *p, int i, bool relaxed)
{
	int			f = KF(p, i);
	bool		lower = (T(p, i)->flags & TF_TF_LOWER) != 0;
	int			next = i + 1;

	if ((f & DWF_AMBIG) && possessive_after(p, i))
		return false;			/* "May's government" */
	if (relaxed)
		return true;
	if (Wany(p, i - 1, date_preps))
	{
		if (f & DWF_AMBIG)
		{
			/* "may" and "march" in lower case are verbs; "May Jones" a name */
			if (lower)
				return false;
			if (tok_ok(p, next) && T(p, next)->type == TF_TOK_WORD &&
				(T(p, next)->flags & TF_TF_CAP) && K(p, next) == DW_NONE)
				return false;
		}
		return true;
	}
	/* "the March elections", "inconclusive March elections" */
	if ((f & DWF_AMBIG) && !lower && tok_ok(p, i - 1) && T(p, i - 1)->type == TF_TOK_WORD &&
		(T(p, i - 1)->flags & TF_TF_LOWER) && tok_ok(p, next) &&
		T(p, next)->type == TF_TOK_WORD && (T(p, next)->flags & TF_TF_LOWER) &&
		K(p, next) == DW_NONE && !Wany(p, next, function_words))
		return true;
	if (f & (DWF_ABBR | DWF_AMBIG))
		return false;
	/* a full month name alone, unless it is part of a name ("June Carter") */
	if (tok_ok(p, next) && T(p, next)->type == TF_TOK_WORD &&
		(T(p, next)->flags & TF_TF_CAP) && K(p, next) == DW_NONE &&
		!(T(p, next)->flags & TF_TF_SENT_START))
		return false;
	if (tok_ok(p, i - 1) && T(p, i - 1)->type == TF_TOK_WORD &&
		(T(p, i - 1)->flags & TF_TF_CAP) && !(T(p, i)->flags & TF_TF_SENT_START) &&
		K(p, i - 1) == DW_NONE)
		return false;
	return true;
}

/* "this"/"current" 0, "last"/"past" -1, "next"/"coming" +1; false if none */
static bool
deictic_at(const dparse *p, int i, int *k)
{
	if (W(p, i, "this") || W(p, i, "current"))
		*k = 0;
	else if (W(p, i, "last") || W(p, i, "past"))
		*k = -1;
	else if (W(p, i, "next") || W(p, i, "coming") || W(p, i, "upcoming"))
		*k = 1;
	else
		return false;
	return true;
}

/* a year relative to the reference: "(this|last|next) year" at i */
static bool
rel_year_at(const dparse *p, int i, int *k)
{
	return deictic_at(p, i, k) && K(p, i + 1) == DW_PERIOD && KV(p, i + 1) == PERIOD_YEAR &&
		!(KF(p, i + 1) & DWF_PLURAL);
}

/*
 * A year after a period ("of 2024", "2024", "of last year", "of the year")
 * starting at token i.  Sets *y (0 if relative without a reference), *yexp
 * and *last.  "of" followed by something else is a failure (*bad).
 */
static bool
year_spec(const dparse *p, int i, int *y, bool *yexp, int *last, bool *bad)
{
	int			t = i,
				k;
	bool		of = false;

	*bad = false;
	*yexp = false;
	if (W(p, t, "of") || P(p, t, ','))
	{
		of = W(p, t, "of");
		t++;
	}
	if (year_at(p, t) && ends_clean(p, t) && !figure_follows(p, t + 1))
	{
		*y = year_at(p, t);
		*yexp = true;
		*last = t;
		return true;
	}
	if (rel_year_at(p, t, &k))
	{
		*y = p->has_ref ? p->ref.y + k : 0;
		*last = t + 1;
		return true;
	}
	if (of && W(p, t, "the") && K(p, t + 1) == DW_PERIOD && KV(p, t + 1) == PERIOD_YEAR &&
		!(KF(p, t + 1) & DWF_PLURAL))
	{
		/* "the second half of the year": the current one */
		*y = p->has_ref ? p->ref.y : 0;
		*last = t + 1;
		return true;
	}
	if (of)
		*bad = true;
	return false;
}

/* "October 8, 2024", "Oct. 8", "September 2023", "June next year", "in May" */
static bool
m_month_first(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			mon,
				k,
				t,
				d,
				dl,
				y = 0,
				d2 = 0,
				e;
	bool		ord,
				the = false,
				dotted = false,
				yexp,
				bad;

	if (K(p, i) != DW_MONTH)
		return false;
	mon = KV(p, i);
	k = i + 1;
	if (P(p, k, '.') && glued(p, i) && tok_ok(p, k + 1) &&
		!(T(p, k + 1)->flags & TF_TF_SENT_START))
	{
		dotted = true;			/* "Oct." joins only if the date goes on */
		k++;
	}
	else if ((is_dash(p, k) || P(p, k, '/')) && glued(p, i) && glued(p, k))
		k++;					/* "jan-1", "jan/1" */

	/* a day: "October 8", "Oct. 8th", "May the eleventh", "may twenty-first" */
	t = k;
	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	else if (P(p, t, ',') && (K(p, t + 1) == DW_ORD || Wany(p, t + 2, ord_suffixes)))
		t++;					/* "october, 1st" */
	d = day_at(p, t, &dl, &ord);
	if (d && (the && !ord))
		d = 0;
	if (d && !ord && (KF(p, i) & DWF_AMBIG) && (T(p, i)->flags & TF_TF_LOWER) &&
		tok_ok(p, dl + 1) && T(p, dl + 1)->type == TF_TOK_WORD)
		d = 0;					/* "they may 2 ..." */
	if (d && figure_follows(p, dl + 1))
		d = 0;
	if (d)
	{
		int			c;

		e = dl;
		/* a range of days in the month: "November 19-20", "15th through 19th" */
		c = e + 1;
		if (is_dash(p, c) || W(p, c, "to") || W(p, c, "through") || W(p, c, "until") ||
			W(p, c, "till") || W(p, c, "and"))
		{
			int			u = c + 1,
						dl2,
						dd;
			bool		ord2;

			if (W(p, u, "the"))
				u++;
			dd = day_at(p, u, &dl2, &ord2);
			if (dd > d && K(p, dl2 + 1) != DW_MONTH && !figure_follows(p, dl2 + 1) &&
				(ord2 || ends_clean(p, dl2)) &&
				(!W(p, c, "and") || W(p, i - 1, "between")))
			{
				d2 = dd;
				e = dl2;
			}
		}
		/* "May 5.5", "March 3-4-5": a day glued to more numbers is not one */
		if (!d2 && !ord && !ends_clean(p, dl))
			return false;
		/* the year: "October 8, 2024", "january 12 of 2016" */
		if (year_spec(p, e + 1, &y, &yexp, &t, &bad) && yexp)
			e = t;
		else
			y = 0;
		if (d > tf_days_in_month(y ? y : 2000, mon) ||
			d2 > tf_days_in_month(y ? y : 2000, mon))
			return false;
		if (y)
		{
			set_match(m, i, e, dv_make(DG_DAY, y, mon));
			m->a.d = d;
			m->a.yexp = true;
		}
		else
			set_match(m, i, e, res_month_day(p, mon, d, tense_dir(p, i)));
		if (d2)
		{
			m->b = m->a;
			m->b.d = d2;
			m->range = true;
		}
		return true;
	}
	if (k != i + 1 && !dotted)
		return false;			/* "jan-" without a day */

	/* a month and a year: "September 2023", "January, 2001", "June of 2020" */
	if (year_spec(p, k, &y, &yexp, &t, &bad))
	{
		dval		v = dv_make(DG_MONTH, y, mon);

		v.yexp = yexp;
		set_match(m, i, t, v);
		return true;
	}
	if (dotted)
	{
		/* "in Oct." — the full stop is not part of the date */
		if (year_spec(p, i + 1, &y, &yexp, &t, &bad))
			return false;
	}
	if (!month_alone_ok(p, i, relaxed))
		return false;
	set_match(m, i, i, res_month(p, mon, tense_dir(p, i), false));
	return true;
}

/* "8 October 2024", "8th of October", "the fourth of May", "16. nov. 2016" */
static bool
m_day_first(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				d,
				dl,
				u,
				d2 = 0,
				mon,
				e,
				y = 0,
				yl;
	bool		ord,
				the = false,
				of = false,
				yexp,
				bad;

	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	d = day_at(p, t, &dl, &ord);
	if (!d || (the && !ord))
		return false;
	if (T(p, t)->type == TF_TOK_NUMBER && !starts_clean(p, t))
		return false;
	if (!the && tok_ok(p, t - 1) &&
		(T(p, t - 1)->type == TF_TOK_SYMBOL || T(p, t - 1)->type == TF_TOK_NUMBER))
		return false;			/* "$8 October", "2 8 October" */
	u = dl + 1;
	if (P(p, u, '.') && glued(p, dl) && K(p, u + 1) == DW_MONTH)
		u++;					/* "16. nov. 2016" */
	else if (is_dash(p, u) && glued(p, dl) && glued(p, u) && K(p, u + 1) == DW_MONTH)
		u++;					/* "1-jan" */
	else if (is_dash(p, u) || W(p, u, "to") || W(p, u, "until") || W(p, u, "till") ||
			 W(p, u, "through") || W(p, u, "and"))
	{
		/* a range of days: "2 to 7 Feb", "4-22 January, 2017" */
		int			u2 = u + 1,
					dl2,
					dd;
		bool		ord2;

		if (W(p, u2, "the"))
			u2++;
		dd = day_at(p, u2, &dl2, &ord2);
		if (dd > d && (K(p, dl2 + 1) == DW_MONTH ||
					   (W(p, dl2 + 1, "of") && K(p, dl2 + 2) == DW_MONTH)) &&
			(!W(p, u, "and") || W(p, i - 1, "between")))
		{
			d2 = dd;
			u = dl2 + 1;
		}
	}
	if (W(p, u, "of"))
	{
		of = true;
		u++;
	}
	if (K(p, u) != DW_MONTH)
		return false;
	mon = KV(p, u);
	/* "1 may" is not a date; "1st May", "1 May 2024" and "the first of may" are */
	if ((KF(p, u) & DWF_AMBIG) && (T(p, u)->flags & TF_TF_LOWER) && !ord && !of &&
		!year_at(p, u + 1))
		return false;
	/* a day in words needs "of" or "the": "fourth of may", not "second March" */
	if (T(p, t)->type == TF_TOK_WORD && !of && !the)
		return false;
	e = u;
	{
		int			v = u + 1;

		if (P(p, v, '.') && glued(p, u) && (KF(p, u) & DWF_ABBR))
			v++;
		if (year_spec(p, v, &y, &yexp, &yl, &bad) && yexp)
			e = yl;
		else
			y = 0;
	}
	if (d > tf_days_in_month(y ? y : 2000, mon) || d2 > tf_days_in_month(y ? y : 2000, mon))
		return false;
	if (figure_follows(p, e + 1))
		return false;			/* "3-Apr%": a spreadsheet's mangled range */
	if (y)
	{
		set_match(m, i, e, dv_make(DG_DAY, y, mon));
		m->a.d = d;
		m->a.yexp = true;
	}
	else
		set_match(m, i, e, res_month_day(p, mon, d, tense_dir(p, i)));
	if (d2)
	{
		m->b = m->a;
		m->b.d = d2;
		m->range = true;
	}
	return true;
}

/* the two D/M or M/D numbers of a numeric date: false when ambiguous */
static bool
day_month_order(int a, int b, int *mon, int *day)
{
	if (a >= 1 && a <= 12 && b >= 1 && b <= 31 && (b > 12 || a == b))
	{
		*mon = a;
		*day = b;
		return true;
	}
	if (b >= 1 && b <= 12 && a > 12 && a <= 31)
	{
		*mon = b;
		*day = a;
		return true;
	}
	return false;
}

static const char *const slash_preps[] = {
	"on", "by", "from", "until", "till", "since", "before", "after", NULL
};

/*
 * Numeric dates: "2024-10-08", "2015/08/12", "2019-sep-1", "13.5.2015",
 * "02/22/2016", "21/04/16", "11/2016", "2016-11", "2023-24"; a day and
 * month written D/M or M/D only where no reading is ambiguous.
 */
static bool
m_numeric(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			na,
				nb,
				nc,
				a,
				b,
				c,
				mon,
				day;
	uint32_t	sep;

	if (!tok_ok(p, i) || T(p, i)->type != TF_TOK_NUMBER || !starts_clean(p, i))
		return false;

	/* one token with dots: "13.5.2015", "2015.5.13" */
	if (plain_num(p, i, &na) < 0)
	{
		const char *s = tf_tok_text(p->doc, i);
		size_t		n = tf_tok_len(p->doc, i);
		int			part[3] = {0, 0, 0},
					len[3] = {0, 0, 0},
					np = 0;

		if (n > 10 || !ends_clean(p, i))
			return false;
		for (size_t q = 0; q < n; q++)
		{
			if (s[q] == '.')
			{
				if (++np > 2)
					return false;
			}
			else if (s[q] >= '0' && s[q] <= '9')
			{
				part[np] = part[np] * 10 + (s[q] - '0');
				if (++len[np] > 4)
					return false;
			}
			else
				return false;
		}
		if (np != 2)
			return false;
		if (len[0] == 4 && len[1] <= 2 && len[2] <= 2)
		{
			mon = part[1];
			day = part[2];
			a = part[0];
		}
		else if (len[2] == 4 && len[0] <= 2 && len[1] <= 2 &&
				 day_month_order(part[0], part[1], &mon, &day))
			a = part[2];
		else
			return false;
		if (a < 1000 || a > 2999 || mon < 1 || mon > 12 || day < 1 ||
			day > tf_days_in_month(a, mon))
			return false;
		set_match(m, i, i, dv_make(DG_DAY, a, mon));
		m->a.d = day;
		m->a.yexp = true;
		return true;
	}

	a = plain_num(p, i, &na);
	if (!(P(p, i + 1, '/') || is_dash(p, i + 1)) || !glued(p, i) || !glued(p, i + 1))
		return false;
	sep = tf_tok_cp(p->doc, i + 1);
	b = plain_num(p, i + 2, &nb);
	if (b < 0 && !(na == 4 && K(p, i + 2) == DW_MONTH))
		return false;
	if (b < 0)
	{
		nb = 0;
		b = KV(p, i + 2);		/* "2019-sep-1" */
	}
	/* a third part */
	if (P(p, i + 3, sep) && glued(p, i + 2) && glued(p, i + 3) &&
		(c = plain_num(p, i + 4, &nc)) >= 0)
	{
		int			y;

		if (!ends_clean(p, i + 4))
			return false;
		if (na == 4)
		{
			/* year first: always Y-M-D */
			y = a;
			mon = b;
			day = c;
			if (nc > 2)
				return false;
		}
		else if (na <= 2 && nb >= 1 && nb <= 2 && (nc == 4 || nc == 2) &&
				 day_month_order(a, b, &mon, &day))
			y = nc == 4 ? c : full_year(p, c);
		else
			return false;
		if (y < 1000 || y > 2999 || mon < 1 || mon > 12 || day < 1 ||
			day > tf_days_in_month(y, mon))
			return false;
		set_match(m, i, i + 4, dv_make(DG_DAY, y, mon));
		m->a.d = day;
		m->a.yexp = true;
		return true;
	}
	if (!ends_clean(p, i + 2) || nb == 0)
		return false;
	if (na == 4 && a >= 1000 && a <= 2999)
	{
		/* "2023-24" and "2020-2023" are years; "2016-11" a month */
		if ((nb == 2 && b == (a + 1) % 100) || (nb == 4 && b > a && b - a <= 100) ||
			(nb == 1 && sep != '/' && b == (a + 1) % 10))
		{
			set_match(m, i, i + 2, dv_make(DG_YEAR, a, 0));
			m->b = dv_make(DG_YEAR, nb == 4 ? b : a + 1, 0);
			m->a.yexp = m->b.yexp = true;
			m->range = true;
			return true;
		}
		if (b >= 1 && b <= 12 && nb <= 2)
		{
			set_match(m, i, i + 2, dv_make(DG_MONTH, a, b));
			m->a.yexp = true;
			return true;
		}
		return false;
	}
	/* "11/2016": a month and a year; not the fraction of "6 1/2000" */
	if (na <= 2 && nb == 4 && a >= 1 && a <= 12 && b >= 1000 && b <= 2999 &&
		!(tok_ok(p, i - 1) && T(p, i - 1)->type == TF_TOK_NUMBER))
	{
		set_match(m, i, i + 2, dv_make(DG_MONTH, b, a));
		m->a.yexp = true;
		return true;
	}
	/* "4/22", "22/04": only after a date preposition or a weekday */
	if (sep == '/' && na <= 2 && nb <= 2 && day_month_order(a, b, &mon, &day) &&
		(relaxed || Wany(p, i - 1, slash_preps) || K(p, i - 1) == DW_WEEKDAY) &&
		!(tok_ok(p, i - 1) && T(p, i - 1)->type == TF_TOK_NUMBER))
	{
		if (day > tf_days_in_month(2000, mon))
			return false;
		set_match(m, i, i + 2, res_month_day(p, mon, day, tense_dir(p, i)));
		return true;
	}
	return false;
}

/* words before a bare year that make it a date */
static const char *const year_preps[] = {
	"in", "since", "by", "until", "till", "through", "throughout", "during",
	"before", "after", "from", "between", "circa", "early", "late", "for",
	"year", NULL
};

/* "end of 2024": words before "of" that make the year after it a date */
static const char *const year_of_words[] = {
	"end", "start", "beginning", "middle", "rest", "remainder", "half",
	"quarter", "months", "month", "class", "course", "part", "close", "turn",
	"spring", "summer", "autumn", "fall", "winter", "budget", NULL
};

static const char *const determiners[] = {
	"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
	"whose", NULL
};

static const char *const year_verbs[] = {
	"was", "saw", "marked", "brought", "proved", "ended", "began", NULL
};

/* verbs of change: "rose by 2023" is an amount, not a year */
static const char *const change_words[] = {
	"rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows",
	"increased", "increase", "decreased", "decrease", "dropped", "drop",
	"climbed", "declined", "jumped", "gained", "lost", "cut", "raised",
	"reduced", "up", "down", "more", "less", "higher", "lower", "slipped",
	"surged", "plunged", "soared", "shrank", "expanded", "multiplied",
	"divided", NULL
};

/* is the bare year at token i a date where it stands? */
static bool
year_context(const dparse *p, int i, int y)
{
	int			prev = i - 1,
				next = i + 1;

	if (W(p, prev, "by") && Wany(p, prev - 1, change_words))
		return false;
	if (Wany(p, prev, year_preps))
		return true;
	if (W(p, prev, "of") && Wany(p, prev - 1, year_of_words))
		return true;
	if (possessive_after(p, i))
		return y >= 1900 && y <= 2099;
	/* "in 2019 and 2020", "2019, 2020 or 2021" */
	if ((W(p, prev, "and") || W(p, prev, "or") || P(p, prev, ',')) &&
		tok_ok(p, prev - 1) && T(p, prev - 1)->claimed == 1 + TF_DATE)
		return true;
	if (y < 1900 || y > 2099)
		return false;
	/*
	 * "the 2024 election", "Pakistan's 2023 budget", "the 2005 elections":
	 * news groups the digits of counts ("the 2,000 workers"), so an ungrouped
	 * 19xx or 20xx between a determiner and a word is a year.
	 */
	if ((Wany(p, prev, determiners) ||
		 (W(p, prev, "s") && is_apos(p, prev - 1) && glued(p, prev - 2))) &&
		tok_ok(p, next) && T(p, next)->type == TF_TOK_WORD)
		return true;
	/* "a disputed 2005 vote", "the bloody 1989 crackdown" */
	if (tok_ok(p, prev) && T(p, prev)->type == TF_TOK_WORD && (T(p, prev)->flags & TF_TF_LOWER) &&
		K(p, prev) == DW_NONE && Wany(p, prev - 1, determiners) &&
		tok_ok(p, next) && T(p, next)->type == TF_TOK_WORD)
		return true;
	/* "back to 1990 levels" */
	if (W(p, next, "levels") || W(p, next, "level"))
		return true;
	/* "invaded by Italy (1940)" */
	if (P(p, prev, '(') && P(p, next, ')'))
		return true;
	/* "the Banking Act of 2002", "the 1996 Wimbledon champion", "class of 2024" */
	if (W(p, prev, "of") && tok_ok(p, prev - 1) && T(p, prev - 1)->type == TF_TOK_WORD &&
		(T(p, prev - 1)->flags & TF_TF_CAP) && !(T(p, prev - 1)->flags & TF_TF_SENT_START) &&
		!(tok_ok(p, next) && T(p, next)->type == TF_TOK_WORD && (T(p, next)->flags & TF_TF_LOWER)))
		return true;
	/* "2023 was a hard year", "says 2007 was one of the deadliest" */
	if (Wany(p, next, year_verbs))
		return true;
	return false;
}

/*
 * "1998 - 2002", "1950 - 53", "2008 - 9", "1990 to 1995": a range of years,
 * the second written in full or by its last digits, spaced or not.
 */
static bool
m_year_range(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			a = year_at(p, i),
				b,
				nd,
				c = i + 1;

	if (!a || !starts_clean(p, i) || (tok_ok(p, i - 1) && T(p, i - 1)->type == TF_TOK_SYMBOL))
		return false;
	if (!(is_dash(p, c) || (W(p, c, "to") && year_at(p, c + 1))))
		return false;
	b = plain_num(p, c + 1, &nd);
	if (b < 0 || !ends_clean(p, c + 1) || figure_follows(p, c + 2) ||
		(tok_ok(p, c + 2) && T(p, c + 2)->type == TF_TOK_NUMBER))
		return false;
	if (nd == 4)
	{
		if (b <= a || b - a > 100)
			return false;
	}
	else if (nd == 2 || (nd == 1 && is_dash(p, c)))
	{
		int			unit = nd == 2 ? 100 : 10;

		b += a / unit * unit;
		if (b <= a)
			b += unit;
		if (nd == 2 && b - a > 99)
			return false;
	}
	else
		return false;
	set_match(m, i, c + 1, dv_make(DG_YEAR, a, 0));
	m->b = dv_make(DG_YEAR, b, 0);
	m->a.yexp = m->b.yexp = true;
	m->range = true;
	return true;
}

/* the decade of a two-digit decade: the latest that began by the reference year */
static int
decade_year(const dparse *p, int dd)
{
	int			base = p->has_ref ? p->ref.y : 1999;
	int			y = base / 100 * 100 + dd;

	if (y > base)
		y -= 100;
	return y;
}

/* "2023", "the 1990s", "the '70s", "the seventies", "the year 2024" */
static bool
m_year(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				nd,
				v,
				y;
	bool		the = false;

	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	/* "the seventies" */
	if (the && K(p, t) == DW_DECADE)
	{
		set_match(m, i, t, dv_make(DG_DECADE, decade_year(p, KV(p, t)), 0));
		return true;
	}
	/* "'70s", "’90s" */
	if (is_apos(p, t) && glued(p, t) && (v = plain_num(p, t + 1, &nd)) >= 0 &&
		nd == 2 && v % 10 == 0 && glued(p, t + 1) && W(p, t + 2, "s"))
	{
		set_match(m, i, t + 2, dv_make(DG_DECADE, decade_year(p, v), 0));
		return true;
	}
	v = plain_num(p, t, &nd);
	if (v >= 0 && v % 10 == 0 && (nd == 4 || (nd == 2 && the)) && starts_clean(p, t))
	{
		int			e = -1;

		/* "1990s", "1970's" */
		if (glued(p, t) && W(p, t + 1, "s"))
			e = t + 1;
		else if (glued(p, t) && is_apos(p, t + 1) && glued(p, t + 1) && W(p, t + 2, "s"))
			e = t + 2;
		if (e >= 0)
		{
			y = nd == 4 ? v : decade_year(p, v);
			if (y < 1000 || y > 2990 || figure_follows(p, e + 1))
				return false;
			set_match(m, i, e, dv_make(DG_DECADE, y, 0));
			return true;
		}
	}
	/* "the 20th century", "the nineteenth century": the 1900s, 19XX */
	{
		int			c = 0,
					e = t;

		if (K(p, t) == DW_ORD)
			c = KV(p, t);
		else if ((v = plain_num(p, t, &nd)) >= 1 && v <= 30 && nd <= 2 && glued(p, t) &&
				 Wany(p, t + 1, ord_suffixes))
		{
			c = v;
			e = t + 1;
		}
		else if (K(p, t) == DW_TENS && (is_dash(p, t + 1) || K(p, t + 1) == DW_ORD))
		{
			int			dl;
			bool		ord;

			c = day_at(p, t, &dl, &ord);
			e = dl;
		}
		if (c >= 1 && c <= 30 && W(p, e + 1, "century") && (the || W(p, i - 1, "early") ||
															 W(p, i - 1, "late") || W(p, i - 1, "mid")))
		{
			set_match(m, i, e + 1, dv_make(DG_CENTURY, (c - 1) * 100, 0));
			return c > 1;		/* year 0 is not a year */
		}
	}
	/* "the year 2024", "year 2024" */
	if (K(p, t) == DW_PERIOD && KV(p, t) == PERIOD_YEAR && !(KF(p, t) & DWF_PLURAL) &&
		(y = year_at(p, t + 1)) && ends_clean(p, t + 1) && !figure_follows(p, t + 2))
	{
		set_match(m, i, t + 1, dv_make(DG_YEAR, y, 0));
		m->a.yexp = true;
		return true;
	}
	if (the)
		return false;
	y = year_at(p, i);
	if (!y || !starts_clean(p, i) || figure_follows(p, i + 1))
		return false;
	if (!ends_clean(p, i) && !possessive_after(p, i))
		return false;
	if (tok_ok(p, i - 1) && (T(p, i - 1)->type == TF_TOK_SYMBOL ||
							 T(p, i - 1)->type == TF_TOK_NUMBER ||
							 P(p, i - 1, '#')))
		return false;
	if (!relaxed && !year_context(p, i, y))
		return false;
	set_match(m, i, i, dv_make(DG_YEAR, y, 0));
	m->a.yexp = true;
	return true;
}

/*
 * Quarters and halves: "Q3 2024", "Q3", "3Q24", "H1 2025", "the third
 * quarter of 2024", "third-quarter", "the first half of next year", "last
 * year's fourth quarter", "the third quarter of fiscal 2024".
 */
static bool
m_quarter(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				e,
				ov = 0,
				y = 0,
				yl,
				k,
				nd;
	dgran		g = DG_QUARTER;
	bool		the = false,
				have_year = false,
				yexp = false,
				bad;

	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	else if (rel_year_at(p, t, &k) && possessive_after(p, t + 1))
	{
		/* "last year's fourth quarter" */
		y = p->has_ref ? p->ref.y + k : 0;
		have_year = true;
		t += 4;
	}
	else if (year_at(p, t) && possessive_after(p, t))
	{
		y = year_at(p, t);
		have_year = yexp = true;
		t += 3;
	}

	if (K(p, t) == DW_ORD && KV(p, t) <= 4)
	{
		ov = KV(p, t);
		e = t + 1;
	}
	else if ((ov = plain_num(p, t, &nd)) >= 1 && ov <= 4 && nd == 1 && glued(p, t) &&
			 Wany(p, t + 1, ord_suffixes))
		e = t + 2;
	else
		ov = 0;
	if (ov)
	{
		if (is_dash(p, e) && glued(p, e - 1) && glued(p, e))
			e++;
		if (K(p, e) == DW_PERIOD && KV(p, e) == PERIOD_QUARTER && !(KF(p, e) & DWF_PLURAL))
			g = DG_QUARTER;
		else if (W(p, e, "half") && ov <= 2)
			g = DG_HALF;
		else
			return false;
		/* "a third quarter of the votes" */
		if (!the && Wany(p, i - 1, determiners) && !W(p, i - 1, "the") &&
			!W(p, i - 1, "its") && !W(p, i - 1, "this"))
			return false;
	}
	else if ((W(p, t, "q") || W(p, t, "h")) && glued(p, t) &&
			 (ov = plain_num(p, t + 1, &nd)) >= 1 && nd == 1 &&
			 ov <= (W(p, t, "q") ? 4 : 2))
	{
		/* "Q3", "H1" */
		g = W(p, t, "q") ? DG_QUARTER : DG_HALF;
		e = t + 1;
		if (!ends_clean(p, e) && !(glued(p, e) && P(p, e + 1, ',')))
			return false;
	}
	else if ((ov = plain_num(p, t, &nd)) >= 1 && nd == 1 && ov <= 4 && glued(p, t) &&
			 (W(p, t + 1, "q") || (W(p, t + 1, "h") && ov <= 2)) && starts_clean(p, t))
	{
		/* "3Q", "3Q24", "1H 2025" */
		g = W(p, t + 1, "q") ? DG_QUARTER : DG_HALF;
		e = t + 1;
		if (glued(p, e) && (y = plain_num(p, e + 1, &nd)) >= 0 && nd == 2 && ends_clean(p, e + 1))
		{
			y = full_year(p, y);
			have_year = yexp = true;
			e++;
		}
		else if (glued(p, e))
			return false;
	}
	else
		return false;
	if (the && !ov)
		return false;

	if (!have_year)
	{
		int			v = e + 1;

		if (W(p, v, "of") && W(p, v + 1, "fiscal") && year_at(p, v + 2))
		{
			set_match(m, i, v + 2, dv_make(DG_FYQ, year_at(p, v + 2), ov));
			return g == DG_QUARTER;
		}
		if ((W(p, v, "fy") || (W(p, v, "of") && W(p, v + 1, "fy") && v++)) &&
			glued(p, v) && (y = plain_num(p, v + 1, &nd)) >= 0 && (nd == 2 || nd == 4) &&
			ends_clean(p, v + 1))
		{
			set_match(m, i, v + 1, dv_make(DG_FYQ, nd == 2 ? full_year(p, y) : y, ov));
			return g == DG_QUARTER;
		}
		if (year_spec(p, v, &y, &yexp, &yl, &bad))
		{
			have_year = true;
			e = yl;
		}
		else if (bad)
			return false;		/* "the third quarter of the game" */
	}
	if (have_year)
	{
		dval		a = dv_make(g, y, ov);

		a.yexp = yexp;
		if (!y)
			a.y = 0;
		set_match(m, i, e, a);
		return true;
	}
	set_match(m, i, e, res_quarter(p, g, ov, tense_dir(p, i)));
	return true;
}

/* "fiscal 2024", "fiscal year 2023-24", "FY2024", "FY24", "the 2023-24 fiscal year" */
static bool
m_fiscal(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				y,
				nd,
				e,
				y2,
				nd2;

	if (W(p, t, "the"))
	{
		/* "the 2023-24 fiscal year"; in "the FY2024 budget" the goes with budget */
		if (!year_at(p, t + 1))
			return false;
		t++;
	}
	if (W(p, t, "fiscal"))
	{
		t++;
		if (K(p, t) == DW_PERIOD && KV(p, t) == PERIOD_YEAR && !(KF(p, t) & DWF_PLURAL))
			t++;
		if (!year_at(p, t))
			return false;
		y = year_at(p, t);
		nd = 4;
	}
	else if (W(p, t, "fy"))
	{
		if (!(T(p, t)->flags & TF_TF_UPPER))
			return false;
		t++;
		y = plain_num(p, t, &nd);
		if (y < 0 || (nd != 2 && nd != 4) || (nd == 4 && !year_at(p, t)))
			return false;
		if (nd == 2)
			y = full_year(p, y);
	}
	else if ((y = year_at(p, t)) != 0)
	{
		/* "the 2023-24 fiscal year", "2024 fiscal year" */
		e = t;
		if ((is_dash(p, t + 1) || P(p, t + 1, '/')) && glued(p, t) && glued(p, t + 1) &&
			(y2 = plain_num(p, t + 2, &nd2)) >= 0 && (nd2 == 2 || nd2 == 4))
		{
			y = nd2 == 2 ? y / 100 * 100 + y2 : y2;
			if (nd2 == 2 && y < year_at(p, t))
				y += 100;
			e = t + 2;
		}
		if (!W(p, e + 1, "fiscal") || !W(p, e + 2, "year") || !starts_clean(p, t))
			return false;
		set_match(m, i, e + 2, dv_make(DG_FY, y, 0));
		return true;
	}
	else
		return false;
	e = t;
	/* "fiscal 2023-24", "FY2023/24": the year it ends in */
	if ((is_dash(p, t + 1) || P(p, t + 1, '/')) && glued(p, t) && glued(p, t + 1) &&
		(y2 = plain_num(p, t + 2, &nd2)) >= 0 && (nd2 == 2 || nd2 == 4))
	{
		int			end = nd2 == 2 ? y / 100 * 100 + y2 : y2;

		if (nd2 == 2 && end < y)
			end += 100;
		if (end == y + 1)
		{
			y = end;
			e = t + 2;
		}
	}
	if (!ends_clean(p, e) || figure_follows(p, e + 1))
		return false;
	set_match(m, i, e, dv_make(DG_FY, y, 0));
	return true;
}

/* "today", "yesterday", "tomorrow", "the day before yesterday" */
static bool
m_deictic_day(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			k,
				e = i,
				t = i;

	if (W(p, t, "the") && K(p, t + 1) == DW_PERIOD && KV(p, t + 1) == PERIOD_DAY &&
		!(KF(p, t + 1) & DWF_PLURAL) &&
		((W(p, t + 2, "before") && W(p, t + 3, "yesterday")) ||
		 (W(p, t + 2, "after") && W(p, t + 3, "tomorrow"))))
	{
		k = W(p, t + 3, "yesterday") ? -2 : 2;
		e = t + 3;
	}
	else if (W(p, t, "today"))
		k = 0;
	else if (W(p, t, "yesterday"))
		k = -1;
	else if (W(p, t, "tomorrow"))
		k = 1;
	else
		return false;
	/* "today's": still today */
	set_match(m, i, e, p->has_ref ? dv_day(p->refz + k) : dv_unresolved(k));
	return true;
}

/*
 * "last week", "this month", "next year", "the previous quarter", "last
 * Tuesday", "next week on Friday", "last September", "this summer".
 */
static bool
m_relative(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	int			t = i,
				k,
				u,
				unit;
	bool		anaphoric = false;
	int64_t		base = 0;
	bool		has_base;

	if (W(p, t, "the"))
	{
		t++;
		if (W(p, t, "previous") || W(p, t, "preceding") || W(p, t, "prior"))
			k = -1;
		else if (W(p, t, "following"))
			k = 1;
		else if (W(p, t, "current") || W(p, t, "coming"))
			k = W(p, t, "current") ? 0 : 1;
		else
			return false;		/* "the last week" is a duration */
		anaphoric = !W(p, t, "current") && !W(p, t, "coming");
	}
	else if (W(p, t, "previous"))
	{
		k = -1;
		anaphoric = true;
	}
	else if (!deictic_at(p, t, &k))
		return false;
	u = t + 1;

	/* a weekday: "last Tuesday", "this friday", "past monday" */
	if (K(p, u) == DW_WEEKDAY)
	{
		int			wd = KV(p, u);

		if (anaphoric)
			return false;
		if (k == 0)
		{
			if (!p->has_ref)
				set_match(m, i, u, res_weekday(p, wd, 0, false));
			else
				set_match(m, i, u,
						  dv_day(p->refz - (tf_iso_weekday(p->refz) - 1) + (wd - 1)));
		}
		else
			set_match(m, i, u, res_weekday(p, wd, k, true));
		return true;
	}
	/* a month or season: "last September", "next june", "this summer" */
	if (K(p, u) == DW_MONTH || K(p, u) == DW_SEASON)
	{
		bool		season = K(p, u) == DW_SEASON;

		if (anaphoric || ((KF(p, u) & DWF_AMBIG) && (T(p, u)->flags & TF_TF_LOWER)) ||
			((KF(p, u) & DWF_AMBIG) && possessive_after(p, u)))
			return false;
		if (season)
			set_match(m, i, u, res_season(p, KV(p, u), k, k != 0));
		else
			set_match(m, i, u, res_month(p, KV(p, u), k, k != 0));
		if (k == 0 && p->has_ref)
		{
			if (season)
			{
				int			ry,
							rs;

				season_of(p->refz, &ry, &rs);
				m->a.y = ry;
			}
			else
				m->a.y = p->ref.y;
		}
		return true;
	}
	if (K(p, u) != DW_PERIOD || (KF(p, u) & DWF_PLURAL) || KV(p, u) == PERIOD_DAY)
		return false;
	unit = KV(p, u);
	/* "last week of July", "the last year of the war" */
	if (W(p, u + 1, "of"))
		return false;
	if (W(p, t, "past") && unit != PERIOD_WEEKEND)
		return false;			/* "the past week" is a duration */

	has_base = anaphoric ? anaphor_base(p, i, &base) : p->has_ref;
	if (!anaphoric)
		base = p->refz;

	/* "next week on Friday", "this week friday" */
	if ((unit == PERIOD_WEEK) && depth < MAX_DEPTH)
	{
		int			v = u + 1;

		if (W(p, v, "on"))
			v++;
		if (K(p, v) == DW_WEEKDAY && !(KF(p, v) & DWF_AMBIG && T(p, v)->flags & TF_TF_LOWER))
		{
			if (has_base)
			{
				int64_t		mon = base + 7 * (int64_t) k - (tf_iso_weekday(base) - 1);

				set_match(m, i, v, dv_day(mon + KV(p, v) - 1));
			}
			else
				set_match(m, i, v, res_weekday(p, KV(p, v), 0, false));
			return true;
		}
	}
	if (!has_base)
	{
		if (unit == PERIOD_QUARTER && anaphoric)
			return false;
		set_match(m, i, u, dv_unresolved(k));
		return true;
	}
	set_match(m, i, u, unit_shift(base, unit, k));
	return true;
}

/* "two years ago", "a week ago", "10 days ago", "two weeks from now" */
static bool
m_ago(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			n,
				nd,
				unit,
				dir;

	if (K(p, i) == DW_CARD)
		n = KV(p, i);
	else if ((n = plain_num(p, i, &nd)) < 1 || n > 999 || !starts_clean(p, i))
		return false;
	if (K(p, i + 1) != DW_PERIOD || KV(p, i + 1) == PERIOD_QUARTER || KV(p, i + 1) == PERIOD_WEEKEND)
		return false;
	/* "a year", "one year", "two years" */
	if ((n == 1) != !(KF(p, i + 1) & DWF_PLURAL))
		return false;
	unit = KV(p, i + 1);
	if (W(p, i + 2, "ago"))
		dir = -1;
	else if (W(p, i + 2, "from") && (W(p, i + 3, "now") || W(p, i + 3, "today")))
		dir = 1;
	else
		return false;
	if (!p->has_ref)
	{
		set_match(m, i, i + 2 + (dir > 0), dv_unresolved(dir));
		return true;
	}
	if (unit == PERIOD_DECADE)
		set_match(m, i, i + 2 + (dir > 0), dv_make(DG_DECADE, (p->ref.y + dir * 10 * n) / 10 * 10, 0));
	else
		set_match(m, i, i + 2 + (dir > 0), unit_shift(p->refz, unit, dir * n));
	return true;
}

/* is v a period a modifier can narrow (not a day, not a range)? */
static bool
modifiable(const dmatch *x)
{
	return !x->range && x->a.g != DG_DAY && x->a.g != DG_FY && x->a.g != DG_FYQ;
}

/*
 * "early 2024", "mid-September", "the late 1990s", "late last year",
 * "earlier this month", "the end of the year", "the beginning of next week".
 */
static bool
m_mod(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	int			t = i,
				u;
	const char *mod = NULL;
	bool		the = false;
	dmatch		x;

	if (depth >= MAX_DEPTH)
		return false;
	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	if (W(p, t, "early") || W(p, t, "late") || W(p, t, "mid"))
	{
		mod = W(p, t, "early") ? "START" : W(p, t, "late") ? "END" : "MID";
		u = t + 1;
		if (is_dash(p, u) && glued(p, t) && glued(p, u))
			u++;
		else if (W(p, t, "mid") && glued(p, t))
			return false;
		if (!match_at(p, u, depth + 1, true, &x) || !modifiable(&x))
			return false;
		/* "late May": a month needs its case; "early years" is not a date */
		if (x.a.g == DG_PRESENT)
			return false;
	}
	else if (!the && (W(p, t, "earlier") || W(p, t, "later")))
	{
		int			k;

		u = t + 1;
		if (!deictic_at(p, u, &k) || k != 0 || !match_at(p, u, depth + 1, false, &x) ||
			!modifiable(&x))
			return false;
	}
	else if ((W(p, t, "end") || W(p, t, "start") || W(p, t, "beginning") ||
			  W(p, t, "middle")) && W(p, t + 1, "of"))
	{
		mod = W(p, t, "end") ? "END" : W(p, t, "middle") ? "MID" : "START";
		u = t + 2;
		if (W(p, u, "the") && K(p, u + 1) == DW_PERIOD && !(KF(p, u + 1) & DWF_PLURAL) &&
			KV(p, u + 1) != PERIOD_DAY && KV(p, u + 1) != PERIOD_WEEKEND)
		{
			/* "the end of the year": the current one */
			set_match(&x, u, u + 1, p->has_ref ? unit_shift(p->refz, KV(p, u + 1), 0)
					  : dv_unresolved(0));
		}
		else if (!match_at(p, u, depth + 1, true, &x) || !modifiable(&x))
			return false;
	}
	else
		return false;
	set_match(m, i, x.last, x.a);
	if (mod)
		m->a.mod = mod;
	return true;
}

/* "the week of November 30th", "week 10", "Week 31 of 2027" */
static bool
m_week(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	int			t = i,
				n,
				nd,
				y,
				yl;
	bool		yexp,
				bad;
	dmatch		x;

	if (W(p, t, "the"))
		t++;
	if (!(K(p, t) == DW_PERIOD && KV(p, t) == PERIOD_WEEK && !(KF(p, t) & DWF_PLURAL)))
		return false;
	if ((W(p, t + 1, "of") || W(p, t + 1, "commencing") || W(p, t + 1, "beginning") ||
		 W(p, t + 1, "starting")) && depth < MAX_DEPTH)
	{
		int			u = t + 2;

		if (W(p, u, "on"))
			u++;
		if (!match_at(p, u, depth + 1, true, &x) || x.range || x.a.g != DG_DAY)
			return false;
		if (x.a.y == 0)
			set_match(m, i, x.last, x.a);	/* unresolved: the day is all we know */
		else
		{
			int64_t		z = tf_days_from_civil(x.a.y, x.a.n, x.a.d);

			set_match(m, i, x.last, dv_week(z, DG_WEEK));
		}
		return true;
	}
	/* "week 10": its year is the reference's unless one is written */
	if (t != i || (n = plain_num(p, t + 1, &nd)) < 1 || n > 53 || nd > 2 ||
		!ends_clean(p, t + 1))
		return false;
	if (year_spec(p, t + 2, &y, &yexp, &yl, &bad))
	{
		if (y && n > tf_iso_weeks_in_year(y))
			return false;
		set_match(m, i, yl, dv_make(DG_WEEK, y, n));
		m->a.yexp = yexp;
		return true;
	}
	if (p->has_ref)
	{
		int			wy,
					w;

		tf_iso_week(p->refz, &wy, &w);
		if (n > tf_iso_weeks_in_year(wy))
			return false;
		set_match(m, i, t + 1, dv_make(DG_WEEK, wy, n));
	}
	else
		set_match(m, i, t + 1, dv_make(DG_WEEK, 0, n));
	return true;
}

/* "summer 2016", "the summer of 2016", "in the spring", "in winter" */
static bool
m_season(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				s,
				y,
				yl;
	bool		the = false,
				yexp,
				bad;

	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	if (K(p, t) != DW_SEASON)
		return false;
	s = KV(p, t);
	if (year_spec(p, t + 1, &y, &yexp, &yl, &bad))
	{
		if ((KF(p, t) & DWF_AMBIG) && !(T(p, t)->flags & TF_TF_CAP) && !the &&
			!W(p, t + 1, "of"))
			return false;		/* "prices fall 2024"? */
		set_match(m, i, yl, dv_make(DG_SEASON, y, s));
		m->a.yexp = yexp;
		return true;
	}
	if (bad)
		return false;
	/* alone: "in (the) summer", "over the summer", "during winter" */
	if ((KF(p, t) & DWF_AMBIG) && !the)
		return false;
	if (!relaxed && !(Wany(p, i - 1, date_preps) || W(p, i - 1, "over")))
		return false;
	if (tok_ok(p, t + 1) && T(p, t + 1)->type == TF_TOK_WORD && !W(p, t + 1, "and") &&
		(T(p, t + 1)->flags & TF_TF_LOWER) && K(p, t + 1) == DW_NONE &&
		!W(p, t + 1, "when") && !W(p, t + 1, "as") && !W(p, t + 1, "after") &&
		!W(p, t + 1, "before"))
		return false;			/* "the summer months", "summer holidays" */
	set_match(m, i, t, res_season(p, s, tense_dir(p, i), false));
	return true;
}

static const char *const day_preps[] = {
	"on", "by", "until", "till", "since", "from", "for", "before", "after", NULL
};

/* "on the 27th", "by the 15th", "on 22nd": a day of the month alone */
static bool
m_day_only(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				d,
				dl;
	bool		ord,
				the = false;

	if (W(p, t, "the"))
	{
		the = true;
		t++;
	}
	d = day_at(p, t, &dl, &ord);
	if (!d || !(Wany(p, i - 1, day_preps) || (relaxed && the)))
		return false;
	if (!ord && !the)
		return false;
	if (T(p, t)->type == TF_TOK_NUMBER && (!starts_clean(p, t) || (!ord && !ends_clean(p, t))))
		return false;
	/* "the 27th floor", "the second time", "the 25th anniversary" */
	if (tok_ok(p, dl + 1) && (T(p, dl + 1)->type == TF_TOK_WORD ||
							  T(p, dl + 1)->type == TF_TOK_NUMBER ||
							  P(p, dl + 1, '%')))
		return false;
	set_match(m, i, dl, res_day_only(p, d, tense_dir(p, i)));
	return true;
}

/* "over the weekend", "at the weekend": the nearest one in the sentence's direction */
static bool
m_weekend(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			dir,
				wd;

	if (!W(p, i, "the") || !(K(p, i + 1) == DW_PERIOD && KV(p, i + 1) == PERIOD_WEEKEND) ||
		!(W(p, i - 1, "over") || W(p, i - 1, "during") || W(p, i - 1, "at") ||
		  W(p, i - 1, "on") || W(p, i - 1, "by") || W(p, i - 1, "until") ||
		  W(p, i - 1, "since") || W(p, i - 1, "after") || W(p, i - 1, "before")))
		return false;
	if (!p->has_ref)
	{
		set_match(m, i, i + 1, dv_make(DG_WEEKEND, 0, 0));
		return true;
	}
	dir = tense_dir(p, i);
	wd = tf_iso_weekday(p->refz);
	/* past: the weekend that ended last (or this one, on a Saturday or Sunday) */
	if (dir < 0)
		set_match(m, i, i + 1, dv_week(wd >= 6 ? p->refz : p->refz - 7, DG_WEEKEND));
	else
		set_match(m, i, i + 1, dv_week(p->refz, DG_WEEKEND));
	return true;
}

/* "the month of May", "month of September" */
static bool
m_month_of(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i;

	if (W(p, t, "the"))
		t++;
	if (!(K(p, t) == DW_PERIOD && KV(p, t) == PERIOD_MONTH && !(KF(p, t) & DWF_PLURAL)) ||
		!W(p, t + 1, "of") || K(p, t + 2) != DW_MONTH)
		return false;
	if (!m_month_first(p, t + 2, true, m))
		return false;
	m->first = i;
	return true;
}

/* "Tuesday", "Tuesday, October 8, 2024", "friday the 22nd", "Tuesday next week" */
static bool
m_weekday(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	int			wd,
				k,
				t,
				dl;
	bool		ord;
	dmatch		x;

	if (K(p, i) != DW_WEEKDAY)
		return false;
	wd = KV(p, i);
	k = i + 1;
	if (P(p, k, '.') && glued(p, i) && (KF(p, i) & DWF_ABBR))
		k++;
	if (P(p, k, ',') || P(p, k, '(') || is_dash(p, k))
		k++;
	/* a full date after the weekday wins: "Tuesday, October 8, 2024", "friday 7/6" */
	if (depth < MAX_DEPTH && k > i && tok_ok(p, k) &&
		(m_month_first(p, k, true, &x) || m_day_first(p, k, true, &x) ||
		 m_numeric(p, k, true, &x)) &&
		!x.range && x.a.g == DG_DAY)
	{
		int			e = x.last;

		/* "this friday (jun-15)": the closing bracket too */
		if (P(p, k - 1, '(') && P(p, e + 1, ')'))
			e++;
		set_match(m, i, e, x.a);
		return true;
	}
	/* "saturday the second", "friday the 15th" */
	if (W(p, i + 1, "the") && (t = day_at(p, i + 2, &dl, &ord)) && ord &&
		!figure_follows(p, dl + 1))
	{
		set_match(m, i, dl, res_day_only(p, t, tense_dir(p, i)));
		return true;
	}
	/* "Tuesday next week", "friday of this week" */
	t = i + 1;
	if (W(p, t, "of"))
		t++;
	if (deictic_at(p, t, &k) && K(p, t + 1) == DW_PERIOD && KV(p, t + 1) == PERIOD_WEEK &&
		!(KF(p, t + 1) & DWF_PLURAL))
	{
		if (p->has_ref)
		{
			int64_t		mon = p->refz + 7 * (int64_t) k - (tf_iso_weekday(p->refz) - 1);

			set_match(m, i, t + 1, dv_day(mon + wd - 1));
		}
		else
			set_match(m, i, t + 1, res_weekday(p, wd, 0, false));
		return true;
	}
	/* alone: an abbreviation needs a preposition ("on Tues") */
	if ((KF(p, i) & DWF_ABBR) && !relaxed &&
		!(W(p, i - 1, "on") || W(p, i - 1, "by") || W(p, i - 1, "until") ||
		  W(p, i - 1, "since") || W(p, i - 1, "from") || W(p, i - 1, "every")))
		return false;
	if ((KF(p, i) & DWF_AMBIG) && (T(p, i)->flags & TF_TF_LOWER) && !relaxed)
		return false;			/* "sat on", "sun" */
	set_match(m, i, i, res_weekday(p, wd, tense_dir(p, i), false));
	return true;
}

/* every matcher at token i; the longest match wins */
static bool
match_at(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	dmatch		x;
	bool		found = false;

	if (!tok_ok(p, i))
		return false;
	/* most tokens cannot start a date: only numbers, keywords and "'70s" */
	if (T(p, i)->type == TF_TOK_WORD ? K(p, i) == DW_NONE :
		(T(p, i)->type != TF_TOK_NUMBER && !is_apos(p, i)))
		return false;
	if (W(p, i, "the") && (!tok_ok(p, i + 1) ||
						   (T(p, i + 1)->type == TF_TOK_WORD && K(p, i + 1) == DW_NONE)))
		return false;			/* "the" starts a date only before a keyword or a number */
	/* a date never runs across sentences */
#define TRY(call) \
	do { \
		if ((call) && (!found || x.last > m->last) && \
			T(p, x.first)->sentence == T(p, x.last)->sentence) \
		{ \
			*m = x; \
			found = true; \
		} \
	} while (0)
	TRY(m_month_first(p, i, relaxed, &x));
	TRY(m_day_first(p, i, relaxed, &x));
	TRY(m_numeric(p, i, relaxed, &x));
	TRY(m_year(p, i, relaxed, &x));
	TRY(m_year_range(p, i, relaxed, &x));
	TRY(m_quarter(p, i, relaxed, &x));
	TRY(m_fiscal(p, i, relaxed, &x));
	TRY(m_deictic_day(p, i, relaxed, &x));
	TRY(m_relative(p, i, depth, relaxed, &x));
	TRY(m_ago(p, i, relaxed, &x));
	TRY(m_season(p, i, relaxed, &x));
	TRY(m_day_only(p, i, relaxed, &x));
	TRY(m_month_of(p, i, relaxed, &x));
	TRY(m_weekend(p, i, relaxed, &x));
	if (depth < MAX_DEPTH)
	{
		TRY(m_mod(p, i, depth, relaxed, &x));
		TRY(m_week(p, i, depth, relaxed, &x));
		TRY(m_weekday(p, i, depth, relaxed, &x));
	}
#undef TRY
	return found;
}

/*
 * "from 2020 to 2023", "between Oct. 2 and October 22", "Friday through
 * Sunday", "January 12, 2016 - 02/22/2016": one fact from the start of the
 * first to the end of the second.
 */
static void
try_range(dparse *p, dmatch *m)
{
	int			c = m->last + 1;
	bool		from = W(p, m->first - 1, "from"),
				between = W(p, m->first - 1, "between");
	dmatch		x;
	int64_t		f1,
				t1,
				f2,
				t2;

	if (m->range)
		return;
	if (!(is_dash(p, c) || W(p, c, "to") || W(p, c, "through") || W(p, c, "thru") ||
		  ((W(p, c, "until") || W(p, c, "till")) && from) ||
		  (W(p, c, "and") && between)))
		return;
	/* "2 - 3" of bare years is arithmetic, not a range */
	if (is_dash(p, c) && m->a.g == DG_YEAR && !from && !between)
		return;
	if (!match_at(p, c + 1, 1, true, &x) || x.range || !tf_span_free(p->doc, c + 1, x.last) ||
		T(p, x.last)->sentence != T(p, m->first)->sentence)
		return;
	if (x.a.g >= DG_FY || m->a.g >= DG_FY)
		return;
	/* "Oct. 2 to October 22, 2024": the first end takes the year written */
	if (!m->a.yexp && x.a.yexp && x.a.y && (m->a.g == DG_DAY || m->a.g == DG_MONTH) &&
		(x.a.g == DG_DAY || x.a.g == DG_MONTH) && m->a.n && x.a.n)
	{
		m->a.y = x.a.y;
		if (m->a.n > x.a.n || (m->a.n == x.a.n && m->a.d > x.a.d && x.a.g == DG_DAY))
			m->a.y--;
	}
	/* "between Oct. 2 and October 22": the second end follows the first */
	if (!x.a.yexp && m->a.y && x.a.y && x.a.g == m->a.g &&
		(x.a.g == DG_DAY || x.a.g == DG_MONTH) && x.a.n && m->a.n)
	{
		x.a.y = m->a.y;
		if (x.a.n < m->a.n || (x.a.n == m->a.n && x.a.d < m->a.d))
			x.a.y++;
	}
	if (dv_range(&m->a, &f1, &t1) && dv_range(&x.a, &f2, &t2))
	{
		if (f1 > t2)
			return;
	}
	else if (m->a.y || x.a.y)
		return;					/* one end resolved, the other not */
	m->b = x.a;
	m->range = true;
	m->last = x.last;
}

static char *
day_str(tf_doc *doc, int64_t z)
{
	char		buf[24];
	tf_date		c = tf_civil_from_days(z);

	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", c.y, c.m, c.d);
	return tf_arena_strndup(doc->arena, buf, strlen(buf));
}

static bool
year_in_range(const dval *v)
{
	return v->y == 0 || (v->y >= 1 && v->y <= 9999);
}

static void
emit(dparse *p, const dmatch *m)
{
	tf_doc	   *doc = p->doc;
	char		norm[80];
	int64_t		f1,
				t1,
				f2,
				t2;
	bool		ra,
				rb = true;
	tf_fact    *f;

	if (!year_in_range(&m->a) || (m->range && !year_in_range(&m->b)))
		return;
	/* with a reference every resolved value has a year: 0 is year 0, not "unknown" */
	if (p->has_ref && ((m->a.g <= DG_CENTURY && m->a.y == 0) ||
					   (m->range && m->b.g <= DG_CENTURY && m->b.y == 0)))
		return;
	dv_norm(&m->a, norm, 36);
	ra = dv_range(&m->a, &f1, &t1);
	if (m->range)
	{
		size_t		n = strlen(norm);

		norm[n] = '/';
		dv_norm(&m->b, norm + n + 1, 36);
		rb = dv_range(&m->b, &f2, &t2);
		t1 = t2;
	}
	f = tf_doc_add_fact(doc, TF_DATE, m->first, m->last);
	f->norm = tf_arena_strndup(doc->arena, norm, strlen(norm));
	if (ra && rb)
	{
		tf_fact_set_detail_str(doc, f, "from", day_str(doc, f1));
		tf_fact_set_detail_str(doc, f, "to", day_str(doc, t1));
		p->has_anchor = true;
		p->anchor = f1;
		p->anchor_sentence = f->sentence;
	}
	if (m->a.mod && !m->range)
		tf_fact_set_detail_str(doc, f, "mod", m->a.mod);
}

/* a scale word the stage reads: singular, and not one only after a currency ("m") */
static bool
scale_word(const tf_lexword *e)
{
	return e->num.cls == NW_SCALE && !(e->num.flags & (NWF_PLURAL | NWF_AFTER_CUR));
}

/*
 * The lexicon's date view of each token, and whether it is a scale word.  A
 * bitmap of the first two letters of the words the stage reads, built per
 * call from the lexicon (no global state), spares most words the search.
 */
static void
classify(dparse *p)
{
	tf_doc	   *doc = p->doc;
	char		buf[TF_LEX_MAX_WORD + 1];
	uint32_t	pairs[26] = {0};

	for (size_t k = 0; k < tf_lexicon_size; k++)
	{
		const char *w = tf_lexicon[k].word;

		if ((tf_lexicon[k].date.cls == DW_NONE && !scale_word(&tf_lexicon[k])) ||
			w[0] < 'a' || w[0] > 'z' || (w[1] && (w[1] < 'a' || w[1] > 'z')))
			continue;
		/* one-letter words ("a", "q", "k") take every second letter */
		pairs[w[0] - 'a'] |= w[1] ? (1u << (w[1] - 'a')) : (1u << 26);
	}

	for (int i = 0; i < doc->ntok; i++)
	{
		const tf_token *t = &doc->tok[i];
		size_t		n = t->bend - t->bstart;
		const tf_lexword *e;

		TF_TICK(doc);
		memset(&p->k[i], 0, sizeof(dtok));
		{
			int			nd = 0;

			p->k[i].pnum = (int16_t) plain_num_of(doc, i, &nd);
			p->k[i].ndigits = (uint8_t) nd;
		}
		if (t->type != TF_TOK_WORD || !(t->flags & TF_TF_ASCII) || n > TF_LEX_MAX_WORD)
			continue;
		tf_ascii_lower_copy(buf, doc->text + t->bstart, n);
		buf[n] = '\0';
		if (buf[0] < 'a' || buf[0] > 'z' ||
			!(n == 1 ? (pairs[buf[0] - 'a'] & (1u << 26)) :
			  (buf[1] >= 'a' && buf[1] <= 'z' && (pairs[buf[0] - 'a'] & (1u << (buf[1] - 'a'))))))
			continue;
		e = tf_lex_find(buf, n);
		if (e)
		{
			p->k[i].kind = e->date.cls;
			p->k[i].val = e->date.val;
			p->k[i].flags = (uint8_t) (e->date.flags | (scale_word(e) ? DT_SCALE : 0));
		}
	}
}

void
tf_recognize_dates(tf_doc *doc)
{
	dparse		p;
	const tf_date *ref = &doc->opts->ref_date;

	if (doc->ntok == 0)
		return;
	memset(&p, 0, sizeof(p));
	p.doc = doc;
	/* a reference date outside years 1-9999 (or not a date) counts as none */
	if (ref->y != 0 && tf_date_valid(ref))
	{
		p.has_ref = true;
		p.ref = *ref;
		p.refz = tf_days_from_civil(ref->y, ref->m, ref->d);
	}
	p.k = tf_alloc_array(doc->a, (size_t) doc->ntok, sizeof(dtok));
	classify(&p);

	for (int i = 0; i < doc->ntok; i++)
	{
		dmatch		m;

		TF_TICK(doc);
		if (doc->tok[i].claimed || !match_at(&p, i, 0, false, &m) ||
			!tf_span_free(doc, m.first, m.last))
			continue;
		try_range(&p, &m);
		emit(&p, &m);
		i = m.last;
	}
	doc->a->free(doc->a->ctx, p.k);
}
