/*
 * dates_match.c — every matcher at a token, the longest match winning
 * (dt_match_at), and the matchers that read a date inside a date: "early
 * 2024", "the end of the year", "the week of November 30th", "Tuesday,
 * October 8, 2024".  These call dt_match_at again, one level deeper
 * (MAX_DEPTH stops the recursion), so they live with it.
 */
#include "dates_internal.h"

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
	the = skip_the(p, &t);
	if (is_word(p, t, "early") || is_word(p, t, "late") || is_word(p, t, "mid"))
	{
		mod = is_word(p, t, "early") ? "START" : is_word(p, t, "late") ? "END" : "MID";
		u = t + 1;
		if (is_dash(p, u) && glued(p, t) && glued(p, u))
			u++;
		else if (is_word(p, t, "mid") && glued(p, t))
			return false;
		if (!dt_match_at(p, u, depth + 1, true, &x) || !modifiable(&x))
			return false;
		/* "late May": a month needs its case; "early years" is not a date */
		if (x.a.g == DG_PRESENT)
			return false;
	}
	else if (!the && (is_word(p, t, "earlier") || is_word(p, t, "later")))
	{
		int			k;

		u = t + 1;
		if (!dt_deictic_at(p, u, &k) || k != 0 || !dt_match_at(p, u, depth + 1, false, &x) ||
			!modifiable(&x))
			return false;
	}
	else if ((is_word(p, t, "end") || is_word(p, t, "start") || is_word(p, t, "beginning") ||
			  is_word(p, t, "middle")) && is_word(p, t + 1, "of"))
	{
		mod = is_word(p, t, "end") ? "END" : is_word(p, t, "middle") ? "MID" : "START";
		u = t + 2;
		if (is_word(p, u, "the") && word_class(p, u + 1) == DW_PERIOD && !(word_flags(p, u + 1) & DWF_PLURAL) &&
			word_value(p, u + 1) != PERIOD_DAY && word_value(p, u + 1) != PERIOD_WEEKEND)
		{
			/* "the end of the year": the current one */
			set_match(&x, u, u + 1, p->has_ref ? dt_unit_shift(p->refz, word_value(p, u + 1), 0)
					  : dt_dv_unresolved(0));
		}
		else if (!dt_match_at(p, u, depth + 1, true, &x) || !modifiable(&x))
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

	if (is_word(p, t, "the"))
		t++;
	if (!(word_class(p, t) == DW_PERIOD && word_value(p, t) == PERIOD_WEEK && !(word_flags(p, t) & DWF_PLURAL)))
		return false;
	if ((is_word(p, t + 1, "of") || is_word(p, t + 1, "commencing") || is_word(p, t + 1, "beginning") ||
		 is_word(p, t + 1, "starting")) && depth < MAX_DEPTH)
	{
		int			u = t + 2;

		if (is_word(p, u, "on"))
			u++;
		if (!dt_match_at(p, u, depth + 1, true, &x) || x.range || x.a.g != DG_DAY)
			return false;
		if (x.a.y == 0)
			set_match(m, i, x.last, x.a);	/* unresolved: the day is all we know */
		else
		{
			int64_t		z = tf_days_from_civil(x.a.y, x.a.n, x.a.d);

			set_match(m, i, x.last, dt_dv_week(z, DG_WEEK));
		}
		return true;
	}
	/* "week 10": its year is the reference's unless one is written */
	if (t != i || (n = plain_num(p, t + 1, &nd)) < 1 || n > 53 || nd > 2 ||
		!dt_ends_clean(p, t + 1))
		return false;
	if (dt_year_spec(p, t + 2, &y, &yexp, &yl, &bad))
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

	if (word_class(p, i) != DW_WEEKDAY)
		return false;
	wd = word_value(p, i);
	k = i + 1;
	if (is_char(p, k, '.') && glued(p, i) && (word_flags(p, i) & DWF_ABBR))
		k++;
	if (is_char(p, k, ',') || is_char(p, k, '(') || is_dash(p, k))
		k++;
	/* a full date after the weekday wins: "Tuesday, October 8, 2024", "friday 7/6" */
	if (depth < MAX_DEPTH && k > i && tok_ok(p, k) &&
		(dt_m_month_first(p, k, true, &x) || dt_m_day_first(p, k, true, &x) ||
		 dt_m_numeric(p, k, true, &x)) &&
		!x.range && x.a.g == DG_DAY)
	{
		int			e = x.last;

		/* "this friday (jun-15)": the closing bracket too */
		if (is_char(p, k - 1, '(') && is_char(p, e + 1, ')'))
			e++;
		set_match(m, i, e, x.a);
		return true;
	}
	/* "saturday the second", "friday the 15th" */
	if (is_word(p, i + 1, "the") && (t = dt_day_at(p, i + 2, &dl, &ord)) && ord &&
		!dt_figure_follows(p, dl + 1))
	{
		set_match(m, i, dl, dt_res_day_only(p, t, dt_tense_dir(p, i)));
		return true;
	}
	/* "Tuesday next week", "friday of this week" */
	t = i + 1;
	if (is_word(p, t, "of"))
		t++;
	if (dt_deictic_at(p, t, &k) && word_class(p, t + 1) == DW_PERIOD && word_value(p, t + 1) == PERIOD_WEEK &&
		!(word_flags(p, t + 1) & DWF_PLURAL))
	{
		if (p->has_ref)
		{
			int64_t		mon = p->refz + 7 * (int64_t) k - (tf_iso_weekday(p->refz) - 1);

			set_match(m, i, t + 1, dt_dv_day(mon + wd - 1));
		}
		else
			set_match(m, i, t + 1, dt_res_weekday(p, wd, 0, false));
		return true;
	}
	/* "Good Friday" is a day of the calendar, "Super Tuesday" none */
	if ((k = dt_named_day(p, i, wd, m)) != 0)
		return k > 0;
	/* alone: an abbreviation needs a preposition ("on Tues") */
	if ((word_flags(p, i) & DWF_ABBR) && !relaxed &&
		!(is_word(p, i - 1, "on") || is_word(p, i - 1, "by") || is_word(p, i - 1, "until") ||
		  is_word(p, i - 1, "since") || is_word(p, i - 1, "from") || is_word(p, i - 1, "every")))
		return false;
	if ((word_flags(p, i) & DWF_AMBIG) && (tok(p, i)->flags & TF_TF_LOWER) && !relaxed)
		return false;			/* "sat on", "sun" */
	set_match(m, i, i, dt_res_weekday(p, wd, dt_tense_dir(p, i), false));
	return true;
}

/*
 * The kind of token a date starts with.  Each matcher begins with a test of
 * the token (or of the one after "the") that refuses all kinds but some:
 * dt_match_at runs only those whose first test the token may pass, so that
 * a number, a cardinal ("a", "two") or an apostrophe, most of the tokens
 * that reach it, costs a few matchers rather than all.
 */
#define ST_APOS		0x01		/* "'70s" */
#define ST_NUM		0x02		/* digits */
#define ST_CARD		0x04		/* a, an, one ... twelve */
#define ST_CARD_Y	0x80		/* a cardinal a year in words may start with
								 * (dt_spelled_year): "two", "eleven", "twelve" */
#define ST_WEEKDAY	0x08
#define ST_MONTH	0x10
#define ST_PERIOD	0x20		/* day, week, month, quarter, year ... */
#define ST_WORD		0x40		/* the other words of the date view */
#define ST_THE		0x100		/* "the", before a date word or a number */

static int
start_kind(const dparse *p, int i)
{
	if (tok(p, i)->type == TF_TOK_NUMBER)
		return ST_NUM;
	if (tok(p, i)->type != TF_TOK_WORD)
		return ST_APOS;
	if (word_class(p, i) == DW_CARD)
		return (word_flags(p, i) & DWF_CENTURY) || word_value(p, i) == 2 ? ST_CARD_Y : ST_CARD;
	if (word_class(p, i) == DW_WEEKDAY)
		return ST_WEEKDAY;
	if (word_class(p, i) == DW_MONTH)
		return ST_MONTH;
	if (word_class(p, i) == DW_PERIOD)
		return ST_PERIOD;
	return is_word(p, i, "the") ? ST_THE : ST_WORD;
}

/* every matcher at token i; the longest match wins */
bool
dt_match_at(dparse *p, int i, int depth, bool relaxed, dmatch *m)
{
	dmatch		x;
	bool		found = false;
	int			kind;

	if (!dt_may_start(p, i))
		return false;
	if (is_word(p, i, "the") && (!tok_ok(p, i + 1) ||
								 (tok(p, i + 1)->type == TF_TOK_WORD &&
								  word_class(p, i + 1) == DW_NONE && !(word_flags(p, i + 1) & DWF_CENTURY))))
		return false;			/* "the" starts a date only before such a word or a number */
	kind = start_kind(p, i);
	/* a date never runs across sentences */
#define TRY(kinds, call) \
	do { \
		if ((kind & (kinds)) && (call) && (!found || x.last > m->last) && \
			tok(p, x.first)->sentence == tok(p, x.last)->sentence) \
		{ \
			*m = x; \
			found = true; \
		} \
	} while (0)
	TRY(ST_MONTH, dt_m_month_first(p, i, relaxed, &x));
	TRY(ST_NUM | ST_WORD | ST_THE, dt_m_day_first(p, i, relaxed, &x));
	TRY(ST_NUM, dt_m_numeric(p, i, relaxed, &x));
	TRY(ST_APOS | ST_NUM | ST_CARD_Y | ST_PERIOD | ST_WORD | ST_THE, dt_m_year(p, i, relaxed, &x));
	TRY(ST_NUM, dt_m_year_range(p, i, relaxed, &x));
	TRY(ST_NUM | ST_WORD | ST_THE, dt_m_quarter(p, i, relaxed, &x));
	TRY(ST_THE, dt_m_week_of(p, i, relaxed, &x));
	TRY(ST_NUM | ST_WORD | ST_THE, dt_m_fiscal(p, i, relaxed, &x));
	TRY(ST_WORD | ST_THE, dt_m_deictic_day(p, i, relaxed, &x));
	TRY(ST_WORD | ST_THE, dt_m_relative(p, i, depth, relaxed, &x));
	TRY(ST_NUM | ST_CARD | ST_CARD_Y, dt_m_ago(p, i, relaxed, &x));
	TRY(ST_WORD | ST_THE, dt_m_rest_of(p, i, relaxed, &x));
	TRY(ST_WORD | ST_THE, dt_m_next_day(p, i, relaxed, &x));
	TRY(ST_PERIOD | ST_THE, dt_m_year_to_date(p, i, relaxed, &x));
	TRY(ST_WORD | ST_THE, dt_m_same_unit(p, i, relaxed, &x));
	TRY(ST_THE, dt_m_same_period(p, i, relaxed, &x));
	TRY(ST_WORD | ST_THE, dt_m_season(p, i, relaxed, &x));
	TRY(ST_NUM | ST_WORD | ST_THE, dt_m_day_only(p, i, relaxed, &x));
	TRY(ST_PERIOD | ST_THE, dt_m_month_of(p, i, relaxed, &x));
	TRY(ST_THE, dt_m_weekend(p, i, relaxed, &x));
	if (depth < MAX_DEPTH)
	{
		TRY(ST_WORD | ST_THE, m_mod(p, i, depth, relaxed, &x));
		TRY(ST_PERIOD | ST_THE, m_week(p, i, depth, relaxed, &x));
		TRY(ST_WEEKDAY, m_weekday(p, i, depth, relaxed, &x));
	}
#undef TRY
	return found;
}
