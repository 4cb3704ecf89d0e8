/*
 * factquery_term.c — what one term of a factquery means: its kind, and for
 * figures a unit, a comparison, a range or an exact value as order-preserving
 * number keys; for dates a calendar interval or an unresolved norm; for
 * names the exact value or a prefix (country and nationality names and codes
 * become ISO codes).  The grammar around terms is in factquery_parse.c.
 */
#include "factquery_parser.h"

#include <stdio.h>

static const uint8_t *
encode_number(parser *p, const tf_decimal *d, size_t *len)
{
	uint8_t    *buf = tf_arena_alloc(p->arena, TF_NUMENC_MAX);

	*len = tf_numenc(d, buf);
	return buf;
}

/* true if s[0..len) is written as a number: [+-]digits[.digits][e[+-]digits] */
static bool
number_shaped(const char *s, size_t len)
{
	size_t		i = 0;
	bool		digits = false;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		digits = true;
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits = true;
	if (!digits)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		bool		edigits = false;

		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			edigits = true;
		if (!edigits)
			return false;
	}
	return i == len;
}

/* parses s[0..len) at offset pos as a number; what names it for messages */
static bool
parse_number(parser *p, const char *s, size_t len, size_t pos, const char *after,
			 tf_decimal *d)
{
	if (len == 0)
	{
		fq_fail(p, TF_ERR_SYNTAX, pos, fq_number_hint, "expected a number after %s", after);
		return false;
	}
	if (!tf_decimal_parse(s, len, d))
	{
		if (number_shaped(s, len))
			fq_fail(p, TF_ERR_SYNTAX, pos,
				 "Numbers are exact: at most 19 significant digits, and a power of ten from -40 to 40.",
				 "number \"%.*s\" is out of range", tf_clip(s, len, 40), s);
		else
			fq_fail(p, TF_ERR_SYNTAX, pos, fq_number_hint, "invalid number \"%.*s\"",
				 tf_clip(s, len, 40), s);
		return false;
	}
	return true;
}

static bool
parse_date(parser *p, const char *s, size_t len, size_t pos, const char *after,
		   int32_t *from, int32_t *to)
{
	int			r;

	if (len == 0)
	{
		fq_fail(p, TF_ERR_SYNTAX, pos, fq_date_hint, "expected a date after %s", after);
		return false;
	}
	r = tf_timex_interval(s, len, from, to);
	if (r == 1)
		return true;
	if (r < 0)
		fq_fail(p, TF_ERR_VALUE, pos, tf_calendar_hint, "invalid date \"%.*s\"", tf_clip(s, len, 40), s);
	else
		fq_fail(p, TF_ERR_SYNTAX, pos, fq_date_hint, "\"%.*s\" is not a calendar date",
			 tf_clip(s, len, 40), s);
	return false;
}

/* sets a figure term's bounds from a comparison */
static void
figure_bounds(parser *p, pnode *t, int cmp, const tf_decimal *x, const tf_decimal *y)
{
	size_t		n;
	const uint8_t *ex = encode_number(p, x, &n);

	t->n.form = TF_FQ_FIGURE;
	t->n.cmp = (uint8_t) cmp;
	switch (cmp)
	{
		case TF_CMP_EQ:
			t->lo = t->hi = ex;
			t->lo_len = t->hi_len = n;
			t->n.flags |= TF_FQ_HAS_LO | TF_FQ_LO_INCL | TF_FQ_HAS_HI | TF_FQ_HI_INCL;
			break;
		case TF_CMP_LT:
		case TF_CMP_LE:
			t->hi = ex;
			t->hi_len = n;
			t->n.flags |= TF_FQ_HAS_HI | (cmp == TF_CMP_LE ? TF_FQ_HI_INCL : 0);
			break;
		case TF_CMP_GT:
		case TF_CMP_GE:
			t->lo = ex;
			t->lo_len = n;
			t->n.flags |= TF_FQ_HAS_LO | (cmp == TF_CMP_GE ? TF_FQ_LO_INCL : 0);
			break;
		case TF_CMP_RANGE:
			t->lo = ex;
			t->lo_len = n;
			t->hi = encode_number(p, y, &t->hi_len);
			t->n.flags |= TF_FQ_HAS_LO | TF_FQ_LO_INCL | TF_FQ_HAS_HI | TF_FQ_HI_INCL;
			break;
	}
}

/* a range "A..B" of numbers in v split at dots */
static bool
figure_range(parser *p, pnode *t, const value *v, long dots)
{
	tf_decimal	a,
				b;
	size_t		bpos = v->pos + (size_t) dots + 2;

	if (!parse_number(p, v->s, (size_t) dots, v->pos, "\":\"", &a) ||
		!parse_number(p, v->s + dots + 2, v->len - (size_t) dots - 2, bpos, "\"..\"", &b))
		return false;
	if (tf_decimal_cmp(&a, &b) > 0)
	{
		fq_fail(p, TF_ERR_SYNTAX, v->pos, "Write a range low to high, as in percent:5..10.",
			 "range starts above its end");
		return false;
	}
	figure_bounds(p, t, TF_CMP_RANGE, &a, &b);
	return true;
}

static bool
set_unit(parser *p, pnode *t, const value *v)
{
	char	   *u;
	const char *what;
	const char *hint;

	if (1 + v->len + 1 + TF_NUMENC_MAX > TF_KEY_MAX)
	{
		fq_fail(p, TF_ERR_LIMIT, v->pos, NULL, "unit is longer than %d bytes",
			 TF_KEY_MAX - 2 - TF_NUMENC_MAX);
		return false;
	}
	u = tf_arena_strndup(p->arena, v->s, v->len);
	/* currencies are ISO 4217 codes, kept in upper case */
	if (t->n.kind == TF_MONEY)
		tf_ascii_upper_copy(u, u, v->len);
	/* a unit no fact can have would match nothing: say so, as a key does */
	hint = tf_figure_unit_error(t->n.kind, u, v->len, &what);
	if (hint != NULL)
	{
		fq_fail(p, TF_ERR_VALUE, v->pos, hint, "unknown %s \"%.*s\"", what,
			 tf_clip(v->s, v->len, 40), v->s);
		return false;
	}
	t->str = u;
	t->str_len = v->len;
	t->n.flags |= TF_FQ_HAS_UNIT;
	return true;
}

/* KIND [':' UNIT] CMP NUMBER, at the comparison */
static bool
figure_cmp(parser *p, pnode *t)
{
	int			cmp = fq_read_cmp(p);
	value		v;
	tf_decimal	x;
	char		after[8];

	snprintf(after, sizeof(after), "\"%s\"", fq_cmp_text[cmp]);
	fq_skip_ws(p);
	if (fq_peek(p) == '"')
	{
		fq_fail(p, TF_ERR_SYNTAX, p->i, fq_number_hint, "expected a number after %s", after);
		return false;
	}
	if (!fq_read_value(p, true, &v) || !parse_number(p, v.s, v.len, v.pos, after, &x))
		return false;
	figure_bounds(p, t, cmp, &x, NULL);
	return true;
}

static bool
date_cmp(parser *p, pnode *t)
{
	int			cmp = fq_read_cmp(p);
	value		v;
	int32_t		from,
				to;
	char		after[8];

	snprintf(after, sizeof(after), "\"%s\"", fq_cmp_text[cmp]);
	fq_skip_ws(p);
	if (fq_peek(p) == '"')
	{
		fq_fail(p, TF_ERR_SYNTAX, p->i, fq_date_hint, "expected a date after %s", after);
		return false;
	}
	if (!fq_read_value(p, true, &v) || !parse_date(p, v.s, v.len, v.pos, after, &from, &to))
		return false;
	t->n.form = TF_FQ_DATE;
	t->n.cmp = (uint8_t) cmp;
	t->lo = (const uint8_t *) v.s;
	t->lo_len = v.len;
	switch (cmp)
	{
		case TF_CMP_EQ:
			t->n.lo_day = from;
			t->n.hi_day = to;
			t->n.flags |= TF_FQ_HAS_LO | TF_FQ_HAS_HI;
			break;
		case TF_CMP_GE:
			t->n.lo_day = from;
			t->n.flags |= TF_FQ_HAS_LO;
			break;
		case TF_CMP_GT:
			t->n.lo_day = to + 1;
			t->n.flags |= TF_FQ_HAS_LO;
			break;
		case TF_CMP_LE:
			t->n.hi_day = to;
			t->n.flags |= TF_FQ_HAS_HI;
			break;
		case TF_CMP_LT:
			t->n.hi_day = from - 1;
			t->n.flags |= TF_FQ_HAS_HI;
			break;
	}
	return true;
}

static bool
figure_value(parser *p, pnode *t, value *v1)
{
	long		dots = fq_find_range(v1);
	size_t		save;

	if (fq_peek(p) == '*')
	{
		fq_fail(p, TF_ERR_SYNTAX, p->i, "Prefixes match names and dates; compare figures with <, <=, =, >=, > or a range.",
			 "prefix \"*\" does not apply to figures");
		return false;
	}
	if (dots >= 0)
		return figure_range(p, t, v1, dots);

	save = p->i;
	fq_skip_ws(p);
	if (fq_is_cmp(fq_peek(p)))
	{
		if (v1->len == 0 && !v1->quoted)
		{
			fq_fail(p, TF_ERR_SYNTAX, v1->pos, fq_cmp_hint, "expected a unit after \":\"");
			return false;
		}
		return set_unit(p, t, v1) && figure_cmp(p, t);
	}
	p->i = save;
	if (fq_peek(p) == ':')
	{
		value		v2;
		tf_decimal	x;

		/* KIND ':' UNIT ':' NUMBER [ '..' NUMBER ]; the unit may be empty */
		if (!set_unit(p, t, v1))
			return false;
		p->i++;
		if (fq_peek(p) == '"')
		{
			fq_fail(p, TF_ERR_SYNTAX, p->i, fq_number_hint, "expected a number after \":\"");
			return false;
		}
		if (!fq_read_value(p, true, &v2))
			return false;
		dots = fq_find_range(&v2);
		if (dots >= 0)
			return figure_range(p, t, &v2, dots);
		if (!parse_number(p, v2.s, v2.len, v2.pos, "\":\"", &x))
			return false;
		figure_bounds(p, t, TF_CMP_EQ, &x, NULL);
		return true;
	}
	if (v1->len == 0 && !v1->quoted)
	{
		fq_fail(p, TF_ERR_SYNTAX, v1->pos, fq_quote_hint, "expected a value after \":\"");
		return false;
	}
	if (!v1->quoted)
	{
		tf_decimal	x;

		if (tf_decimal_parse(v1->s, v1->len, &x))
		{
			figure_bounds(p, t, TF_CMP_EQ, &x, NULL);
			return true;
		}
		if ((v1->s[0] >= '0' && v1->s[0] <= '9') || v1->s[0] == '-' || v1->s[0] == '+' ||
			v1->s[0] == '.')
		{
			/* looks like a number but is not one: say so rather than take it as a unit */
			tf_decimal	unused;

			return parse_number(p, v1->s, v1->len, v1->pos, "\":\"", &unused);
		}
	}
	/* a unit alone: any value in that unit */
	t->n.form = TF_FQ_FIGURE;
	t->n.cmp = TF_CMP_NONE;
	return set_unit(p, t, v1);
}

static bool
date_value(parser *p, pnode *t, value *v)
{
	long		dots;
	int32_t		from,
				to;
	int			r;

	if (v->len == 0)
	{
		if (v->quoted)
			fq_fail(p, TF_ERR_SYNTAX, v->pos, fq_date_hint, "empty date value");
		else
			fq_fail(p, TF_ERR_SYNTAX, v->pos, fq_date_hint, "expected a date after \":\"");
		return false;
	}
	if (TF_DATE_HDR(TF_DATE_INTERVAL) + v->len > TF_KEY_MAX)
	{
		fq_fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes",
			 TF_KEY_MAX - TF_DATE_HDR(TF_DATE_INTERVAL));
		return false;
	}
	if (fq_peek(p) == '*')
	{
		p->i++;
		t->n.form = TF_FQ_PREFIX;
		t->str = v->s;
		t->str_len = v->len;
		return true;
	}
	dots = fq_find_range(v);
	if (dots >= 0)
	{
		int32_t		f2,
					t2;
		size_t		bpos = v->pos + (size_t) dots + 2;

		if (!parse_date(p, v->s, (size_t) dots, v->pos, "\":\"", &from, &to) ||
			!parse_date(p, v->s + dots + 2, v->len - (size_t) dots - 2, bpos, "\"..\"", &f2, &t2))
			return false;
		if (from > t2)
		{
			fq_fail(p, TF_ERR_SYNTAX, v->pos, "Write a range early to late, as in date:2023-01..2023-12.",
				 "date range starts after its end");
			return false;
		}
		t->n.form = TF_FQ_DATE;
		t->n.cmp = TF_CMP_RANGE;
		t->n.lo_day = from;
		t->n.hi_day = t2;
		t->n.flags |= TF_FQ_HAS_LO | TF_FQ_HAS_HI;
		t->lo = (const uint8_t *) v->s;
		t->lo_len = (size_t) dots;
		t->hi = (const uint8_t *) v->s + dots + 2;
		t->hi_len = v->len - (size_t) dots - 2;
		return true;
	}
	r = tf_timex_interval(v->s, v->len, &from, &to);
	if (r < 0)
	{
		fq_fail(p, TF_ERR_VALUE, v->pos, tf_calendar_hint, "invalid date \"%.*s\"",
			 tf_clip(v->s, v->len, 40), v->s);
		return false;
	}
	if (r > 0)
	{
		t->n.form = TF_FQ_DATE;
		t->n.cmp = TF_CMP_EQ;
		t->n.lo_day = from;
		t->n.hi_day = to;
		t->n.flags |= TF_FQ_HAS_LO | TF_FQ_HAS_HI;
		t->lo = (const uint8_t *) v->s;
		t->lo_len = v->len;
		return true;
	}
	/* an unresolved TIMEX3 value (XXXX-09, PRESENT_REF): by norm */
	t->n.form = TF_FQ_NORM;
	t->str = v->s;
	t->str_len = v->len;
	return true;
}

static bool
entity_value(parser *p, pnode *t, value *v)
{
	int			kind = t->n.kind;

	if (v->len == 0)
	{
		if (v->quoted)
			fq_fail(p, TF_ERR_SYNTAX, v->pos, NULL, "empty value");
		else
			fq_fail(p, TF_ERR_SYNTAX, v->pos, fq_quote_hint, "expected a value after \":\"");
		return false;
	}
	t->n.form = TF_FQ_NORM;
	if (fq_peek(p) == '*')
	{
		if (kind == TF_COUNTRY || kind == TF_NATIONALITY)
		{
			fq_fail(p, TF_ERR_SYNTAX, p->i,
				 "Countries are matched by ISO code; name the country in full, as in country:PK or country:pakistan.",
				 "prefix \"*\" does not apply to countries and nationalities");
			return false;
		}
		p->i++;
		t->n.form = TF_FQ_PREFIX;
	}
	if (kind == TF_COUNTRY || kind == TF_NATIONALITY)
	{
		const char *code = tf_country_code(v->s, v->len);

		if (code == NULL)
		{
			fq_fail(p, TF_ERR_VALUE, v->pos,
				 "Use an ISO 3166 code or an English name, as in country:PK or country:pakistan.",
				 "unknown %s \"%.*s\"", kind == TF_COUNTRY ? "country" : "nationality",
				 tf_clip(v->s, v->len, 40), v->s);
			return false;
		}
		t->str = code;
		t->str_len = strlen(code);
		return true;
	}
	if (1 + v->len > TF_KEY_MAX)
	{
		fq_fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes", TF_KEY_MAX - 1);
		return false;
	}
	t->str = v->s;
	t->str_len = v->len;
	return true;
}

pnode *
fq_parse_term(parser *p)
{
	size_t		start = p->i;
	char		name[16];
	size_t		klen;
	int			kind;
	pnode	   *t;
	bool		ok;

	/* counted first, so a query with too many terms fails at a term's start */
	t = fq_new_node(p, TF_FQ_TERM);
	if (t == NULL)
		return NULL;
	while (p->i < p->len && fq_is_alpha((unsigned char) p->s[p->i]))
		p->i++;
	klen = p->i - start;
	tf_ascii_lower_copy(name, p->s + start, klen < sizeof(name) ? klen : sizeof(name));
	kind = klen < sizeof(name) ? tf_kind_from_name(name, klen) : -1;
	if (kind < 0)
		return fq_fail(p, TF_ERR_SYNTAX, start, tf_kinds_hint, "unknown fact kind \"%.*s\"",
					tf_clip(p->s + start, klen, 40), p->s + start);
	t->n.kind = (uint8_t) kind;

	if (fq_peek(p) == ':')
	{
		value		v;

		p->i++;
		if (!fq_read_value(p, tf_kind_is_figure(kind) || kind == TF_DATE, &v))
			return NULL;
		if (tf_kind_is_figure(kind))
			ok = figure_value(p, t, &v);
		else if (kind == TF_DATE)
			ok = date_value(p, t, &v);
		else
			ok = entity_value(p, t, &v);
	}
	else
	{
		size_t		save = p->i;

		fq_skip_ws(p);
		if (fq_is_cmp(fq_peek(p)))
		{
			if (tf_kind_is_figure(kind))
				ok = figure_cmp(p, t);
			else if (kind == TF_DATE)
				ok = date_cmp(p, t);
			else
				return fq_fail(p, TF_ERR_SYNTAX, p->i, fq_cmp_hint,
							"comparisons apply only to figures and dates");
		}
		else
		{
			p->i = save;
			t->n.form = TF_FQ_KIND;
			ok = true;
		}
	}
	if (!ok || !fq_term_end(p, kind))
		return NULL;
	return t;
}
