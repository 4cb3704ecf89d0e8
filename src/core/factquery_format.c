/*
 * factquery_format.c — a factquery's canonical text: the flat form written
 * back with values quoted only where needed, numbers in plain notation and
 * no redundant parentheses, so that it reparses to the same query.
 */
#include "factquery_parser.h"

/* ---- canonical text ---- */

static bool
bare_ok(const char *s, size_t len)
{
	if (len == 0)
		return false;
	for (size_t k = 0; k < len; k++)
		if (!fq_is_bare((unsigned char) s[k], false))
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
	if (quote)
		tf_buf_put_quoted(b, s, len, '"');
	else
		tf_buf_append(b, s, len);
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
				tf_buf_puts(b, fq_cmp_text[t->cmp]);
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
				tf_buf_puts(b, fq_cmp_text[t->cmp]);
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
