/*
 * numbers_fraction.c — the parts of a numeral below one: fractions ("a
 * half", "two thirds", "three quarters billion", "fifty-four hundredths",
 * "twenty-firsts") and the digits after "point" ("two point two", "nine
 * point nought four").  numbers.c joins them to the whole numbers it reads.
 */
#include "figures.h"

/* is token i a tens word followed by a (hyphenated) unit ordinal: "twenty-first"? */
bool
fig_tens_ordinal(const fig_ctx *cx, int start, int i, int *den, int *last)
{
	const tf_numword *w = fig_lex(cx, i),
			   *o;
	int			j = i + 1;

	if (w == NULL || w->cls != NW_TENS)
		return false;
	if (fig_usable(cx, start, j) && fig_is_dash(cx, j))
		j++;
	o = fig_lex(cx, j);
	if (!fig_usable(cx, start, j) || o == NULL || o->cls != NW_ORD || !(o->flags & NWF_UNIT_ORD))
		return false;
	*den = w->val + o->val;
	*last = j;
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
bool
fig_read_fraction(const fig_ctx *cx, int start, int i, bool need_proper, tf_decimal *v, int *last)
{
	const tf_doc *doc = cx->doc;
	tf_decimal	num;
	int			j;
	const tf_numword *w = fig_lex(cx, i);

	if (!fig_usable(cx, start, i))
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
			if ((nv = fig_word_value(cx, k, NW_UNIT)) > 0 || (nv = fig_word_value(cx, k, NW_TEEN)) > 0)
				n = (uint64_t) nv, j = k + 1;
			else if ((nv = fig_word_value(cx, k, NW_TENS)) > 0)
			{
				n = (uint64_t) nv;
				j = k + 1;
				if (fig_usable(cx, start, k + 2) && fig_is_dash(cx, k + 1) &&
					fig_word_value(cx, k + 2, NW_UNIT) > 0)
				{
					n += (uint64_t) fig_word_value(cx, k + 2, NW_UNIT);
					j = k + 3;
				}
			}
			else
				return false;
			fig_dec_int(&num, n);
		}
	}
	return fig_read_denominator(cx, start, j, &num, need_proper, v, last);
}

/*
 * The denominator of a fraction at token j, over the numerator num: half,
 * quarter(s), third(s) ... hundredth(s), "twenty-first", then an optional
 * scale ("three quarters billion").
 */
bool
fig_read_denominator(const fig_ctx *cx, int start, int j, const tf_decimal *numerator,
				 bool need_proper, tf_decimal *v, int *last)
{
	tf_decimal	num = *numerator,
				den;
	int			denv = 0,
				dl;
	const tf_numword *o;
	bool		plural;

	/* "one - fourth", "five - eighths"; but "twenty-fifth" is one ordinal, 25th */
	if (fig_usable(cx, start, j + 1) && fig_is_dash(cx, j) && fig_cls(cx, j + 1) == NW_ORD)
	{
		if (j > start && fig_cls(cx, j - 1) == NW_TENS && (fig_lex(cx, j + 1)->flags & NWF_UNIT_ORD))
			return false;
		j++;
	}
	if (!fig_usable(cx, start, j))
		return false;
	o = fig_lex(cx, j);
	if (o == NULL)
		return false;
	if (fig_tens_ordinal(cx, start, j, &denv, &dl))
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
			  nc == NW_SCALE || !fig_usable(cx, start, j + 1)))
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
	if (fig_usable(cx, start, j + 1) && fig_cls(cx, j + 1) == NW_SCALE &&
		!(fig_lex(cx, j + 1)->flags & (NWF_PLURAL | NWF_AFTER_CUR)))
	{
		if (!tf_decimal_shift(&num, fig_lex(cx, j + 1)->val))
			return false;
		*last = j + 1;
	}
	/*
	 * "three quarters of a billion", "two thirds of a million": a part of
	 * one scale unit is one number ("a" means one there, and nothing else
	 * stands between the part and its scale)
	 */
	else if (fig_usable(cx, start, j + 3) && fig_word_is(cx, j + 1, "of") &&
			 fig_cls(cx, j + 2) == NW_A && fig_cls(cx, j + 3) == NW_SCALE &&
			 !(fig_lex(cx, j + 3)->flags & (NWF_PLURAL | NWF_AFTER_CUR | NWF_ABBREV)))
	{
		if (!tf_decimal_shift(&num, fig_lex(cx, j + 3)->val))
			return false;
		*last = j + 3;
	}
	*v = num;
	return true;
}

/* digits after "point": "point 77", "point seventy-one", "point nought four" */
bool
fig_read_point_digits(const fig_ctx *cx, int start, int i, tf_decimal *frac, int *last)
{
	const tf_doc *doc = cx->doc;
	char		buf[40];
	size_t		n = 2;
	int			j = i,
				nd;

	buf[0] = '0';
	buf[1] = '.';
	if (fig_usable(cx, start, j) && fig_plain_int(doc, j, &nd))
	{
		if (nd > 30)
			return false;
		memcpy(buf + 2, tf_tok_text(doc, j), (size_t) nd);
		n += (size_t) nd;
		*last = j;
		return tf_decimal_parse(buf, n, frac);
	}
	while (fig_usable(cx, start, j) && n + 2 < sizeof(buf))
	{
		int			v;

		if ((v = fig_word_value(cx, j, NW_UNIT)) > 0)
			buf[n++] = (char) ('0' + v);
		else if (fig_cls(cx, j) == NW_ZERO)
			buf[n++] = '0';
		else if ((v = fig_word_value(cx, j, NW_TEEN)) > 0)
		{
			buf[n++] = (char) ('0' + v / 10);
			buf[n++] = (char) ('0' + v % 10);
		}
		else if ((v = fig_word_value(cx, j, NW_TENS)) > 0)
		{
			int			u = 0;

			if (fig_usable(cx, start, j + 2) && fig_is_dash(cx, j + 1) &&
				(u = fig_word_value(cx, j + 2, NW_UNIT)) > 0)
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
