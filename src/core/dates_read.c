/*
 * dates_read.c — the readers the date matchers share: a day of the month,
 * a year after a period ("of 2024", "of last year"), "this"/"last"/"next",
 * and whether a number stands clean (not glued to a longer one) and is a
 * date rather than a figure ("in 2000 people").
 */
#include "dates_internal.h"

/* the year of a two-digit year: the one within 80 years before and 20 after */
int
dt_full_year(const dparse *p, int yy)
{
	int			base = p->has_ref ? p->ref.y : 2000;
	int			y = base / 100 * 100 + yy;

	if (y > base + 20)
		y -= 100;
	else if (y <= base - 80)
		y += 100;
	return y;
}

const char *const dt_ord_suffixes[] = {"st", "nd", "rd", "th", NULL};

/*
 * A day of the month at token i: "8", "08", "8th", "eighth", "twenty-first".
 * Returns 1-31 (0 if none), the last token in *last and whether it was
 * written as an ordinal.
 */
int
dt_day_at(const dparse *p, int i, int *last, bool *ord)
{
	int			nd,
				v = plain_num(p, i, &nd);

	if (v >= 1 && v <= 31 && nd <= 2)
	{
		*last = i;
		*ord = false;
		if (glued(p, i) && is_any_word(p, i + 1, dt_ord_suffixes))
		{
			*last = i + 1;
			*ord = true;
		}
		return v;
	}
	if (word_class(p, i) == DW_ORD && word_value(p, i) <= 31)
	{
		*last = i;
		*ord = true;
		return word_value(p, i);
	}
	if (word_class(p, i) == DW_TENS)
	{
		int			j = i + 1;

		if (is_dash(p, j) && glued(p, i) && glued(p, j))
			j++;
		if (word_class(p, j) == DW_ORD && word_value(p, j) <= 9 && word_value(p, i) + word_value(p, j) <= 31)
		{
			*last = j;
			*ord = true;
			return word_value(p, i) + word_value(p, j);
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
bool
dt_figure_follows(const dparse *p, int j)
{
	if (!tok_ok(p, j))
		return false;
	if (is_char(p, j, '%') || is_char(p, j, ':'))
		return true;
	if (tok(p, j)->type != TF_TOK_WORD)
		return false;
	if (word_flags(p, j) & DWF_SCALE)
		return true;
	if (word_class(p, j) == DW_PERIOD && (word_flags(p, j) & DWF_PLURAL))
		return true;
	return is_any_word(p, j, count_nouns);
}

/* is token i free to start a number expression (not glued to a longer one)? */
bool
dt_starts_clean(const dparse *p, int i)
{
	const tf_token *t;
	uint32_t	cp;

	if (i == 0 || !glued(p, i - 1))
		return true;
	t = tok(p, i - 1);
	if (t->type == TF_TOK_WORD || t->type == TF_TOK_NUMBER)
		return false;
	/* "mid-2006", "pre-1990": a dash after a word */
	if (is_dash(p, i - 1) && glued(p, i - 2) && tok(p, i - 2)->type == TF_TOK_WORD)
		return true;
	cp = tf_tok_cp(p->doc, i - 1);
	return cp == '(' || cp == '[' || cp == '"' || cp == 0x201C ||
		cp == '\'' || cp == 0x2018;
}

/* is token i the end of a number expression (nothing glued that continues it)? */
bool
dt_ends_clean(const dparse *p, int i)
{
	const tf_token *t;
	uint32_t	cp;

	if (!glued(p, i))
		return true;
	t = tok(p, i + 1);
	if (t->type == TF_TOK_NUMBER || t->type == TF_TOK_WORD)
		return false;
	cp = tf_tok_cp(p->doc, i + 1);
	if ((cp == '/' || cp == '-' || cp == '.' || cp == ',' ||
		 cp == ':' || cp == 0x2013) &&
		tok_ok(p, i + 2) && tok(p, i + 2)->type == TF_TOK_NUMBER &&
		glued(p, i + 1))
		return false;
	return cp != '%';
}

/* words before a month or weekday that make it a date */
const char *const dt_date_preps[] = {
	"in", "on", "since", "by", "until", "till", "til", "through",
	"throughout", "from", "during", "before", "after", "of", "between",
	"early", "late", "mid", "around", NULL
};

/* "this"/"current" 0, "last"/"past" -1, "next"/"coming" +1; false if none */
bool
dt_deictic_at(const dparse *p, int i, int *k)
{
	if (is_word(p, i, "this") || is_word(p, i, "current"))
		*k = 0;
	else if (is_word(p, i, "last") || is_word(p, i, "past"))
		*k = -1;
	else if (is_word(p, i, "next") || is_word(p, i, "coming") || is_word(p, i, "upcoming"))
		*k = 1;
	else
		return false;
	return true;
}

/* a year relative to the reference: "(this|last|next) year" at i */
bool
dt_rel_year_at(const dparse *p, int i, int *k)
{
	return dt_deictic_at(p, i, k) && word_class(p, i + 1) == DW_PERIOD && word_value(p, i + 1) == PERIOD_YEAR &&
		!(word_flags(p, i + 1) & DWF_PLURAL);
}

/* the numeral class (NW_*) of word token i and its value *val; NW_NONE if none */
static int
num_word(const dparse *p, int i, int *val)
{
	char		buf[TF_LEX_MAX_WORD + 1];
	size_t		n;
	const tf_lexword *e;

	if (!tok_ok(p, i) || tok(p, i)->type != TF_TOK_WORD || !(tok(p, i)->flags & TF_TF_ASCII))
		return NW_NONE;
	n = tf_tok_len(p->doc, i);
	if (n > TF_LEX_MAX_WORD)
		return NW_NONE;
	tf_ascii_lower_copy(buf, tf_tok_text(p->doc, i), n);
	e = tf_lex_find(buf, n);
	if (e == NULL || (e->num.flags & NWF_PLURAL))
		return NW_NONE;
	*val = e->num.val;
	return e->num.cls;
}

/* the two digits a year's words end in: "seventy-eight", "twelve", "oh five"; -1 if none */
static int
spelled_year_end(const dparse *p, int t, int *last)
{
	int			v,
				u;
	int			c = num_word(p, t, &v);

	if (c == NW_TEEN)
	{
		*last = t;
		return v;
	}
	if (c == NW_TENS)
	{
		int			k = t + 1;

		if (is_dash(p, k) && glued(p, t) && glued(p, k))
			k++;
		if (num_word(p, k, &u) == NW_UNIT)
		{
			*last = k;
			return v + u;
		}
		*last = t;
		return v;
	}
	if ((is_word(p, t, "oh") || is_word(p, t, "o")) && num_word(p, t + 1, &u) == NW_UNIT)
	{
		*last = t + 1;
		return u;
	}
	return -1;
}

/*
 * A year in words, as it is said: "nineteen seventy-eight", "nineteen
 * twelve", "nineteen oh five", "nineteen hundred", "two thousand and
 * twenty-seven", "two thousand".  A century word (eleven to nineteen, or
 * twenty) and the year's two digits; or two thousand and what follows.
 * Only where a year is expected (the callers' context): as numbers these
 * are two figures or one.
 */
int
dt_century_at(const dparse *p, int t)
{
	int			v;

	if (!tok_ok(p, t) || !(word_flags(p, t) & DWF_CENTURY) || is_dash(p, t + 1))
		return 0;
	return word_class(p, t) == DW_NONE ? word_value(p, t) : (num_word(p, t, &v) != NW_NONE ? v : 0);
}

int
dt_spelled_year(const dparse *p, int t, int *last)
{
	int			v,
				e,
				cent;

	if ((cent = dt_century_at(p, t)) > 0)
	{

		if (num_word(p, t + 1, &v) == NW_HUNDRED)
		{
			*last = t + 1;
			return cent * 100;
		}
		if ((e = spelled_year_end(p, t + 1, last)) >= 0 && e >= 1 && e <= 99)
			return cent * 100 + e;
		return 0;
	}
	/* "two thousand ...": "two" is a cardinal of the date view too, which spares other words the lookup */
	if (word_class(p, t) == DW_CARD && word_value(p, t) == 2 &&
		num_word(p, t, &v) == NW_UNIT && v == 2 && num_word(p, t + 1, &v) == NW_SCALE && v == 3)
	{
		int			k = t + 2;

		if (is_word(p, k, "and"))
			k++;
		if ((e = spelled_year_end(p, k, last)) >= 0 && e <= 99)
			return 2000 + e;
		if (num_word(p, k, &v) == NW_UNIT)
		{
			*last = k;
			return 2000 + v;
		}
		*last = t + 1;
		return 2000;
	}
	return 0;
}

/*
 * A year after a period ("of 2024", "2024", "of last year", "of the year")
 * starting at token i.  Sets *y (0 if relative without a reference), *yexp
 * and *last.  "of" followed by something else is a failure (*bad).
 */
bool
dt_year_spec(const dparse *p, int i, int *y, bool *yexp, int *last, bool *bad)
{
	int			t = i,
				k;
	bool		of = false;

	*bad = false;
	*yexp = false;
	if (is_word(p, t, "of") || is_char(p, t, ','))
	{
		of = is_word(p, t, "of");
		t++;
	}
	if (year_at(p, t) && dt_ends_clean(p, t) && !dt_figure_follows(p, t + 1))
	{
		*y = year_at(p, t);
		*yexp = true;
		*last = t;
		return true;
	}
	if (dt_rel_year_at(p, t, &k))
	{
		*y = p->has_ref ? p->ref.y + k : 0;
		*last = t + 1;
		return true;
	}
	/* "the first quarter of two thousand and twenty" */
	if (of && (*y = dt_spelled_year(p, t, last)) > 0)
	{
		*yexp = true;
		return true;
	}
	if (of && is_word(p, t, "the") && word_class(p, t + 1) == DW_PERIOD && word_value(p, t + 1) == PERIOD_YEAR &&
		!(word_flags(p, t + 1) & DWF_PLURAL))
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
