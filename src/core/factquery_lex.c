/*
 * factquery_lex.c — the lexer of the fact query language (values, quoted
 * or bare; comparison operators; where a term may end), the parse tree's
 * nodes and the errors with their hints, which the grammar
 * (factquery_parse.c) and the terms (factquery_term.c) both use.
 */
#include "factquery_parser.h"

#include <stdio.h>

const char fq_quote_hint[] =
"Quote values with spaces, &, ' or other characters, as in org:\"S&P\" or org:\"Moody's\".";
const char fq_number_hint[] =
"Write numbers as digits with an optional decimal point and exponent: 1e9, 2.5, -3.";
const char fq_date_hint[] =
"Dates are written YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or YYYY-Hn, or as an interval in quotes, \"2020/2023\".";
const char fq_cmp_hint[] =
"Compare figures and dates, as in money:USD>=1e9, percent>5 or date>=2024-09; match names with kind:value.";

const char *const fq_cmp_text[] = {"", "=", "<", "<=", ">", ">=", ""};
/* ---- lexing ---- */

void *
fq_fail(parser *p, tf_errcode code, size_t off, const char *hint, const char *fmt,...)
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
void
fq_char_at(const parser *p, size_t off, char *buf, size_t bufsize)
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

pnode *
fq_new_node(parser *p, tf_fq_type type)
{
	pnode	   *n;

	if (++p->nnodes > TF_FQ_MAX_NODES)
		return fq_fail(p, TF_ERR_LIMIT, p->i, "Split the query, or match a kind or a prefix instead of many single values.",
					"factquery has more than %d terms and operators", TF_FQ_MAX_NODES);
	n = tf_arena_alloc(p->arena, sizeof(pnode));
	memset(n, 0, sizeof(*n));
	n->n.type = (uint8_t) type;
	return n;
}

/* adds child to an AND or OR node, splicing in a child of the same type */
/*
 * Reads a VALUE: quoted, or a bare run of [A-Za-z0-9_.-] (and '+' where a
 * number may stand).  An empty bare value is returned as such.
 */
bool
fq_read_value(parser *p, bool numeric, value *v)
{
	v->pos = p->i;
	v->quoted = false;
	if (fq_peek(p) == '"')
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
				fq_fail(p, TF_ERR_SYNTAX, v->pos, "Close every quoted value with \".",
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
					fq_fail(p, TF_ERR_SYNTAX, v->pos, "Close every quoted value with \".",
						 "unterminated quoted value");
					return false;
				}
				c = p->s[p->i];
				if (c != '"' && c != '\\')
				{
					char		what[32];

					fq_char_at(p, p->i, what, sizeof(what));
					fq_fail(p, TF_ERR_SYNTAX, p->i - 1,
						 "Inside quotes, write \\\" for a quote and \\\\ for a backslash.",
						 "invalid escape: backslash before %s", what);
					return false;
				}
				p->i++;
			}
			else if (c == '\0')
			{
				fq_fail(p, TF_ERR_SYNTAX, p->i - 1, NULL, "NUL byte in quoted value");
				return false;
			}
			if (n >= TF_KEY_MAX)
			{
				fq_fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes", TF_KEY_MAX);
				return false;
			}
			buf[n++] = c;
		}
		buf[n] = '\0';
		if (!tf_utf8_valid(buf, n))
		{
			fq_fail(p, TF_ERR_SYNTAX, v->pos, NULL, "quoted value is not valid UTF-8");
			return false;
		}
		v->s = buf;
		v->len = n;
		return true;
	}
	while (p->i < p->len && fq_is_bare((unsigned char) p->s[p->i], numeric))
		p->i++;
	v->s = p->s + v->pos;
	v->len = p->i - v->pos;
	if (v->len > TF_KEY_MAX)
	{
		fq_fail(p, TF_ERR_LIMIT, v->pos, NULL, "value is longer than %d bytes", TF_KEY_MAX);
		return false;
	}
	return true;
}

/* the offset of the first ".." in v, or -1 */
long
fq_find_range(const value *v)
{
	if (v->quoted)
		return -1;
	for (size_t k = 0; k + 1 < v->len; k++)
		if (v->s[k] == '.' && v->s[k + 1] == '.')
			return (long) k;
	return -1;
}

int
fq_read_cmp(parser *p)
{
	int			c = fq_peek(p);

	if (c == '<' || c == '>')
	{
		p->i++;
		if (fq_peek(p) == '=')
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
bool
fq_term_end(parser *p, int kind)
{
	int			c = fq_peek(p);
	char		what[32];

	if (c < 0 || fq_is_space(c) || c == '&' || c == '|' || c == ')')
		return true;
	if (c == ':')
		fq_fail(p, TF_ERR_SYNTAX, p->i, fq_quote_hint, "unexpected \":\" in a value");
	else if (fq_is_cmp(c))
	{
		if (tf_kind_is_figure(kind) || kind == TF_DATE)
			fq_fail(p, TF_ERR_SYNTAX, p->i, fq_cmp_hint, "unexpected comparison after a complete term");
		else
			fq_fail(p, TF_ERR_SYNTAX, p->i, fq_cmp_hint, "comparisons apply only to figures and dates");
	}
	else if (c == '*')
		fq_fail(p, TF_ERR_SYNTAX, p->i, "Prefixes match names and dates, as in org:Bank* or date:2024*.",
			 "prefix \"*\" does not apply here");
	else if (c == '(' || c == '!' || c == '"' || fq_is_alpha(c))
		fq_fail(p, TF_ERR_SYNTAX, p->i, "Join terms with & (and) or | (or), as in country:PK & money.",
			 "expected \"&\" or \"|\" between terms");
	else
	{
		fq_char_at(p, p->i, what, sizeof(what));
		fq_fail(p, TF_ERR_SYNTAX, p->i, fq_quote_hint, "unexpected %s", what);
	}
	return false;
}
