/*
 * dates_internal.h — what the files of the dates stage share: a date's value
 * (dval) and granularity, the parser's state over the document (dparse), a
 * match, the tokens as the stage classifies them (the lexicon's date view,
 * read once per token), and the small readers every matcher uses.
 *
 * The stage (dates.c) tries the matchers at each free token (dt_match_at,
 * dates_match.c); the matchers read calendar dates (dates_absolute.c),
 * years and their parts (dates_year.c) and dates relative to the reference
 * (dates_relative.c), with the readers of dates_read.c, and build values
 * that dates_resolve.c resolves against the reference date and writes as
 * TIMEX3.  Names: m_ is a matcher, res_ resolves against the reference, dv_
 * builds a value; dt_ marks what one file of the stage lends another.
 */
#ifndef TF_DATES_INTERNAL_H
#define TF_DATES_INTERNAL_H

#include "dates.h"
#include "doc.h"
#include "lexicon.h"

/* ---- a date's value ---- */

/* the granularity of a value */
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

/* a date: resolved (y known) or not */
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

/* a token as the stage classifies it, once (classify in dates.c) */
typedef struct dtok
{
	uint8_t		kind;			/* the lexicon's DW_* */
	uint8_t		val;
	uint8_t		flags;			/* the lexicon's DWF_* (DWF_SCALE, DWF_CENTURY among them) */
	uint8_t		ndigits;		/* of a plain number (pnum >= 0) */
	int16_t		pnum;			/* a plain number of 1-4 digits, else -1 (plain_num) */
} dtok;

/* the stage's state over the document */
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
	dval		anchor_val;		/* its value: "the same period last year" */
	/* bit n of [c - 'a']: a tense word of n bytes begins with c (dt_tense_init) */
	uint16_t	tense_lens[26];
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

/* ---- tokens, as the matchers read them ---- */

static inline bool
tok_ok(const dparse *p, int i)
{
	return i >= 0 && i < p->doc->ntok;
}

/* the lexicon's date class (DW_*) of token i, its value and its flags */
static inline int
word_class(const dparse *p, int i)
{
	return tok_ok(p, i) ? p->k[i].kind : DW_NONE;
}

static inline int
word_value(const dparse *p, int i)
{
	return tok_ok(p, i) ? p->k[i].val : 0;
}

static inline int
word_flags(const dparse *p, int i)
{
	return tok_ok(p, i) ? p->k[i].flags : 0;
}

static inline const tf_token *
tok(const dparse *p, int i)
{
	return &p->doc->tok[i];
}

/* the word at token i equals w (lower-case ASCII, n bytes) in any ASCII case */
static inline bool
word_eq(const dparse *p, int i, const char *w, size_t n)
{
	const tf_token *t = tok(p, i);

	return t->bend - t->bstart == n && tf_ascii_eq_ci(p->doc->text + t->bstart, w, n);
}

/*
 * Token i is the word w, in any ASCII case.  Inline so that strlen of the
 * literal folds away: the stage asks this a great many times.
 */
static inline bool
is_word(const dparse *p, int i, const char *w)
{
	return tok_ok(p, i) && tok(p, i)->type == TF_TOK_WORD && word_eq(p, i, w, strlen(w));
}

/* token i is one of the words of list (lower-case, NULL-terminated) */
static inline bool
is_any_word(const dparse *p, int i, const char *const *list)
{
	char		c0;

	if (!tok_ok(p, i) || tok(p, i)->type != TF_TOK_WORD)
		return false;
	c0 = tf_ascii_lower(p->doc->text[tok(p, i)->bstart]);
	for (int k = 0; list[k] != NULL; k++)
		if (list[k][0] == c0 && word_eq(p, i, list[k], strlen(list[k])))
			return true;
	return false;
}

/* token i is the punctuation or symbol character cp */
static inline bool
is_char(const dparse *p, int i, uint32_t cp)
{
	return tok_ok(p, i) && tok(p, i)->type != TF_TOK_WORD &&
		tok(p, i)->type != TF_TOK_NUMBER && tf_tok_cp(p->doc, i) == cp;
}

/* tokens i and i+1 touch */
static inline bool
glued(const dparse *p, int i)
{
	return tok_ok(p, i) && tok_ok(p, i + 1) &&
		!(tok(p, i + 1)->flags & TF_TF_SPACE_BEFORE);
}

static inline bool
is_dash(const dparse *p, int i)
{
	return is_char(p, i, '-') || is_char(p, i, 0x2013);
}

static inline bool
is_apos(const dparse *p, int i)
{
	return is_char(p, i, '\'') || is_char(p, i, 0x2019);
}

/* "the" at token *t: steps over it and says so */
static inline bool
skip_the(const dparse *p, int *t)
{
	if (!is_word(p, *t, "the"))
		return false;
	(*t)++;
	return true;
}

/* "'s" glued after token i */
static inline bool
possessive_after(const dparse *p, int i)
{
	return glued(p, i) && is_apos(p, i + 1) && glued(p, i + 1) && is_word(p, i + 2, "s");
}

/* the value of plain digit token i of 1-4 digits, or -1 (read once per token by classify) */
static inline int
plain_num(const dparse *p, int i, int *nd)
{
	if (!tok_ok(p, i) || p->k[i].pnum < 0)
		return -1;
	if (nd)
		*nd = p->k[i].ndigits;
	return p->k[i].pnum;
}

/*
 * May a date start at token i?  Most tokens cannot: only numbers, words of
 * the lexicon's date view and the apostrophe of "'70s" (dt_m_year: glued to
 * two digits).  dt_match_at's first test, which the stage also asks before
 * calling it at each token.
 */
static inline bool
dt_may_start(const dparse *p, int i)
{
	if (!tok_ok(p, i))
		return false;
	if (tok(p, i)->type == TF_TOK_WORD)
		return word_class(p, i) != DW_NONE || (word_flags(p, i) & DWF_CENTURY);
	return tok(p, i)->type == TF_TOK_NUMBER ||
		(is_apos(p, i) && glued(p, i) && plain_num(p, i + 1, NULL) >= 0);
}

/* a year written in full: four plain digits, 1000-2999 */
static inline int
year_at(const dparse *p, int i)
{
	int			nd = 0,
				v = plain_num(p, i, &nd);

	return (nd == 4 && v >= 1000 && v <= 2999) ? v : 0;
}

/* a value of granularity g, year y (0: unknown) and n (month, week, quarter ...) */
static inline dval
dv_make(dgran g, int y, int n)
{
	dval		v;

	memset(&v, 0, sizeof(v));
	v.g = g;
	v.y = y;
	v.n = n;
	return v;
}

/* *m = tokens [first, last], value a */
static inline void
set_match(dmatch *m, int first, int last, dval a)
{
	m->first = first;
	m->last = last;
	m->a = a;
	m->range = false;
}

/* ---- values, resolving and TIMEX3 (dates_resolve.c) ---- */

/* the day z; its ISO week (or weekend) */
extern dval dt_dv_day(int64_t z);
extern dval dt_dv_week(int64_t z, dgran g);
/* PAST_REF, PRESENT_REF or FUTURE_REF for k < 0, 0, > 0 */
extern dval dt_dv_unresolved(int k);
/* the first and last day a resolved value covers; false if it has none */
extern bool dt_dv_range(const dval *v, int64_t *from, int64_t *to);
/* the TIMEX3 value of v into buf (at least 32 bytes) */
extern void dt_dv_norm(const dval *v, char *buf, size_t size);
/*
 * v (at least 0) in at least width digits at out, as "%0*d" writes it (no
 * NUL); returns the end.  For the values of every date, where snprintf
 * spent 900 instructions a call parsing its format.
 */
extern char *dt_put_num(char *out, int v, int width);
/*
 * ys, then "-%02d" of the first nparts of month n and day d, into buf; false
 * (nothing written) for a month or day out of 0-99, which snprintf writes.
 * The values of most dates: "2024-10-08", "2024-10", "2024".
 */
extern bool dt_put_ymd(char *buf, size_t size, const char *ys, int nparts, int n, int d);

/* the direction of time at token i in its sentence: -1 past, +1 future */
extern int	dt_tense_dir(const dparse *p, int i);
/* sets p->tense_lens, which spares most words dt_tense_dir's lookup */
extern void dt_tense_init(dparse *p);
/*
 * A month, a quarter or half, a month and day, a day alone, a weekday or a
 * season without a year: the nearest in direction dir from the reference
 * (strict: not the reference's own); unresolved without a reference.
 */
extern dval dt_res_month(const dparse *p, int m, int dir, bool strict);
extern dval dt_res_quarter(const dparse *p, dgran g, int q, int dir);
extern dval dt_res_month_day(const dparse *p, int m, int d, int dir);
extern dval dt_res_day_only(const dparse *p, int d, int dir);
extern dval dt_res_weekday(const dparse *p, int wd, int dir, bool strict);
extern dval dt_res_season(const dparse *p, int s, int dir, bool strict);
/* the season (1-4) and its year of day z */
extern void dt_season_of(int64_t z, int *y, int *s);
/* a calendar unit (PERIOD_*) moved by k from the day z: "last week", "next quarter" */
extern dval dt_unit_shift(int64_t z, int unit, int k);
/* the point "the previous X" counts from: the last date nearby, else the reference */
extern bool dt_anaphor_base(const dparse *p, int i, int64_t *z);

/* ---- readers the matchers share (dates_read.c) ---- */

/* "st", "nd", "rd", "th" */
extern const char *const dt_ord_suffixes[];
/* words before a month, weekday or season that make it a date: "in", "since" */
extern const char *const dt_date_preps[];
/* the year of a two-digit year: the one within 80 years before and 20 after */
extern int	dt_full_year(const dparse *p, int yy);
/* a day of the month at token i ("8", "8th", "eighth", "twenty-first"): 1-31, or 0 */
extern int	dt_day_at(const dparse *p, int i, int *last, bool *ord);
/* does token j make the number before it a figure rather than a date? */
extern bool dt_figure_follows(const dparse *p, int j);
/* is token i free to start a number expression (not glued to a longer one)? */
extern bool dt_starts_clean(const dparse *p, int i);
/* is token i the end of a number expression (nothing glued that continues it)? */
extern bool dt_ends_clean(const dparse *p, int i);
/* "this"/"current" 0, "last"/"past" -1, "next"/"coming" +1; false if none */
extern bool dt_deictic_at(const dparse *p, int i, int *k);
/* a year relative to the reference: "(this|last|next) year" at i */
extern bool dt_rel_year_at(const dparse *p, int i, int *k);
/* a year after a period: "of 2024", ", 2024", "of last year", "of the year" */
/* a century word at token t ("nineteen", "twenty"): 11-20; 0 if none */
extern int	dt_century_at(const dparse *p, int t);
/* a year in words at token t ("nineteen seventy-eight"), its last token; 0 if none */
extern int	dt_spelled_year(const dparse *p, int t, int *last);
extern bool dt_year_spec(const dparse *p, int i, int *y, bool *yexp, int *last, bool *bad);

/*
 * ---- the matchers ----
 *
 * A matcher reads a date starting at token i and fills *m; false if none
 * starts there.  relaxed: the context already says it is a date (after
 * "early", "from ... to"), so words that need one (May, Sun) are read
 * alone.  depth: how many matchers called this one (MAX_DEPTH).
 */

/* calendar dates (dates_absolute.c) */

/* "October 8, 2024", "Oct. 8", "September 2023", "June next year", "in May" */
extern bool dt_m_month_first(dparse *p, int i, bool relaxed, dmatch *m);
/* "8 October 2024", "8th of October", "the fourth of May", "16. nov. 2016" */
extern bool dt_m_day_first(dparse *p, int i, bool relaxed, dmatch *m);
/* "2024-10-08", "13.5.2015", "02/22/2016", "11/2016", "2023-24" */
extern bool dt_m_numeric(dparse *p, int i, bool relaxed, dmatch *m);
/* "the month of May", "month of September" */
extern bool dt_m_month_of(dparse *p, int i, bool relaxed, dmatch *m);

/* years and their parts (dates_year.c) */

/* "1998 - 2002", "1950 - 53", "1990 to 1995" */
extern bool dt_m_year_range(dparse *p, int i, bool relaxed, dmatch *m);
/* "2023", "the 1990s", "the '70s", "the seventies", "the year 2024" */
extern bool dt_m_year(dparse *p, int i, bool relaxed, dmatch *m);
/* "Q3 2024", "3Q24", "H1 2025", "the third quarter of 2024" */
extern bool dt_m_rest_of(dparse *p, int i, bool relaxed, dmatch *m);
extern bool dt_m_next_day(dparse *p, int i, bool relaxed, dmatch *m);
extern bool dt_m_year_to_date(dparse *p, int i, bool relaxed, dmatch *m);
extern bool dt_m_same_unit(dparse *p, int i, bool relaxed, dmatch *m);
/*
 * A weekday with a name before it ("Good Friday", "Super Tuesday") at token
 * i (weekday wd): 1 and *m the day the calendar gives, -1 if the name fixes
 * no day (no date), 0 if there is no such name.
 */
extern int	dt_named_day(dparse *p, int i, int wd, dmatch *m);
extern bool dt_m_same_period(dparse *p, int i, bool relaxed, dmatch *m);
extern bool dt_m_week_of(dparse *p, int i, bool relaxed, dmatch *m);
extern bool dt_m_quarter(dparse *p, int i, bool relaxed, dmatch *m);
/* "fiscal 2024", "fiscal year 2023-24", "FY2024", "FY24", "the 2023-24 fiscal year" */
extern bool dt_m_fiscal(dparse *p, int i, bool relaxed, dmatch *m);
/* "summer 2016", "the summer of 2016", "in the spring", "in winter" */
extern bool dt_m_season(dparse *p, int i, bool relaxed, dmatch *m);

/* dates relative to the reference (dates_relative.c) */

/* "today", "yesterday", "tomorrow", "the day before yesterday" */
extern bool dt_m_deictic_day(dparse *p, int i, bool relaxed, dmatch *m);
/* "last week", "the previous quarter", "last Tuesday", "this summer" */
extern bool dt_m_relative(dparse *p, int i, int depth, bool relaxed, dmatch *m);
/* "two years ago", "a week ago", "10 days ago", "two weeks from now" */
extern bool dt_m_ago(dparse *p, int i, bool relaxed, dmatch *m);
/* "on the 27th", "by the 15th", "on 22nd": a day of the month alone */
extern bool dt_m_day_only(dparse *p, int i, bool relaxed, dmatch *m);
/* "over the weekend", "at the weekend": the nearest one in the sentence's direction */
extern bool dt_m_weekend(dparse *p, int i, bool relaxed, dmatch *m);

/* all matchers at a token (dates_match.c) */

/* every matcher at token i; the longest match wins */
extern bool dt_match_at(dparse *p, int i, int depth, bool relaxed, dmatch *m);

#endif							/* TF_DATES_INTERNAL_H */
