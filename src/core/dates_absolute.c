/*
 * dates_absolute.c — calendar dates written with a month and a day: "October
 * 8, 2024", "8 October 2024", "the fourth of May", numeric dates
 * ("2024-10-08", "13.5.2015", "02/22/2016") and a month alone ("in May").
 *
 * Month names that are also words or names (May, March, August, and every
 * abbreviation) are dates only with a date around them: a day or a year, or
 * a preposition such as "in", "since", "until" before them.
 */
#include "dates_internal.h"

/* *m = tokens [first, last], the day y-mon-day written with its year */
static void
set_day_match(dmatch *m, int first, int last, int y, int mon, int day)
{
	set_match(m, first, last, dv_make(DG_DAY, y, mon));
	m->a.d = day;
	m->a.yexp = true;
}

/*
 * *m = tokens [first, last], the day mon-d of year y (resolved against the
 * reference when y is 0) and, when d2 is not 0, the range to mon-d2
 */
static void
set_days_match(dparse *p, dmatch *m, int first, int last, int y, int mon, int d, int d2)
{
	if (y)
		set_day_match(m, first, last, y, mon, d);
	else
		set_match(m, first, last, dt_res_month_day(p, mon, d, dt_tense_dir(p, first)));
	if (d2)
	{
		m->b = m->a;
		m->b.d = d2;
		m->range = true;
	}
}

/* a real day of years 1000-2999 */
static bool
day_ok(int y, int mon, int day)
{
	return y >= 1000 && y <= 2999 && mon >= 1 && mon <= 12 && day >= 1 &&
		day <= tf_days_in_month(y, mon);
}

/* words after "the March" that make it a noun, not a month: "the March for Life" */
static const char *const function_words[] = {
	"for", "on", "of", "to", "in", "and", "or", "from", "at", "by", "with",
	"is", "was", "will", "has", "had", "be", "that", "which", NULL
};

/* a month name alone (no day, no year): is it a date here? */
static bool
month_alone_ok(const dparse *p, int i, bool relaxed)
{
	int			f = word_flags(p, i);
	bool		lower = (tok(p, i)->flags & TF_TF_LOWER) != 0;
	int			next = i + 1;

	if ((f & DWF_AMBIG) && possessive_after(p, i))
		return false;			/* "May's government" */
	if (relaxed)
		return true;
	if (is_any_word(p, i - 1, dt_date_preps))
	{
		if (f & DWF_AMBIG)
		{
			/* "may" and "march" in lower case are verbs; "May Jones" a name */
			if (lower)
				return false;
			if (tok_ok(p, next) && tok(p, next)->type == TF_TOK_WORD &&
				(tok(p, next)->flags & TF_TF_CAP) && word_class(p, next) == DW_NONE)
				return false;
		}
		return true;
	}
	/* "the March elections", "inconclusive March elections" */
	if ((f & DWF_AMBIG) && !lower && tok_ok(p, i - 1) && tok(p, i - 1)->type == TF_TOK_WORD &&
		(tok(p, i - 1)->flags & TF_TF_LOWER) && tok_ok(p, next) &&
		tok(p, next)->type == TF_TOK_WORD && (tok(p, next)->flags & TF_TF_LOWER) &&
		word_class(p, next) == DW_NONE && !is_any_word(p, next, function_words))
		return true;
	if (f & (DWF_ABBR | DWF_AMBIG))
		return false;
	/* a full month name alone, unless it is part of a name ("June Carter") */
	if (tok_ok(p, next) && tok(p, next)->type == TF_TOK_WORD &&
		(tok(p, next)->flags & TF_TF_CAP) && word_class(p, next) == DW_NONE &&
		!(tok(p, next)->flags & TF_TF_SENT_START))
		return false;
	if (tok_ok(p, i - 1) && tok(p, i - 1)->type == TF_TOK_WORD &&
		(tok(p, i - 1)->flags & TF_TF_CAP) && !(tok(p, i)->flags & TF_TF_SENT_START) &&
		word_class(p, i - 1) == DW_NONE)
		return false;
	return true;
}

/* a word that joins the two days of a range: "-", "to", "through", "until", "till", "and" */
static bool
day_range_word(const dparse *p, int c)
{
	return is_dash(p, c) || is_word(p, c, "to") || is_word(p, c, "through") ||
		is_word(p, c, "until") || is_word(p, c, "till") || is_word(p, c, "and");
}

/* the second day of a range, after the joining word at token c ("the" may stand before it) */
static int
range_day_at(const dparse *p, int c, int *last, bool *ord)
{
	int			u = c + 1;

	if (is_word(p, u, "the"))
		u++;
	return dt_day_at(p, u, last, ord);
}

/*
 * The rest of "October 8", the month at token i and day d (read up to token
 * dl) after it: a range of days ("November 19-20", "15th through 19th") and
 * the year ("October 8, 2024", "january 12 of 2016").
 */
static bool
month_day(dparse *p, int i, int mon, int d, int dl, bool ord, dmatch *m)
{
	int			c,
				e = dl,
				t,
				y = 0,
				d2 = 0;
	bool		yexp,
				bad;

	/* a range of days in the month: "November 19-20", "15th through 19th" */
	c = e + 1;
	if (day_range_word(p, c))
	{
		bool		ord2;
		int			dl2,
					dd = range_day_at(p, c, &dl2, &ord2);

		if (dd > d && word_class(p, dl2 + 1) != DW_MONTH && !dt_figure_follows(p, dl2 + 1) &&
			(ord2 || dt_ends_clean(p, dl2)) &&
			(!is_word(p, c, "and") || is_word(p, i - 1, "between")))
		{
			d2 = dd;
			e = dl2;
		}
	}
	/* "May 5.5", "March 3-4-5": a day glued to more numbers is not one */
	if (!d2 && !ord && !dt_ends_clean(p, dl))
		return false;
	/* the year: "October 8, 2024", "january 12 of 2016" */
	if (dt_year_spec(p, e + 1, &y, &yexp, &t, &bad) && yexp)
		e = t;
	else
		y = 0;
	if (d > tf_days_in_month(y ? y : 2000, mon) ||
		d2 > tf_days_in_month(y ? y : 2000, mon))
		return false;
	set_days_match(p, m, i, e, y, mon, d, d2);
	return true;
}

/* "October 8, 2024", "Oct. 8", "September 2023", "June next year", "in May" */
bool
dt_m_month_first(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			mon,
				k,
				t,
				d,
				dl,
				y = 0;
	bool		ord,
				the = false,
				dotted = false,
				yexp,
				bad;

	if (word_class(p, i) != DW_MONTH)
		return false;
	mon = word_value(p, i);
	k = i + 1;
	if (is_char(p, k, '.') && glued(p, i) && tok_ok(p, k + 1) &&
		!(tok(p, k + 1)->flags & TF_TF_SENT_START))
	{
		dotted = true;			/* "Oct." joins only if the date goes on */
		k++;
	}
	else if ((is_dash(p, k) || is_char(p, k, '/')) && glued(p, i) && glued(p, k))
		k++;					/* "jan-1", "jan/1" */

	/* a day: "October 8", "Oct. 8th", "May the eleventh", "may twenty-first" */
	t = k;
	if (is_word(p, t, "the"))
	{
		the = true;
		t++;
	}
	else if (is_char(p, t, ',') && (word_class(p, t + 1) == DW_ORD || is_any_word(p, t + 2, dt_ord_suffixes)))
		t++;					/* "october, 1st" */
	d = dt_day_at(p, t, &dl, &ord);
	if (d && (the && !ord))
		d = 0;
	if (d && !ord && (word_flags(p, i) & DWF_AMBIG) && (tok(p, i)->flags & TF_TF_LOWER) &&
		tok_ok(p, dl + 1) && tok(p, dl + 1)->type == TF_TOK_WORD)
		d = 0;					/* "they may 2 ..." */
	if (d && dt_figure_follows(p, dl + 1))
		d = 0;
	if (d)
		return month_day(p, i, mon, d, dl, ord, m);
	if (k != i + 1 && !dotted)
		return false;			/* "jan-" without a day */

	/* a month and a year: "September 2023", "January, 2001", "June of 2020" */
	if (dt_year_spec(p, k, &y, &yexp, &t, &bad))
	{
		dval		v = dv_make(DG_MONTH, y, mon);

		v.yexp = yexp;
		set_match(m, i, t, v);
		return true;
	}
	if (dotted)
	{
		/* "in Oct." — the full stop is not part of the date */
		if (dt_year_spec(p, i + 1, &y, &yexp, &t, &bad))
			return false;
	}
	if (!month_alone_ok(p, i, relaxed))
		return false;
	set_match(m, i, i, dt_res_month(p, mon, dt_tense_dir(p, i), false));
	return true;
}

/* "8 October 2024", "8th of October", "the fourth of May", "16. nov. 2016" */
bool
dt_m_day_first(dparse *p, int i, bool relaxed, dmatch *m)
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

	the = skip_the(p, &t);
	d = dt_day_at(p, t, &dl, &ord);
	if (!d || (the && !ord))
		return false;
	if (tok(p, t)->type == TF_TOK_NUMBER && !dt_starts_clean(p, t))
		return false;
	if (!the && tok_ok(p, t - 1) &&
		(tok(p, t - 1)->type == TF_TOK_SYMBOL || tok(p, t - 1)->type == TF_TOK_NUMBER))
		return false;			/* "$8 October", "2 8 October" */
	u = dl + 1;
	if (is_char(p, u, '.') && glued(p, dl) && word_class(p, u + 1) == DW_MONTH)
		u++;					/* "16. nov. 2016" */
	else if (is_dash(p, u) && glued(p, dl) && glued(p, u) && word_class(p, u + 1) == DW_MONTH)
		u++;					/* "1-jan" */
	else if (day_range_word(p, u))
	{
		/* a range of days: "2 to 7 Feb", "4-22 January, 2017" */
		bool		ord2;
		int			dl2,
					dd = range_day_at(p, u, &dl2, &ord2);

		if (dd > d && (word_class(p, dl2 + 1) == DW_MONTH ||
					   (is_word(p, dl2 + 1, "of") && word_class(p, dl2 + 2) == DW_MONTH)) &&
			(!is_word(p, u, "and") || is_word(p, i - 1, "between")))
		{
			d2 = dd;
			u = dl2 + 1;
		}
	}
	if (is_word(p, u, "of"))
	{
		of = true;
		u++;
	}
	if (word_class(p, u) != DW_MONTH)
		return false;
	mon = word_value(p, u);
	/* "1 may" is not a date; "1st May", "1 May 2024" and "the first of may" are */
	if ((word_flags(p, u) & DWF_AMBIG) && (tok(p, u)->flags & TF_TF_LOWER) && !ord && !of &&
		!year_at(p, u + 1))
		return false;
	/* a day in words needs "of" or "the": "fourth of may", not "second March" */
	if (tok(p, t)->type == TF_TOK_WORD && !of && !the)
		return false;
	e = u;
	{
		int			v = u + 1;

		if (is_char(p, v, '.') && glued(p, u) && (word_flags(p, u) & DWF_ABBR))
			v++;
		if (dt_year_spec(p, v, &y, &yexp, &yl, &bad) && yexp)
			e = yl;
		else
			y = 0;
	}
	if (d > tf_days_in_month(y ? y : 2000, mon) || d2 > tf_days_in_month(y ? y : 2000, mon))
		return false;
	if (dt_figure_follows(p, e + 1))
		return false;			/* "3-Apr%": a spreadsheet's mangled range */
	set_days_match(p, m, i, e, y, mon, d, d2);
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

/* one number token with dots: "13.5.2015", "2015.5.13" */
static bool
numeric_dotted(dparse *p, int i, dmatch *m)
{
	const char *s = tf_tok_text(p->doc, i);
	size_t		n = tf_tok_len(p->doc, i);
	int			part[3] = {0, 0, 0},
				len[3] = {0, 0, 0},
				np = 0,
				a,
				mon,
				day;

	if (n > 10 || !dt_ends_clean(p, i))
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
	if (!day_ok(a, mon, day))
		return false;
	set_day_match(m, i, i, a, mon, day);
	return true;
}

/*
 * Three numbers a SEP b SEP c at token i (b may be a month's name, nb 0):
 * year first ("2024-10-08", "2019-sep-1") or last ("02/22/2016", "21/04/16").
 */
static bool
numeric_three_parts(dparse *p, int i, int a, int na, int b, int nb, int c, int nc, dmatch *m)
{
	int			y,
				mon,
				day;

	if (!dt_ends_clean(p, i + 4))
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
		y = nc == 4 ? c : dt_full_year(p, c);
	else
		return false;
	if (!day_ok(y, mon, day))
		return false;
	set_day_match(m, i, i + 4, y, mon, day);
	return true;
}

/*
 * Numeric dates: "2024-10-08", "2015/08/12", "2019-sep-1", "13.5.2015",
 * "02/22/2016", "21/04/16", "11/2016", "2016-11", "2023-24"; a day and
 * month written D/M or M/D only where no reading is ambiguous.
 */
bool
dt_m_numeric(dparse *p, int i, bool relaxed, dmatch *m)
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

	if (!tok_ok(p, i) || tok(p, i)->type != TF_TOK_NUMBER || !dt_starts_clean(p, i))
		return false;
	if (plain_num(p, i, &na) < 0)
		return numeric_dotted(p, i, m);

	a = plain_num(p, i, &na);
	if (!(is_char(p, i + 1, '/') || is_dash(p, i + 1)) || !glued(p, i) || !glued(p, i + 1))
		return false;
	sep = tf_tok_cp(p->doc, i + 1);
	b = plain_num(p, i + 2, &nb);
	if (b < 0 && !(na == 4 && word_class(p, i + 2) == DW_MONTH))
		return false;
	if (b < 0)
	{
		nb = 0;
		b = word_value(p, i + 2);		/* "2019-sep-1" */
	}
	/* a third part */
	if (is_char(p, i + 3, sep) && glued(p, i + 2) && glued(p, i + 3) &&
		(c = plain_num(p, i + 4, &nc)) >= 0)
		return numeric_three_parts(p, i, a, na, b, nb, c, nc, m);
	if (!dt_ends_clean(p, i + 2) || nb == 0)
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
		!(tok_ok(p, i - 1) && tok(p, i - 1)->type == TF_TOK_NUMBER))
	{
		set_match(m, i, i + 2, dv_make(DG_MONTH, b, a));
		m->a.yexp = true;
		return true;
	}
	/* "4/22", "22/04": only after a date preposition or a weekday */
	if (sep == '/' && na <= 2 && nb <= 2 && day_month_order(a, b, &mon, &day) &&
		(relaxed || is_any_word(p, i - 1, slash_preps) || word_class(p, i - 1) == DW_WEEKDAY) &&
		!(tok_ok(p, i - 1) && tok(p, i - 1)->type == TF_TOK_NUMBER))
	{
		if (day > tf_days_in_month(2000, mon))
			return false;
		set_match(m, i, i + 2, dt_res_month_day(p, mon, day, dt_tense_dir(p, i)));
		return true;
	}
	return false;
}

/* "the month of May", "month of September" */
bool
dt_m_month_of(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i;

	if (is_word(p, t, "the"))
		t++;
	if (!(word_class(p, t) == DW_PERIOD && word_value(p, t) == PERIOD_MONTH && !(word_flags(p, t) & DWF_PLURAL)) ||
		!is_word(p, t + 1, "of") || word_class(p, t + 2) != DW_MONTH)
		return false;
	if (!dt_m_month_first(p, t + 2, true, m))
		return false;
	m->first = i;
	return true;
}
