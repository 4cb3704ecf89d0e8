/*
 * numbers.c — reading numerals: the grammar of number words, decimals,
 * fractions and scales around the digits that numbers_digits.c reads, into
 * exact decimals.  The words and their values are the lexicon's (lexicon.h).
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
 *                2 1/4  1/5  ¾  one over three  one one hundred fifth (1/105)
 *   powers       1.1^23  1.3x10^6  12.32e+14
 *
 * A number token is a number only when its separators form a grouping a
 * reader would accept: "94,000" and "1,00,000" are numbers, "3.14.15" (a
 * version) and "3,5" are not.  What a numeral is part of (a date, a model
 * name, a phone number) is decided by the caller (figures.c).
 */
#include "figures.h"

#include <limits.h>

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

/* does a fraction ("a half", "three fifths", "fifty-four hundredths") start at i? */
static bool
fraction_ahead(const fig_ctx *cx, int start, int i)
{
	tf_decimal	v;
	int			last;

	return fig_read_fraction(cx, start, i, true, &v, &last);
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

	if (c == NW_TENS && fig_usable(cx, start, j + 2) && fig_is_dash(cx, j + 1) &&
		fig_cls(cx, j + 2) == NW_UNIT)
		j += 2;
	else if (c == NW_TENS && fig_cls(cx, j + 1) == NW_UNIT && fig_usable(cx, start, j + 1))
		j++;
	else if (!(c == NW_UNIT || c == NW_TEEN || c == NW_TENS))
		return false;
	c = fig_cls(cx, j + 1);
	return fig_phrase_end(cx, j + 1) || c == NW_HUNDRED || c == NW_AND ||
		(c == NW_SCALE && fig_usable(cx, start, j + 1));
}

/*
 * The reader of cardinals, a state machine: the state is the part read last
 * (enum part), and each step reads one part at token j and says how to go
 * on.  A group is what stands between scales ("three hundred and twelve");
 * a scale multiplies the groups before it ("... thousand").
 */
typedef struct card_state
{
	const fig_ctx *cx;
	int			first;			/* the numeral's first token */
	bool		after_cur;		/* read after a currency: "m" and "b" are scales */
	tf_decimal	total;			/* the groups before the last scale, scaled */
	tf_decimal	group;			/* the group being read */
	tf_decimal	lastgroup;		/* the group the last scale multiplied */
	bool		have_group;
	enum part	prev;			/* the part read last */
	enum part	before_and;		/* the part before a pending "and" */
	int			last_scale;		/* power of the last scale (99: none yet) */
	int			scale;			/* the same, for the result */
	int			last;			/* the last token read */
	int			and_at;			/* the pending "and" */
	int			limit;			/* the last token the cardinal may take */
	unsigned	flags;			/* FIG_N_* */
} card_state;

/* what a step did */
typedef enum card_step
{
	CARD_STOP,					/* the cardinal ended before token j */
	CARD_WORD,					/* token j was a word of it: go on after j */
	CARD_ON						/* the step moved j itself: go on at j */
} card_step;

/* the group plus v: a unit, teen or tens word completing it */
static void
group_add(card_state *st, uint64_t v)
{
	tf_decimal	d;

	fig_dec_int(&d, v);
	fig_dec_add(&st->group, &d);
}

/* digits at token *j: the first part, or a small number after a scale or "hundred and" */
static card_step
card_digits(card_state *st, int *j)
{
	const fig_ctx *cx = st->cx;
	tf_decimal	d;
	unsigned	dfl;
	int			dl;

	if (!(st->prev == P_NONE || st->prev == P_SCALE ||
		  (st->prev == P_AND && (st->before_and == P_HUNDRED || st->before_and == P_SCALE))))
		return CARD_STOP;
	if (!fig_read_digits(cx, *j, &d, &dl, &dfl))
		return CARD_STOP;
	if (st->prev != P_NONE)
	{
		/* "4 thousand 3 hundred and 21": small whole numbers inside */
		int64_t		n = fig_dec_small_int(&d, st->prev == P_AND &&
										  st->before_and == P_HUNDRED ? 100 : 1000);

		if (n < 0 || dl != *j || (dfl & ~FIG_N_LEADZERO) != 0)
			return CARD_STOP;
		if (st->prev == P_AND)
		{
			if (!fig_dec_add(&st->group, &d))
				return CARD_STOP;
		}
		else
			st->group = d;
	}
	else
	{
		st->group = d;
		st->flags |= dfl;
	}
	st->have_group = true;
	st->prev = P_DIGITS;
	st->last = *j = dl;
	(*j)++;
	if (st->flags & (FIG_N_POWER | FIG_N_FRACTION))
		return CARD_STOP;
	/* "$700-billion", "$481- million": a hyphen before the scale */
	if (fig_is_dash(cx, *j) && fig_glued(cx, *j - 1) && fig_usable(cx, st->first, *j + 1) &&
		fig_cls(cx, *j + 1) == NW_SCALE && !(fig_lex(cx, *j + 1)->flags & NWF_ABBREV))
		(*j)++;
	return CARD_ON;
}

static card_step
card_zero(card_state *st)
{
	if (st->prev != P_NONE)
		return CARD_STOP;
	fig_dec_int(&st->group, 0);
	st->have_group = true;
	st->prev = P_ZERO;
	return CARD_WORD;
}

/* "one", "twenty-one", "hundred and one", "thousand and one" */
static card_step
card_unit(card_state *st, const tf_numword *w)
{
	if (st->prev == P_NONE || st->prev == P_SCALE)
	{
		fig_dec_int(&st->group, (uint64_t) w->val);
		st->prev = P_UNIT;
	}
	else if (st->prev == P_TENS || st->prev == P_HUNDRED ||
			 (st->prev == P_AND && (st->before_and == P_HUNDRED || st->before_and == P_SCALE ||
									st->before_and == P_TENS)))
	{
		group_add(st, (uint64_t) w->val);
		st->prev = P_UNIT2;
	}
	else
		return CARD_STOP;
	st->have_group = true;
	return CARD_WORD;
}

/* "twelve", "hundred and twelve" */
static card_step
card_teen(card_state *st, const tf_numword *w)
{
	if (st->prev == P_NONE || st->prev == P_SCALE)
		fig_dec_int(&st->group, (uint64_t) w->val);
	else if (st->prev == P_HUNDRED ||
			 (st->prev == P_AND && (st->before_and == P_HUNDRED || st->before_and == P_SCALE)))
		group_add(st, (uint64_t) w->val);
	else
		return CARD_STOP;
	st->have_group = true;
	st->prev = P_TEEN;
	return CARD_WORD;
}

/* "twenty", "hundred and twenty", "one twenty" (a hundred unsaid), "twenty-one" */
static card_step
card_tens(card_state *st, int *j, const tf_numword *w)
{
	const fig_ctx *cx = st->cx;
	int			den,
				ol;

	/* "three twenty-firsts": the tens word begins a denominator */
	if (st->prev != P_NONE && fig_tens_ordinal(cx, st->first, *j, &den, &ol))
		return CARD_STOP;
	if (st->prev == P_NONE || st->prev == P_SCALE)
		fig_dec_int(&st->group, (uint64_t) w->val);
	else if (st->prev == P_HUNDRED ||
			 (st->prev == P_AND && (st->before_and == P_HUNDRED || st->before_and == P_SCALE)))
		group_add(st, (uint64_t) w->val);
	else if (st->prev == P_UNIT && !(cx->doc->tok[*j].flags & TF_TF_SENT_START) &&
			 fig_dec_small_int(&st->group, 10) > 0 &&
			 fig_dec_is_int(&st->total) && st->total.coef == 0)
	{
		/* "one twenty two": hundreds said without the word */
		tf_decimal	d;

		fig_dec_int(&d, (uint64_t) w->val);
		fig_dec_int(&st->group, (uint64_t) fig_dec_small_int(&st->group, 10) * 100);
		fig_dec_add(&st->group, &d);
	}
	else
		return CARD_STOP;
	st->have_group = true;
	st->prev = P_TENS;
	/* a hyphen joins the unit: "twenty-one" */
	if (fig_usable(cx, st->first, *j + 2) && fig_is_dash(cx, *j + 1) &&
		fig_word_value(cx, *j + 2, NW_UNIT) > 0)
	{
		group_add(st, (uint64_t) fig_word_value(cx, *j + 2, NW_UNIT));
		st->prev = P_UNIT2;
		*j += 2;
	}
	return CARD_WORD;
}

/* "three hundred", "a hundred", "hundred thousand" */
static card_step
card_hundred(card_state *st, int j)
{
	tf_decimal	hundred;

	fig_dec_int(&hundred, 100);
	if (st->prev == P_A || (st->prev == P_NONE && fig_cls(st->cx, j + 1) == NW_SCALE))
		fig_dec_int(&st->group, 1);
	else if (!((st->prev == P_UNIT || st->prev == P_UNIT2 || st->prev == P_TEEN ||
				st->prev == P_TENS || st->prev == P_DIGITS) &&
			   tf_decimal_cmp(&st->group, &hundred) < 0))
		return CARD_STOP;
	if (!tf_decimal_shift(&st->group, 2))
		return CARD_STOP;
	st->have_group = true;
	st->prev = P_HUNDRED;
	return CARD_WORD;
}

/* "million", "2.7 bn", "a billion", and a scale of a scale: "lakh crore" */
static card_step
card_scale(card_state *st, int *j, const tf_numword *w)
{
	const fig_ctx *cx = st->cx;
	tf_decimal	g = st->group;

	/*
	 * "m" and "b" are million and billion after a currency; glued to a
	 * decimal, "1.2b" and, in capitals, "1.2M" anyway: a name has no decimal
	 * point ("3M") and a length no capital ("1.5m").  Spaced from a decimal,
	 * a capital that ends the phrase ("1,674,200.5 M") is the scale too; one
	 * before a word may be a unit ("0.5 M solution": molar)
	 */
	if ((w->flags & NWF_AFTER_CUR) && !st->after_cur &&
		!(st->prev == P_DIGITS && fig_glued(cx, *j - 1) && !fig_dec_is_int(&st->group) &&
		  (w->val == 9 || (cx->doc->tok[*j].flags & TF_TF_UPPER))) &&
		!(st->prev == P_DIGITS && !fig_glued(cx, *j - 1) && !fig_dec_is_int(&st->group) &&
		  (cx->doc->tok[*j].flags & TF_TF_UPPER) && !cx->lower_text &&
		  (fig_phrase_end(cx, *j + 1) || !fig_is_word(cx, *j + 1))))
		return CARD_STOP;
	/* "k", "bn" after words: only after digits or a unit word */
	if (st->prev == P_A)
		fig_dec_int(&g, 1);
	else if (!st->have_group)
	{
		/* "lakh crore", "thousand millions": a scale of a scale */
		if (st->prev == P_SCALE && w->val > st->last_scale && !(w->flags & NWF_ABBREV))
		{
			if (!tf_decimal_shift(&st->total, w->val))
				return CARD_STOP;
			st->last_scale = w->val;
			st->scale = w->val;
			st->last = *j;
			(*j)++;
			return CARD_ON;
		}
		return CARD_STOP;
	}
	if ((w->flags & NWF_PLURAL) && st->prev == P_A)
		return CARD_STOP;
	st->lastgroup = g;
	if (st->total.coef != 0 && w->val >= st->last_scale)
	{
		if (!fig_dec_add(&st->total, &g) || !tf_decimal_shift(&st->total, w->val))
			return CARD_STOP;
	}
	else
	{
		if (!tf_decimal_shift(&g, w->val) || !fig_dec_add(&st->total, &g))
			return CARD_STOP;
	}
	st->last_scale = w->val;
	st->scale = w->val;
	fig_dec_int(&st->group, 0);
	st->have_group = false;
	st->prev = P_SCALE;
	st->flags |= FIG_N_SCALE;
	return CARD_WORD;
}

/*
 * "two dozen", "a dozen", "four score": a count of groups of twelve or
 * twenty.  "score" counts only after a number in words ("Four score and
 * seven"): "3 score" is a result.
 */
static card_step
card_dozen(card_state *st, const tf_numword *w)
{
	tf_decimal	size;

	if (st->prev == P_A)
		fig_dec_int(&st->group, 1);
	else if (!st->have_group || st->prev == P_SCALE || (w->val == 20 && st->prev == P_DIGITS))
		return CARD_STOP;
	fig_dec_int(&size, (uint64_t) w->val);
	if (!fig_dec_mul(&st->group, &size))
		return CARD_STOP;
	st->have_group = true;
	st->prev = P_DOZEN;
	return CARD_WORD;
}

/* "a" before "hundred", "dozen" or a singular scale word */
static card_step
card_a(card_state *st, int j)
{
	const fig_ctx *cx = st->cx;
	int			nc = fig_cls(cx, j + 1);
	const tf_numword *nw = fig_lex(cx, j + 1);

	if (st->prev != P_NONE || !fig_usable(cx, st->first, j + 1) ||
		!(nc == NW_HUNDRED || nc == NW_DOZEN ||
		  (nc == NW_SCALE && !(nw->flags & (NWF_PLURAL | NWF_ABBREV)))))
		return CARD_STOP;
	/* "a score of people" is twenty; "a score of 90" is a result */
	if (nc == NW_DOZEN && nw->val == 20 &&
		!(tf_tok_is_ci(cx->doc, j + 2, "of") && j + 3 < cx->doc->ntok &&
		  cx->doc->tok[j + 3].type == TF_TOK_WORD && !fig_numeral_start(cx, j + 3)))
		return CARD_STOP;
	st->prev = P_A;
	st->flags |= FIG_N_A;
	return CARD_WORD;
}

/*
 * "and" inside a numeral: after "hundred", a scale or a tens word, before
 * the rest of the group; never before a fraction ("one and a half"), which
 * the caller reads.  The "and" is pending: given back if nothing follows.
 */
static card_step
card_and(card_state *st, int *j)
{
	const fig_ctx *cx = st->cx;
	int			nc,
				nd;

	if (!(st->prev == P_HUNDRED || st->prev == P_SCALE || st->prev == P_TENS || st->prev == P_DOZEN) ||
		!fig_usable(cx, st->first, *j + 1) || fraction_ahead(cx, st->first, *j + 1))
		return CARD_STOP;
	nc = fig_cls(cx, *j + 1);
	if (!(nc == NW_UNIT || nc == NW_TEEN || nc == NW_TENS ||
		  (st->prev == P_HUNDRED && fig_plain_int(cx->doc, *j + 1, &nd) && nd <= 2)))
		return CARD_STOP;
	if (st->prev == P_TENS && nc != NW_UNIT)
		return CARD_STOP;
	/*
	 * "4 hundred and 6 hundred": a group after "hundred and" is below a
	 * hundred, so a second "hundred" makes two numbers
	 */
	if (st->prev == P_HUNDRED && fig_cls(cx, *j + 2) == NW_HUNDRED)
		return CARD_STOP;
	if ((st->prev == P_TENS || st->prev == P_SCALE || st->prev == P_DOZEN) &&
		!and_group_ends(cx, st->first, *j + 1))
		return CARD_STOP;
	st->before_and = st->prev;
	st->and_at = *j;
	st->prev = P_AND;
	(*j)++;
	return CARD_ON;
}

/* the step of word token *j, of class w */
static card_step
card_word(card_state *st, int *j, const tf_numword *w)
{
	switch (w->cls)
	{
		case NW_ZERO:
			return card_zero(st);
		case NW_UNIT:
			return card_unit(st, w);
		case NW_TEEN:
			return card_teen(st, w);
		case NW_TENS:
			return card_tens(st, j, w);
		case NW_HUNDRED:
			return card_hundred(st, *j);
		case NW_SCALE:
			return card_scale(st, j, w);
		case NW_DOZEN:
			return card_dozen(st, w);
		case NW_A:
			return card_a(st, *j);
		case NW_AND:
			return card_and(st, j);
		default:
			return CARD_STOP;
	}
}

/*
 * Reads a cardinal at token i: groups of units, tens and hundreds, digits,
 * and scales between them.  Stops before an "and" that begins a fraction, so
 * that "one and a half" and "two hundred and fifty-four hundredths" are read
 * by the caller.
 */
static bool
read_cardinal_to(const fig_ctx *cx, int i, int limit, bool after_cur, cardinal *out)
{
	const tf_doc *doc = cx->doc;
	card_state	st;
	int			j = i;

	memset(out, 0, sizeof(*out));
	memset(&st, 0, sizeof(st));
	st.cx = cx;
	st.first = i;
	st.after_cur = after_cur;
	st.prev = st.before_and = P_NONE;
	st.last_scale = 99;
	st.last = st.and_at = -1;
	st.limit = limit;
	while (j <= limit && fig_usable(cx, i, j))
	{
		const tf_numword *w = fig_lex(cx, j);
		card_step	r;

		if (doc->tok[j].type == TF_TOK_NUMBER || (j == i && fig_is_punct(cx, j, '.')))
			r = card_digits(&st, &j);
		else if (w == NULL || fig_is_dash(cx, j))
			r = CARD_STOP;		/* "twenty-one", "ninety - five": read by card_tens */
		else
			r = card_word(&st, &j, w);
		if (r == CARD_STOP)
			break;
		if (r == CARD_WORD)
		{
			if (w->cls != NW_A)
				st.flags |= FIG_N_SPELLED;
			st.last = j;
			j++;
		}
	}
	if (st.prev == P_AND)
	{
		/* give the "and" back */
		st.prev = st.before_and;
		st.last = st.and_at - 1;
	}
	if (st.last < i || st.prev == P_A)
		return false;
	out->value = st.total;
	if (!fig_dec_add(&out->value, &st.group))
		return false;
	out->scale = st.prev == P_SCALE ? st.scale : 0;
	/* the value before its scale, for ranges ("$3-5 billion"): simple "N scale" only */
	if (st.prev == P_SCALE && tf_decimal_cmp(&out->value, &st.total) == 0)
		out->unscaled = st.lastgroup;
	else
		out->unscaled = out->value;
	out->last = st.last;
	out->ntok = st.last - i + 1;
	out->flags = st.flags;
	out->end = st.prev;
	return st.last <= limit;
}

static bool
read_cardinal(const fig_ctx *cx, int i, bool after_cur, cardinal *out)
{
	return read_cardinal_to(cx, i, INT_MAX, after_cur, out);
}

/* applies a scale word at token j to *v, if there is one; returns its power */
static int
trailing_scale(const fig_ctx *cx, int start, int j, bool after_cur, tf_decimal *v, int *last)
{
	const tf_numword *w = fig_lex(cx, j);

	if (!fig_usable(cx, start, j) || w == NULL || w->cls != NW_SCALE ||
		((w->flags & NWF_AFTER_CUR) && !after_cur) || (w->flags & NWF_PLURAL))
		return 0;
	if (!tf_decimal_shift(v, w->val))
		return 0;
	*last = j;
	return w->val;
}

/*
 * Is d the whole of a ratio "N in d" with part v?  A whole larger than the
 * part, with no scale, that is neither a year ("one in 2010") nor a number of
 * days or months ("one in 90 minutes" is one goal within them).
 */
static bool
ratio_whole(const fig_ctx *cx, const tf_decimal *v, const cardinal *d)
{
	const tf_doc *doc = cx->doc;
	int			nd;
	char		buf[TF_LEX_MAX_WORD + 1];
	size_t		n;
	const tf_lexword *e;

	if (d->scale != 0 || !fig_dec_is_int(&d->value) || v->coef == 0 ||
		tf_decimal_cmp(v, &d->value) >= 0 ||
		(d->ntok == 1 && fig_plain_int(doc, d->last, &nd) && nd == 4))
		return false;
	if (d->last + 1 >= doc->ntok || doc->tok[d->last + 1].type != TF_TOK_WORD)
		return true;
	n = tf_tok_len(doc, d->last + 1);
	if (n > TF_LEX_MAX_WORD)
		return true;
	tf_ascii_lower_copy(buf, tf_tok_text(doc, d->last + 1), n);
	e = tf_lex_find(buf, n);
	if (e != NULL && (e->date.cls == DW_PERIOD || e->num.cls == NW_ORD))
		return false;
	/* the clock's units, which the lexicon does not hold as periods */
	return !(tf_tok_is_ci(doc, d->last + 1, "minutes") || tf_tok_is_ci(doc, d->last + 1, "hours") ||
			 tf_tok_is_ci(doc, d->last + 1, "minute") || tf_tok_is_ci(doc, d->last + 1, "hour"));
}

/* is token i a number word of one digit or two ("seven", "twelve", "nought")? */
static bool
fig_spelled_at(const fig_ctx *cx, int i)
{
	int			c = fig_cls(cx, i);

	return c == NW_UNIT || c == NW_TEEN || c == NW_TENS || c == NW_ZERO;
}

/*
 * What may follow a cardinal c read at token i and makes one numeral with
 * it: a decimal ("two point two million"), a denominator ("two thirds"), a
 * fraction after "and" ("one and a half", "3 million and a half"), a part of
 * a whole ("one out of three", "one over three").  Updates the value *v, the
 * last token *last, the flags *fl and out's scale and unscaled value; false
 * when what follows makes no numeral of it.
 */
static bool
extend_cardinal(const fig_ctx *cx, int i, bool after_cur, const cardinal *c, tf_decimal *v,
				int *last, int *fl, fig_numeral *out)
{
	const tf_doc *doc = cx->doc;
	tf_decimal	f;
	/* "two-point-seven million": the word "point" between hyphens */
	int			pt = (fig_glued_dash(cx, *last + 1) && fig_cls(cx, *last + 2) == NW_POINT &&
					  fig_glued_dash(cx, *last + 3) && fig_spelled_at(cx, *last + 4)) ? *last + 2 :
		*last + 1;
	int			dg = pt == *last + 1 ? pt + 1 : pt + 2;

	/* "two point two million", "1 point 1" */
	if ((c->end == P_UNIT || c->end == P_UNIT2 || c->end == P_TEEN || c->end == P_TENS ||
		 c->end == P_HUNDRED || c->end == P_ZERO ||
		 (c->end == P_DIGITS && !(c->flags & (FIG_N_DECIMAL | FIG_N_FRACTION | FIG_N_POWER)))) &&
		c->scale == 0 && fig_cls(cx, pt) == NW_POINT && fig_usable(cx, i, dg) &&
		fig_read_point_digits(cx, i, dg, &f, last))
	{
		if (!fig_dec_add(v, &f))
			return false;
		*fl |= FIG_N_DECIMAL | FIG_N_SPELLED;
		out->unscaled = *v;
		if ((out->scale = trailing_scale(cx, i, *last + 1, after_cur, v, last)) > 0)
			*fl |= FIG_N_SCALE;
	}
	/* "two thirds", "one hundred thirty-two fifths" */
	else if (c->end != P_ZERO && (c->flags & FIG_N_SPELLED) &&
			 !(c->flags & ~(FIG_N_SPELLED | FIG_N_A | FIG_N_SCALE)) &&
			 (c->scale == 0 || (fig_lex(cx, *last + 1) && (fig_lex(cx, *last + 1)->flags & NWF_PLURAL))) &&
			 fig_dec_is_int(v) && fig_read_denominator(cx, i, *last + 1, v, false, &f, last))
	{
		*v = f;
		*fl |= FIG_N_FRACTION;
		out->unscaled = *v;
	}
	else
	{
		/* "one and a half", "3 million and a half", "one billion and a half million" */
		if (fig_cls(cx, *last + 1) == NW_AND && fig_usable(cx, i, *last + 2) &&
			fig_dec_is_int(v) &&
			fig_read_fraction(cx, i, *last + 2, true, &f, last))
		{
			int			fscale = fig_cls(cx, *last) == NW_SCALE ? fig_lex(cx, *last)->val : 0;

			if (fscale == 0 && c->scale > 0)
				tf_decimal_shift(&f, c->scale);
			else if (fscale > 0 && fscale >= c->scale && c->scale > 0)
				return false;
			/* "two and a half billion": the scale is the whole number's */
			if (fscale > 0 && c->scale == 0 && !tf_decimal_shift(v, fscale))
				return false;
			if (!fig_dec_add(v, &f))
				return false;
			*fl |= FIG_N_FRACTION | FIG_N_SPELLED;
			out->unscaled = *v;
			/* "two and a half billion" */
			if (c->scale == 0 && fscale == 0 &&
				(out->scale = trailing_scale(cx, i, *last + 1, after_cur, v, last)) > 0)
				*fl |= FIG_N_SCALE;
		}
		/* "one out of three", "two out of five hundred": a part of a whole */
		else if (c->scale == 0 && tf_tok_is_ci(doc, *last + 1, "out") &&
				 tf_tok_is_ci(doc, *last + 2, "of") && fig_usable(cx, i, *last + 3) &&
				 fig_dec_is_int(v))
		{
			cardinal	d;

			if (read_cardinal(cx, *last + 3, false, &d) && fig_dec_is_int(&d.value) &&
				tf_decimal_cmp(v, &d.value) < 0 && fig_dec_div(v, &d.value))
			{
				*last = d.last;
				*fl |= FIG_N_FRACTION;
				out->unscaled = *v;
			}
		}
		/* "one in five adults", "three in 10 voters": a ratio */
		else if (c->scale == 0 && tf_tok_is_ci(doc, *last + 1, "in") && fig_usable(cx, i, *last + 2) &&
				 fig_dec_is_int(v))
		{
			cardinal	d;

			if (read_cardinal(cx, *last + 2, false, &d) && ratio_whole(cx, v, &d) &&
				fig_dec_div(v, &d.value))
			{
				*last = d.last;
				*fl |= FIG_N_FRACTION;
				out->unscaled = *v;
			}
		}
		/* "one over three", "2000 over 3": only as a whole phrase */
		else if (fig_cls(cx, *last + 1) == NW_OVER && c->scale == 0 && fig_usable(cx, i, *last + 2) &&
				 fig_dec_is_int(v))
		{
			cardinal	d;

			if (read_cardinal(cx, *last + 2, false, &d) && d.scale == 0 &&
				fig_dec_is_int(&d.value) && d.value.coef != 0 &&
				fig_phrase_end(cx, d.last + 1) &&
				fig_dec_div(v, &d.value))
			{
				*last = d.last;
				*fl |= FIG_N_FRACTION;
				out->unscaled = *v;
			}
		}
	}
	return true;
}

/*
 * A compound ordinal whose hundred or scale word is token h: "hundred fifth",
 * "one thousand fifths", "a hundred twentieth".  That word takes as its
 * multiplier only the word next to it, when that word is a unit or "a": a
 * number takes a scale only from a word next to it.  *den gets the
 * ordinal's number (105, 1005), *first the token it begins at (the
 * multiplier, else h), *last its last token, *plural whether it is plural.
 * "First" and "second" are left out: "two hundred seconds" is a duration.
 * A two-word ordinal after it is a denominator of its own: "one hundred
 * thirty-fifths" is 100/35 (fig_read_denominator).
 */
static bool
compound_ordinal(const fig_ctx *cx, int start, int h, tf_decimal *den, int *first, int *last,
				 bool *plural)
{
	const tf_numword *sw = fig_lex(cx, h),
			   *ow;
	int			pw,
				m = 1,
				ov;
	tf_decimal	ord;

	if (h < start || !fig_usable(cx, start, h + 1) || sw == NULL)
		return false;
	/* "fifth-graders", "third-party": the ordinal begins a word of its own */
	if (fig_glued_dash(cx, h + 2) && fig_is_word(cx, h + 3))
		return false;
	if (sw->cls == NW_HUNDRED)
		pw = 2;
	else if (sw->cls == NW_SCALE && !(sw->flags & (NWF_PLURAL | NWF_ABBREV | NWF_AFTER_CUR)))
		pw = sw->val;
	else
		return false;
	if ((ow = fig_lex(cx, h + 1)) != NULL && ow->cls == NW_ORD && ow->val > 2)
	{
		ov = ow->val;
		*last = h + 1;
	}
	else
		return false;
	*plural = (fig_lex(cx, *last)->flags & NWF_PLURAL) != 0;
	*first = h;
	if (h - 1 >= start && fig_cls(cx, h - 1) == NW_UNIT)
	{
		m = fig_lex(cx, h - 1)->val;
		*first = h - 1;
	}
	else if (h - 1 >= start && fig_cls(cx, h - 1) == NW_A)
		*first = h - 1;
	fig_dec_int(den, (uint64_t) m);
	fig_dec_int(&ord, (uint64_t) ov);
	return tf_decimal_shift(den, pw) && fig_dec_add(den, &ord);
}

/*
 * "one one hundred fifth" (1/105), "one hundred one thousand fifths"
 * (100/1005): a spelled numerator and a compound ordinal as denominator.
 * The cardinal c read at i either stops before the ordinal's multiplier (the
 * first case) or took the ordinal's multiplier and scale (the second: the
 * numerator is what comes before them).  A compound ordinal with no
 * numerator ("the one hundred fifth", "one hundred fifth") is an ordinal:
 * *ordinal is set and false returned.  A singular denominator is a fraction
 * only where the phrase ends or "of" follows, as fig_read_denominator asks.
 */
static bool
compound_fraction(const fig_ctx *cx, int i, const cardinal *c, tf_decimal *v, int *last,
				  bool *ordinal)
{
	tf_decimal	num,
				den;
	int			o,
				dfirst;
	bool		plural;
	cardinal	n;

	*ordinal = false;
	if ((c->flags & ~(FIG_N_SPELLED | FIG_N_SCALE | FIG_N_A)) || !(c->flags & FIG_N_SPELLED))
		return false;
	if ((c->end == P_HUNDRED || c->end == P_SCALE) &&
		compound_ordinal(cx, i, c->last, &den, &dfirst, &o, &plural))
	{
		/* the cardinal took the ordinal's multiplier: the numerator ends before it */
		if (dfirst == i || fig_cls(cx, dfirst) == NW_A)
		{
			*ordinal = dfirst == i;
			return false;
		}
		if (!read_cardinal_to(cx, i, dfirst - 1, false, &n) || n.last != dfirst - 1)
			return false;
		num = n.value;
	}
	else if ((c->end == P_UNIT || c->end == P_UNIT2 || c->end == P_TEEN || c->end == P_TENS) &&
			 c->scale == 0 && fig_cls(cx, c->last + 1) == NW_UNIT &&
			 compound_ordinal(cx, i, c->last + 2, &den, &dfirst, &o, &plural) &&
			 dfirst == c->last + 1)
		num = c->value;
	else
		return false;
	if (!fig_dec_is_int(&num) || num.coef == 0 ||
		(!plural &&
		 !(fig_phrase_end(cx, o + 1) || fig_word_is(cx, o + 1, "of") || !fig_usable(cx, i, o + 1))))
		return false;
	if (!fig_dec_div(&num, &den))
		return false;
	*v = num;
	*last = o;
	return true;
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
	bool		ordinal;

	memset(out, 0, sizeof(*out));
	if (!fig_free(cx, i))
		return false;
	out->first = i;

	/* "half a billion", "half million", "quarter million" */
	if ((fig_cls(cx, i) == NW_HALF || fig_cls(cx, i) == NW_QUARTER) &&
		!(fig_lex(cx, i)->flags & NWF_PLURAL))
	{
		int			j = i + 1;

		if (fig_cls(cx, j) == NW_A && fig_usable(cx, i, j))
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
		if (!fig_read_point_digits(cx, i, i + 1, &v, &last))
			return false;
		out->value = v;
		out->unscaled = v;
		out->last = last;
		out->flags = FIG_N_SPELLED | FIG_N_DECIMAL;
		return true;
	}
	/* "¾" */
	if (fig_vulgar_fraction(cx, i, &v))
	{
		out->value = out->unscaled = v;
		out->last = i;
		out->flags = FIG_N_FRACTION;
		return true;
	}
	/* "a half", "two thirds", "three quarters billion", "fifty-four hundredths" */
	if (fig_read_fraction(cx, i, i, false, &v, &last))
	{
		out->value = out->unscaled = v;
		out->last = last;
		out->flags = FIG_N_SPELLED | FIG_N_FRACTION;
		if (fig_cls(cx, last) == NW_SCALE)
			out->flags |= FIG_N_SCALE;
		return true;
	}
	/* "a couple of days", "a pair of shoes": two of what follows */
	if (fig_cls(cx, i) == NW_A && fig_usable(cx, i, i + 2) &&
		(tf_tok_is_ci(doc, i + 1, "couple") || tf_tok_is_ci(doc, i + 1, "pair")) &&
		tf_tok_is_ci(doc, i + 2, "of"))
	{
		fig_dec_int(&out->value, 2);
		out->unscaled = out->value;
		out->last = i + 1;
		out->flags = FIG_N_SPELLED;
		return true;
	}
	if (!read_cardinal(cx, i, after_cur, &c))
		return false;
	v = c.value;
	last = c.last;
	fl = (int) c.flags;
	out->scale = c.scale;
	out->unscaled = c.unscaled;

	if (compound_fraction(cx, i, &c, &v, &last, &ordinal))
	{
		fl = FIG_N_SPELLED | FIG_N_FRACTION;
		out->scale = 0;
		out->unscaled = v;
	}
	else if (ordinal)
		return false;
	else if (!extend_cardinal(cx, i, after_cur, &c, &v, &last, &fl, out))
		return false;
	/*
	 * "three thousandth", "one hundred fifth": a cardinal that runs on into
	 * an ordinal is one ordinal (no count, nor 3e-03): after "hundred" or a
	 * scale any ordinal continues it, and a power ordinal (hundredth,
	 * thousandth) takes the number before it as its multiplier.  A fraction
	 * ("three thousandths", "one thousandth of a second") was read above.  An
	 * ordinal that begins a hyphenated word ("four hundred fifth-graders")
	 * leaves the count alone.
	 */
	if (last == c.last && fig_usable(cx, i, last + 1) && fig_cls(cx, last + 1) == NW_ORD &&
		!(fig_lex(cx, last + 1)->flags & NWF_PLURAL) &&
		(fig_lex(cx, last + 1)->val < 0 || c.end == P_HUNDRED || c.end == P_SCALE) &&
		!(fig_glued_dash(cx, last + 2) && fig_is_word(cx, last + 3)))
		return false;
	/* "twenty-fifth", "one hundred twenty-first": the tens word begins an ordinal */
	{
		int			od,
					ol;

		if (last == c.last && c.end == P_TENS && fig_tens_ordinal(cx, i, last, &od, &ol))
			return false;
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
