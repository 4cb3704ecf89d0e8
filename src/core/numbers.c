/*
 * numbers.c — reading numbers: digit groups, decimals and scale words.
 *
 * Values stay exact (tf_decimal).  A number token is only a number when its
 * separators form a grouping a reader would accept: "94,000" and "1,00,000"
 * are numbers, "3.14.15" (a version) and "3,5" (a European decimal, ambiguous
 * in English text) are not.
 */
#include "tf_internal.h"

/* checks the groups of an all-comma number: 1-3 digits, then groups of 3, or
 * the Indian form (groups of 2, then a last group of 3) */
static bool
valid_grouping(const char *s, size_t n, char sep)
{
	size_t		groups[64];
	int			ng = 0;
	size_t		run = 0;
	bool		western = true,
				indian = true;

	for (size_t k = 0; k < n; k++)
	{
		if (s[k] == sep)
		{
			if (ng >= 63)
				return false;
			groups[ng++] = run;
			run = 0;
		}
		else
			run++;
	}
	groups[ng++] = run;
	if (ng < 2)
		return true;
	if (groups[0] < 1 || groups[0] > 3 || groups[ng - 1] != 3)
		return false;
	for (int g = 1; g < ng - 1; g++)
	{
		if (groups[g] != 3)
			western = false;
		if (groups[g] != 2)
			indian = false;
	}
	if (indian && groups[0] > 2)
		indian = false;
	return western || indian;
}

bool
tf_number_token_value(const tf_doc *doc, int i, tf_decimal *out)
{
	const char *s;
	size_t		n;
	char		buf[96];
	size_t		o = 0;
	int			ndots = 0,
				ncommas = 0;
	size_t		lastdot = 0,
				lastcomma = 0;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_NUMBER)
		return false;
	s = tf_tok_text(doc, i);
	n = tf_tok_len(doc, i);
	for (size_t k = 0; k < n; k++)
	{
		if (s[k] == '.')
		{
			ndots++;
			lastdot = k;
		}
		else if (s[k] == ',')
		{
			ncommas++;
			lastcomma = k;
		}
	}
	if (ndots > 1)
		return false;
	if (ncommas > 0)
	{
		size_t		intlen = ndots ? lastdot : n;

		if (ndots && lastcomma > lastdot)
			return false;
		if (!valid_grouping(s, intlen, ','))
			return false;
	}
	for (size_t k = 0; k < n; k++)
	{
		unsigned char c = (unsigned char) s[k];

		if (c >= '0' && c <= '9')
		{
			if (o + 2 >= sizeof(buf))
				return false;
			buf[o++] = (char) c;
		}
		else if (c == '.')
			buf[o++] = '.';
		/* ',' and thin-space groups are dropped */
	}
	return tf_decimal_parse(buf, o, out);
}

int
tf_scale_word(const tf_doc *doc, int i, bool allow_m)
{
	static const struct
	{
		const char *word;
		int			pow10;
	}			scales[] = {
		{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
		{"k", 3}, {"mn", 6}, {"mln", 6}, {"bn", 9}, {"bln", 9}, {"tn", 12},
		{"trn", 12}, {"lakh", 5}, {"lakhs", 5}, {"crore", 7}, {"crores", 7},
		{NULL, 0}
	};

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_WORD ||
		!(doc->tok[i].flags & TF_TF_ASCII))
		return -1;
	if (allow_m && tf_tok_is_ci(doc, i, "m"))
		return 6;
	for (int k = 0; scales[k].word != NULL; k++)
		if (tf_tok_is_ci(doc, i, scales[k].word))
			return scales[k].pow10;
	return -1;
}

bool
tf_read_number(const tf_doc *doc, int i, bool allow_m, tf_number *out)
{
	tf_decimal	v;
	int			last = i;
	int			p;

	if (!tf_tok_free(doc, i) || !tf_number_token_value(doc, i, &v))
		return false;
	/* a number glued to letters that are not a scale ("737MAX") is not one */
	p = tf_scale_word(doc, i + 1, allow_m);
	if (p < 0 && tf_tok_glued(doc, i) && doc->tok[i + 1].type == TF_TOK_WORD)
		return false;
	out->has_scale = false;
	if (p >= 0 && tf_tok_free(doc, i + 1))
	{
		int			q;

		last = i + 1;
		/* "lakh crore" */
		q = tf_scale_word(doc, i + 2, false);
		if (p == 5 && q == 7 && tf_tok_free(doc, i + 2))
		{
			p = 12;
			last = i + 2;
		}
		if (!tf_decimal_shift(&v, p))
			return false;
		out->has_scale = true;
	}
	tf_decimal_normalize(&v);
	out->value = v;
	out->first = i;
	out->last = last;
	return true;
}
