/*
 * dates_relative.c — dates counted from the reference date: "today",
 * "last week", "the previous quarter", "two years ago", "on the 27th", "over
 * the weekend".  "The previous quarter" is anaphoric: it counts from the last
 * date of the same or the previous sentence (dt_anaphor_base).
 */
#include "dates_internal.h"

/* "today", "yesterday", "tomorrow", "the day before yesterday" */
bool
dt_m_deictic_day(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			k,
				e = i,
				t = i;

	if (is_word(p, t, "the") && word_class(p, t + 1) == DW_PERIOD && word_value(p, t + 1) == PERIOD_DAY &&
		!(word_flags(p, t + 1) & DWF_PLURAL) &&
		((is_word(p, t + 2, "before") && is_word(p, t + 3, "yesterday")) ||
		 (is_word(p, t + 2, "after") && is_word(p, t + 3, "tomorrow"))))
	{
		k = is_word(p, t + 3, "yesterday") ? -2 : 2;
		e = t + 3;
	}
	else if (is_word(p, t, "today"))
		k = 0;
	else if (is_word(p, t, "yesterday"))
		k = -1;
	else if (is_word(p, t, "tomorrow"))
		k = 1;
	else
		return false;
	/* "today's": still today */
	set_match(m, i, e, p->has_ref ? dt_dv_day(p->refz + k) : dt_dv_unresolved(k));
	return true;
}

/*
 * "last Tuesday", "this friday", "last September", "next june", "this
 * summer": a weekday, month or season at token u after the word at i that
 * moves it by k (-1, 0, +1); never anaphoric ("the previous Tuesday").
 */
static bool
relative_named(dparse *p, int i, int u, int k, bool anaphoric, dmatch *m)
{
	/* a weekday: "last Tuesday", "this friday", "past monday" */
	if (word_class(p, u) == DW_WEEKDAY)
	{
		int			wd = word_value(p, u);

		if (anaphoric)
			return false;
		if (k == 0)
		{
			if (!p->has_ref)
				set_match(m, i, u, dt_res_weekday(p, wd, 0, false));
			else
				set_match(m, i, u,
						  dt_dv_day(p->refz - (tf_iso_weekday(p->refz) - 1) + (wd - 1)));
		}
		else
			set_match(m, i, u, dt_res_weekday(p, wd, k, true));
		return true;
	}
	/* a month or season: "last September", "next june", "this summer" */
	if (word_class(p, u) == DW_MONTH || word_class(p, u) == DW_SEASON)
	{
		bool		season = word_class(p, u) == DW_SEASON;

		if (anaphoric || ((word_flags(p, u) & DWF_AMBIG) && (tok(p, u)->flags & TF_TF_LOWER)) ||
			((word_flags(p, u) & DWF_AMBIG) && possessive_after(p, u)))
			return false;
		if (season)
			set_match(m, i, u, dt_res_season(p, word_value(p, u), k, k != 0));
		else
			set_match(m, i, u, dt_res_month(p, word_value(p, u), k, k != 0));
		if (k == 0 && p->has_ref)
		{
			if (season)
			{
				int			ry,
							rs;

				dt_season_of(p->refz, &ry, &rs);
				m->a.y = ry;
			}
			else
				m->a.y = p->ref.y;
		}
		return true;
	}
	return false;
}

/*
 * "last week", "this month", "next year", "the previous quarter", "last
 * Tuesday", "next week on Friday", "last September", "this summer".
 */
bool
dt_m_relative(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	int			t = i,
				k,
				u,
				unit;
	bool		anaphoric = false;
	int64_t		base = 0;
	bool		has_base;

	if (is_word(p, t, "the"))
	{
		t++;
		if (is_word(p, t, "previous") || is_word(p, t, "preceding") || is_word(p, t, "prior"))
			k = -1;
		else if (is_word(p, t, "following"))
			k = 1;
		else if (is_word(p, t, "current") || is_word(p, t, "coming"))
			k = is_word(p, t, "current") ? 0 : 1;
		else
			return false;		/* "the last week" is a duration */
		anaphoric = !is_word(p, t, "current") && !is_word(p, t, "coming");
	}
	else if (is_word(p, t, "previous"))
	{
		k = -1;
		anaphoric = true;
	}
	else if (!dt_deictic_at(p, t, &k))
		return false;
	u = t + 1;

	if (word_class(p, u) == DW_WEEKDAY || word_class(p, u) == DW_MONTH ||
		word_class(p, u) == DW_SEASON)
		return relative_named(p, i, u, k, anaphoric, m);
	if (word_class(p, u) != DW_PERIOD || (word_flags(p, u) & DWF_PLURAL) || word_value(p, u) == PERIOD_DAY)
		return false;
	unit = word_value(p, u);
	/* "last week of July", "the last year of the war" */
	if (is_word(p, u + 1, "of"))
		return false;
	if (is_word(p, t, "past") && unit != PERIOD_WEEKEND)
		return false;			/* "the past week" is a duration */

	has_base = anaphoric ? dt_anaphor_base(p, i, &base) : p->has_ref;
	if (!anaphoric)
		base = p->refz;

	/* "next week on Friday", "this week friday" */
	if ((unit == PERIOD_WEEK) && depth < MAX_DEPTH)
	{
		int			v = u + 1;

		if (is_word(p, v, "on"))
			v++;
		if (word_class(p, v) == DW_WEEKDAY && !(word_flags(p, v) & DWF_AMBIG && tok(p, v)->flags & TF_TF_LOWER))
		{
			if (has_base)
			{
				int64_t		mon = base + 7 * (int64_t) k - (tf_iso_weekday(base) - 1);

				set_match(m, i, v, dt_dv_day(mon + word_value(p, v) - 1));
			}
			else
				set_match(m, i, v, dt_res_weekday(p, word_value(p, v), 0, false));
			return true;
		}
	}
	if (!has_base)
	{
		if (unit == PERIOD_QUARTER && anaphoric)
			return false;
		set_match(m, i, u, dt_dv_unresolved(k));
		return true;
	}
	set_match(m, i, u, dt_unit_shift(base, unit, k));
	return true;
}

/*
 * "the rest of the week", "rest of this month", "the rest of the year": the
 * part of the reference's week, month or year still to come.  The value is
 * that unit; the span is the phrase.
 */
bool
dt_m_rest_of(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				unit;

	if (is_word(p, t, "the"))
		t++;
	if (!is_word(p, t, "rest") || !is_word(p, t + 1, "of"))
		return false;
	t += 2;
	if (is_word(p, t, "the") || is_word(p, t, "this"))
		t++;
	if (word_class(p, t) != DW_PERIOD || (word_flags(p, t) & DWF_PLURAL))
		return false;
	unit = word_value(p, t);
	if (unit != PERIOD_WEEK && unit != PERIOD_MONTH && unit != PERIOD_YEAR && unit != PERIOD_QUARTER)
		return false;
	/* "the rest of the year's budget" is the budget's */
	if (possessive_after(p, t))
		return false;
	set_match(m, i, t, p->has_ref ? dt_unit_shift(p->refz, unit, 0) : dt_dv_unresolved(1));
	return true;
}

/*
 * "the next day", "the following day", "the previous day", "next day": the
 * day after or before the date the text last gave (else the reference); and
 * "the week after next", two weeks on.
 */
bool
dt_m_next_day(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				k;
	int64_t		base = 0;
	bool		has_base;

	if (is_word(p, t, "the") && word_class(p, t + 1) == DW_PERIOD && word_value(p, t + 1) == PERIOD_WEEK &&
		!(word_flags(p, t + 1) & DWF_PLURAL) && is_word(p, t + 2, "after") && is_word(p, t + 3, "next"))
	{
		set_match(m, i, t + 3, p->has_ref ? dt_unit_shift(p->refz, PERIOD_WEEK, 2) : dt_dv_unresolved(1));
		return true;
	}
	if (is_word(p, t, "the"))
		t++;
	if (is_word(p, t, "next") || is_word(p, t, "following"))
		k = 1;
	else if (t > i && (is_word(p, t, "previous") || is_word(p, t, "preceding")))
		k = -1;
	else
		return false;
	if (word_class(p, t + 1) != DW_PERIOD || word_value(p, t + 1) != PERIOD_DAY ||
		(word_flags(p, t + 1) & DWF_PLURAL) || possessive_after(p, t + 1) ||
		is_dash(p, t + 2))
		return false;			/* "the next day's session", "next-day delivery" */
	has_base = dt_anaphor_base(p, i, &base);
	set_match(m, i, t + 1, has_base ? dt_dv_day(base + k) : dt_dv_unresolved(k));
	return true;
}

/*
 * "that year", "the same month", "that week", "the same day": the unit of the
 * date the text last gave (else the reference's), as "the previous quarter"
 * counts from it.  Not "that month-long strike".
 */
bool
dt_m_same_unit(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				unit;
	int64_t		base = 0;

	if (is_word(p, t, "the") && is_word(p, t + 1, "same"))
		t += 2;
	else if (is_word(p, t, "same") || is_word(p, t, "that"))
		t++;
	else
		return false;
	if (word_class(p, t) != DW_PERIOD || (word_flags(p, t) & DWF_PLURAL) || is_dash(p, t + 1))
		return false;
	unit = word_value(p, t);
	if (unit == PERIOD_WEEKEND || unit == PERIOD_DECADE)
		return false;
	if (!dt_anaphor_base(p, i, &base))
		set_match(m, i, t, dt_dv_unresolved(0));
	else
		set_match(m, i, t, dt_unit_shift(base, unit, 0));
	return true;
}

/*
 * "the same period last year", "the same quarter a year earlier", "the same
 * month of the previous year": the date the text gave last (in this sentence
 * or the one before), a year back, at its own granularity ("third-quarter
 * profit rose from the same period last year": the third quarter of the year
 * before).  Without such a date, or after a range ("January to May"), the
 * period is not one value of the text: no match, and "last year" alone is
 * read as the year.
 */
bool
dt_m_same_period(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				e;
	dval		v;

	if (!is_word(p, t, "the") || !is_word(p, t + 1, "same"))
		return false;
	t += 2;
	if (!(is_word(p, t, "period") || is_word(p, t, "time") ||
		  (word_class(p, t) == DW_PERIOD && !(word_flags(p, t) & DWF_PLURAL) &&
		   word_value(p, t) != PERIOD_YEAR && word_value(p, t) != PERIOD_DECADE) ||
		  is_word(p, t, "half")))
		return false;
	e = t + 1;
	if (is_word(p, e, "of"))
		e++;
	if ((is_word(p, e, "last") && word_value(p, e + 1) == PERIOD_YEAR && word_class(p, e + 1) == DW_PERIOD) ||
		(is_word(p, e, "a") && word_class(p, e + 1) == DW_PERIOD && word_value(p, e + 1) == PERIOD_YEAR &&
		 (is_word(p, e + 2, "ago") || is_word(p, e + 2, "earlier") || is_word(p, e + 2, "before"))))
		e += is_word(p, e, "a") ? 2 : 1;
	else if (is_word(p, e, "the") && (is_word(p, e + 1, "previous") || is_word(p, e + 1, "prior")) &&
			 word_class(p, e + 2) == DW_PERIOD && word_value(p, e + 2) == PERIOD_YEAR)
		e += 2;
	else if (is_word(p, e, "the") && word_class(p, e + 1) == DW_PERIOD &&
			 word_value(p, e + 1) == PERIOD_YEAR && is_word(p, e + 2, "before"))
		e += 2;
	else
		return false;
	if (!p->has_anchor || tok(p, i)->sentence > p->anchor_sentence + 1)
		return false;
	v = p->anchor_val;
	if (v.y == 0 || v.g > DG_YEAR)
		return false;
	if (v.g == DG_DAY || v.g == DG_WEEK || v.g == DG_WEEKEND)
	{
		/* a day or a week: the same day of the year before */
		tf_date		c = tf_civil_from_days(p->anchor);

		if (c.m == 2 && c.d == 29)
			c.d = 28;
		v = v.g == DG_DAY ? dt_dv_day(tf_days_from_civil(c.y - 1, c.m, c.d)) :
			dt_dv_week(tf_days_from_civil(c.y - 1, c.m, c.d), v.g);
	}
	else
		v.y--;
	v.yexp = false;
	v.mod = NULL;
	set_match(m, i, e, v);
	return true;
}

/* "year to date", "the year-to-date": from the first of the reference's year to it */
bool
dt_m_year_to_date(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i;

	if (is_word(p, t, "the"))
		t++;
	if (!(word_class(p, t) == DW_PERIOD && word_value(p, t) == PERIOD_YEAR &&
		  !(word_flags(p, t) & DWF_PLURAL)))
		return false;
	if (is_dash(p, t + 1) && is_word(p, t + 2, "to") && is_dash(p, t + 3) && is_word(p, t + 4, "date"))
		t += 4;
	else if (is_word(p, t + 1, "to") && is_word(p, t + 2, "date"))
		t += 2;
	else
		return false;
	set_match(m, i, t, p->has_ref ? dv_make(DG_YEAR, p->ref.y, 0) : dt_dv_unresolved(0));
	return true;
}

/* "two years ago", "a week ago", "10 days ago", "two weeks from now" */
bool
dt_m_ago(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			n,
				nd,
				unit,
				dir,
				last;

	if (word_class(p, i) == DW_CARD)
		n = word_value(p, i);
	else if ((n = plain_num(p, i, &nd)) < 1 || n > 999 || !dt_starts_clean(p, i))
		return false;
	if (word_class(p, i + 1) != DW_PERIOD || word_value(p, i + 1) == PERIOD_QUARTER || word_value(p, i + 1) == PERIOD_WEEKEND)
		return false;
	/* "a year", "one year", "two years" */
	if ((n == 1) != !(word_flags(p, i + 1) & DWF_PLURAL))
		return false;
	unit = word_value(p, i + 1);
	if (is_word(p, i + 2, "ago"))
		dir = -1;
	else if (is_word(p, i + 2, "hence"))
		dir = 2;				/* "two days hence": after, and the span ends at "hence" */
	else if (is_word(p, i + 2, "from") && (is_word(p, i + 3, "now") || is_word(p, i + 3, "today")))
		dir = 1;
	else
		return false;
	if (dir == 2)
	{
		dir = 1;
		last = i + 2;
	}
	else
		last = i + 2 + (dir > 0);
	if (!p->has_ref)
	{
		set_match(m, i, last, dt_dv_unresolved(dir));
		return true;
	}
	if (unit == PERIOD_DECADE)
		set_match(m, i, last, dv_make(DG_DECADE, (p->ref.y + dir * 10 * n) / 10 * 10, 0));
	/* "a week ago" is a day, seven days back, not the calendar week before this one */
	else if (unit == PERIOD_WEEK)
		set_match(m, i, last, dt_dv_day(p->refz + dir * 7 * (int64_t) n));
	else
		set_match(m, i, last, dt_unit_shift(p->refz, unit, dir * n));
	return true;
}

static const char *const day_preps[] = {
	"on", "by", "until", "till", "since", "from", "for", "before", "after", NULL
};

/* "on the 27th", "by the 15th", "on 22nd": a day of the month alone */
bool
dt_m_day_only(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			t = i,
				d,
				dl;
	bool		ord,
				the = false;

	the = skip_the(p, &t);
	d = dt_day_at(p, t, &dl, &ord);
	if (!d || !(is_any_word(p, i - 1, day_preps) || (relaxed && the)))
		return false;
	if (!ord && !the)
		return false;
	if (tok(p, t)->type == TF_TOK_NUMBER && (!dt_starts_clean(p, t) || (!ord && !dt_ends_clean(p, t))))
		return false;
	/* "the 27th floor", "the second time", "the 25th anniversary" */
	if (tok_ok(p, dl + 1) && (tok(p, dl + 1)->type == TF_TOK_WORD ||
							  tok(p, dl + 1)->type == TF_TOK_NUMBER ||
							  is_char(p, dl + 1, '%')))
		return false;
	set_match(m, i, dl, dt_res_day_only(p, d, dt_tense_dir(p, i)));
	return true;
}

/* "over the weekend", "at the weekend": the nearest one in the sentence's direction */
bool
dt_m_weekend(dparse *p, int i, bool relaxed, dmatch *m)
{
	int			dir,
				wd;

	if (!is_word(p, i, "the") || !(word_class(p, i + 1) == DW_PERIOD && word_value(p, i + 1) == PERIOD_WEEKEND) ||
		!(is_word(p, i - 1, "over") || is_word(p, i - 1, "during") || is_word(p, i - 1, "at") ||
		  is_word(p, i - 1, "on") || is_word(p, i - 1, "by") || is_word(p, i - 1, "until") ||
		  is_word(p, i - 1, "since") || is_word(p, i - 1, "after") || is_word(p, i - 1, "before")))
		return false;
	if (!p->has_ref)
	{
		set_match(m, i, i + 1, dv_make(DG_WEEKEND, 0, 0));
		return true;
	}
	dir = dt_tense_dir(p, i);
	wd = tf_iso_weekday(p->refz);
	/* past: the weekend that ended last (or this one, on a Saturday or Sunday) */
	if (dir < 0)
		set_match(m, i, i + 1, dt_dv_week(wd >= 6 ? p->refz : p->refz - 7, DG_WEEKEND));
	else
		set_match(m, i, i + 1, dt_dv_week(p->refz, DG_WEEKEND));
	return true;
}

/*
 * Days with a name of their own: a word before a weekday that names one day
 * of the calendar ("Good Friday", "Black Friday") or a day the calendar does
 * not fix ("Super Tuesday", "Black Monday", "Bloody Sunday").  The first are
 * the day of the year the sentence points to (Easter and Thanksgiving give
 * them); the second are no date, since the text gives none: a weekday near
 * the reference would be wrong.  A calendar table, of proper names.
 */
enum
{
	NAMED_NONE,					/* no date of its own */
	NAMED_EASTER,				/* Easter Sunday + offset */
	NAMED_THANKSGIVING			/* US Thanksgiving + offset */
};

static const struct
{
	const char *word;			/* lower case, before the weekday */
	int			weekday;		/* ISO; 0: any */
	int			rule;
	int			offset;			/* days */
}			named_days[] = {
	{"ash", 3, NAMED_EASTER, -46},
	{"black", 5, NAMED_THANKSGIVING, 1},
	{"black", 0, NAMED_NONE, 0},
	{"bloody", 0, NAMED_NONE, 0},
	{"cyber", 1, NAMED_THANKSGIVING, 4},
	{"easter", 1, NAMED_EASTER, 1},
	{"easter", 7, NAMED_EASTER, 0},
	{"good", 5, NAMED_EASTER, -2},
	{"holy", 4, NAMED_EASTER, -3},
	{"holy", 6, NAMED_EASTER, -1},
	{"maundy", 4, NAMED_EASTER, -3},
	{"palm", 7, NAMED_EASTER, -7},
	{"shrove", 2, NAMED_EASTER, -47},
	{"super", 0, NAMED_NONE, 0},
	{"whit", 1, NAMED_EASTER, 50},
};

/* the day of a named day's rule in year y */
static int64_t
named_day_in(int rule, int offset, int y)
{
	return (rule == NAMED_EASTER ? tf_easter_sunday(y) : tf_us_thanksgiving(y)) + offset;
}

int
dt_named_day(dparse *p, int i, int wd, dmatch *m)
{
	int			w = i - 1;

	/* a name is written with capitals: "Super Tuesday", not "a super Tuesday deal" */
	if (!tok_ok(p, w) || tok(p, w)->type != TF_TOK_WORD || !(tok(p, w)->flags & TF_TF_CAP) ||
		!(tok(p, i)->flags & TF_TF_CAP) || glued(p, w))
		return 0;
	for (size_t k = 0; k < sizeof(named_days) / sizeof(named_days[0]); k++)
	{
		int64_t		z;
		int			dir,
					y;

		if (!is_word(p, w, named_days[k].word) ||
			(named_days[k].weekday != 0 && named_days[k].weekday != wd))
			continue;
		if (named_days[k].rule == NAMED_NONE || !p->has_ref)
			return -1;
		/* the nearest one in the sentence's direction */
		dir = dt_tense_dir(p, w);
		y = p->ref.y;
		z = named_day_in(named_days[k].rule, named_days[k].offset, y);
		if (dir < 0 && z > p->refz)
			z = named_day_in(named_days[k].rule, named_days[k].offset, y - 1);
		else if (dir > 0 && z < p->refz)
			z = named_day_in(named_days[k].rule, named_days[k].offset, y + 1);
		set_match(m, w, i, dt_dv_day(z));
		return 1;
	}
	return 0;
}
