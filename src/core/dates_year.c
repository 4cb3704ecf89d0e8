/*
 * dates_year.c — years and the parts of years: a bare year ("in 2024", "the
 * 2024 election"), ranges of years, decades and centuries, quarters and
 * halves ("Q3 2024", "the first half of next year"), fiscal years and
 * seasons.
 *
 * A bare year (four digits, no grouping) is a date in a date context: after
 * "in", "since", "by", "during", ...; between a determiner and a noun ("the
 * 2024 election"); before a possessive ("2024's"); never when a unit, a
 * scale or a counted noun follows it ("in 2000 people", "2024 tonnes") and
 * never with grouping ("2,024 people").
 */
#include "dates_internal.h"

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

	if (is_word(p, prev, "by") && is_any_word(p, prev - 1, change_words))
		return false;
	if (is_any_word(p, prev, year_preps))
		return true;
	if (is_word(p, prev, "of") && is_any_word(p, prev - 1, year_of_words))
		return true;
	if (possessive_after(p, i))
		return y >= 1900 && y <= 2099;
	/* "in 2019 and 2020", "2019, 2020 or 2021" */
	if ((is_word(p, prev, "and") || is_word(p, prev, "or") || is_char(p, prev, ',')) &&
		tok_ok(p, prev - 1) && tok(p, prev - 1)->claimed == 1 + TF_DATE)
		return true;
	if (y < 1900 || y > 2099)
		return false;
	/*
	 * "the 2024 election", "Pakistan's 2023 budget", "the 2005 elections":
	 * news groups the digits of counts ("the 2,000 workers"), so an ungrouped
	 * 19xx or 20xx between a determiner and a word is a year.
	 */
	if ((is_any_word(p, prev, determiners) ||
		 (is_word(p, prev, "s") && is_apos(p, prev - 1) && glued(p, prev - 2))) &&
		tok_ok(p, next) && tok(p, next)->type == TF_TOK_WORD)
		return true;
	/* "a disputed 2005 vote", "the bloody 1989 crackdown" */
	if (tok_ok(p, prev) && tok(p, prev)->type == TF_TOK_WORD && (tok(p, prev)->flags & TF_TF_LOWER) &&
		word_class(p, prev) == DW_NONE && is_any_word(p, prev - 1, determiners) &&
		tok_ok(p, next) && tok(p, next)->type == TF_TOK_WORD)
		return true;
	/* "back to 1990 levels" */
	if (is_word(p, next, "levels") || is_word(p, next, "level"))
		return true;
	/* "invaded by Italy (1940)" */
	if (is_char(p, prev, '(') && is_char(p, next, ')'))
		return true;
	/* "the Banking Act of 2002", "the 1996 Wimbledon champion", "class of 2024" */
	if (is_word(p, prev, "of") && tok_ok(p, prev - 1) && tok(p, prev - 1)->type == TF_TOK_WORD &&
		(tok(p, prev - 1)->flags & TF_TF_CAP) && !(tok(p, prev - 1)->flags & TF_TF_SENT_START) &&
		!(tok_ok(p, next) && tok(p, next)->type == TF_TOK_WORD && (tok(p, next)->flags & TF_TF_LOWER)))
		return true;
	/* "2023 was a hard year", "says 2007 was one of the deadliest" */
	if (is_any_word(p, next, year_verbs))
		return true;
	return false;
}

/*
 * "1998 - 2002", "1950 - 53", "2008 - 9", "1990 to 1995": a range of years,
 * the second written in full or by its last digits, spaced or not.
 */
bool
dt_m_year_range(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			a = year_at(p, i),
				b,
				nd,
				c = i + 1;

	if (!a || !dt_starts_clean(p, i) || (tok_ok(p, i - 1) && tok(p, i - 1)->type == TF_TOK_SYMBOL))
		return false;
	if (!(is_dash(p, c) || (is_word(p, c, "to") && year_at(p, c + 1))))
		return false;
	b = plain_num(p, c + 1, &nd);
	if (b < 0 || !dt_ends_clean(p, c + 1) || dt_figure_follows(p, c + 2) ||
		(tok_ok(p, c + 2) && tok(p, c + 2)->type == TF_TOK_NUMBER))
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
bool
dt_m_year(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				nd,
				v,
				y,
				e;
	bool		the = false;

	the = skip_the(p, &t);
	/* "the seventies" */
	if (the && word_class(p, t) == DW_DECADE)
	{
		set_match(m, i, t, dv_make(DG_DECADE, decade_year(p, word_value(p, t)), 0));
		return true;
	}
	/* "the nineteen seventies": a century word and a decade */
	if (the && word_class(p, t + 1) == DW_DECADE && (v = dt_century_at(p, t)) > 0)
	{
		set_match(m, i, t + 1, dv_make(DG_DECADE, v * 100 + word_value(p, t + 1), 0));
		return true;
	}
	/* "the twenty-tens", "the nineteen tens": "tens" is a decade only after a century */
	if (the && (word_flags(p, t) & DWF_CENTURY) && is_dash(p, t + 1) && is_word(p, t + 2, "tens") &&
		word_class(p, t) == DW_TENS)
	{
		set_match(m, i, t + 2, dv_make(DG_DECADE, 2010, 0));
		return true;
	}
	if (the && (v = dt_century_at(p, t)) > 0 && is_word(p, t + 1, "tens"))
	{
		set_match(m, i, t + 1, dv_make(DG_DECADE, v * 100 + 10, 0));
		return true;
	}
	/* "in nineteen twenty-eight", "since two thousand and five": a year in words */
	if (!the && (y = dt_spelled_year(p, t, &e)) > 0 && is_any_word(p, i - 1, dt_date_preps) &&
		!dt_figure_follows(p, e + 1))
	{
		dval		a = dv_make(DG_YEAR, y, 0);

		a.yexp = true;
		set_match(m, i, e, a);
		return true;
	}
	/* "'70s", "’90s" */
	if (is_apos(p, t) && glued(p, t) && (v = plain_num(p, t + 1, &nd)) >= 0 &&
		nd == 2 && v % 10 == 0 && glued(p, t + 1) && is_word(p, t + 2, "s"))
	{
		set_match(m, i, t + 2, dv_make(DG_DECADE, decade_year(p, v), 0));
		return true;
	}
	v = plain_num(p, t, &nd);
	if (v >= 0 && v % 10 == 0 && (nd == 4 || (nd == 2 && the)) && dt_starts_clean(p, t))
	{
		int			e = -1;

		/* "1990s", "1970's" */
		if (glued(p, t) && is_word(p, t + 1, "s"))
			e = t + 1;
		else if (glued(p, t) && is_apos(p, t + 1) && glued(p, t + 1) && is_word(p, t + 2, "s"))
			e = t + 2;
		if (e >= 0)
		{
			y = nd == 4 ? v : decade_year(p, v);
			if (y < 1000 || y > 2990 || dt_figure_follows(p, e + 1))
				return false;
			set_match(m, i, e, dv_make(DG_DECADE, y, 0));
			return true;
		}
	}
	/* "the 20th century", "the nineteenth century": the 1900s, 19XX */
	{
		int			c = 0,
					e = t;

		if (word_class(p, t) == DW_ORD)
			c = word_value(p, t);
		else if ((v = plain_num(p, t, &nd)) >= 1 && v <= 30 && nd <= 2 && glued(p, t) &&
				 is_any_word(p, t + 1, dt_ord_suffixes))
		{
			c = v;
			e = t + 1;
		}
		else if (word_class(p, t) == DW_TENS && (is_dash(p, t + 1) || word_class(p, t + 1) == DW_ORD))
		{
			int			dl;
			bool		ord;

			c = dt_day_at(p, t, &dl, &ord);
			e = dl;
		}
		if (c >= 1 && c <= 30 && is_word(p, e + 1, "century") && (the || is_word(p, i - 1, "early") ||
															 is_word(p, i - 1, "late") || is_word(p, i - 1, "mid")))
		{
			set_match(m, i, e + 1, dv_make(DG_CENTURY, (c - 1) * 100, 0));
			return c > 1;		/* year 0 is not a year */
		}
	}
	/* "the year 2024", "year 2024" */
	if (word_class(p, t) == DW_PERIOD && word_value(p, t) == PERIOD_YEAR && !(word_flags(p, t) & DWF_PLURAL) &&
		(y = year_at(p, t + 1)) && dt_ends_clean(p, t + 1) && !dt_figure_follows(p, t + 2))
	{
		set_match(m, i, t + 1, dv_make(DG_YEAR, y, 0));
		m->a.yexp = true;
		return true;
	}
	if (the)
		return false;
	y = year_at(p, i);
	if (!y || !dt_starts_clean(p, i) || dt_figure_follows(p, i + 1))
		return false;
	if (!dt_ends_clean(p, i) && !possessive_after(p, i))
		return false;
	if (tok_ok(p, i - 1) && (tok(p, i - 1)->type == TF_TOK_SYMBOL ||
							 tok(p, i - 1)->type == TF_TOK_NUMBER ||
							 is_char(p, i - 1, '#')))
		return false;
	if (!relaxed && !year_context(p, i, y))
		return false;
	set_match(m, i, i, dv_make(DG_YEAR, y, 0));
	m->a.yexp = true;
	return true;
}

/*
 * The quarter or half at token t: "third quarter", "first-half", "Q3", "H1",
 * "3Q", "3Q24".  Sets *ov (its number), *g (quarter or half) and *e (its
 * last token); a year written into it ("3Q24") sets *y, *have_year and
 * *yexp.  i is where the match began; the: "the" stood before t.
 */
static bool
quarter_word(dparse *p, int i, int t, bool the, int *ov, dgran *g, int *e, int *y,
			 bool *have_year, bool *yexp)
{
	int			nd;

	if (word_class(p, t) == DW_ORD && word_value(p, t) <= 4)
	{
		*ov = word_value(p, t);
		*e = t + 1;
	}
	else if ((*ov = plain_num(p, t, &nd)) >= 1 && *ov <= 4 && nd == 1 && glued(p, t) &&
			 is_any_word(p, t + 1, dt_ord_suffixes))
		*e = t + 2;
	else
		*ov = 0;
	if (*ov)
	{
		if (is_dash(p, *e) && glued(p, *e - 1) && glued(p, *e))
			(*e)++;
		if (word_class(p, *e) == DW_PERIOD && word_value(p, *e) == PERIOD_QUARTER &&
			!(word_flags(p, *e) & DWF_PLURAL))
			*g = DG_QUARTER;
		else if (is_word(p, *e, "half") && *ov <= 2)
			*g = DG_HALF;
		else
			return false;
		/* "a third quarter of the votes" */
		if (!the && is_any_word(p, i - 1, determiners) && !is_word(p, i - 1, "the") &&
			!is_word(p, i - 1, "its") && !is_word(p, i - 1, "this"))
			return false;
	}
	else if ((is_word(p, t, "q") || is_word(p, t, "h")) && glued(p, t) &&
			 (*ov = plain_num(p, t + 1, &nd)) >= 1 && nd == 1 &&
			 *ov <= (is_word(p, t, "q") ? 4 : 2))
	{
		/* "Q3", "H1" */
		*g = is_word(p, t, "q") ? DG_QUARTER : DG_HALF;
		*e = t + 1;
		if (!dt_ends_clean(p, *e) && !(glued(p, *e) && is_char(p, *e + 1, ',')))
			return false;
	}
	else if ((*ov = plain_num(p, t, &nd)) >= 1 && nd == 1 && *ov <= 4 && glued(p, t) &&
			 (is_word(p, t + 1, "q") || (is_word(p, t + 1, "h") && *ov <= 2)) &&
			 dt_starts_clean(p, t))
	{
		/* "3Q", "3Q24", "1H 2025" */
		*g = is_word(p, t + 1, "q") ? DG_QUARTER : DG_HALF;
		*e = t + 1;
		if (glued(p, *e) && (*y = plain_num(p, *e + 1, &nd)) >= 0 && nd == 2 &&
			dt_ends_clean(p, *e + 1))
		{
			*y = dt_full_year(p, *y);
			*have_year = *yexp = true;
			(*e)++;
		}
		else if (glued(p, *e))
			return false;
	}
	else
		return false;
	return true;
}

/*
 * Quarters and halves: "Q3 2024", "Q3", "3Q24", "H1 2025", "the third
 * quarter of 2024", "third-quarter", "the first half of next year", "last
 * year's fourth quarter", "the third quarter of fiscal 2024".
 */
bool
dt_m_quarter(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				e = i,
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

	if (is_word(p, t, "the"))
	{
		the = true;
		t++;
	}
	else if (dt_rel_year_at(p, t, &k) && possessive_after(p, t + 1))
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

	if (!quarter_word(p, i, t, the, &ov, &g, &e, &y, &have_year, &yexp))
		return false;
	if (the && !ov)
		return false;

	if (!have_year)
	{
		int			v = e + 1;

		if (is_word(p, v, "of") && is_word(p, v + 1, "fiscal") && year_at(p, v + 2))
		{
			set_match(m, i, v + 2, dv_make(DG_FYQ, year_at(p, v + 2), ov));
			return g == DG_QUARTER;
		}
		if ((is_word(p, v, "fy") || (is_word(p, v, "of") && is_word(p, v + 1, "fy") && v++)) &&
			glued(p, v) && (y = plain_num(p, v + 1, &nd)) >= 0 && (nd == 2 || nd == 4) &&
			dt_ends_clean(p, v + 1))
		{
			set_match(m, i, v + 1, dv_make(DG_FYQ, nd == 2 ? dt_full_year(p, y) : y, ov));
			return g == DG_QUARTER;
		}
		if (dt_year_spec(p, v, &y, &yexp, &yl, &bad))
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
	set_match(m, i, e, dt_res_quarter(p, g, ov, dt_tense_dir(p, i)));
	return true;
}

/*
 * "the first week of May", "the second week of May 2024", "the third week
 * of 2027", "the last week of next year": the ISO week that holds the first
 * day of that seven-day stretch (days 1-7 of May are its first week; the
 * first week of a year is ISO week 1).  A month without a year is the
 * nearest one in the sentence's direction.  Not "the first week of the
 * war": of what follows "of" only a month or a year makes a date.
 */
bool
dt_m_week_of(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			n,
				v = i + 4,
				y = 0,
				yl,
				mo;
	bool		yexp = false,
				bad = false;
	int64_t		z;

	if (!is_word(p, i, "the") || word_class(p, i + 2) != DW_PERIOD ||
		word_value(p, i + 2) != PERIOD_WEEK || (word_flags(p, i + 2) & DWF_PLURAL) ||
		!is_word(p, i + 3, "of"))
		return false;
	if (word_class(p, i + 1) == DW_ORD && word_value(p, i + 1) >= 1 && word_value(p, i + 1) <= 5)
		n = word_value(p, i + 1);
	else if (is_word(p, i + 1, "last"))
		n = -1;
	else
		return false;
	if (word_class(p, v) == DW_MONTH)
	{
		dval		a;

		/* "of may" in lower case is the verb's, "of Jan" needs a year */
		if ((word_flags(p, v) & DWF_AMBIG) && (tok(p, v)->flags & TF_TF_LOWER))
			return false;
		mo = word_value(p, v);
		yl = v;
		if (year_at(p, v + 1))
		{
			y = year_at(p, v + 1);
			yl = v + 1;
		}
		else if (is_char(p, v + 1, ',') && year_at(p, v + 2))
		{
			y = year_at(p, v + 2);
			yl = v + 2;
		}
		else if ((word_flags(p, v) & DWF_ABBR) || !p->has_ref)
			return false;
		else
		{
			a = dt_res_month(p, mo, dt_tense_dir(p, i), false);
			y = a.y;
		}
		if (y == 0)
			return false;
		z = n > 0 ? tf_days_from_civil(y, mo, 1) + 7 * (n - 1)
			: tf_days_from_civil(y, mo, tf_days_in_month(y, mo)) - 6;
		if (n > 0 && tf_civil_from_days(z).m != mo)
			return false;		/* no fifth week in February */
		set_match(m, i, yl, dt_dv_week(z, DG_WEEK));
		return true;
	}
	if (!dt_year_spec(p, i + 3, &y, &yexp, &yl, &bad) || y == 0)
		return false;
	z = n > 0 ? tf_iso_week_monday(y, n) : tf_days_from_civil(y, 12, 31) - 6;
	set_match(m, i, yl, dt_dv_week(z, DG_WEEK));
	return true;
}

/* "fiscal 2024", "fiscal year 2023-24", "FY2024", "FY24", "the 2023-24 fiscal year" */
bool
dt_m_fiscal(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				y,
				nd,
				e,
				y2,
				nd2;

	if (is_word(p, t, "the"))
	{
		/* "the 2023-24 fiscal year"; in "the FY2024 budget" the goes with budget */
		if (!year_at(p, t + 1))
			return false;
		t++;
	}
	if (is_word(p, t, "fiscal"))
	{
		t++;
		if (word_class(p, t) == DW_PERIOD && word_value(p, t) == PERIOD_YEAR && !(word_flags(p, t) & DWF_PLURAL))
			t++;
		if (!year_at(p, t))
			return false;
		y = year_at(p, t);
		nd = 4;
	}
	else if (is_word(p, t, "fy"))
	{
		if (!(tok(p, t)->flags & TF_TF_UPPER))
			return false;
		t++;
		y = plain_num(p, t, &nd);
		if (y < 0 || (nd != 2 && nd != 4) || (nd == 4 && !year_at(p, t)))
			return false;
		if (nd == 2)
			y = dt_full_year(p, y);
	}
	else if ((y = year_at(p, t)) != 0)
	{
		/* "the 2023-24 fiscal year", "2024 fiscal year" */
		e = t;
		if ((is_dash(p, t + 1) || is_char(p, t + 1, '/')) && glued(p, t) && glued(p, t + 1) &&
			(y2 = plain_num(p, t + 2, &nd2)) >= 0 && (nd2 == 2 || nd2 == 4))
		{
			y = nd2 == 2 ? y / 100 * 100 + y2 : y2;
			if (nd2 == 2 && y < year_at(p, t))
				y += 100;
			e = t + 2;
		}
		if (!is_word(p, e + 1, "fiscal") || !is_word(p, e + 2, "year") || !dt_starts_clean(p, t))
			return false;
		set_match(m, i, e + 2, dv_make(DG_FY, y, 0));
		return true;
	}
	else
		return false;
	e = t;
	/* "fiscal 2023-24", "FY2023/24": the year it ends in */
	if ((is_dash(p, t + 1) || is_char(p, t + 1, '/')) && glued(p, t) && glued(p, t + 1) &&
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
	if (!dt_ends_clean(p, e) || dt_figure_follows(p, e + 1))
		return false;
	set_match(m, i, e, dv_make(DG_FY, y, 0));
	return true;
}

/* "summer 2016", "the summer of 2016", "in the spring", "in winter" */
bool
dt_m_season(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				s,
				y,
				yl;
	bool		the = false,
				yexp,
				bad;

	the = skip_the(p, &t);
	if (word_class(p, t) != DW_SEASON)
		return false;
	s = word_value(p, t);
	if (dt_year_spec(p, t + 1, &y, &yexp, &yl, &bad))
	{
		if ((word_flags(p, t) & DWF_AMBIG) && !(tok(p, t)->flags & TF_TF_CAP) && !the &&
			!is_word(p, t + 1, "of"))
			return false;		/* "prices fall 2024"? */
		set_match(m, i, yl, dv_make(DG_SEASON, y, s));
		m->a.yexp = yexp;
		return true;
	}
	if (bad)
		return false;
	/* alone: "in (the) summer", "over the summer", "during winter" */
	if ((word_flags(p, t) & DWF_AMBIG) && !the)
		return false;
	if (!relaxed && !(is_any_word(p, i - 1, dt_date_preps) || is_word(p, i - 1, "over")))
		return false;
	if (tok_ok(p, t + 1) && tok(p, t + 1)->type == TF_TOK_WORD && !is_word(p, t + 1, "and") &&
		(tok(p, t + 1)->flags & TF_TF_LOWER) && word_class(p, t + 1) == DW_NONE &&
		!is_word(p, t + 1, "when") && !is_word(p, t + 1, "as") && !is_word(p, t + 1, "after") &&
		!is_word(p, t + 1, "before"))
		return false;			/* "the summer months", "summer holidays" */
	set_match(m, i, t, dt_res_season(p, s, dt_tense_dir(p, i), false));
	return true;
}
