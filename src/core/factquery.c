/*
 * factquery.c — the fact query language: parser, canonical text, and
 * evaluation against a factvector (and, through the term matcher, against
 * the keys of a GIN index).
 *
 * Grammar (DESIGN.md):
 *
 *   query  := or
 *   or     := and ( '|' and )*
 *   and    := not ( '&' not )*
 *   not    := '!' not | '(' or ')' | term
 *   term   := KIND                                     any fact of that kind
 *           | KIND ':' VALUE [ '*' ]                   entity or date by norm; * = prefix
 *           | KIND [ ':' UNIT ] CMP NUMBER             figures
 *           | KIND [ ':' UNIT ] ':' NUMBER '..' NUMBER inclusive range
 *           | 'date' CMP DATE | 'date:' DATE '..' DATE
 *   CMP    := '<' | '<=' | '=' | '>=' | '>'
 *   VALUE  := [A-Za-z0-9_.-]+ | '"' ( any but '"' and '\' | '\"' | '\\' )* '"'
 *
 * Choices where DESIGN.md is silent (documented in the README):
 *  - white space may stand between terms and operators and around CMP;
 *  - a figure kind with one value is a unit when the value is not a number
 *    (money:USD: any amount in dollars) and an equality when it is
 *    (percent:5 = percent=5); KIND ':' UNIT ':' NUMBER is an equality too, so
 *    every key of a factvector's text form is also a query term; an empty
 *    unit (number::70, number:"") means "no unit";
 *  - date:VALUE with a calendar value (2024, 2024-09, 2024-09-08, 2024-W40,
 *    2024-Q3, 2024-H2) matches by interval overlap; any other value
 *    (XXXX-09, PRESENT_REF) matches an unresolved date by its norm;
 *  - date>=X: the fact ends on or after X's first day; date>X: after X's
 *    last; date<=X: it starts on or before X's last day; date<X: before X's
 *    first;
 *  - kinds are matched in any case, canonical text is lower case; money
 *    units are ISO codes in upper case; names are matched exactly.
 *
 * Operators of one kind are flattened (a & (b & c) is one AND of three), so
 * the canonical text has no redundant parentheses and reparses to the same
 * query.  Work is bounded: TF_FQ_MAX_NODES nodes, TF_FQ_MAX_DEPTH nesting,
 * values of at most TF_KEY_MAX bytes, one pass over the input.
 */
#include "factsearch_internal.h"

#include <stdio.h>

typedef struct pnode
{
	tf_fq_node	n;
	const char *str;
	const uint8_t *lo;
	const uint8_t *hi;
	size_t		str_len;
	size_t		lo_len;
	size_t		hi_len;
	struct pnode **child;
	int			nchild;
	int			cap;
} pnode;

typedef struct parser
{
	const tf_allocator *a;
	tf_arena   *arena;
	const char *s;
	size_t		len;
	size_t		i;
	tf_parse_error *err;
	int			nnodes;
} parser;

/* a VALUE as read */
typedef struct value
{
	const char *s;
	size_t		len;
	size_t		pos;
	bool		quoted;
} value;

static const char quote_hint[] =
"Quote values with spaces, &, ' or other characters, as in org:\"S&P\" or org:\"Moody's\".";
static const char number_hint[] =
"Write numbers as digits with an optional decimal point and exponent: 1e9, 2.5, -3.";
static const char date_hint[] =
"Dates are written YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or YYYY-Hn, or as an interval in quotes, \"2020/2023\".";
static const char cmp_hint[] =
"Compare figures and dates, as in money:USD>=1e9, percent>5 or date>=2024-09; match names with kind:value.";

static const char *const cmp_text[] = {"", "=", "<", "<=", ">", ">=", ""};

/* ---- lexing ---- */

static int
peek(const parser *p)
{
	return p->i < p->len ? (unsigned char) p->s[p->i] : -1;
}

static bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void
skip_ws(parser *p)
{
	while (p->i < p->len && is_space((unsigned char) p->s[p->i]))
		p->i++;
}

static bool
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_bare(int c, bool numeric)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' ||
		(numeric && c == '+');
}

static bool
is_cmp(int c)
{
	return c == '<' || c == '>' || c == '=';
}

static void *
fail(parser *p, tf_errcode code, size_t off, const char *hint, const char *fmt,...)
#if defined(__GNUC__)
			__attribute__((format(printf, 5, 6)))
#endif
			;

static void *
fail(parser *p, tf_errcode code, size_t off, const char *hint, const char *fmt,...)
{
	va_list		ap;
	char		msg[sizeof(p->err->message)];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	tf_set_error(p->err, code, p->s, off, hint, "%s", msg);
	return NULL;
}

/* the character at p->s[off] as a printable string, for messages */
static void
char_at(const parser *p, size_t off, char *buf, size_t bufsize)
{
	size_t		end = off;

	if (off >= p->len)
	{
		snprintf(buf, bufsize, "end of query");
		return;
	}
	if (tf_utf8_next(p->s, p->len, &end) < 0 || p->s[off] == '\0' ||
		(unsigned char) p->s[off] < 0x20)
		snprintf(buf, bufsize, "byte 0x%02X", (unsigned char) p->s[off]);
	else
		snprintf(buf, bufsize, "\"%.*s\"", (int) (end - off), p->s + off);
}

static pnode *
new_node(parser *p, tf_fq_type type)
{
	pnode	   *n;

	if (++p->nnodes > TF_FQ_MAX_NODES)
		return fail(p, TF_ERR_LIMIT, p->i, "Split the query, or match a kind or a prefix instead of many single values.",
					"factquery has more than %d terms and operators", TF_FQ_MAX_NODES);
	n = tf_arena_alloc(p->arena, sizeof(pnode));
	memset(n, 0, sizeof(*n));
	n->n.type = (uint8_t) type;
	return n;
}

/* adds child to an AND or OR node, splicing in a child of the same type */
static void
add_child(parser *p, pnode *parent, pnode *child)
{
	if (child->n.type == parent->n.type)
	{
		for (int k = 0; k < child->nchild; k++)
			add_child(p, parent, child->child[k]);
		return;
	}
	parent->child = tf_arena_grow(p->arena, parent->child, &parent->cap,
								  parent->nchild + 1, sizeof(pnode *));
	parent->child[parent->nchild++] = child;
}

/*
 * Reads a VALUE: quoted, or a bare run of [A-Za-z0-9_.-] (and '+' where a
 * number may stand).  An empty bare value is returned as such.
 */
static bool
read_value(parser *p, bool numeric, value *v)
{
	v->pos = p->i;
	v->quoted = false;
	if (peek(p) == '"')
	{
		char	   *buf = tf_arena_alloc(p->arena, TF_KEY_MAX + 1);
		size_t		n = 0;

		v->quoted = true;
		p->i++;
		for (;;)
		{
			char		c;

			if (p->i >= p->len)
			{
				fail(p, TF_ERR_SYNTAX, v->pos, "Close every quoted value with \".",
					 "unterminated quoted value");
				return false;
			}
			c = p->s[p->i++];
			if (c == '"')
				break;
			if (c == '\\')
			{
				if (p->i >= p->len)
				{
					fail(p, TF_ERR_SYNTAX, v->pos, "Close every quoted value with \".",
						 "unterminated quoted value");
					return false;
				}
				c = p->s[p->i];
				if (c != '"' && c != '\\')
				{
					char		what[32];

					char_at(p, p->i, what, sizeof(what));
					fail(p, TF_ERR_SYNTAX, p->i - 1,
						 "Inside quotes, write \\\" for a quote and \\\\ for a backslash.",
						 "invalid escape: backslash before %s", what);
					return false;
				}
				p->i++;
			}
			else if (c == '\0')
			{
				fail(p, TF_ERR_SYNTAX, p->i - 1, NULL, "NUL byte in quoted value");
				return false;
			}
			if (n >= TF_KEY_MAX)
			{
				fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes", TF_KEY_MAX);
				return false;
			}
			buf[n++] = c;
		}
		buf[n] = '\0';
		if (!tf_utf8_valid(buf, n))
		{
			fail(p, TF_ERR_SYNTAX, v->pos, NULL, "quoted value is not valid UTF-8");
			return false;
		}
		v->s = buf;
		v->len = n;
		return true;
	}
	while (p->i < p->len && is_bare((unsigned char) p->s[p->i], numeric))
		p->i++;
	v->s = p->s + v->pos;
	v->len = p->i - v->pos;
	if (v->len > TF_KEY_MAX)
	{
		fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes", TF_KEY_MAX);
		return false;
	}
	return true;
}

/* the offset of the first ".." in v, or -1 */
static long
find_range(const value *v)
{
	if (v->quoted)
		return -1;
	for (size_t k = 0; k + 1 < v->len; k++)
		if (v->s[k] == '.' && v->s[k + 1] == '.')
			return (long) k;
	return -1;
}

static int
read_cmp(parser *p)
{
	int			c = peek(p);

	if (c == '<' || c == '>')
	{
		p->i++;
		if (peek(p) == '=')
		{
			p->i++;
			return c == '<' ? TF_CMP_LE : TF_CMP_GE;
		}
		return c == '<' ? TF_CMP_LT : TF_CMP_GT;
	}
	if (c == '=')
	{
		p->i++;
		return TF_CMP_EQ;
	}
	return TF_CMP_NONE;
}

/* a term must end at white space, an operator, ')' or the end */
static bool
term_end(parser *p, int kind)
{
	int			c = peek(p);
	char		what[32];

	if (c < 0 || is_space(c) || c == '&' || c == '|' || c == ')')
		return true;
	if (c == ':')
		fail(p, TF_ERR_SYNTAX, p->i, quote_hint, "unexpected \":\" in a value");
	else if (is_cmp(c))
	{
		if (tf_kind_is_figure(kind) || kind == TF_DATE)
			fail(p, TF_ERR_SYNTAX, p->i, cmp_hint, "unexpected comparison after a complete term");
		else
			fail(p, TF_ERR_SYNTAX, p->i, cmp_hint, "comparisons apply only to figures and dates");
	}
	else if (c == '*')
		fail(p, TF_ERR_SYNTAX, p->i, "Prefixes match names and dates, as in org:Bank* or date:2024*.",
			 "prefix \"*\" does not apply here");
	else if (c == '(' || c == '!' || c == '"' || is_alpha(c))
		fail(p, TF_ERR_SYNTAX, p->i, "Join terms with & (and) or | (or), as in country:PK & money.",
			 "expected \"&\" or \"|\" between terms");
	else
	{
		char_at(p, p->i, what, sizeof(what));
		fail(p, TF_ERR_SYNTAX, p->i, quote_hint, "unexpected %s", what);
	}
	return false;
}

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
		fail(p, TF_ERR_SYNTAX, pos, number_hint, "expected a number after %s", after);
		return false;
	}
	if (!tf_decimal_parse(s, len, d))
	{
		if (number_shaped(s, len))
			fail(p, TF_ERR_SYNTAX, pos,
				 "Numbers are exact: at most 19 significant digits, and a power of ten from -40 to 40.",
				 "number \"%.*s\" is out of range", tf_clip(s, len, 40), s);
		else
			fail(p, TF_ERR_SYNTAX, pos, number_hint, "invalid number \"%.*s\"",
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
		fail(p, TF_ERR_SYNTAX, pos, date_hint, "expected a date after %s", after);
		return false;
	}
	r = tf_timex_interval(s, len, from, to);
	if (r == 1)
		return true;
	if (r < 0)
		fail(p, TF_ERR_VALUE, pos, tf_calendar_hint, "invalid date \"%.*s\"", tf_clip(s, len, 40), s);
	else
		fail(p, TF_ERR_SYNTAX, pos, date_hint, "\"%.*s\" is not a calendar date",
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
		fail(p, TF_ERR_SYNTAX, v->pos, "Write a range low to high, as in percent:5..10.",
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
		fail(p, TF_ERR_LIMIT, v->pos, NULL, "unit is longer than %d bytes",
			 TF_KEY_MAX - 2 - TF_NUMENC_MAX);
		return false;
	}
	u = tf_arena_strndup(p->arena, v->s, v->len);
	/* currencies are ISO 4217 codes, kept in upper case */
	if (t->n.kind == TF_MONEY)
		for (size_t k = 0; k < v->len; k++)
			if (u[k] >= 'a' && u[k] <= 'z')
				u[k] = (char) (u[k] - 32);
	/* a unit no fact can have would match nothing: say so, as a key does */
	hint = tf_figure_unit_error(t->n.kind, u, v->len, &what);
	if (hint != NULL)
	{
		fail(p, TF_ERR_VALUE, v->pos, hint, "unknown %s \"%.*s\"", what,
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
	int			cmp = read_cmp(p);
	value		v;
	tf_decimal	x;
	char		after[8];

	snprintf(after, sizeof(after), "\"%s\"", cmp_text[cmp]);
	skip_ws(p);
	if (peek(p) == '"')
	{
		fail(p, TF_ERR_SYNTAX, p->i, number_hint, "expected a number after %s", after);
		return false;
	}
	if (!read_value(p, true, &v) || !parse_number(p, v.s, v.len, v.pos, after, &x))
		return false;
	figure_bounds(p, t, cmp, &x, NULL);
	return true;
}

static bool
date_cmp(parser *p, pnode *t)
{
	int			cmp = read_cmp(p);
	value		v;
	int32_t		from,
				to;
	char		after[8];

	snprintf(after, sizeof(after), "\"%s\"", cmp_text[cmp]);
	skip_ws(p);
	if (peek(p) == '"')
	{
		fail(p, TF_ERR_SYNTAX, p->i, date_hint, "expected a date after %s", after);
		return false;
	}
	if (!read_value(p, true, &v) || !parse_date(p, v.s, v.len, v.pos, after, &from, &to))
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
	long		dots = find_range(v1);
	size_t		save;

	if (peek(p) == '*')
	{
		fail(p, TF_ERR_SYNTAX, p->i, "Prefixes match names and dates; compare figures with <, <=, =, >=, > or a range.",
			 "prefix \"*\" does not apply to figures");
		return false;
	}
	if (dots >= 0)
		return figure_range(p, t, v1, dots);

	save = p->i;
	skip_ws(p);
	if (is_cmp(peek(p)))
	{
		if (v1->len == 0 && !v1->quoted)
		{
			fail(p, TF_ERR_SYNTAX, v1->pos, cmp_hint, "expected a unit after \":\"");
			return false;
		}
		return set_unit(p, t, v1) && figure_cmp(p, t);
	}
	p->i = save;
	if (peek(p) == ':')
	{
		value		v2;
		tf_decimal	x;

		/* KIND ':' UNIT ':' NUMBER [ '..' NUMBER ]; the unit may be empty */
		if (!set_unit(p, t, v1))
			return false;
		p->i++;
		if (peek(p) == '"')
		{
			fail(p, TF_ERR_SYNTAX, p->i, number_hint, "expected a number after \":\"");
			return false;
		}
		if (!read_value(p, true, &v2))
			return false;
		dots = find_range(&v2);
		if (dots >= 0)
			return figure_range(p, t, &v2, dots);
		if (!parse_number(p, v2.s, v2.len, v2.pos, "\":\"", &x))
			return false;
		figure_bounds(p, t, TF_CMP_EQ, &x, NULL);
		return true;
	}
	if (v1->len == 0 && !v1->quoted)
	{
		fail(p, TF_ERR_SYNTAX, v1->pos, quote_hint, "expected a value after \":\"");
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
			fail(p, TF_ERR_SYNTAX, v->pos, date_hint, "empty date value");
		else
			fail(p, TF_ERR_SYNTAX, v->pos, date_hint, "expected a date after \":\"");
		return false;
	}
	if (TF_DATE_HDR(TF_DATE_INTERVAL) + v->len > TF_KEY_MAX)
	{
		fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes",
			 TF_KEY_MAX - TF_DATE_HDR(TF_DATE_INTERVAL));
		return false;
	}
	if (peek(p) == '*')
	{
		p->i++;
		t->n.form = TF_FQ_PREFIX;
		t->str = v->s;
		t->str_len = v->len;
		return true;
	}
	dots = find_range(v);
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
			fail(p, TF_ERR_SYNTAX, v->pos, "Write a range early to late, as in date:2023-01..2023-12.",
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
		fail(p, TF_ERR_VALUE, v->pos, tf_calendar_hint, "invalid date \"%.*s\"",
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
			fail(p, TF_ERR_SYNTAX, v->pos, NULL, "empty value");
		else
			fail(p, TF_ERR_SYNTAX, v->pos, quote_hint, "expected a value after \":\"");
		return false;
	}
	t->n.form = TF_FQ_NORM;
	if (peek(p) == '*')
	{
		if (kind == TF_COUNTRY || kind == TF_NATIONALITY)
		{
			fail(p, TF_ERR_SYNTAX, p->i,
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
			fail(p, TF_ERR_VALUE, v->pos,
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
		fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes", TF_KEY_MAX - 1);
		return false;
	}
	t->str = v->s;
	t->str_len = v->len;
	return true;
}

static pnode *
parse_term(parser *p)
{
	size_t		start = p->i;
	char		name[16];
	size_t		klen;
	int			kind;
	pnode	   *t;
	bool		ok;

	/* counted first, so a query with too many terms fails at a term's start */
	t = new_node(p, TF_FQ_TERM);
	if (t == NULL)
		return NULL;
	while (p->i < p->len && is_alpha((unsigned char) p->s[p->i]))
		p->i++;
	klen = p->i - start;
	for (size_t k = 0; k < klen && k < sizeof(name); k++)
	{
		char		c = p->s[start + k];

		name[k] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	kind = klen < sizeof(name) ? tf_kind_from_name(name, klen) : -1;
	if (kind < 0)
		return fail(p, TF_ERR_SYNTAX, start, tf_kinds_hint, "unknown fact kind \"%.*s\"",
					tf_clip(p->s + start, klen, 40), p->s + start);
	t->n.kind = (uint8_t) kind;

	if (peek(p) == ':')
	{
		value		v;

		p->i++;
		if (!read_value(p, tf_kind_is_figure(kind) || kind == TF_DATE, &v))
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

		skip_ws(p);
		if (is_cmp(peek(p)))
		{
			if (tf_kind_is_figure(kind))
				ok = figure_cmp(p, t);
			else if (kind == TF_DATE)
				ok = date_cmp(p, t);
			else
				return fail(p, TF_ERR_SYNTAX, p->i, cmp_hint,
							"comparisons apply only to figures and dates");
		}
		else
		{
			p->i = save;
			t->n.form = TF_FQ_KIND;
			ok = true;
		}
	}
	if (!ok || !term_end(p, kind))
		return NULL;
	return t;
}

static pnode *parse_or(parser *p, int depth);

static pnode *
parse_not(parser *p, int depth)
{
	int			c;

	skip_ws(p);
	if (depth > TF_FQ_MAX_DEPTH)
		return fail(p, TF_ERR_LIMIT, p->i, NULL,
					"factquery is nested more than %d levels deep", TF_FQ_MAX_DEPTH);
	c = peek(p);
	if (c == '!')
	{
		pnode	   *n,
				   *child;

		p->i++;
		child = parse_not(p, depth + 1);
		if (child == NULL)
			return NULL;
		n = new_node(p, TF_FQ_NOT);
		if (n == NULL)
			return NULL;
		n->child = tf_arena_alloc(p->arena, sizeof(pnode *));
		n->child[0] = child;
		n->nchild = n->cap = 1;
		return n;
	}
	if (c == '(')
	{
		size_t		open = p->i;
		pnode	   *inner;

		p->i++;
		inner = parse_or(p, depth + 1);
		if (inner == NULL)
			return NULL;
		skip_ws(p);
		if (peek(p) != ')')
		{
			if (peek(p) < 0)
				return fail(p, TF_ERR_SYNTAX, open, "Every ( needs a matching ).",
							"unclosed \"(\"");
			term_end(p, -1);
			return NULL;
		}
		p->i++;
		return inner;
	}
	if (is_alpha(c))
		return parse_term(p);
	if (c < 0)
		return fail(p, TF_ERR_SYNTAX, p->i, "Write a fact term such as country:PK or money:USD>=1e9.",
					"unexpected end of factquery: expected a term");
	{
		char		what[32];

		char_at(p, p->i, what, sizeof(what));
		return fail(p, TF_ERR_SYNTAX, p->i,
					"A term starts with a fact kind, as in country:PK or money:USD>=1e9.",
					"expected a term, found %s", what);
	}
}

static pnode *
parse_and(parser *p, int depth)
{
	pnode	   *first = parse_not(p, depth),
			   *n;

	if (first == NULL)
		return NULL;
	skip_ws(p);
	if (peek(p) != '&')
		return first;
	n = new_node(p, TF_FQ_AND);
	if (n == NULL)
		return NULL;
	add_child(p, n, first);
	while (peek(p) == '&')
	{
		pnode	   *next;

		p->i++;
		next = parse_not(p, depth);
		if (next == NULL)
			return NULL;
		add_child(p, n, next);
		skip_ws(p);
	}
	return n;
}

static pnode *
parse_or(parser *p, int depth)
{
	pnode	   *first = parse_and(p, depth),
			   *n;

	if (first == NULL)
		return NULL;
	skip_ws(p);
	if (peek(p) != '|')
		return first;
	n = new_node(p, TF_FQ_OR);
	if (n == NULL)
		return NULL;
	add_child(p, n, first);
	while (peek(p) == '|')
	{
		pnode	   *next;

		p->i++;
		next = parse_and(p, depth);
		if (next == NULL)
			return NULL;
		add_child(p, n, next);
		skip_ws(p);
	}
	return n;
}

/* ---- the flat form ---- */

static void
measure(const pnode *n, uint32_t *nnodes, size_t *strsize)
{
	(*nnodes)++;
	*strsize += n->str_len + n->lo_len + n->hi_len;
	for (int k = 0; k < n->nchild; k++)
		measure(n->child[k], nnodes, strsize);
}

typedef struct emitter
{
	tf_fq_node *nodes;
	uint8_t    *strs;
	uint32_t	nnodes;
	uint32_t	soff;
	uint16_t	nterms;
} emitter;

static uint32_t
put_str(emitter *e, const void *s, size_t len)
{
	uint32_t	off = e->soff;

	if (len > 0)
		memcpy(e->strs + off, s, len);
	e->soff += (uint32_t) len;
	return off;
}

static uint32_t
emit(emitter *e, const pnode *n)
{
	uint32_t	idx = e->nnodes++;
	tf_fq_node *o = &e->nodes[idx];

	*o = n->n;
	if (n->n.type == TF_FQ_TERM)
	{
		o->term = e->nterms++;
		o->str_off = put_str(e, n->str, n->str_len);
		o->str_len = (uint16_t) n->str_len;
		o->lo_off = put_str(e, n->lo, n->lo_len);
		o->lo_len = (uint16_t) n->lo_len;
		o->hi_off = put_str(e, n->hi, n->hi_len);
		o->hi_len = (uint16_t) n->hi_len;
	}
	o->nchild = (uint16_t) n->nchild;
	for (int k = 0; k < n->nchild; k++)
		emit(e, n->child[k]);
	e->nodes[idx].size = e->nnodes - idx;
	return idx;
}

void *
tf_fq_parse(const tf_allocator *a, size_t hdrsize, const char *s, size_t len,
			size_t *size, tf_parse_error *err)
{
	parser		p;
	pnode	   *root;
	void	   *res = NULL;

	memset(&p, 0, sizeof(p));
	p.a = a;
	p.arena = tf_arena_create(a);
	p.s = s;
	p.len = len;
	p.err = err;
	err->code = TF_OK;

	skip_ws(&p);
	if (p.i >= len)
	{
		fail(&p, TF_ERR_SYNTAX, p.i, "Write a fact term such as country:PK or money:USD>=1e9.",
			 "empty factquery");
		goto done;
	}
	root = parse_or(&p, 0);
	if (root == NULL)
		goto done;
	skip_ws(&p);
	if (p.i < len)
	{
		if (peek(&p) == ')')
			fail(&p, TF_ERR_SYNTAX, p.i, "Every ) needs a ( before it.", "unmatched \")\"");
		else
			term_end(&p, -1);
		goto done;
	}
	{
		uint32_t	nnodes = 0;
		size_t		strsize = 0,
					total;
		char	   *block;
		tf_fq_header *h;
		emitter		e;

		measure(root, &nnodes, &strsize);
		total = sizeof(tf_fq_header) + nnodes * sizeof(tf_fq_node) + strsize;
		block = a->alloc(a->ctx, hdrsize + total);
		memset(block, 0, hdrsize + sizeof(tf_fq_header));
		h = (tf_fq_header *) (block + hdrsize);
		h->version = TF_FQ_FORMAT_VERSION;
		h->nnodes = nnodes;
		h->strsize = (uint32_t) strsize;
		memset(&e, 0, sizeof(e));
		e.nodes = (tf_fq_node *) (h + 1);
		e.strs = (uint8_t *) (e.nodes + nnodes);
		emit(&e, root);
		h->nterms = e.nterms;
		*size = hdrsize + total;
		res = block;
	}
done:
	tf_arena_destroy(p.arena);
	return res;
}

/* ---- canonical text ---- */

static bool
bare_ok(const char *s, size_t len)
{
	if (len == 0)
		return false;
	for (size_t k = 0; k < len; k++)
		if (!is_bare((unsigned char) s[k], false))
			return false;
	return true;
}

static bool
has_dots(const char *s, size_t len)
{
	for (size_t k = 0; k + 1 < len; k++)
		if (s[k] == '.' && s[k + 1] == '.')
			return true;
	return false;
}

static void
put_value(tf_buf *b, const char *s, size_t len, bool quote)
{
	size_t		run = 0;

	if (!quote)
	{
		tf_buf_append(b, s, len);
		return;
	}
	tf_buf_putc(b, '"');
	for (size_t k = 0; k < len; k++)
		if (s[k] == '"' || s[k] == '\\')
		{
			tf_buf_append(b, s + run, k - run);
			tf_buf_putc(b, '\\');
			run = k;
		}
	tf_buf_append(b, s + run, len - run);
	tf_buf_putc(b, '"');
}

static void
put_number(tf_buf *b, const uint8_t *enc, size_t len)
{
	tf_decimal	d;
	char		buf[TF_DECIMAL_BUFSIZE];

	if (tf_numdec(enc, len, &d))
		tf_buf_append(b, buf, tf_decimal_format(&d, buf, sizeof(buf)));
}

static void
format_term(tf_buf *b, const tf_fq_header *q, const tf_fq_node *t)
{
	const uint8_t *strs = tf_fq_strings(q);
	const char *str = (const char *) strs + t->str_off;
	const uint8_t *lo = strs + t->lo_off;
	const uint8_t *hi = strs + t->hi_off;

	tf_buf_puts(b, tf_kind_name((tf_kind) t->kind));
	switch (t->form)
	{
		case TF_FQ_KIND:
			break;
		case TF_FQ_NORM:
		case TF_FQ_PREFIX:
			tf_buf_putc(b, ':');
			put_value(b, str, t->str_len, !bare_ok(str, t->str_len) ||
					  (t->kind == TF_DATE && has_dots(str, t->str_len)));
			if (t->form == TF_FQ_PREFIX)
				tf_buf_putc(b, '*');
			break;
		case TF_FQ_FIGURE:
			if (t->flags & TF_FQ_HAS_UNIT)
			{
				tf_decimal	d;
				bool		quote = !bare_ok(str, t->str_len) || has_dots(str, t->str_len) ||
					tf_decimal_parse(str, t->str_len, &d) ||
					(t->str_len > 0 && (str[0] == '-' || str[0] == '.' ||
										(str[0] >= '0' && str[0] <= '9')));

				tf_buf_putc(b, ':');
				put_value(b, str, t->str_len, quote);
			}
			if (t->cmp == TF_CMP_RANGE)
			{
				tf_buf_putc(b, ':');
				put_number(b, lo, t->lo_len);
				tf_buf_puts(b, "..");
				put_number(b, hi, t->hi_len);
			}
			else if (t->cmp != TF_CMP_NONE)
			{
				tf_buf_puts(b, cmp_text[t->cmp]);
				if (t->cmp == TF_CMP_LT || t->cmp == TF_CMP_LE)
					put_number(b, hi, t->hi_len);
				else
					put_number(b, lo, t->lo_len);
			}
			break;
		case TF_FQ_DATE:
			if (t->cmp == TF_CMP_EQ || t->cmp == TF_CMP_RANGE)
				tf_buf_putc(b, ':');
			else
				tf_buf_puts(b, cmp_text[t->cmp]);
			/* an interval ("2020/2023") is written in quotes, as it was read */
			put_value(b, (const char *) lo, t->lo_len,
					  memchr(lo, '/', t->lo_len) != NULL);
			if (t->cmp == TF_CMP_RANGE)
			{
				tf_buf_puts(b, "..");
				tf_buf_append(b, (const char *) hi, t->hi_len);
			}
			break;
	}
}

static int
prec(int type)
{
	return type == TF_FQ_OR ? 1 : type == TF_FQ_AND ? 2 : 3;
}

static uint32_t
format_node(tf_buf *b, const tf_fq_header *q, uint32_t idx, int need)
{
	const tf_fq_node *n = &tf_fq_nodes(q)[idx];
	bool		paren = prec(n->type) < need;
	uint32_t	child = idx + 1;

	if (paren)
		tf_buf_putc(b, '(');
	switch (n->type)
	{
		case TF_FQ_TERM:
			format_term(b, q, n);
			break;
		case TF_FQ_NOT:
			tf_buf_putc(b, '!');
			format_node(b, q, child, 3);
			break;
		case TF_FQ_AND:
		case TF_FQ_OR:
			for (int k = 0; k < n->nchild; k++)
			{
				if (k > 0)
					tf_buf_puts(b, n->type == TF_FQ_AND ? " & " : " | ");
				child = format_node(b, q, child, prec(n->type));
			}
			break;
	}
	if (paren)
		tf_buf_putc(b, ')');
	return idx + n->size;
}

char *
tf_fq_format(const tf_allocator *a, const tf_fq_header *q)
{
	tf_buf		b;

	tf_buf_init(&b, a);
	if (q->nnodes > 0)
		format_node(&b, q, 0, 0);
	return b.data;
}

/* ---- matching ---- */

size_t
tf_fq_term_start(const tf_fq_header *q, const tf_fq_node *t, uint8_t *buf, bool *exact)
{
	const uint8_t *strs = tf_fq_strings(q);
	size_t		o = 0;

	*exact = false;
	buf[o++] = (uint8_t) (t->kind + 1);
	switch (t->form)
	{
		case TF_FQ_NORM:
		case TF_FQ_PREFIX:
			if (t->kind != TF_DATE)
			{
				memcpy(buf + o, strs + t->str_off, t->str_len);
				o += t->str_len;
				*exact = t->form == TF_FQ_NORM;
			}
			break;
		case TF_FQ_FIGURE:
			if (t->flags & TF_FQ_HAS_UNIT)
			{
				memcpy(buf + o, strs + t->str_off, t->str_len);
				o += t->str_len;
				buf[o++] = 0;
				if (t->flags & TF_FQ_HAS_LO)
				{
					memcpy(buf + o, strs + t->lo_off, t->lo_len);
					o += t->lo_len;
				}
				*exact = t->cmp == TF_CMP_EQ;
			}
			break;
		case TF_FQ_DATE:
			buf[o++] = TF_DATE_INTERVAL;
			break;
		default:
			break;
	}
	return o;
}

static bool
starts_with(const uint8_t *s, size_t len, const uint8_t *prefix, size_t plen)
{
	return len >= plen && memcmp(s, prefix, plen) == 0;
}

int
tf_fq_term_match(const tf_fq_header *q, const tf_fq_node *t, const uint8_t *key, size_t len)
{
	const uint8_t *strs = tf_fq_strings(q);
	const uint8_t *str = strs + t->str_off;
	uint8_t		k = (uint8_t) (t->kind + 1);

	if (len == 0 || key[0] < k)
		return TF_KEY_SKIP;
	if (key[0] > k)
		return TF_KEY_STOP;
	switch (t->form)
	{
		case TF_FQ_KIND:
			return TF_KEY_MATCH;
		case TF_FQ_NORM:
		case TF_FQ_PREFIX:
			if (t->kind == TF_DATE)
			{
				size_t		hdr;

				if (len < 2 || key[1] > TF_DATE_INTERVAL || len < TF_DATE_HDR(key[1]))
					return TF_KEY_SKIP;
				hdr = TF_DATE_HDR(key[1]);
				if (t->form == TF_FQ_NORM ? (len - hdr == t->str_len &&
											 memcmp(key + hdr, str, t->str_len) == 0)
					: starts_with(key + hdr, len - hdr, str, t->str_len))
					return TF_KEY_MATCH;
				return TF_KEY_SKIP;
			}
			if (t->form == TF_FQ_NORM)
				return len - 1 == t->str_len && memcmp(key + 1, str, t->str_len) == 0 ?
					TF_KEY_MATCH : TF_KEY_STOP;
			return starts_with(key + 1, len - 1, str, t->str_len) ? TF_KEY_MATCH : TF_KEY_STOP;
		case TF_FQ_FIGURE:
			{
				const uint8_t *z = memchr(key + 1, 0, len - 1);
				const uint8_t *num;
				size_t		ulen,
							nlen;
				int			beyond;

				if (z == NULL)
					return TF_KEY_SKIP;
				ulen = (size_t) (z - (key + 1));
				num = z + 1;
				nlen = len - ulen - 2;
				beyond = TF_KEY_SKIP;
				if (t->flags & TF_FQ_HAS_UNIT)
				{
					if (ulen != t->str_len || memcmp(key + 1, str, ulen) != 0)
						return tf_key_cmp(key + 1, ulen, str, t->str_len) > 0 ?
							TF_KEY_STOP : TF_KEY_SKIP;
					/* keys of one unit run in value order */
					beyond = TF_KEY_STOP;
				}
				if (t->flags & TF_FQ_HAS_HI)
				{
					int			c = tf_key_cmp(num, nlen, strs + t->hi_off, t->hi_len);

					if (c > 0 || (c == 0 && !(t->flags & TF_FQ_HI_INCL)))
						return beyond;
				}
				if (t->flags & TF_FQ_HAS_LO)
				{
					int			c = tf_key_cmp(num, nlen, strs + t->lo_off, t->lo_len);

					if (c < 0 || (c == 0 && !(t->flags & TF_FQ_LO_INCL)))
						return TF_KEY_SKIP;
				}
				return TF_KEY_MATCH;
			}
		case TF_FQ_DATE:
			{
				int32_t		from,
							to;

				if (len < 2)
					return TF_KEY_SKIP;
				if (key[1] != TF_DATE_INTERVAL)
					return key[1] > TF_DATE_INTERVAL ? TF_KEY_STOP : TF_KEY_SKIP;
				if (len < TF_DATE_HDR(TF_DATE_INTERVAL))
					return TF_KEY_SKIP;
				from = (int32_t) tf_get_be32(key + 2);
				to = (int32_t) tf_get_be32(key + 6);
				/* date keys run in order of their first day */
				if ((t->flags & TF_FQ_HAS_HI) && from > t->hi_day)
					return TF_KEY_STOP;
				if ((t->flags & TF_FQ_HAS_LO) && to < t->lo_day)
					return TF_KEY_SKIP;
				return TF_KEY_MATCH;
			}
	}
	return TF_KEY_SKIP;
}

bool
tf_fq_term_in_vector(const tf_fq_header *q, const tf_fq_node *t, const tf_fv_header *v)
{
	uint8_t		start[TF_KEY_MAX];
	bool		exact;
	size_t		slen = tf_fq_term_start(q, t, start, &exact);

	for (uint32_t i = tf_fv_lower_bound(v, start, slen); i < v->nkeys; i++)
	{
		size_t		klen;
		const uint8_t *key = tf_fv_key(v, i, &klen);
		int			r = tf_fq_term_match(q, t, key, klen);

		if (r == TF_KEY_MATCH)
			return true;
		if (r == TF_KEY_STOP)
			return false;
	}
	return false;
}

static tf_tri
eval_node(const tf_fq_header *q, uint32_t idx,
		  tf_tri (*term_value) (void *, const tf_fq_node *), void *ctx)
{
	const tf_fq_node *n = &tf_fq_nodes(q)[idx];
	uint32_t	child = idx + 1;
	tf_tri		res;

	switch (n->type)
	{
		case TF_FQ_TERM:
			return term_value(ctx, n);
		case TF_FQ_NOT:
			res = eval_node(q, child, term_value, ctx);
			return res == TF_MAYBE ? TF_MAYBE : res == TF_TRUE ? TF_FALSE : TF_TRUE;
		case TF_FQ_AND:
			res = TF_TRUE;
			for (int k = 0; k < n->nchild; k++)
			{
				tf_tri		v = eval_node(q, child, term_value, ctx);

				if (v == TF_FALSE)
					return TF_FALSE;
				if (v == TF_MAYBE)
					res = TF_MAYBE;
				child += tf_fq_nodes(q)[child].size;
			}
			return res;
		case TF_FQ_OR:
			res = TF_FALSE;
			for (int k = 0; k < n->nchild; k++)
			{
				tf_tri		v = eval_node(q, child, term_value, ctx);

				if (v == TF_TRUE)
					return TF_TRUE;
				if (v == TF_MAYBE)
					res = TF_MAYBE;
				child += tf_fq_nodes(q)[child].size;
			}
			return res;
	}
	return TF_FALSE;
}

tf_tri
tf_fq_eval(const tf_fq_header *q, tf_tri (*term_value) (void *ctx, const tf_fq_node *term),
		   void *ctx)
{
	if (q->nnodes == 0)
		return TF_FALSE;
	return eval_node(q, 0, term_value, ctx);
}

const tf_fq_node *
tf_fq_term(const tf_fq_header *q, int term)
{
	for (uint32_t i = 0; i < q->nnodes; i++)
		if (tf_fq_nodes(q)[i].type == TF_FQ_TERM && tf_fq_nodes(q)[i].term == term)
			return &tf_fq_nodes(q)[i];
	return NULL;
}

typedef struct match_ctx
{
	const tf_fq_header *q;
	const tf_fv_header *v;
} match_ctx;

static tf_tri
term_in_vector(void *ctx, const tf_fq_node *term)
{
	match_ctx  *m = ctx;

	return tf_fq_term_in_vector(m->q, term, m->v) ? TF_TRUE : TF_FALSE;
}

bool
tf_fq_match(const tf_fq_header *q, const tf_fv_header *v)
{
	match_ctx	m = {q, v};

	return tf_fq_eval(q, term_in_vector, &m) == TF_TRUE;
}
