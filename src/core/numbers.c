/*
 * numbers.c — reading numerals: digits, number words, decimals, fractions and
 * scales, into exact decimals.
 *
 * A numeral is read left to right in one pass with a small state machine (the
 * state is what the last part was: a unit, a tens word, "hundred", a scale
 * ...), so each token is looked at once and the reader never backtracks more
 * than the one "and" it may give back.  What it reads:
 *
 *   digits       94,000  1,00,000  4.7  .77  40 000  0033  1 . 6 (tokenised)
 *   words        seventy  one hundred and twenty  twenty-one thousand eleven
 *                three crore twelve lakh  4 thousand 3 hundred and 21
 *   scales       2 million  2.7million  10k  5bn  three lakh crore
 *                three thousand millions  half a billion  quarter million
 *   decimals     two point two  nine point nought four  point 77
 *   fractions    two thirds  a hundredth  one and a half  3 million and a half
 *                2 1/4  1/5  ¾  one over three
 *   powers       1.1^23  1.3x10^6  12.32e+14
 *
 * A number token is a number only when its separators form a grouping a
 * reader would accept: "94,000" and "1,00,000" are numbers, "3.14.15" (a
 * version) and "3,5" are not.  What a numeral is part of (a date, a model
 * name, a phone number) is decided by the caller (figures.c).
 */
#include "figures.h"

/* ---- words ---- */

bool
fig_word_is(const fig_ctx *cx, int i, const char *w)
{
	return tf_tok_is_ci(cx->doc, i, w);
}

bool
fig_is_dash(const fig_ctx *cx, int i)
{
	uint32_t	cp;

	if (i < 0 || i >= cx->doc->ntok || cx->doc->tok[i].type != TF_TOK_PUNCT)
		return false;
	cp = tf_tok_cp(cx->doc, i);
	return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
		cp == 0x2014 || cp == 0x2212;
}

bool
fig_phrase_end(const fig_ctx *cx, int i)
{
	const tf_token *t;

	if (i >= cx->doc->ntok)
		return true;
	t = &cx->doc->tok[i];
	if (t->flags & TF_TF_SENT_START)
		return true;
	return t->type == TF_TOK_PUNCT && !fig_is_dash(cx, i);
}

/* ---- digits ---- */

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
	if (ndots > 1)
		return false;
	*flags = 0;
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
static bool
usable(const fig_ctx *cx, int start, int i)
{
	const tf_doc *doc = cx->doc;

	return fig_free(cx, i) && i - start < FIG_MAX_NUMERAL_TOKENS &&
		(i == start || !(doc->tok[i].flags & TF_TF_SENT_START) ||
		 tokenised_decimal_tail(doc, i) ||
		 (fig_is_punct(cx, i, '.') && (doc->tok[i].flags & TF_TF_SPACE_BEFORE) &&
		  i + 1 < doc->ntok && tokenised_decimal_tail(doc, i + 1)));
}

static bool
glued(const fig_ctx *cx, int i)
{
	return tf_tok_glued(cx->doc, i);
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

	if (!usable(cx, start, i + 2) || !glued(cx, i) || !glued(cx, i + 1) ||
		!fig_is_punct(cx, i + 1, '/') ||
		!plain_int_value(cx->doc, i, &a) || !plain_int_value(cx->doc, i + 2, &b))
		return false;
	/* a third part ("8/10/2024") is a date */
	if (glued(cx, i + 2) && (fig_is_punct(cx, i + 3, '/') || fig_is_punct(cx, i + 3, '-')))
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
static bool
vulgar_fraction(const fig_ctx *cx, int i, tf_decimal *v)
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

	if (i < 0 || i >= cx->doc->ntok)
		return false;
	t = &cx->doc->tok[i];
	/* a lone character: the tokenizer reads these as a word of one */
	if (t->type != TF_TOK_WORD || !tf_tok_one_char(cx->doc, i))
		return false;
	for (size_t k = 0; k < sizeof(vf) / sizeof(vf[0]); k++)
		if (vf[k].cp == tf_tok_cp(cx->doc, i))
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

	while (usable(cx, start, *j) && glued(cx, *j - 1) &&
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

	if (!usable(cx, start, *j) || !glued(cx, *j - 1) || !plain_int_value(cx->doc, *j, &v))
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

	if (!glued(cx, i) || !usable(cx, start, j))
		return false;
	if (doc->tok[j].type == TF_TOK_SYMBOL && tf_tok_cp(doc, j) == '^')
	{
		j++;
		if (!read_exponent(cx, start, &j, &e) || !fig_dec_pow(&r, e))
			return false;
	}
	else if (tf_tok_is_ci(doc, j, "x") && glued(cx, j) && tf_tok_is(doc, j + 1, "10") &&
			 glued(cx, j + 1) && usable(cx, start, j + 2) &&
			 doc->tok[j + 2].type == TF_TOK_SYMBOL && tf_tok_cp(doc, j + 2) == '^')
	{
		j += 3;
		if (!read_exponent(cx, start, &j, &e) || !tf_decimal_shift(&r, e))
			return false;
	}
	else if (tf_tok_is_ci(doc, j, "e") && glued(cx, j) && usable(cx, start, j + 1))
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
static bool
read_digits(const fig_ctx *cx, int i, tf_decimal *v, int *last, unsigned *flags)
{
	const tf_doc *doc = cx->doc;
	int			nd,
				intdigits = 0;
	unsigned	fl = 0;
	tf_decimal	frac;
	int			flast;

	*flags = 0;
	/* ".77": a full stop that does not end a word or a number */
	if (fig_is_punct(cx, i, '.') && glued(cx, i) && fig_plain_int(doc, i + 1, &nd) &&
		fig_free(cx, i + 1) &&
		(i == 0 || (doc->tok[i].flags & TF_TF_SPACE_BEFORE) ||
		 fig_is_dash(cx, i - 1) || doc->tok[i - 1].type == TF_TOK_SYMBOL) &&
		!(i > 0 && doc->tok[i - 1].type == TF_TOK_NUMBER && glued(cx, i - 1)))
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

		while (usable(cx, i, j + 1) && !glued(cx, j) && fig_plain_int(doc, j + 1, &nd) && nd == 3 &&
			   !(glued(cx, j + 1) && doc->tok[j + 2].type != TF_TOK_WORD &&
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
	if (usable(cx, i, i + 2) && fig_is_punct(cx, i + 1, '.') &&
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
	if (usable(cx, i, i + 3) && !glued(cx, i) && doc->tok[i + 1].type == TF_TOK_NUMBER &&
		slash_fraction(cx, i, i + 1, &frac, &flast) && fig_dec_add(v, &frac))
	{
		*last = flast;
		*flags |= FIG_N_FRACTION;
		return true;
	}
	return true;
}

/* ---- words ---- */

/* what the last part of a cardinal was */
enum part
{
	P_NONE,
	P_A,						/* "a" before hundred or a scale */
	P_ZERO,
	P_UNIT,						/* a unit that began a group: "one" */
	P_UNIT2,					/* a unit that completed a group: "twenty-one", "hundred and one" */
	P_TEEN,
	P_TENS,
	P_HUNDRED,
	P_SCALE,
	P_DIGITS,
	P_DOZEN,
	P_AND
};

typedef struct cardinal
{
	tf_decimal	value;
	tf_decimal	unscaled;		/* before the last scale, if the numeral is "N scale" */
	int			last;
	int			scale;			/* power of the last scale word, 0 if the numeral ends otherwise */
	int			ntok;
	unsigned	flags;
	enum part	end;			/* the last part read */
} cardinal;

static bool read_fraction(const fig_ctx *cx, int start, int i, bool need_proper,
						  tf_decimal *v, int *last);
static bool read_denominator(const fig_ctx *cx, int start, int j, const tf_decimal *numerator,
							 bool need_proper, tf_decimal *v, int *last);

/* is token i a tens word followed by a (hyphenated) unit ordinal: "twenty-first"? */
static bool
tens_ordinal(const fig_ctx *cx, int start, int i, int *den, int *last)
{
	const tf_numword *w = fig_lex(cx, i),
			   *o;
	int			j = i + 1;

	if (w == NULL || w->cls != NW_TENS)
		return false;
	if (usable(cx, start, j) && fig_is_dash(cx, j))
		j++;
	o = fig_lex(cx, j);
	if (!usable(cx, start, j) || o == NULL || o->cls != NW_ORD || !(o->flags & NWF_UNIT_ORD))
		return false;
	*den = w->val + o->val;
	*last = j;
	return true;
}

/* does a fraction ("a half", "three fifths", "fifty-four hundredths") start at i? */
static bool
fraction_ahead(const fig_ctx *cx, int start, int i)
{
	tf_decimal	v;
	int			last;

	return read_fraction(cx, start, i, true, &v, &last);
}

/* the value of a word token (unit, teen, tens), or -1 */
static int
word_value(const fig_ctx *cx, int i, int cls)
{
	const tf_numword *w = fig_lex(cx, i);

	return (w && w->cls == cls) ? w->val : -1;
}

/*
 * After a scale or a tens word, "and" goes on with the number only when the
 * words after it end the phrase or go on with "hundred": "twenty-one trillion
 * and three hundred", "one thousand and one"; but "$3 million and two
 * helicopters" and "$2bn and 10-20 dollars" are two things.
 */
static bool
and_group_ends(const fig_ctx *cx, int start, int j)
{
	int			c = fig_cls(cx, j);

	if (c == NW_TENS && usable(cx, start, j + 2) && fig_is_dash(cx, j + 1) &&
		fig_cls(cx, j + 2) == NW_UNIT)
		j += 2;
	else if (c == NW_TENS && fig_cls(cx, j + 1) == NW_UNIT && usable(cx, start, j + 1))
		j++;
	else if (!(c == NW_UNIT || c == NW_TEEN || c == NW_TENS))
		return false;
	c = fig_cls(cx, j + 1);
	return fig_phrase_end(cx, j + 1) || c == NW_HUNDRED || c == NW_AND ||
		(c == NW_SCALE && usable(cx, start, j + 1));
}

/*
 * Reads a cardinal at token i: groups of units, tens and hundreds, digits,
 * and scales between them.  Stops before an "and" that begins a fraction, so
 * that "one and a half" and "two hundred and fifty-four hundredths" are read
 * by the caller.
 */
static bool
read_cardinal(const fig_ctx *cx, int i, bool after_cur, cardinal *out)
{
	const tf_doc *doc = cx->doc;
	tf_decimal	total = {0, 0, false},
				group = {0, 0, false},
				lastgroup = {0, 0, false};
	bool		have_group = false;
	enum part	prev = P_NONE,
				before_and = P_NONE;
	int			last_scale = 99;
	int			j = i,
				last = -1,
				and_at = -1;
	unsigned	flags = 0;
	int			scale = 0;

	memset(out, 0, sizeof(*out));
	while (usable(cx, i, j))
	{
		const tf_numword *w = fig_lex(cx, j);
		int			cls = w ? w->cls : NW_NONE;
		tf_decimal	d;

		if (doc->tok[j].type == TF_TOK_NUMBER || (j > i && doc->tok[j].type == TF_TOK_PUNCT))
			cls = NW_NONE;
		if (doc->tok[j].type == TF_TOK_NUMBER || (j == i && fig_is_punct(cx, j, '.')))
		{
			unsigned	dfl;
			int			dl;

			if (!(prev == P_NONE || prev == P_SCALE ||
				  (prev == P_AND && (before_and == P_HUNDRED || before_and == P_SCALE))))
				break;
			if (!read_digits(cx, j, &d, &dl, &dfl))
				break;
			if (prev != P_NONE)
			{
				/* "4 thousand 3 hundred and 21": small whole numbers inside */
				int64_t		n = fig_dec_small_int(&d, prev == P_AND && before_and == P_HUNDRED ? 100 : 1000);

				if (n < 0 || dl != j || (dfl & ~FIG_N_LEADZERO) != 0)
					break;
				if (prev == P_AND)
				{
					if (!fig_dec_add(&group, &d))
						break;
				}
				else
					group = d;
			}
			else
			{
				group = d;
				flags |= dfl;
			}
			have_group = true;
			prev = P_DIGITS;
			last = j = dl;
			j++;
			if (flags & (FIG_N_POWER | FIG_N_FRACTION))
				break;
			/* "$700-billion", "$481- million": a hyphen before the scale */
			if (fig_is_dash(cx, j) && glued(cx, j - 1) && usable(cx, i, j + 1) &&
				fig_cls(cx, j + 1) == NW_SCALE && !(fig_lex(cx, j + 1)->flags & NWF_ABBREV))
				j++;
			continue;
		}
		if (w == NULL)
			break;
		/* "twenty-one", "ninety - five" */
		if (fig_is_dash(cx, j))
			break;
		switch (cls)
		{
			case NW_ZERO:
				if (prev != P_NONE)
					goto done;
				fig_dec_int(&group, 0);
				have_group = true;
				prev = P_ZERO;
				break;
			case NW_UNIT:
				if (prev == P_NONE || prev == P_SCALE)
				{
					fig_dec_int(&group, (uint64_t) w->val);
					prev = P_UNIT;
				}
				else if (prev == P_TENS || prev == P_HUNDRED ||
						 (prev == P_AND && (before_and == P_HUNDRED || before_and == P_SCALE ||
											before_and == P_TENS)))
				{
					fig_dec_int(&d, (uint64_t) w->val);
					fig_dec_add(&group, &d);
					prev = P_UNIT2;
				}
				else
					goto done;
				have_group = true;
				break;
			case NW_TEEN:
				if (prev == P_NONE || prev == P_SCALE)
					fig_dec_int(&group, (uint64_t) w->val);
				else if (prev == P_HUNDRED ||
						 (prev == P_AND && (before_and == P_HUNDRED || before_and == P_SCALE)))
				{
					fig_dec_int(&d, (uint64_t) w->val);
					fig_dec_add(&group, &d);
				}
				else
					goto done;
				have_group = true;
				prev = P_TEEN;
				break;
			case NW_TENS:
				{
					int			den,
								ol;

					/* "three twenty-firsts": the tens word begins a denominator */
					if (prev != P_NONE && tens_ordinal(cx, i, j, &den, &ol))
						goto done;
					if (prev == P_NONE || prev == P_SCALE)
						fig_dec_int(&group, (uint64_t) w->val);
					else if (prev == P_HUNDRED ||
							 (prev == P_AND && (before_and == P_HUNDRED || before_and == P_SCALE)))
					{
						fig_dec_int(&d, (uint64_t) w->val);
						fig_dec_add(&group, &d);
					}
					else if (prev == P_UNIT && !(doc->tok[j].flags & TF_TF_SENT_START) &&
							 fig_dec_small_int(&group, 10) > 0 &&
							 fig_dec_is_int(&total) && total.coef == 0)
					{
						/* "one twenty two": hundreds said without the word */
						fig_dec_int(&d, (uint64_t) w->val);
						fig_dec_int(&group, (uint64_t) fig_dec_small_int(&group, 10) * 100);
						fig_dec_add(&group, &d);
					}
					else
						goto done;
					have_group = true;
					prev = P_TENS;
					/* a hyphen joins the unit: "twenty-one" */
					if (usable(cx, i, j + 2) && fig_is_dash(cx, j + 1) &&
						word_value(cx, j + 2, NW_UNIT) > 0)
					{
						fig_dec_int(&d, (uint64_t) word_value(cx, j + 2, NW_UNIT));
						fig_dec_add(&group, &d);
						prev = P_UNIT2;
						j += 2;
					}
				}
				break;
			case NW_HUNDRED:
				{
					tf_decimal	hundred;

					fig_dec_int(&hundred, 100);
					if (prev == P_A || (prev == P_NONE && fig_cls(cx, j + 1) == NW_SCALE))
						fig_dec_int(&group, 1);
					else if (!((prev == P_UNIT || prev == P_UNIT2 || prev == P_TEEN || prev == P_TENS ||
							   prev == P_DIGITS) && tf_decimal_cmp(&group, &hundred) < 0))
						goto done;
					if (!tf_decimal_shift(&group, 2))
						goto done;
					have_group = true;
					prev = P_HUNDRED;
				}
				break;
			case NW_SCALE:
				{
					tf_decimal	g = group;

					/*
					 * "m" and "b" are million and billion after a currency;
					 * "1.2b", glued to a decimal, is a billion anyway
					 */
					if ((w->flags & NWF_AFTER_CUR) && !after_cur &&
						!(w->val == 9 && prev == P_DIGITS && glued(cx, j - 1) &&
						  !fig_dec_is_int(&group)))
						goto done;
					/* "k", "bn" after words: only after digits or a unit word */
					if (prev == P_A)
						fig_dec_int(&g, 1);
					else if (!have_group)
					{
						/* "lakh crore", "thousand millions": a scale of a scale */
						if (prev == P_SCALE && w->val > last_scale && !(w->flags & NWF_ABBREV))
						{
							if (!tf_decimal_shift(&total, w->val))
								goto done;
							last_scale = w->val;
							scale = w->val;
							last = j;
							j++;
							continue;
						}
						goto done;
					}
					if ((w->flags & NWF_PLURAL) && prev == P_A)
						goto done;
					lastgroup = g;
					if (total.coef != 0 && w->val >= last_scale)
					{
						if (!fig_dec_add(&total, &g) || !tf_decimal_shift(&total, w->val))
							goto done;
					}
					else
					{
						if (!tf_decimal_shift(&g, w->val) || !fig_dec_add(&total, &g))
							goto done;
					}
					last_scale = w->val;
					scale = w->val;
					fig_dec_int(&group, 0);
					have_group = false;
					prev = P_SCALE;
					flags |= FIG_N_SCALE;
				}
				break;
			case NW_DOZEN:
				if (prev == P_A)
					fig_dec_int(&group, 1);
				else if (!have_group || prev == P_SCALE)
					goto done;
				{
					tf_decimal	twelve;

					fig_dec_int(&twelve, 12);
					if (!fig_dec_mul(&group, &twelve))
						goto done;
				}
				have_group = true;
				prev = P_DOZEN;
				break;
			case NW_A:
				{
					int			nc = fig_cls(cx, j + 1);
					const tf_numword *nw = fig_lex(cx, j + 1);

					if (prev != P_NONE || !usable(cx, i, j + 1) ||
						!(nc == NW_HUNDRED || nc == NW_DOZEN ||
						  (nc == NW_SCALE && !(nw->flags & (NWF_PLURAL | NWF_ABBREV)))))
						goto done;
					prev = P_A;
					flags |= FIG_N_A;
				}
				break;
			case NW_AND:
				if (!(prev == P_HUNDRED || prev == P_SCALE || prev == P_TENS) ||
					!usable(cx, i, j + 1) || fraction_ahead(cx, i, j + 1))
					goto done;
				{
					int			nc = fig_cls(cx, j + 1);
					int			nd;

					if (!(nc == NW_UNIT || nc == NW_TEEN || nc == NW_TENS ||
						  (prev == P_HUNDRED && fig_plain_int(doc, j + 1, &nd) && nd <= 2)))
						goto done;
					if (prev == P_TENS && nc != NW_UNIT)
						goto done;
					if ((prev == P_TENS || prev == P_SCALE) && !and_group_ends(cx, i, j + 1))
						goto done;
				}
				before_and = prev;
				and_at = j;
				prev = P_AND;
				j++;
				continue;
			default:
				goto done;
		}
		if (cls != NW_A)
			flags |= FIG_N_SPELLED;
		last = j;
		j++;
	}
done:
	if (prev == P_AND)
	{
		/* give the "and" back */
		prev = before_and;
		last = and_at - 1;
	}
	if (last < i || prev == P_A)
		return false;
	out->value = total;
	if (!fig_dec_add(&out->value, &group))
		return false;
	out->scale = prev == P_SCALE ? scale : 0;
	/* the value before its scale, for ranges ("$3-5 billion"): simple "N scale" only */
	if (prev == P_SCALE && tf_decimal_cmp(&out->value, &total) == 0)
	{
		tf_decimal	t = lastgroup;

		out->unscaled = t;
	}
	else
		out->unscaled = out->value;
	out->last = last;
	out->ntok = last - i + 1;
	out->flags = flags;
	out->end = prev;
	return true;
}

/*
 * A fraction at token i: a numerator ("a", "one", "three", "fifty-four",
 * "100") and a denominator (half, quarter(s), third(s) ... hundredth(s),
 * "twenty-first"), then an optional scale ("three quarters billion").
 * A singular denominator is a fraction only at the end of the phrase or
 * before "of", "and" or a scale, so that "a fourth term" is not one;
 * need_proper asks for a value below one (after "and").
 */
static bool
read_fraction(const fig_ctx *cx, int start, int i, bool need_proper, tf_decimal *v, int *last)
{
	const tf_doc *doc = cx->doc;
	tf_decimal	num;
	int			j;
	const tf_numword *w = fig_lex(cx, i);

	if (!usable(cx, start, i))
		return false;
	if (w && w->cls == NW_A)
	{
		fig_dec_int(&num, 1);
		j = i + 1;
	}
	else
	{
		/* the numerator: a small cardinal without a scale */
		int			k = i,
					nv;
		uint64_t	n = 0;

		/* digits over a word ("100 millionths") are a count of those, not a fraction */
		if (doc->tok[k].type == TF_TOK_NUMBER)
			return false;
		else
		{
			if ((nv = word_value(cx, k, NW_UNIT)) > 0 || (nv = word_value(cx, k, NW_TEEN)) > 0)
				n = (uint64_t) nv, j = k + 1;
			else if ((nv = word_value(cx, k, NW_TENS)) > 0)
			{
				n = (uint64_t) nv;
				j = k + 1;
				if (usable(cx, start, k + 2) && fig_is_dash(cx, k + 1) &&
					word_value(cx, k + 2, NW_UNIT) > 0)
				{
					n += (uint64_t) word_value(cx, k + 2, NW_UNIT);
					j = k + 3;
				}
			}
			else
				return false;
			fig_dec_int(&num, n);
		}
	}
	return read_denominator(cx, start, j, &num, need_proper, v, last);
}

/*
 * The denominator of a fraction at token j, over the numerator num: half,
 * quarter(s), third(s) ... hundredth(s), "twenty-first", then an optional
 * scale ("three quarters billion").
 */
static bool
read_denominator(const fig_ctx *cx, int start, int j, const tf_decimal *numerator,
				 bool need_proper, tf_decimal *v, int *last)
{
	tf_decimal	num = *numerator,
				den;
	int			denv = 0,
				dl;
	const tf_numword *o;
	bool		plural;

	/* "one - fourth", "five - eighths" */
	if (usable(cx, start, j + 1) && fig_is_dash(cx, j) && fig_cls(cx, j + 1) == NW_ORD)
		j++;
	if (!usable(cx, start, j))
		return false;
	o = fig_lex(cx, j);
	if (o == NULL)
		return false;
	if (tens_ordinal(cx, start, j, &denv, &dl))
	{
		plural = (fig_lex(cx, dl)->flags & NWF_PLURAL) != 0;
		fig_dec_int(&den, (uint64_t) denv);
		j = dl;
	}
	else if (o->cls == NW_HALF || o->cls == NW_QUARTER ||
			 (o->cls == NW_ORD && !(o->val <= 2 && (o->flags & NWF_UNIT_ORD))) ||
			 (o->cls == NW_ORD && o->val == 2 && (o->flags & NWF_PLURAL) &&
			  !(o->flags & NWF_UNIT_ORD)))
	{
		plural = (o->flags & NWF_PLURAL) != 0;
		if (o->val < 0)
		{
			fig_dec_int(&den, 1);
			tf_decimal_shift(&den, -o->val);
		}
		else
			fig_dec_int(&den, (uint64_t) o->val);
	}
	else
		return false;
	/* "a fourth term", "the third": an ordinal, not a fraction ("and a half years" is one) */
	if (!plural && !need_proper)
	{
		int			nc = fig_cls(cx, j + 1);

		if (!(fig_phrase_end(cx, j + 1) || fig_word_is(cx, j + 1, "of") || nc == NW_AND ||
			  nc == NW_SCALE || !usable(cx, start, j + 1)))
			return false;
	}
	if (need_proper && tf_decimal_cmp(&num, &den) >= 0)
		return false;
	/* "four quarters" is a sum of coins, "five halves" nobody says */
	if ((o->cls == NW_QUARTER || o->cls == NW_HALF) && tf_decimal_cmp(&num, &den) >= 0)
		return false;
	if (!fig_dec_div(&num, &den))
		return false;
	*last = j;
	/* "three quarters billion", "a half million" */
	if (usable(cx, start, j + 1) && fig_cls(cx, j + 1) == NW_SCALE &&
		!(fig_lex(cx, j + 1)->flags & (NWF_PLURAL | NWF_AFTER_CUR)))
	{
		if (!tf_decimal_shift(&num, fig_lex(cx, j + 1)->val))
			return false;
		*last = j + 1;
	}
	*v = num;
	return true;
}

/* digits after "point": "point 77", "point seventy-one", "point nought four" */
static bool
read_point_digits(const fig_ctx *cx, int start, int i, tf_decimal *frac, int *last)
{
	const tf_doc *doc = cx->doc;
	char		buf[40];
	size_t		n = 2;
	int			j = i,
				nd;

	buf[0] = '0';
	buf[1] = '.';
	if (usable(cx, start, j) && fig_plain_int(doc, j, &nd))
	{
		if (nd > 30)
			return false;
		memcpy(buf + 2, tf_tok_text(doc, j), (size_t) nd);
		n += (size_t) nd;
		*last = j;
		return tf_decimal_parse(buf, n, frac);
	}
	while (usable(cx, start, j) && n + 2 < sizeof(buf))
	{
		int			v;

		if ((v = word_value(cx, j, NW_UNIT)) > 0)
			buf[n++] = (char) ('0' + v);
		else if (fig_cls(cx, j) == NW_ZERO)
			buf[n++] = '0';
		else if ((v = word_value(cx, j, NW_TEEN)) > 0)
		{
			buf[n++] = (char) ('0' + v / 10);
			buf[n++] = (char) ('0' + v % 10);
		}
		else if ((v = word_value(cx, j, NW_TENS)) > 0)
		{
			int			u = 0;

			if (usable(cx, start, j + 2) && fig_is_dash(cx, j + 1) &&
				(u = word_value(cx, j + 2, NW_UNIT)) > 0)
				j += 2;
			else
				u = 0;
			buf[n++] = (char) ('0' + v / 10);
			buf[n++] = (char) ('0' + u);
		}
		else
			break;
		*last = j;
		j++;
	}
	if (n == 2)
		return false;
	return tf_decimal_parse(buf, n, frac);
}

/* applies a scale word at token j to *v, if there is one; returns its power */
static int
trailing_scale(const fig_ctx *cx, int start, int j, bool after_cur, tf_decimal *v, int *last)
{
	const tf_numword *w = fig_lex(cx, j);

	if (!usable(cx, start, j) || w == NULL || w->cls != NW_SCALE ||
		((w->flags & NWF_AFTER_CUR) && !after_cur) || (w->flags & NWF_PLURAL))
		return 0;
	if (!tf_decimal_shift(v, w->val))
		return 0;
	*last = j;
	return w->val;
}

bool
fig_numeral_start(const fig_ctx *cx, int i)
{
	const tf_token *t;
	int			c;

	if (!fig_free(cx, i))
		return false;
	t = &cx->doc->tok[i];
	if (t->type == TF_TOK_NUMBER)
		return true;
	if (t->type == TF_TOK_PUNCT)
		return tf_tok_cp(cx->doc, i) == '.' && i + 1 < cx->doc->ntok && cx->doc->tok[i + 1].type == TF_TOK_NUMBER;
	c = fig_cls(cx, i);
	return c == NW_ZERO || c == NW_UNIT || c == NW_TEEN || c == NW_TENS || c == NW_HUNDRED ||
		c == NW_A || c == NW_HALF || c == NW_QUARTER || c == NW_POINT ||
		(t->type == TF_TOK_WORD && tf_tok_one_char(cx->doc, i) && tf_tok_cp(cx->doc, i) >= 0xBC);
}

bool
fig_read_numeral(const fig_ctx *cx, int i, bool after_cur, fig_numeral *out)
{
	const tf_doc *doc = cx->doc;
	cardinal	c;
	tf_decimal	v,
				f;
	int			last,
				fl;

	memset(out, 0, sizeof(*out));
	if (!fig_free(cx, i))
		return false;
	out->first = i;

	/* "half a billion", "half million", "quarter million" */
	if ((fig_cls(cx, i) == NW_HALF || fig_cls(cx, i) == NW_QUARTER) &&
		!(fig_lex(cx, i)->flags & NWF_PLURAL))
	{
		int			j = i + 1;

		if (fig_cls(cx, j) == NW_A && usable(cx, i, j))
			j++;
		fig_dec_int(&v, 1);
		fig_dec_int(&f, (uint64_t) fig_lex(cx, i)->val);
		fig_dec_div(&v, &f);
		if (trailing_scale(cx, i, j, after_cur, &v, &last) > 0)
		{
			out->value = v;
			out->unscaled = v;
			out->last = last;
			out->scale = fig_lex(cx, last)->val;
			out->flags = FIG_N_SPELLED | FIG_N_FRACTION | FIG_N_SCALE;
			return true;
		}
		return false;
	}
	/* "point 77" */
	if (fig_cls(cx, i) == NW_POINT)
	{
		if (!read_point_digits(cx, i, i + 1, &v, &last))
			return false;
		out->value = v;
		out->unscaled = v;
		out->last = last;
		out->flags = FIG_N_SPELLED | FIG_N_DECIMAL;
		return true;
	}
	/* "¾" */
	if (vulgar_fraction(cx, i, &v))
	{
		out->value = out->unscaled = v;
		out->last = i;
		out->flags = FIG_N_FRACTION;
		return true;
	}
	/* "a half", "two thirds", "three quarters billion", "fifty-four hundredths" */
	if (read_fraction(cx, i, i, false, &v, &last))
	{
		out->value = out->unscaled = v;
		out->last = last;
		out->flags = FIG_N_SPELLED | FIG_N_FRACTION;
		if (fig_cls(cx, last) == NW_SCALE)
			out->flags |= FIG_N_SCALE;
		return true;
	}
	if (!read_cardinal(cx, i, after_cur, &c))
		return false;
	v = c.value;
	last = c.last;
	fl = (int) c.flags;
	out->scale = c.scale;
	out->unscaled = c.unscaled;

	/* "two point two million", "1 point 1" */
	if ((c.end == P_UNIT || c.end == P_UNIT2 || c.end == P_TEEN || c.end == P_TENS ||
		 c.end == P_HUNDRED || c.end == P_ZERO ||
		 (c.end == P_DIGITS && !(c.flags & (FIG_N_DECIMAL | FIG_N_FRACTION | FIG_N_POWER)))) &&
		c.scale == 0 && fig_cls(cx, last + 1) == NW_POINT && usable(cx, i, last + 1) &&
		read_point_digits(cx, i, last + 2, &f, &last))
	{
		if (!fig_dec_add(&v, &f))
			return false;
		fl |= FIG_N_DECIMAL | FIG_N_SPELLED;
		out->unscaled = v;
		if ((out->scale = trailing_scale(cx, i, last + 1, after_cur, &v, &last)) > 0)
			fl |= FIG_N_SCALE;
	}
	/* "two thirds", "one hundred thirty-two fifths" */
	else if (c.end != P_ZERO && (c.flags & FIG_N_SPELLED) &&
			 !(c.flags & ~(FIG_N_SPELLED | FIG_N_A | FIG_N_SCALE)) &&
			 (c.scale == 0 || (fig_lex(cx, last + 1) && (fig_lex(cx, last + 1)->flags & NWF_PLURAL))) &&
			 fig_dec_is_int(&v) && read_denominator(cx, i, last + 1, &v, false, &f, &last))
	{
		v = f;
		fl |= FIG_N_FRACTION;
		out->unscaled = v;
	}
	else
	{
		/* "one and a half", "3 million and a half", "one billion and a half million" */
		if (fig_cls(cx, last + 1) == NW_AND && usable(cx, i, last + 2) &&
			fig_dec_is_int(&v) &&
			read_fraction(cx, i, last + 2, true, &f, &last))
		{
			int			fscale = fig_cls(cx, last) == NW_SCALE ? fig_lex(cx, last)->val : 0;

			if (fscale == 0 && c.scale > 0)
				tf_decimal_shift(&f, c.scale);
			else if (fscale > 0 && fscale >= c.scale && c.scale > 0)
				return false;
			/* "two and a half billion": the scale is the whole number's */
			if (fscale > 0 && c.scale == 0 && !tf_decimal_shift(&v, fscale))
				return false;
			if (!fig_dec_add(&v, &f))
				return false;
			fl |= FIG_N_FRACTION | FIG_N_SPELLED;
			out->unscaled = v;
			/* "two and a half billion" */
			if (c.scale == 0 && fscale == 0 &&
				(out->scale = trailing_scale(cx, i, last + 1, after_cur, &v, &last)) > 0)
				fl |= FIG_N_SCALE;
		}
		/* "one out of three", "two out of five hundred": a part of a whole */
		else if (c.scale == 0 && tf_tok_is_ci(doc, last + 1, "out") &&
				 tf_tok_is_ci(doc, last + 2, "of") && usable(cx, i, last + 3) &&
				 fig_dec_is_int(&v))
		{
			cardinal	d;

			if (read_cardinal(cx, last + 3, false, &d) && fig_dec_is_int(&d.value) &&
				tf_decimal_cmp(&v, &d.value) < 0 && fig_dec_div(&v, &d.value))
			{
				last = d.last;
				fl |= FIG_N_FRACTION;
				out->unscaled = v;
			}
		}
		/* "one over three", "2000 over 3": only as a whole phrase */
		else if (fig_cls(cx, last + 1) == NW_OVER && c.scale == 0 && usable(cx, i, last + 2) &&
				 fig_dec_is_int(&v))
		{
			cardinal	d;

			if (read_cardinal(cx, last + 2, false, &d) && d.scale == 0 &&
				fig_dec_is_int(&d.value) && d.value.coef != 0 &&
				fig_phrase_end(cx, d.last + 1) &&
				fig_dec_div(&v, &d.value))
			{
				last = d.last;
				fl |= FIG_N_FRACTION;
				out->unscaled = v;
			}
		}
	}
	/* the single-token shapes the caller judges: a year, a bare integer */
	if (last == i && doc->tok[i].type == TF_TOK_NUMBER && fl == 0)
	{
		int			nd;
		int64_t		y;

		fl |= FIG_N_DIGITS;
		if (fig_plain_int(doc, i, &nd) && nd == 4 && (y = fig_dec_small_int(&v, 10000)) >= 1800 &&
			y <= 2100)
			fl |= FIG_N_YEARLIKE;
	}
	else if (last == i && doc->tok[i].type == TF_TOK_NUMBER)
		fl |= FIG_N_DIGITS;
	/* a sum with a fraction that does not end (103 and 2/3) keeps the digits of the fraction */
	if ((fl & FIG_N_FRACTION) && !fig_dec_round(&v, FIG_DIV_DIGITS))
		return false;
	tf_decimal_normalize(&v);
	out->value = v;
	out->last = last;
	out->flags = (unsigned) fl;
	return true;
}
