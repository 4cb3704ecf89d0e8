/*
 * dates_resolve.c — what a date means: its value (granularity, year, month,
 * week, ...), the days it covers, its TIMEX3 value, and the resolution of a
 * relative date against the reference date (the article's date) in the
 * direction of time its sentence gives.
 *
 * A weekday or a month without a year is the nearest one in that direction,
 * the past in news unless a future marker ("will", "'ll", "scheduled",
 * "plans to") says otherwise; "last"/"next" are strict ("last Tuesday" is
 * before the reference day).  Without a reference date relative dates stay
 * underspecified (XXXX-09, XXXX-WXX-2, PRESENT_REF) and cover no days: the
 * engine never reads the clock.
 */
#include "dates_internal.h"

#include <stdio.h>

static const char *const season_code[4] = {"SP", "SU", "FA", "WI"};

dval
dt_dv_day(int64_t z)
{
	tf_date		c = tf_civil_from_days(z);
	dval		v = dv_make(DG_DAY, c.y, c.m);

	v.d = c.d;
	return v;
}

dval
dt_dv_week(int64_t z, dgran g)
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
bool
dt_dv_range(const dval *v, int64_t *from, int64_t *to)
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
			/*
			 * The calendar ends on 9999-12-31, a Friday: the last ISO week
			 * of 9999 covers its first five days, and its weekend none.
			 */
			if (*to > tf_days_from_civil(9999, 12, 31))
				*to = tf_days_from_civil(9999, 12, 31);
			return *from <= *to;
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

char *
dt_put_num(char *out, int v, int width)
{
	char		digits[12];
	int			n = 0;

	do
	{
		digits[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0 && n < (int) sizeof(digits));
	while (n < width && n < (int) sizeof(digits))
		digits[n++] = '0';
	while (n > 0)
		*out++ = digits[--n];
	return out;
}

bool
dt_put_ymd(char *buf, size_t size, const char *ys, int nparts, int n, int d)
{
	size_t		yl = strlen(ys);
	char	   *o = buf + yl;

	if (n < 0 || n > 99 || d < 0 || d > 99 || yl + 7 > size)
		return false;
	memcpy(buf, ys, yl);
	if (nparts >= 1)
	{
		*o++ = '-';
		o = dt_put_num(o, n, 2);
	}
	if (nparts >= 2)
	{
		*o++ = '-';
		o = dt_put_num(o, d, 2);
	}
	*o = '\0';
	return true;
}

/* the constant value s (no '%') into buf, as snprintf(buf, size, s) writes it */
static void
put_const(char *buf, size_t size, const char *s)
{
	size_t		n = strlen(s);

	if (size == 0)
		return;
	if (n >= size)
		n = size - 1;			/* cut, as snprintf does */
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* the TIMEX3 value of v into buf (at least 32 bytes) */
void
dt_dv_norm(const dval *v, char *buf, size_t size)
{
	char		ys[16];

	/* a year of the range the stage keeps (1-9999) without snprintf */
	if (v->y >= 1 && v->y <= 9999)
		*dt_put_num(ys, v->y, 4) = '\0';
	else if (v->y)
		snprintf(ys, sizeof(ys), "%04d", v->y);
	else
		strcpy(ys, "XXXX");
	switch (v->g)
	{
		case DG_DAY:
			if (!v->y && v->dow)
			{
				/* a weekday without a reference date, the commonest value of news */
				if (v->dow >= 0 && v->dow <= 9 && size > 10)
				{
					memcpy(buf, "XXXX-WXX-", 9);
					*dt_put_num(buf + 9, v->dow, 1) = '\0';
				}
				else
					snprintf(buf, size, "XXXX-WXX-%d", v->dow);
			}
			else if (v->n)
			{
				if (!dt_put_ymd(buf, size, ys, 2, v->n, v->d))
					snprintf(buf, size, "%s-%02d-%02d", ys, v->n, v->d);
			}
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
			if (!dt_put_ymd(buf, size, ys, 1, v->n, 0))
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
			if (!dt_put_ymd(buf, size, ys, 0, 0, 0))
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
			put_const(buf, size, "PRESENT_REF");
			break;
		case DG_PAST:
			put_const(buf, size, "PAST_REF");
			break;
		case DG_FUTURE:
			put_const(buf, size, "FUTURE_REF");
			break;
	}
}

/* what a word says of the time of its clause (tense_words) */
typedef enum tense_class
{
	TENSE_FUTURE = 1,			/* "will", "upcoming", "tomorrow" */
	TENSE_FUTURE_VERB,			/* the future before "to": "plans to", "is set to" */
	TENSE_PAST					/* "said", "was", "ago" */
} tense_class;

typedef struct tense_word
{
	const char *word;
	tense_class cls;
} tense_word;

/*
 * Sorted by bytes for tf_sorted_find: dt_tense_dir asks about seven words
 * around each date, one lookup each rather than a walk of the lists.
 */
static const tense_word tense_words[] = {
	{"ago", TENSE_PAST}, {"aims", TENSE_FUTURE_VERB}, {"began", TENSE_PAST},
	{"came", TENSE_PAST}, {"did", TENSE_PAST}, {"due", TENSE_FUTURE_VERB},
	{"expected", TENSE_FUTURE_VERB}, {"expects", TENSE_FUTURE_VERB},
	{"fell", TENSE_PAST}, {"fled", TENSE_PAST}, {"gave", TENSE_PAST},
	{"going", TENSE_FUTURE_VERB}, {"grew", TENSE_PAST}, {"had", TENSE_PAST},
	{"held", TENSE_PAST}, {"hit", TENSE_PAST}, {"intends", TENSE_FUTURE_VERB},
	{"led", TENSE_PAST}, {"left", TENSE_PAST}, {"ll", TENSE_FUTURE},
	{"lost", TENSE_PAST}, {"made", TENSE_PAST}, {"met", TENSE_PAST},
	{"paid", TENSE_PAST}, {"plan", TENSE_FUTURE_VERB},
	{"planned", TENSE_FUTURE_VERB}, {"plans", TENSE_FUTURE_VERB},
	{"rose", TENSE_PAST}, {"said", TENSE_PAST}, {"saw", TENSE_PAST},
	{"scheduled", TENSE_FUTURE}, {"sent", TENSE_PAST},
	{"set", TENSE_FUTURE_VERB}, {"shall", TENSE_FUTURE}, {"shot", TENSE_PAST},
	{"slated", TENSE_FUTURE}, {"spoke", TENSE_PAST}, {"struck", TENSE_PAST},
	{"told", TENSE_PAST}, {"tomorrow", TENSE_FUTURE}, {"took", TENSE_PAST},
	{"upcoming", TENSE_FUTURE}, {"was", TENSE_PAST}, {"went", TENSE_PAST},
	{"were", TENSE_PAST}, {"will", TENSE_FUTURE}, {"won", TENSE_PAST},
	{"wrote", TENSE_PAST},
};

#define NTENSE_WORDS (sizeof(tense_words) / sizeof(tense_words[0]))

/* a buffer for a word of tense_words, and the bits of tense_lens: every one is shorter */
#define TENSE_MAX_WORD 16

/*
 * Per call rather than once (no global state): a few hundred instructions,
 * against the search it spares most of the words around each date.
 */
void
dt_tense_init(dparse *p)
{
	memset(p->tense_lens, 0, sizeof(p->tense_lens));
	if (!p->has_ref)
		return;					/* dt_tense_dir reads no word then */
	for (size_t k = 0; k < NTENSE_WORDS; k++)
	{
		const char *w = tense_words[k].word;
		size_t		n = strlen(w);

		if (w[0] >= 'a' && w[0] <= 'z' && n < TENSE_MAX_WORD)
			p->tense_lens[w[0] - 'a'] |= (uint16_t) (1u << n);
	}
}

/* the tense a word marks: +1 future, -1 past, 0 none */
static int
tense_of(const dparse *p, int k)
{
	const char *w = tf_tok_text(p->doc, k);
	size_t		n = tf_tok_len(p->doc, k);
	char		c = tf_ascii_lower(w[0]);
	const tense_word *tw = NULL;

	/* a word of tense_words only if one has its initial and its length */
	if (tok(p, k)->type == TF_TOK_WORD && n < TENSE_MAX_WORD && c >= 'a' && c <= 'z' &&
		(p->tense_lens[c - 'a'] & (1u << n)))
	{
		char		key[TENSE_MAX_WORD];

		tf_ascii_lower_copy(key, w, n);
		key[n] = '\0';
		tw = tf_sorted_find(tense_words, NTENSE_WORDS, sizeof(tense_word), key);
	}
	if (tw != NULL && tw->cls == TENSE_FUTURE)
		return 1;
	if (is_word(p, k, "won") && is_apos(p, k + 1) && is_word(p, k + 2, "t"))
		return 1;
	if (tw != NULL && tw->cls == TENSE_FUTURE_VERB && is_word(p, k + 1, "to") &&
		!(is_word(p, k, "set") && !is_word(p, k - 1, "is") && !is_word(p, k - 1, "are")))
		return 1;
	if (tw != NULL && tw->cls == TENSE_PAST)
		return -1;
	/* "arrested", "announced": a past tense or participle */
	if (n > 4 && (tok(p, k)->flags & TF_TF_LOWER) && w[n - 2] == 'e' && w[n - 1] == 'd')
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
int
dt_tense_dir(const dparse *p, int i)
{
	uint32_t	s = tok(p, i)->sentence;
	int			left = 0,
				right = 0,
				ldist = 0,
				rdist = 0;
	bool		comma = false;

	/*
	 * Without a reference date no value depends on the direction: the
	 * dt_res_* functions leave the year unknown, and the callers that read it
	 * themselves ask only with one.
	 */
	if (!p->has_ref)
		return -1;
	for (int dist = 1; dist <= 20 && (left == 0 || right == 0); dist++)
	{
		int			k = i - dist;

		if (left == 0 && tok_ok(p, k) && tok(p, k)->sentence == s &&
			tok(p, k)->type == TF_TOK_WORD && (left = tense_of(p, k)) != 0)
			ldist = dist;
		k = i + dist;
		if (right == 0 && tok_ok(p, k) && tok(p, k)->sentence == s)
		{
			if (tf_tok_cp(p->doc, k) == ',' || tf_tok_cp(p->doc, k) == ';')
				comma = true;
			else if (tok(p, k)->type == TF_TOK_WORD && (right = tense_of(p, k)) != 0)
				rdist = dist;
		}
	}
	if (left != 0 && (right == 0 || ldist <= rdist || comma))
		return left;
	if (right != 0)
		return right;
	/*
	 * "markets stay shut until Friday": with no tense marked, "until" (and
	 * "till") before the date points forward, to where the state ends
	 */
	if (is_word(p, i - 1, "until") || is_word(p, i - 1, "till") ||
		(is_word(p, i - 2, "until") && is_word(p, i - 1, "next")))
		return 1;
	return -1;
}

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

dval
dt_res_month(const dparse *p, int m, int dir, bool strict)
{
	if (!p->has_ref)
		return dv_make(DG_MONTH, 0, m);
	return dv_make(DG_MONTH, pick_year(p->ref.y, p->ref.m, m, dir, strict), m);
}

dval
dt_res_quarter(const dparse *p, dgran g, int q, int dir)
{
	int			len = g == DG_QUARTER ? 3 : 6;

	if (!p->has_ref)
		return dv_make(g, 0, q);
	return dv_make(g, pick_year(p->ref.y, (p->ref.m - 1) / len + 1, q, dir, false), q);
}

/* a month and day without a year */
dval
dt_res_month_day(const dparse *p, int m, int d, int dir)
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
dval
dt_res_day_only(const dparse *p, int d, int dir)
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
dval
dt_res_weekday(const dparse *p, int wd, int dir, bool strict)
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
		return dt_dv_day(p->refz - delta);
	}
	delta = (wd - rw + 7) % 7;
	if (strict && delta == 0)
		delta = 7;
	return dt_dv_day(p->refz + delta);
}

/* the season (1-4) and its year of day z; winter belongs to the year of its December */
void
dt_season_of(int64_t z, int *y, int *s)
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

dval
dt_res_season(const dparse *p, int s, int dir, bool strict)
{
	int			ry,
				rs;

	if (!p->has_ref)
		return dv_make(DG_SEASON, 0, s);
	dt_season_of(p->refz, &ry, &rs);
	return dv_make(DG_SEASON, pick_year(ry, rs, s, dir, strict), s);
}

/*
 * A calendar unit (PERIOD_*) moved by k from the day z: "last week" is the ISO
 * week of z - 7, "next quarter" the quarter after z's.
 */
dval
dt_unit_shift(int64_t z, int unit, int k)
{
	tf_date		c = tf_civil_from_days(z);
	int			y = c.y,
				m = c.m;

	switch (unit)
	{
		case PERIOD_DAY:
			return dt_dv_day(z + k);
		case PERIOD_WEEK:
			return dt_dv_week(z + 7 * (int64_t) k, DG_WEEK);
		case PERIOD_WEEKEND:
			return dt_dv_week(z + 7 * (int64_t) k, DG_WEEKEND);
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
bool
dt_anaphor_base(const dparse *p, int i, int64_t *z)
{
	if (p->has_anchor && tok(p, i)->sentence <= p->anchor_sentence + 1)
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

dval
dt_dv_unresolved(int k)
{
	return dv_make(k < 0 ? DG_PAST : k > 0 ? DG_FUTURE : DG_PRESENT, 0, 0);
}
