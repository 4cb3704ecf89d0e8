/*
 * numbers_digits.c — numerals written in digits: a number token's grouping
 * ("94,000", "1,00,000"; not "3.14.15") and value, and what may extend it
 * into one numeral: a leading point (".77"), groups after spaces ("40
 * 000"), a tokenised decimal point ("1 . 6"), a fraction ("1/5", "2 1/4",
 * "¾") and a power ("1.3x10^6", "12.32e+14").  The words are numbers.c's.
 */
#include "figures.h"

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

/*
 * The value of number token i, with FIG_N_GROUPED, FIG_N_DECIMAL and
 * FIG_N_LEADZERO in *flags and the count of integer digits in *intdigits.
 */
static bool
digit_token(const tf_doc *doc, int i, tf_decimal *out, unsigned *flags, int *intdigits)
{
	const char *s;
	size_t		n;
	char		buf[96];
	size_t		o = 0;
	int			ndots = 0,
				ncommas = 0,
				nint = 0;
	size_t		lastdot = 0,
				lastcomma = 0;
	bool		space_groups = false;

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
		else if ((unsigned char) s[k] >= 0x80)
			space_groups = true;
	}
	*flags = 0;
	/*
	 * "2.345,67", "1.234.567,8": full stops that group thousands and one
	 * decimal comma after them, as continental Europe writes; only with both
	 * marks, since "2.345" alone is an English decimal and "2,345" a grouping
	 */
	if (ndots >= 1 && ncommas == 1 && lastcomma > lastdot && !space_groups && n - lastcomma - 1 >= 1 &&
		n < sizeof(buf) && valid_grouping(s, lastcomma, '.'))
	{
		o = 0;
		for (size_t k = 0; k < n; k++)
			if (s[k] != '.')
				buf[o++] = s[k] == ',' ? '.' : s[k];
		*flags = FIG_N_DECIMAL | FIG_N_GROUPED;
		*intdigits = (int) (lastcomma - (size_t) ndots);
		return tf_decimal_parse(buf, o, out);
	}
	if (ndots > 1)
		return false;
	if (ncommas == 1 && ndots == 0 && !space_groups && lastcomma >= 1 && lastcomma <= 3 &&
		n - lastcomma - 1 == 1)
	{
		/*
		 * "1,3", "12,5": a decimal comma (a grouping has three digits after
		 * it; with two, "$94,00", the text is too unsure to read)
		 */
		char		dbuf[8];

		memcpy(dbuf, s, n);
		dbuf[lastcomma] = '.';
		*flags = FIG_N_DECIMAL;
		*intdigits = (int) lastcomma;
		return tf_decimal_parse(dbuf, n, out);
	}
	if (ncommas > 0)
	{
		size_t		intlen = ndots ? lastdot : n;

		if (ndots && lastcomma > lastdot)
			return false;
		if (space_groups || !valid_grouping(s, intlen, ','))
			return false;
	}
	if (ncommas > 0 || space_groups)
		*flags |= FIG_N_GROUPED;
	if (ndots)
		*flags |= FIG_N_DECIMAL;
	if (n > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9')
		*flags |= FIG_N_LEADZERO;
	for (size_t k = 0; k < n; k++)
	{
		unsigned char c = (unsigned char) s[k];

		if (c >= '0' && c <= '9')
		{
			if (o + 2 >= sizeof(buf))
				return false;
			buf[o++] = (char) c;
			if (!(ndots && k > lastdot))
				nint++;
		}
		else if (c == '.')
			buf[o++] = '.';
		/* ',' and thin-space groups are dropped */
	}
	*intdigits = nint;
	return tf_decimal_parse(buf, o, out);
}

int
fig_comma_list(const tf_doc *doc, int i, int *offs, int *lens, int max)
{
	const char *s;
	size_t		n;
	int			np = 0;
	size_t		start = 0;
	bool		all_three = true;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_NUMBER)
		return 0;
	s = tf_tok_text(doc, i);
	n = tf_tok_len(doc, i);
	for (size_t k = 0; k <= n; k++)
	{
		if (k == n || s[k] == ',')
		{
			size_t		len = k - start;

			if (len < 1 || len > 3 || np >= max)
				return 0;
			if (np > 0 && len != 3)
				all_three = false;
			offs[np] = (int) start;
			lens[np] = (int) len;
			np++;
			start = k + 1;
		}
		else if (s[k] < '0' || s[k] > '9')
			return 0;
	}
	/* a grouping ("1,000,000", "8,00,000") or a decimal comma ("1,3") is one number */
	if (np < 3 || all_three || valid_grouping(s, n, ','))
		return 0;
	return np;
}

/* a plain integer token: digits only, no separators */
bool
fig_plain_int(const tf_doc *doc, int i, int *ndigits)
{
	const char *s;
	size_t		n;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_NUMBER)
		return false;
	s = tf_tok_text(doc, i);
	n = tf_tok_len(doc, i);
	for (size_t k = 0; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return false;
	*ndigits = (int) n;
	return true;
}

/* the value of a plain integer token below 10^18 */
static bool
plain_int_value(const tf_doc *doc, int i, tf_decimal *v)
{
	int			nd;

	return fig_plain_int(doc, i, &nd) && nd <= 18 &&
		tf_decimal_parse(tf_tok_text(doc, i), tf_tok_len(doc, i), v);
}

/* is token i the digits after a tokenised decimal point ("1 . 6")? */
static bool
tokenised_decimal_tail(const tf_doc *doc, int i)
{
	return i >= 2 && doc->tok[i].type == TF_TOK_NUMBER && tf_tok_cp(doc, i - 1) == '.' &&
		doc->tok[i - 1].type == TF_TOK_PUNCT && doc->tok[i - 2].type == TF_TOK_NUMBER &&
		(doc->tok[i - 1].flags & TF_TF_SPACE_BEFORE) && (doc->tok[i].flags & TF_TF_SPACE_BEFORE);
}

/*
 * can token i be read by the numeral reader, continuing a numeral begun at
 * start?  Free, within the window, and in the same sentence (the tokenizer
 * ends a sentence inside "1 . 6", which is read as one number).
 */
bool
fig_usable(const fig_ctx *cx, int start, int i)
{
	const tf_doc *doc = cx->doc;

	return fig_free(cx, i) && i - start < FIG_MAX_NUMERAL_TOKENS &&
		(i == start || !(doc->tok[i].flags & TF_TF_SENT_START) ||
		 tokenised_decimal_tail(doc, i) ||
		 (fig_is_punct(cx, i, '.') && (doc->tok[i].flags & TF_TF_SPACE_BEFORE) &&
		  i + 1 < doc->ntok && tokenised_decimal_tail(doc, i + 1)));
}

/* the denominators a written fraction a/b may have */
static bool
fraction_denominator(int64_t b)
{
	return b == 2 || b == 3 || b == 4 || b == 5 || b == 8 || b == 10 || b == 16 ||
		b == 100 || b == 1000;
}

bool
fig_slash_fraction_ok(const tf_doc *doc, int i)
{
	tf_decimal	a,
				b;
	int64_t		ai,
				bi;

	if (!plain_int_value(doc, i, &a) || !plain_int_value(doc, i + 2, &b))
		return false;
	ai = fig_dec_small_int(&a, 1000000);
	bi = fig_dec_small_int(&b, 1000000);
	return ai >= 0 && bi > 0 && ai < bi && fraction_denominator(bi);
}

/*
 * a/b written with a slash, glued: "1/5", "3/4".  Only proper fractions with
 * the denominators of measures (2, 3, 4, 5, 8, 10, 16, 100, 1000), so that
 * "9/11" and "24/7" are not read as numbers.
 */
static bool
slash_fraction(const fig_ctx *cx, int start, int i, tf_decimal *v, int *last)
{
	tf_decimal	a,
				b;
	int64_t		ai,
				bi;

	if (!fig_usable(cx, start, i + 2) || !fig_glued(cx, i) || !fig_glued(cx, i + 1) ||
		!fig_is_punct(cx, i + 1, '/') ||
		!plain_int_value(cx->doc, i, &a) || !plain_int_value(cx->doc, i + 2, &b))
		return false;
	/* a third part ("8/10/2024") is a date */
	if (fig_glued(cx, i + 2) && (fig_is_punct(cx, i + 3, '/') || fig_is_punct(cx, i + 3, '-')))
		return false;
	ai = fig_dec_small_int(&a, 1000000);
	bi = fig_dec_small_int(&b, 1000000);
	if (ai < 0 || bi <= 0 || ai >= bi || !fraction_denominator(bi))
		return false;
	if (!fig_dec_div(&a, &b))
		return false;
	*v = a;
	*last = i + 2;
	return true;
}

/* vulgar fraction characters: ¼ ½ ¾ ⅓ ⅔ ⅕ ... ⅞ */
bool
fig_vulgar_fraction(const fig_ctx *cx, int i, tf_decimal *v)
{
	static const struct
	{
		uint32_t	cp;
		uint8_t		num,
					den;
	}			vf[] = {
		{0x00BC, 1, 4}, {0x00BD, 1, 2}, {0x00BE, 3, 4}, {0x2150, 1, 7}, {0x2151, 1, 9},
		{0x2152, 1, 10}, {0x2153, 1, 3}, {0x2154, 2, 3}, {0x2155, 1, 5}, {0x2156, 2, 5},
		{0x2157, 3, 5}, {0x2158, 4, 5}, {0x2159, 1, 6}, {0x215A, 5, 6}, {0x215B, 1, 8},
		{0x215C, 3, 8}, {0x215D, 5, 8}, {0x215E, 7, 8}
	};
	const tf_token *t;
	uint32_t	cp;

	if (i < 0 || i >= cx->doc->ntok)
		return false;
	t = &cx->doc->tok[i];
	/* a lone character: the tokenizer reads these as a word of one */
	if (t->type != TF_TOK_WORD || !tf_tok_one_char(cx->doc, i))
		return false;
	/* decoded once, not per entry; the letters ("a") are below them all */
	cp = tf_tok_cp(cx->doc, i);
	if (cp < 0xBC)
		return false;
	for (size_t k = 0; k < sizeof(vf) / sizeof(vf[0]); k++)
		if (vf[k].cp == cp)
		{
			tf_decimal	d;

			fig_dec_int(v, vf[k].num);
			fig_dec_int(&d, vf[k].den);
			return fig_dec_div(v, &d);
		}
	return false;
}

/* signs before an exponent: "^-1", "^+23", "^--23"; returns the sign */
static int
read_signs(const fig_ctx *cx, int start, int *j)
{
	int			sign = 1;

	while (fig_usable(cx, start, *j) && fig_glued(cx, *j - 1) &&
		   (fig_is_punct(cx, *j, '-') || (cx->doc->tok[*j].type == TF_TOK_SYMBOL &&
										  tf_tok_cp(cx->doc, *j) == '+')))
	{
		if (tf_tok_cp(cx->doc, *j) == '-')
			sign = -sign;
		(*j)++;
		if (*j - start > 8)
			break;
	}
	return sign;
}

/* an exponent glued after token j-1: plain integer below 100 */
static bool
read_exponent(const fig_ctx *cx, int start, int *j, int *e)
{
	int			sign = read_signs(cx, start, j);
	tf_decimal	v;
	int64_t		n;

	if (!fig_usable(cx, start, *j) || !fig_glued(cx, *j - 1) || !plain_int_value(cx->doc, *j, &v))
		return false;
	n = fig_dec_small_int(&v, 100);
	if (n < 0)
		return false;
	*e = sign * (int) n;
	return true;
}

/*
 * A power glued to number token i: "1.1^23", "2.5^-1", "1.3x10^6",
 * "6.23x10^-4", "12.32e+14".  Nobody writes these in news; they are read so
 * that a formula is one number, not three.
 */
static bool
read_power(const fig_ctx *cx, int start, int i, tf_decimal *v, int *last)
{
	const tf_doc *doc = cx->doc;
	int			j = i + 1,
				e;
	tf_decimal	r = *v;

	if (!fig_glued(cx, i) || !fig_usable(cx, start, j))
		return false;
	if (doc->tok[j].type == TF_TOK_SYMBOL && tf_tok_cp(doc, j) == '^')
	{
		j++;
		if (!read_exponent(cx, start, &j, &e) || !fig_dec_pow(&r, e))
			return false;
	}
	else if (tf_tok_is_ci(doc, j, "x") && fig_glued(cx, j) && tf_tok_is(doc, j + 1, "10") &&
			 fig_glued(cx, j + 1) && fig_usable(cx, start, j + 2) &&
			 doc->tok[j + 2].type == TF_TOK_SYMBOL && tf_tok_cp(doc, j + 2) == '^')
	{
		j += 3;
		if (!read_exponent(cx, start, &j, &e) || !tf_decimal_shift(&r, e))
			return false;
	}
	else if (tf_tok_is_ci(doc, j, "e") && fig_glued(cx, j) && fig_usable(cx, start, j + 1))
	{
		j++;
		if (!read_exponent(cx, start, &j, &e) || !tf_decimal_shift(&r, e))
			return false;
	}
	else
		return false;
	tf_decimal_normalize(&r);
	*v = r;
	*last = j;
	return true;
}

/*
 * Digits at token i, with what may extend them: a leading ".", groups of
 * three after ordinary spaces ("40 000"), a tokenised decimal point ("1 . 6"),
 * a glued fraction ("1/5") or a mixed number ("2 1/4"), a power.
 */
bool
fig_read_digits(const fig_ctx *cx, int i, tf_decimal *v, int *last, unsigned *flags)
{
	const tf_doc *doc = cx->doc;
	int			nd,
				intdigits = 0;
	unsigned	fl = 0;
	tf_decimal	frac;
	int			flast;

	*flags = 0;
	/* ".77": a full stop that does not end a word or a number */
	if (fig_is_punct(cx, i, '.') && fig_glued(cx, i) && fig_plain_int(doc, i + 1, &nd) &&
		fig_free(cx, i + 1) &&
		(i == 0 || (doc->tok[i].flags & TF_TF_SPACE_BEFORE) ||
		 fig_is_dash(cx, i - 1) || doc->tok[i - 1].type == TF_TOK_SYMBOL) &&
		!(i > 0 && doc->tok[i - 1].type == TF_TOK_NUMBER && fig_glued(cx, i - 1)))
	{
		char		buf[40];
		size_t		n = tf_tok_len(doc, i + 1);

		if (n + 2 > sizeof(buf))
			return false;
		buf[0] = '0';
		buf[1] = '.';
		memcpy(buf + 2, tf_tok_text(doc, i + 1), n);
		if (!tf_decimal_parse(buf, n + 2, v))
			return false;
		*last = i + 1;
		*flags = FIG_N_DECIMAL;
		return true;
	}
	if (!digit_token(doc, i, v, &fl, &intdigits))
		return false;
	*last = i;
	*flags = fl;

	if (read_power(cx, i, i, v, last))
	{
		*flags |= FIG_N_POWER;
		return true;
	}
	if (slash_fraction(cx, i, i, v, last))
	{
		*flags |= FIG_N_FRACTION;
		return true;
	}
	if (fl != 0)
		return true;
	/* from here on, token i is a plain integer */

	/* "40 000 000": groups of three after ordinary spaces */
	if (intdigits <= 3 && !(fl & FIG_N_LEADZERO))
	{
		int			j = i;
		tf_decimal	acc = *v;

		while (fig_usable(cx, i, j + 1) && !fig_glued(cx, j) && fig_plain_int(doc, j + 1, &nd) && nd == 3 &&
			   !(fig_glued(cx, j + 1) && doc->tok[j + 2].type != TF_TOK_WORD &&
				 !fig_phrase_end(cx, j + 2)))
		{
			tf_decimal	g;

			if (!tf_decimal_shift(&acc, 3) || !plain_int_value(doc, j + 1, &g) ||
				!fig_dec_add(&acc, &g))
				break;
			j++;
		}
		if (j > i)
		{
			*v = acc;
			*last = j;
			*flags |= FIG_N_GROUPED;
			return true;
		}
	}
	/* "1 . 6": a decimal point between spaces, as tokenised text writes it */
	if (fig_usable(cx, i, i + 2) && fig_is_punct(cx, i + 1, '.') &&
		(doc->tok[i + 1].flags & TF_TF_SPACE_BEFORE) &&
		(doc->tok[i + 2].flags & TF_TF_SPACE_BEFORE) &&
		fig_free(cx, i + 2) && fig_plain_int(doc, i + 2, &nd) && nd <= 12)
	{
		char		buf[48];
		size_t		a = tf_tok_len(doc, i),
					b = tf_tok_len(doc, i + 2);

		if (a + b + 1 < sizeof(buf))
		{
			memcpy(buf, tf_tok_text(doc, i), a);
			buf[a] = '.';
			memcpy(buf + a + 1, tf_tok_text(doc, i + 2), b);
			if (tf_decimal_parse(buf, a + b + 1, v))
			{
				*last = i + 2;
				*flags |= FIG_N_DECIMAL;
				return true;
			}
		}
	}
	/* "2 1/4": a whole number and a fraction */
	if (fig_usable(cx, i, i + 3) && !fig_glued(cx, i) && doc->tok[i + 1].type == TF_TOK_NUMBER &&
		slash_fraction(cx, i, i + 1, &frac, &flast) && fig_dec_add(v, &frac))
	{
		*last = flast;
		*flags |= FIG_N_FRACTION;
		return true;
	}
	return true;
}
