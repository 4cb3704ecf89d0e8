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
#include "dates_internal.h"
#include "stages.h"

#include <stdio.h>

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

/*
 * "from 2020 to 2023", "between Oct. 2 and October 22", "Friday through
 * Sunday", "January 12, 2016 - 02/22/2016": one fact from the start of the
 * first to the end of the second.
 */
static void
try_range(dparse *p, dmatch *m)
{
	int			c = m->last + 1;
	bool		from = is_word(p, m->first - 1, "from"),
				between = is_word(p, m->first - 1, "between");
	dmatch		x;
	int64_t		f1,
				t1,
				f2,
				t2;

	if (m->range)
		return;
	if (!(is_dash(p, c) || is_word(p, c, "to") || is_word(p, c, "through") || is_word(p, c, "thru") ||
		  ((is_word(p, c, "until") || is_word(p, c, "till")) && from) ||
		  (is_word(p, c, "and") && between)))
		return;
	/* "2 - 3" of bare years is arithmetic, not a range */
	if (is_dash(p, c) && m->a.g == DG_YEAR && !from && !between)
		return;
	if (!dt_match_at(p, c + 1, 1, true, &x) || x.range || !tf_span_free(p->doc, c + 1, x.last) ||
		tok(p, x.last)->sentence != tok(p, m->first)->sentence)
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
	if (dt_dv_range(&m->a, &f1, &t1) && dt_dv_range(&x.a, &f2, &t2))
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
	char		ys[8];
	tf_date		c = tf_civil_from_days(z);
	bool		four = c.y >= 0 && c.y <= 9999;

	/* "%04d-%02d-%02d"; the day of a value the stage keeps is of years 1-9999 */
	if (four)
		*dt_put_num(ys, c.y, 4) = '\0';
	if (!four || !dt_put_ymd(buf, sizeof(buf), ys, 2, c.m, c.d))
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
	dt_dv_norm(&m->a, norm, 36);
	ra = dt_dv_range(&m->a, &f1, &t1);
	if (m->range)
	{
		size_t		n = strlen(norm);

		norm[n] = '/';
		dt_dv_norm(&m->b, norm + n + 1, 36);
		rb = dt_dv_range(&m->b, &f2, &t2);
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
		p->anchor_val = m->a;
		if (m->range)
			p->anchor_val.g = DG_PRESENT;	/* a range is no one period to repeat */
	}
	if (m->a.mod && !m->range)
		tf_fact_set_detail_str(doc, f, "mod", m->a.mod);
}

/*
 * The lexicon's date view of each token (its class, value and flags: a
 * scale word, a century word too).  The lexicon's maps of the first two
 * letters and of the shapes of the words the stage reads
 * (tf_lexicon_date_pairs, _shapes) spare most words the search: of the
 * words the first letters let through ("to", "and", "said"), three in four
 * are none of them.
 */
static void
classify(dparse *p)
{
	tf_doc	   *doc = p->doc;
	char		buf[TF_LEX_MAX_WORD + 1];
	const uint32_t *pairs = tf_lexicon_date_pairs;
	const uint64_t *shapes = tf_lexicon_date_shapes;

	for (int i = 0; i < doc->ntok; i++)
	{
		const tf_token *t = &doc->tok[i];
		size_t		n = t->bend - t->bstart;
		const char *w;
		char		c0,
					c1;
		unsigned	h;
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
		/* the filters read the word's first, second and last letters, lower-cased */
		w = doc->text + t->bstart;
		c0 = tf_ascii_lower(w[0]);
		c1 = n > 1 ? tf_ascii_lower(w[1]) : '\0';
		if (c0 < 'a' || c0 > 'z' ||
			!(n == 1 ? (pairs[c0 - 'a'] & (1u << 26)) :
			  (c1 >= 'a' && c1 <= 'z' && (pairs[c0 - 'a'] & (1u << (c1 - 'a'))))))
			continue;
		h = tf_lex_shape(c0, tf_ascii_lower(w[n - 1]), n);
		if (!(shapes[h / 64] & (UINT64_C(1) << (h % 64))))
			continue;
		tf_ascii_lower_copy(buf, w, n);
		buf[n] = '\0';
		e = tf_lex_find(buf, n);
		if (e)
		{
			p->k[i].kind = e->date.cls;
			p->k[i].val = e->date.val;
			p->k[i].flags = e->date.flags;
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
	dt_tense_init(&p);

	for (int i = 0; i < doc->ntok; i++)
	{
		dmatch		m;

		TF_TICK(doc);
		if (doc->tok[i].claimed || !dt_may_start(&p, i) || !dt_match_at(&p, i, 0, false, &m) ||
			!tf_span_free(doc, m.first, m.last))
			continue;
		try_range(&p, &m);
		emit(&p, &m);
		i = m.last;
	}
	doc->a->free(doc->a->ctx, p.k);
}
