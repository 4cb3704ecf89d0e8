/*
 * figures.c — the figures stage: money, percentages, quantities, counts and
 * numbers, each one fact with an exact value and a normalised unit.
 *
 * One pass over the tokens.  At each free token that can begin an amount the
 * stage reads, left to right and without backtracking past a bounded window:
 *
 *   [hedge] [between] AMOUNT [(- | to | and) AMOUNT]
 *   AMOUNT := [-] [currency] numeral [scale] [currency | unit | counted noun]
 *             [cents: "15 dollars 50", "$20 and 43c"]
 *
 * and adds one fact, whose kind follows from what the amount carries: a
 * currency makes money, a percent sign a percentage, a unit a quantity, and
 * anything else a number (with its counted noun as unit: "70 businesspersons").
 * A range is one fact (value = low end, detail.high); a hedge ("over", "nearly")
 * is kept in detail.approx and out of the span.  Money also gets the noun
 * phrase it is the amount of (detail.object), when one is plain to see.
 *
 * Before the pass, shapes that contain digits but are no figures are marked
 * (URLs, phone numbers, dates and times, identifiers such as "COVID-19"); the
 * dates stage, which runs before this one, has already claimed the dates it
 * understood.  After the pass over an amount, the rules for bare numbers drop
 * years ("in 1990"), days next to a month, clock times, model names ("Boeing
 * 737") and pronoun uses of "one".
 */
#include "figures.h"
#include "stages.h"

/* ---- hedges: kept in detail.approx, never in the span ---- */

static const char *const hedges[] = {
	"more than", "less than", "fewer than", "greater than", "higher than", "lower than",
	"up to", "at least", "at most", "as much as", "as many as", "as high as", "as low as",
	"as little as", "as few as", "no more than", "no less than", "not more than",
	"not less than", "close to", "nearly", "almost", "about", "around", "approximately",
	"roughly", "some", "over", "under", "below", "above", "just over", "just under",
	"well over", "well under", "upwards of", "in excess of", "an estimated", "estimated",
	"exceeding", "approx", "circa", "around about", "more or less", NULL
};

/* the hedge phrase that ends at token e (lower case, static), or NULL; *first gets its start */
static const char *
hedge_before(const fig_ctx *cx, int e, int *first)
{
	const char *best = NULL;
	int			bestfirst = e + 1;

	/* every hedge ends in a word: most tokens before a number are none */
	if (e < 0 || e >= cx->doc->ntok || cx->doc->tok[e].type != TF_TOK_WORD)
	{
		*first = bestfirst;
		return NULL;
	}
	for (int k = 0; hedges[k] != NULL; k++)
	{
		const char *h = hedges[k];
		int			nw = 1;
		int			j;
		const char *w;

		for (const char *p = h; *p; p++)
			if (*p == ' ')
				nw++;
		j = e - nw + 1;
		if (j < 0 || j >= bestfirst)
			continue;
		w = h;
		for (int t = j; t <= e; t++)
		{
			const char *sp = strchr(w, ' ');
			size_t		n = sp ? (size_t) (sp - w) : strlen(w);
			char		buf[16];

			if (!fig_free(cx, t) || n >= sizeof(buf))
				goto next;
			memcpy(buf, w, n);
			buf[n] = '\0';
			if (!tf_tok_is_ci(cx->doc, t, buf))
				goto next;
			if (t > j && (cx->doc->tok[t].flags & TF_TF_SENT_START))
				goto next;
			w = sp ? sp + 1 : w + n;
		}
		best = h;
		bestfirst = j;
next:	;
	}
	*first = bestfirst;
	return best;
}

/* ---- amounts ---- */

typedef struct amount
{
	int			first;			/* span */
	int			last;
	int			num_first;		/* the numeral */
	int			num_last;
	tf_decimal	value;			/* in units of the currency or unit */
	tf_decimal	unscaled;		/* for ranges: the value before a trailing scale */
	int			scale;
	tf_kind		kind;
	const char *unit;			/* ISO code, %, pp, bp, quantity unit, counted noun */
	bool		has_currency;
	bool		has_unit;		/* a currency, percent or quantity unit */
	bool		cur_before;		/* the currency stands before the number */
	bool		counted;		/* unit is a counted noun */
	unsigned	nflags;
	fig_currency cur;
	bool		sub;			/* cents: the value is in minor units */
	bool		coin;
	bool		whole_phrase;	/* needs to be the whole sentence (coins) */
} amount;

static bool
is_word(const fig_ctx *cx, int i)
{
	return i >= 0 && i < cx->doc->ntok && cx->doc->tok[i].type == TF_TOK_WORD;
}

static bool
glued_to_next(const fig_ctx *cx, int i)
{
	return tf_tok_glued(cx->doc, i);
}

/* a hyphen glued on both sides: "12-cent", "25-basis-point" */
static bool
glued_dash(const fig_ctx *cx, int i)
{
	return fig_is_dash(cx, i) && i > 0 && glued_to_next(cx, i - 1) && glued_to_next(cx, i);
}

/* is the word at i one that a noun phrase cannot contain? */
static bool
stop_word(const fig_ctx *cx, int i)
{
	const tf_numword *w = fig_lex(cx, i);

	return w != NULL && ((w->flags & NWF_STOP) || w->cls != NW_OTHER);
}

/* the phrase [first, last] is a whole sentence (a caption or a query) */
static bool
whole_sentence(const fig_ctx *cx, int first, int last)
{
	const tf_doc *doc = cx->doc;
	int			j = last + 1;

	if (!(doc->tok[first].flags & TF_TF_SENT_START) &&
		!(first > 0 && doc->tok[first - 1].type != TF_TOK_WORD &&
		  (doc->tok[first - 1].flags & TF_TF_SENT_START) && first - 1 == 0))
		return false;
	while (j < doc->ntok && !(doc->tok[j].flags & TF_TF_SENT_START))
	{
		if (doc->tok[j].type == TF_TOK_WORD || doc->tok[j].type == TF_TOK_NUMBER)
			return false;
		j++;
	}
	return true;
}

/*
 * "and 43c", "43 cents", "50" after an amount in a currency: the minor units
 * ("15 dollars 50", "$20 and 43c", "thirteen dollars and forty-five cents").
 * Only after a whole amount without a scale, and only when the cents are the
 * end of the phrase or named as cents, so that "$20 43 people" stays apart.
 */
static bool
read_cents(const fig_ctx *cx, amount *a, int j)
{
	const tf_doc *doc = cx->doc;
	fig_numeral m;
	fig_currency sub;
	int			k = j,
				end;
	int64_t		n;
	bool		named = false;
	tf_decimal	c;

	if (!a->has_currency || a->sub || a->coin || a->scale != 0 || a->cur.digits <= 0 ||
		!fig_dec_is_int(&a->value) || a->value.neg)
		return false;
	if (fig_cls(cx, k) == NW_AND)
		k++;
	if (!fig_free(cx, k) || (doc->tok[k].flags & TF_TF_SENT_START))
		return false;
	if (doc->tok[k].type == TF_TOK_NUMBER)
	{
		int			nd = (int) tf_tok_len(doc, k);
		const char *s = tf_tok_text(doc, k);

		for (int q = 0; q < nd; q++)
			if (s[q] < '0' || s[q] > '9')
				return false;
		if (nd > a->cur.digits)
			return false;
	}
	if (!fig_read_numeral(cx, k, false, &m) || (m.flags & ~(FIG_N_SPELLED | FIG_N_DIGITS)))
		return false;
	n = fig_dec_small_int(&m.value, 100);
	if (n <= 0)
		return false;
	end = m.last;
	/* "11a" is a code, not cents; "43c" is cents */
	if (glued_to_next(cx, end) && is_word(cx, end + 1) && !tf_tok_is_ci(doc, end + 1, "c") &&
		!tf_tok_is_ci(doc, end + 1, "p"))
		return false;
	/* "43c", "43 cents", "1 pence", "43 sen" */
	if (fig_match_currency(cx, end + 1, FIG_CUR_AFTER, &sub) && sub.form &&
		(sub.form->flags & TF_CF_SUB))
	{
		end = sub.last;
		named = true;
	}
	else if (fig_free(cx, end + 1) && glued_to_next(cx, end) &&
			 (tf_tok_is_ci(doc, end + 1, "c") || tf_tok_is_ci(doc, end + 1, "p")))
	{
		end++;
		named = true;
	}
	else if (fig_word_is(cx, end + 1, "sen") || fig_word_is(cx, end + 1, "sens") ||
			 fig_word_is(cx, end + 1, "kopiykas"))
	{
		end++;
		named = true;
	}
	if (!named && !(fig_phrase_end(cx, end + 1) ||
					(stop_word(cx, end + 1) && fig_cls(cx, end + 1) != NW_SCALE &&
					 fig_cls(cx, end + 1) != NW_AND && !is_word(cx, end + 2))))
		return false;
	/* "$20 and 43" is a range when "between" opened it: the caller tried that first */
	fig_dec_int(&c, (uint64_t) n);
	if (!tf_decimal_shift(&c, -a->cur.digits) || !fig_dec_add(&a->value, &c))
		return false;
	a->last = end;
	return true;
}

/*
 * "a quarter", "nickel": a coin named alone as the whole sentence (a price
 * tag, a caption, a query), which the numeral reader would take for a
 * fraction; in running text it is one.
 */
static bool
lone_coin(const fig_ctx *cx, int k)
{
	fig_currency c;
	int			j = fig_cls(cx, k) == NW_A ? k + 1 : k;

	return fig_match_currency(cx, j, FIG_CUR_AFTER, &c) && c.form &&
		(c.form->flags & TF_CF_COIN) && whole_sentence(cx, k, c.last);
}

/*
 * "1 $10", "10 $ 30 $": a sign after a number belongs to the next number when
 * it touches that one and not this one, or when both are spaced and the next
 * number has no sign of its own after it.
 */
static bool
sign_of_next(const fig_ctx *cx, const fig_currency *cur)
{
	const tf_doc *doc = cx->doc;
	int			s = cur->first,
				n = cur->last + 1;

	if (cur->form == NULL || !(cur->form->flags & TF_CF_SYMBOL) || cur->first != cur->last ||
		n >= doc->ntok || doc->tok[n].type != TF_TOK_NUMBER || !fig_free(cx, n))
		return false;
	if (!(doc->tok[s].flags & TF_TF_SPACE_BEFORE))
		return false;
	if (!(doc->tok[n].flags & TF_TF_SPACE_BEFORE))
		return true;
	/* "10 $ 30 $" */
	return !(n + 1 < doc->ntok && tf_tok_cp(doc, n + 1) == tf_tok_cp(doc, s) &&
			 doc->tok[n + 1].type == doc->tok[s].type);
}

/*
 * Reads an amount at token i: an optional sign and currency, a numeral, and
 * what follows it (currency, scale after a code, unit, counted noun, cents).
 */
static bool
read_amount(const fig_ctx *cx, int i, amount *a)
{
	const tf_doc *doc = cx->doc;
	fig_numeral n;
	fig_currency cur;
	fig_unit u;
	int			k = i;
	bool		neg = false;

	memset(a, 0, sizeof(*a));
	a->first = i;
	a->kind = TF_NUMBER;

	/* "-5", "-$5", "minus five": a sign that is not a hyphen inside a word */
	if (fig_is_dash(cx, k) && fig_free(cx, k + 1) && glued_to_next(cx, k) &&
		(doc->tok[k + 1].type == TF_TOK_NUMBER || fig_is_punct(cx, k + 1, '.') ||
		 doc->tok[k + 1].type == TF_TOK_SYMBOL) &&
		(k == 0 || (doc->tok[k].flags & TF_TF_SPACE_BEFORE) ||
		 !(is_word(cx, k - 1) || doc->tok[k - 1].type == TF_TOK_NUMBER)))
	{
		neg = true;
		k++;
	}
	/* "- 1,200,000" at the start of a sentence: tokenised text */
	else if (fig_is_dash(cx, k) && (doc->tok[k].flags & TF_TF_SENT_START) && fig_free(cx, k + 1) &&
			 doc->tok[k + 1].type == TF_TOK_NUMBER)
	{
		neg = true;
		k++;
	}
	else if (fig_cls(cx, k) == NW_MINUS && fig_free(cx, k + 1) && fig_numeral_start(cx, k + 1))
	{
		neg = true;
		k++;
	}

	if (fig_match_currency(cx, k, FIG_CUR_BEFORE, &cur))
	{
		a->cur = cur;
		a->has_currency = true;
		a->cur_before = true;
		k = cur.last + 1;
		if (!neg && fig_is_dash(cx, k) && glued_to_next(cx, k) && glued_to_next(cx, k - 1) &&
			doc->tok[k + 1].type == TF_TOK_NUMBER)
		{
			neg = true;
			k++;
		}
	}

	if (!a->has_currency && lone_coin(cx, k))
		goto coin;
	if (!fig_read_numeral(cx, k, a->has_currency, &n))
	{
coin:	;
		fig_currency c2;
		int			start = k;

		if (a->has_currency)
			return false;
		/* "a dollar", "a dime", "a grand": one of a named unit of money */
		if (fig_cls(cx, k) == NW_A && fig_match_currency(cx, k + 1, FIG_CUR_AFTER, &c2) &&
			c2.form && (c2.form->flags & TF_CF_NAME) && !(c2.form->flags & TF_CF_SUB) &&
			(c2.form->target == TF_CUR_DOLLAR || (c2.form->flags & TF_CF_COIN)))
			start = k;
		/* "dime", "quarter": a coin, alone */
		else if (fig_match_currency(cx, k, FIG_CUR_AFTER, &c2) && c2.form &&
				 (c2.form->flags & TF_CF_COIN))
		{
			start = k;
			a->whole_phrase = true;
			c2.first = k;
		}
		else
			return false;
		memset(&n, 0, sizeof(n));
		fig_dec_int(&n.value, 1);
		n.unscaled = n.value;
		n.first = start;
		n.last = c2.first - 1;
		if (n.last < n.first)
			n.last = n.first - 1;
		a->num_first = start;
		a->num_last = n.last;
		a->value = n.value;
		a->unscaled = n.value;
		a->cur = c2;
		a->has_currency = true;
		a->has_unit = true;
		k = c2.last + 1;
		a->last = c2.last;
		goto currency_done;
	}
	/* digits glued after letters ("A320", "MH17") are an identifier, unless a currency ("USD115") */
	if (doc->tok[n.first].type == TF_TOK_NUMBER && n.first > 0 && glued_to_next(cx, n.first - 1) &&
		is_word(cx, n.first - 1) && !a->has_currency)
		return false;
	a->num_first = n.first;
	a->num_last = n.last;
	a->value = n.value;
	a->unscaled = n.unscaled;
	a->scale = n.scale;
	a->nflags = n.flags;
	a->last = n.last;
	k = n.last + 1;

	/* a currency after the number: "5 million PKR", "10 $", "20 euros", "12-cent" */
	if (!a->has_currency)
	{
		int			c = k;

		if (glued_dash(cx, c))
			c++;
		if (fig_match_currency(cx, c, FIG_CUR_AFTER, &cur) && !sign_of_next(cx, &cur))
		{
			a->cur = cur;
			a->has_currency = true;
			a->last = cur.last;
			k = cur.last + 1;
			/* "75 USD million" */
			if (a->scale == 0 && fig_cls(cx, k) == NW_SCALE && fig_free(cx, k) &&
				!(fig_lex(cx, k)->flags & NWF_PLURAL))
			{
				a->unscaled = a->value;
				a->scale = fig_lex(cx, k)->val;
				if (!tf_decimal_shift(&a->value, a->scale))
					return false;
				a->last = k;
				k++;
			}
		}
	}
	if (a->has_currency)
	{
		a->has_unit = true;
		/* "10 $ 30 $": a sign between two amounts goes with the one it touches */
		if (a->cur_before && !(doc->tok[a->cur.last].flags & TF_TF_SPACE_BEFORE) &&
			a->cur.form && (a->cur.form->flags & TF_CF_SYMBOL) && a->cur.first == a->cur.last &&
			a->cur.first > 0 && doc->tok[a->cur.first - 1].type == TF_TOK_NUMBER &&
			!(doc->tok[a->cur.first].flags & TF_TF_SPACE_BEFORE) &&
			(doc->tok[a->num_first].flags & TF_TF_SPACE_BEFORE))
			return false;
	}
currency_done:
	if (a->has_currency)
	{
		const tf_currency_form *f = a->cur.form;

		a->kind = TF_MONEY;
		a->unit = a->cur.iso;
		if (a->cur.scale)
		{
			a->unscaled = a->value;
			a->scale = a->cur.scale;
			if (!tf_decimal_shift(&a->value, a->cur.scale))
				return false;
		}
		if (f && (f->flags & TF_CF_SUB))
		{
			a->sub = true;
			if (!tf_decimal_shift(&a->value, -a->cur.digits) ||
				!tf_decimal_shift(&a->unscaled, -a->cur.digits))
				return false;
		}
		if (f && (f->flags & TF_CF_COIN))
		{
			tf_decimal	w;

			a->coin = true;
			w.coef = f->coin_coef;
			w.exp = f->coin_exp;
			w.neg = false;
			if (!fig_dec_mul(&a->value, &w) || !fig_dec_mul(&a->unscaled, &w))
				return false;
			if (f->flags & TF_CF_FRAGMENT)
				a->whole_phrase = true;
			/* "a grand jury": the slang amount is no adjective */
			if (!a->whole_phrase && !fig_phrase_end(cx, a->last + 1) && !stop_word(cx, a->last + 1))
				return false;
		}
		/* a name before the number ("dollar 22.5 million") only ends a phrase */
		if (a->cur_before && f && (f->flags & TF_CF_NAME) && a->scale == 0 &&
			!fig_phrase_end(cx, a->last + 1) && !stop_word(cx, a->last + 1))
			return false;
		/* "15 dollars 50", "$20 and 43c": the cents, if any */
		(void) read_cents(cx, a, a->last + 1);
	}
	else
	{
		int			c = k;

		if (glued_dash(cx, c))
			c++;
		if (fig_match_unit(cx, c, &u))
		{
			a->kind = u.kind == U_PERCENT ? TF_PERCENT : TF_QUANTITY;
			a->unit = u.canon;
			a->has_unit = true;
			a->last = u.last;
			if (u.pow10 && (!tf_decimal_shift(&a->value, u.pow10) ||
							!tf_decimal_shift(&a->unscaled, u.pow10)))
				return false;
		}
		else if (c == k && fig_counted_noun(cx, k) && !(a->nflags & (FIG_N_POWER | FIG_N_DECIMAL)))
		{
			a->unit = tf_arena_strndup(doc->arena, tf_tok_text(doc, k), tf_tok_len(doc, k));
			a->counted = true;
		}
	}
	/* digits that run on into letters are a code or an ordinal: "737MAX", "5G", "1st", "1990s" */
	if (a->last == a->num_last && glued_to_next(cx, a->num_last) &&
		is_word(cx, a->num_last + 1) && doc->tok[a->num_last].type == TF_TOK_NUMBER)
		return false;
	if (neg)
	{
		a->value.neg = !a->value.neg && a->value.coef != 0;
		a->unscaled.neg = a->value.neg;
	}
	return true;
}

/* ---- the rules for bare numbers ---- */

static bool
month_at(const fig_ctx *cx, int i)
{
	const tf_numword *w = fig_lex(cx, i);

	if (w == NULL || w->cls != NW_MONTH)
		return false;
	/* "may" is a month only with its capital */
	if (tf_tok_is_ci(cx->doc, i, "may") && !(cx->doc->tok[i].flags & TF_TF_CAP))
		return false;
	return true;
}

/*
 * Is this bare number a part of something else: a year, a day of a month, a
 * clock time, a model name or an identifier, or the pronoun "one"?
 */
static bool
not_a_figure(const fig_ctx *cx, const amount *a)
{
	const tf_doc *doc = cx->doc;
	int			f = a->num_first,
				l = a->num_last;
	int64_t		v = fig_dec_small_int(&a->value, 100000);

	if (a->has_unit)
		return false;
	if (a->nflags & FIG_N_YEARLIKE)
		return true;
	if (a->nflags & FIG_N_DIGITS)
	{
		int			p = f - 1;

		/* "October 8", "Oct. 8", "8 October", "8 of October" */
		if (v >= 1 && v <= 31)
		{
			if (p >= 0 && fig_is_punct(cx, p, '.') && month_at(cx, p - 1))
				return true;
			if (month_at(cx, p) || month_at(cx, l + 1) ||
				(tf_tok_is_ci(doc, l + 1, "of") && month_at(cx, l + 2)))
				return true;
		}
		/* "10 am", "10 a.m.", "10 o'clock" */
		if (fig_cls(cx, l + 1) == NW_CLOCK ||
			((tf_tok_is_ci(doc, l + 1, "a") || tf_tok_is_ci(doc, l + 1, "p")) &&
			 fig_is_punct(cx, l + 2, '.') && tf_tok_is_ci(doc, l + 3, "m")) ||
			tf_tok_is_ci(doc, l + 1, "o'clock") ||
			(tf_tok_is_ci(doc, l + 1, "o") && tf_tok_is_ci(doc, l + 3, "clock")))
			return true;
		/* "Boeing 737", "Article 370", "COVID 19": a name's number */
		if (p >= 0 && is_word(cx, p) && (doc->tok[p].flags & (TF_TF_CAP | TF_TF_UPPER)) &&
			!(doc->tok[p].flags & TF_TF_SENT_START) && !month_at(cx, p) &&
			!(fig_lex(cx, p) && (fig_lex(cx, p)->flags & NWF_STOP)))
			return true;
		/* "No. 5", "#5", "version 2" */
		if (p >= 1 && fig_is_punct(cx, p, '.') && tf_tok_is_ci(doc, p - 1, "no"))
			return true;
		if (p >= 0 && fig_is_punct(cx, p, '#'))
			return true;
		if (tf_tok_is_ci(doc, p, "version") || tf_tok_is_ci(doc, p, "v"))
			return true;
	}
	/* "Category Three", "the Big Four": a capitalised number word inside a name */
	if ((a->nflags & FIG_N_SPELLED) && is_word(cx, f) && (doc->tok[f].flags & TF_TF_CAP) &&
		!(doc->tok[f].flags & TF_TF_SENT_START) && !cx->lower_text)
		return true;
	/* "one": a pronoun after a determiner ("this one", "no one", "one of them") */
	if (f == l && tf_tok_is_ci(doc, f, "one"))
	{
		static const char *const det[] = {
			"this", "that", "the", "each", "every", "any", "no", "which", "another",
			"someone", "anyone", "only", "little", "big", "new", "last", "first", "one", NULL
		};

		for (int k = 0; det[k]; k++)
			if (tf_tok_is_ci(doc, f - 1, det[k]))
				return true;
		if (tf_tok_is_ci(doc, l + 1, "another") || tf_tok_is_ci(doc, l + 1, "of") ||
			tf_tok_is_ci(doc, l + 1, "'") || tf_tok_is_ci(doc, l + 1, "\xe2\x80\x99"))
			return true;
	}
	return false;
}

/* ---- what the money is of ---- */

/* the span of a noun phrase of plain words starting at token i, or false */
static bool
noun_phrase_after(const fig_ctx *cx, int i, int *first, int *last)
{
	const tf_doc *doc = cx->doc;
	int			j = i,
				end = -1,
				words = 0;

	while (j < doc->ntok && words < 5)
	{
		const tf_token *t = &doc->tok[j];
		size_t		n;

		if (!fig_free(cx, j) || t->type != TF_TOK_WORD || !(t->flags & TF_TF_LOWER) ||
			(t->flags & TF_TF_SENT_START) || stop_word(cx, j))
			break;
		n = tf_tok_len(doc, j);
		/* adverbs ("annually") end it */
		if (n > 3 && memcmp(tf_tok_text(doc, j) + n - 2, "ly", 2) == 0)
			break;
		end = j;
		words++;
		j++;
		/* "long-term", "write-off": the word after a hyphen belongs to the one before */
		while (glued_dash(cx, j) && j + 1 < doc->ntok && fig_free(cx, j + 1) &&
			   doc->tok[j + 1].type == TF_TOK_WORD && (doc->tok[j + 1].flags & TF_TF_LOWER))
		{
			end = j + 1;
			j += 2;
		}
	}
	/* a participle at the end is the verb of the clause: "a $7 billion loan agreed ..." */
	while (end >= i)
	{
		size_t		n = tf_tok_len(doc, end);
		const char *s = tf_tok_text(doc, end);

		if (n > 4 && memcmp(s + n - 2, "ed", 2) == 0 && !(end > i && fig_is_dash(cx, end - 1)))
		{
			end--;
			while (end >= i && !is_word(cx, end))
				end--;
			continue;
		}
		break;
	}
	if (end < i)
		return false;
	*first = i;
	*last = end;
	return true;
}

/* is there a determiner before token first, over hedges and adjectives? */
static bool
determined(const fig_ctx *cx, int first)
{
	static const char *const det[] = {
		"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "another",
		"each", "every", "whose", "your", "my", NULL
	};
	const tf_doc *doc = cx->doc;
	int			h,
				j = first - 1;

	if (hedge_before(cx, j, &h))
		j = h - 1;
	for (int steps = 0; j >= 0 && steps < 4; steps++)
	{
		for (int k = 0; det[k]; k++)
			if (tf_tok_is_ci(doc, j, det[k]))
				return true;
		/* a possessive: "Pakistan's $3 billion loan" */
		if (tf_tok_cp(doc, j) == 's' && j > 0 && (tf_tok_cp(doc, j - 1) == '\'' || tf_tok_cp(doc, j - 1) == 0x2019))
			return true;
		if (!is_word(cx, j) || !(doc->tok[j].flags & TF_TF_LOWER) || stop_word(cx, j))
		{
			/* "last-gasp": a hyphen inside an adjective */
			if (glued_dash(cx, j) && is_word(cx, j - 1))
			{
				j -= 2;
				continue;
			}
			return false;
		}
		j--;
	}
	return false;
}

/*
 * The noun phrase an amount of money is of: after it ("a $7 billion bailout
 * deal", "$48 billion in assets"), or before "worth" ("exports worth $2bn").
 * Empty when the words around are no plain noun phrase.
 */
static void
set_object(tf_doc *doc, const fig_ctx *cx, tf_fact *fact, int first, int last)
{
	int			a,
				b,
				h;

	/* "worth more than $1.5 billion": over the hedge */
	if (hedge_before(cx, first - 1, &h))
		first = h;
	if (first >= 2 && tf_tok_is_ci(doc, first - 1, "worth"))
	{
		int			j = first - 2,
					e = j;

		while (j >= 0 && e - j < 6 && fig_free(cx, j) && is_word(cx, j) &&
			   ((doc->tok[j].flags & TF_TF_LOWER) ||
				((doc->tok[j].flags & TF_TF_SENT_START) && (doc->tok[j].flags & TF_TF_CAP))))
		{
			/* "ships and aircraft worth ...": one "and" between two nouns */
			if (stop_word(cx, j) &&
				!(fig_cls(cx, j) == NW_AND && j < e && j > 0 && is_word(cx, j - 1) &&
				  (doc->tok[j - 1].flags & TF_TF_LOWER) && !stop_word(cx, j - 1)))
				break;
			j--;
			if (doc->tok[j + 1].flags & TF_TF_SENT_START)
				break;
		}
		a = j + 1;
		/* "is buying ships worth ...": the verb before the noun is not part of it */
		while (a <= e)
		{
			size_t		n = tf_tok_len(doc, a);
			const char *w = tf_tok_text(doc, a);

			if ((n > 4 && memcmp(w + n - 3, "ing", 3) == 0) ||
				(n > 4 && memcmp(w + n - 2, "ed", 2) == 0) || fig_cls(cx, a) == NW_AND)
				a++;
			else
				break;
		}
		if (a <= e)
		{
			b = e;
			goto found;
		}
	}
	/*
	 * "a $7 billion bailout deal": the amount is an adjective of the noun
	 * after it only after a determiner (and adjectives: "a last-gasp $3
	 * billion ..."); in "$2bn rose" the word after is the verb
	 */
	if (determined(cx, first) && noun_phrase_after(cx, last + 1, &a, &b))
		goto found;
	if ((tf_tok_is_ci(doc, last + 1, "in") || tf_tok_is_ci(doc, last + 1, "of")) &&
		noun_phrase_after(cx, last + 2, &a, &b))
		goto found;
	return;
found:
	tf_fact_set_detail_str(doc, fact, "object",
						   tf_arena_strndup(doc->arena, tf_tok_text(doc, a),
											doc->tok[b].bend - doc->tok[a].bstart));
}

/* ---- ranges ---- */

/* can b be the high end of a range that a opens?  Fills in what one end lacks. */
static bool
join_range(amount *a, amount *b)
{
	if (a->has_unit && b->has_unit)
	{
		if (a->kind != b->kind || (a->unit == NULL) != (b->unit == NULL) ||
			(a->unit && strcmp(a->unit, b->unit) != 0))
			return false;
	}
	else if (b->has_unit)
	{
		/* "10-20 dollars", "3-5%", "7-9 lakh rupees" */
		if (b->sub || b->coin || b->cur_before)
			return false;
		a->kind = b->kind;
		a->unit = b->unit;
		a->has_currency = b->has_currency;
		a->cur = b->cur;
		a->has_unit = true;
	}
	else if (a->has_unit)
	{
		/* "$3-5 billion" */
		if (a->kind == TF_MONEY && !a->cur_before)
			return false;
		b->kind = a->kind;
		b->unit = a->unit;
	}
	else if (a->counted)
		return false;
	/* "$3-5 billion", "between $2 and $3 billion": the scale of the high end */
	if (a->scale == 0 && b->scale > 0 && tf_decimal_cmp(&a->unscaled, &b->unscaled) < 0)
	{
		tf_decimal	v = a->value;

		if (!tf_decimal_shift(&v, b->scale))
			return false;
		a->value = v;
	}
	if (tf_decimal_cmp(&a->value, &b->value) >= 0)
		return false;
	if (b->counted && !a->counted)
	{
		a->unit = b->unit;
		a->counted = true;
	}
	return true;
}

/*
 * "prices rose 0.3 percent to 5.2 percent": after a verb of change (or "by"),
 * "X unit to Y unit" is a change and a level, two figures; "a loan of $2bn to
 * $3bn" is a range.  The word before the amount (over a hedge) decides.
 */
static bool
change_before(const fig_ctx *cx, int first)
{
	static const char *const stems[] = {
		"rose", "rise", "risen", "rising", "fell", "fall", "grew", "grow", "jump", "climb",
		"slip", "slid", "drop", "declin", "increas", "decreas", "gain", "lost", "los", "edg",
		"plung", "plummet", "soar", "surg", "tumbl", "sank", "sink", "sunk", "advanc", "retreat",
		"shed", "add", "up", "down", "by", "cut", "rais", "lower", "reduc", "boost", "expand",
		"contract", "shrank", "shrink", "slump", "dipp", "dip", "spik", "doubl", "tripl",
		"widen", "narrow", "hike", "trimm", NULL
	};
	const tf_doc *doc = cx->doc;
	int			p = first - 1,
				h;
	const char *w;
	size_t		n;

	if (hedge_before(cx, p, &h))
		p = h - 1;
	if (!is_word(cx, p))
		return false;
	w = tf_tok_text(doc, p);
	n = tf_tok_len(doc, p);
	for (int k = 0; stems[k]; k++)
	{
		size_t		m = strlen(stems[k]);

		if (n >= m && n <= m + 3 && tf_ascii_eq_ci(w, stems[k], m))
			return true;
	}
	return false;
}

/* ---- one figure ---- */

static bool
emit_figure(tf_doc *doc, const fig_ctx *cx, int i, int *next)
{
	amount		a,
				b;
	int			last,
				hfirst;
	const char *approx = NULL;
	bool		between = false,
				from = false,
				ranged = false;
	tf_fact    *f;

	/* "percent of 10": the number after the word */
	{
		fig_unit	u;
		fig_numeral n;

		if (doc->tok[i].type == TF_TOK_WORD && (tf_tok_cp(doc, i) | 0x20) == 'p' &&
			fig_match_unit(cx, i, &u) && u.kind == U_PERCENT && strcmp(u.canon, "%") == 0 &&
			tf_tok_is_ci(doc, u.last + 1, "of") &&
			fig_read_numeral(cx, u.last + 2, false, &n) && fig_phrase_end(cx, n.last + 1) &&
			!(n.flags & FIG_N_YEARLIKE))
		{
			f = tf_doc_add_fact(doc, TF_PERCENT, i, n.last);
			f->has_value = true;
			f->value = n.value;
			f->unit = u.canon;
			*next = n.last;
			return true;
		}
	}
	if (!read_amount(cx, i, &a))
		return false;
	last = a.last;
	if (a.whole_phrase && !whole_sentence(cx, a.first, a.last))
		return false;

	if (a.first > 0)
	{
		int			p = a.first - 1;

		approx = hedge_before(cx, p, &hfirst);
		if (approx)
			p = hfirst - 1;
		between = tf_tok_is_ci(doc, p, "between") && fig_free(cx, p);
		/* "rose from 5% to 6%" is a change; "ranging from $6 to $18 billion" a range */
		from = tf_tok_is_ci(doc, p, "from") &&
			!(tf_tok_is_ci(doc, p - 1, "ranging") || tf_tok_is_ci(doc, p - 1, "range") ||
			  tf_tok_is_ci(doc, p - 1, "ranges") || tf_tok_is_ci(doc, p - 1, "ranged"));
	}

	/* a range: "$3-5 billion", "between $2 and $3 billion", "$2bn to $3bn", "10-20 dollars" */
	{
		int			s = last + 1;
		bool		sep = false;

		if (fig_free(cx, s))
		{
			/* a dash joins digits only: "three-nought-four" is no range */
			if (fig_is_dash(cx, s) && !a.counted && !(a.nflags & FIG_N_SPELLED) &&
				s + 1 < doc->ntok && !is_word(cx, s + 1))
				sep = true;
			else if (tf_tok_is_ci(doc, s, "and") && between)
				sep = true;
			/*
			 * "rose 0.3 percent to 5.2 percent" is a change and a level;
			 * "rose 2 to 3 percent" a range
			 */
			else if (tf_tok_is_ci(doc, s, "to") && !from && !a.counted &&
					 !(a.has_unit && change_before(cx, a.first)))
				sep = true;
		}
		if (sep && !a.coin && read_amount(cx, s + 1, &b) && !b.coin)
		{
			amount		joined = a;

			if (join_range(&joined, &b))
			{
				a = joined;
				ranged = true;
				last = b.last;
			}
		}
	}
	if (!ranged && a.kind == TF_NUMBER && not_a_figure(cx, &a))
		return false;
	f = tf_doc_add_fact(doc, a.kind, a.first, last);
	f->has_value = true;
	f->value = a.value;
	tf_decimal_normalize(&f->value);
	f->unit = a.unit;
	if (approx)
		tf_fact_set_detail_str(doc, f, "approx", approx);
	if (ranged)
	{
		tf_decimal	h = b.value;

		tf_decimal_normalize(&h);
		tf_fact_set_detail_num(doc, f, "high", &h);
	}
	if (a.kind == TF_MONEY)
		set_object(doc, cx, f, a.first, last);
	*next = last;
	return true;
}

/*
 * "22,24,26,31": a list of numbers written as one token; each is a fact of
 * its own, spanning its digits inside the token.
 */
static bool
emit_list(tf_doc *doc, const fig_ctx *cx, int i)
{
	int			offs[16],
				lens[16];
	int			np = fig_comma_list(doc, i, offs, lens, 16);
	const tf_token *t = &doc->tok[i];

	if (np == 0 || (tf_tok_glued(doc, i) && is_word(cx, i + 1)))
		return false;
	for (int k = 0; k < np; k++)
	{
		tf_decimal	v;
		tf_fact    *f;

		if (!tf_decimal_parse(doc->text + t->bstart + offs[k], (size_t) lens[k], &v))
			continue;
		f = tf_doc_add_fact(doc, TF_NUMBER, i, i);
		f->bpos = t->bstart + (uint32_t) offs[k];
		f->blen = (uint32_t) lens[k];
		f->has_value = true;
		f->value = v;
	}
	return true;
}

/* ---- shapes with digits that are no figures ---- */

static bool
four_digit_year(const tf_doc *doc, int i)
{
	const char *s;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_NUMBER || tf_tok_len(doc, i) != 4)
		return false;
	s = tf_tok_text(doc, i);
	for (int k = 0; k < 4; k++)
		if (s[k] < '0' || s[k] > '9')
			return false;
	return s[0] == '1' || s[0] == '2';
}

static bool
digits_len(const tf_doc *doc, int i, size_t lo, size_t hi)
{
	int			n;

	return fig_plain_int(doc, i, &n) && (size_t) n >= lo && (size_t) n <= hi;
}

/*
 * Marks the tokens of shapes that contain digits but are no figures, one
 * glued run of tokens (no space inside) at a time: URLs and e-mail
 * addresses, phone numbers ("+1-222-2222"), dates and times ("2024-10-08",
 * "8/10/2024", "10:30", "1995-01", "2023/24"), and numbers glued to a word by
 * a hyphen ("COVID-19", "F-16", "mid-2024").
 */
static void
mark_non_figures(fig_ctx *cx)
{
	const tf_doc *doc = cx->doc;
	int			i = 0;

	while (i < doc->ntok)
	{
		int			e = i,
					nnum = 0;
		bool		url = false,
					phone = false;

		while (e + 1 < doc->ntok && tf_tok_glued(doc, e))
			e++;
		for (int k = i; k <= e; k++)
		{
			const tf_token *t = &doc->tok[k];

			TF_TICK(doc);
			if (t->type == TF_TOK_NUMBER)
				nnum++;
			if (tf_tok_cp(doc, k) == ':' && k + 2 <= e && tf_tok_cp(doc, k + 1) == '/' && tf_tok_cp(doc, k + 2) == '/')
				url = true;
			if (tf_tok_cp(doc, k) == '@' && k > i && k < e && is_word(cx, k + 1))
				url = true;
			if (t->type == TF_TOK_WORD && tf_tok_is_ci(doc, k, "www") && k < e &&
				fig_is_punct(cx, k + 1, '.'))
				url = true;
		}
		if (tf_tok_cp(doc, i) == '+' && doc->tok[i].type == TF_TOK_SYMBOL && i < e &&
			doc->tok[i + 1].type == TF_TOK_NUMBER && nnum >= 2)
			phone = true;
		if (url || phone)
		{
			for (int k = i; k <= e; k++)
				cx->skip[k] = 1;
		}
		else if (nnum >= 2)
		{
			for (int k = i; k + 2 <= e; k++)
			{
				const tf_token *t = &doc->tok[k];
				uint32_t	sep;

				if (t->type != TF_TOK_NUMBER || doc->tok[k + 2].type != TF_TOK_NUMBER)
					continue;
				sep = tf_tok_cp(doc, k + 1);
				if (doc->tok[k + 1].type != TF_TOK_PUNCT)
					continue;
				/* "10:30", "3:1" */
				if (sep == ':')
					cx->skip[k] = cx->skip[k + 2] = 1;
				/* three numbers in a row: "2024-10-08", "8/10/2024", "555-123-4567" */
				else if ((sep == '-' || sep == '/' || sep == '.') && k + 4 <= e &&
						 tf_tok_cp(doc, k + 3) == sep && doc->tok[k + 4].type == TF_TOK_NUMBER)
				{
					int			q = k;

					/* the whole chain, once: the scan goes on after it */
					while (q + 2 <= e && tf_tok_cp(doc, q + 1) == sep &&
						   doc->tok[q + 2].type == TF_TOK_NUMBER)
					{
						cx->skip[q] = cx->skip[q + 2] = 1;
						q += 2;
					}
					k = q - 1;
				}
				/* "3/15", "9/11", "24/7": a date or a name, not a fraction */
				else if (sep == '/' && !(k + 3 <= e && tf_tok_cp(doc, k + 3) == '/') &&
						 !(k >= i + 1 && tf_tok_cp(doc, k - 1) == '/') &&
						 !fig_slash_fraction_ok(doc, k))
					cx->skip[k] = cx->skip[k + 2] = 1;
				/* "1995-01", "1990-95", "2010-2015", "2023/24": years */
				else if ((sep == '-' || sep == '/' || sep == 0x2013) && four_digit_year(doc, k) &&
						 (digits_len(doc, k + 2, 2, 2) || four_digit_year(doc, k + 2)))
					cx->skip[k] = cx->skip[k + 2] = 1;
			}
		}
		/* "COVID-19", "F-16", "mid-2024", "Su-57": a word's number */
		for (int k = i + 2; k <= e; k++)
			if (doc->tok[k].type == TF_TOK_NUMBER && fig_is_dash(cx, k - 1) &&
				is_word(cx, k - 2))
				cx->skip[k] = 1;
		i = e + 1;
	}
}

/* can a figure start at token i?  (a cheap filter before the readers) */
static bool
may_start(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;
	const tf_token *t = &doc->tok[i];

	if (fig_numeral_start(cx, i))
		return true;
	if (fig_is_dash(cx, i) || fig_cls(cx, i) == NW_MINUS)
		return true;
	if (t->type == TF_TOK_SYMBOL)
		return true;
	if (t->type == TF_TOK_WORD)
	{
		/* a currency word before a number, or "percent of": a number follows soon */
		if (cx->next_num[i] <= tf_currency_max_tokens + 2)
			return (tf_tok_cp(doc, i) | 0x20) == 'p' || fig_currency_may_begin(cx, i);
		return (t->flags & TF_TF_SENT_START) && lone_coin(cx, i);
	}
	return false;
}

void
tf_recognize_figures(tf_doc *doc)
{
	fig_ctx		cx;
	bool		any_upper = false;

	if (doc->ntok == 0)
		return;
	/* next_num's distances are compared with this: FIG_FAR must be beyond it */
	if (tf_currency_max_tokens + 2 >= FIG_FAR || tf_lexicon_size >= UINT16_MAX)
		doc->a->error(doc->a->ctx, "textfacts: figures tables out of range");
	cx.doc = doc;
	cx.evidence = NULL;
	cx.lex = tf_alloc_array(doc->a, (size_t) doc->ntok, sizeof(uint16_t));
	cx.skip = tf_alloc_array(doc->a, (size_t) doc->ntok, 1);
	memset(cx.skip, 0, (size_t) doc->ntok);
	for (int i = 0; i < doc->ntok; i++)
	{
		const tf_token *t = &doc->tok[i];
		char		buf[TF_LEX_MAX_WORD + 1];
		size_t		n;
		const tf_lexword *e;

		TF_TICK(doc);
		cx.lex[i] = 0;
		if (t->type != TF_TOK_WORD || !(t->flags & TF_TF_ASCII))
			continue;
		if (t->flags & (TF_TF_CAP | TF_TF_UPPER))
			any_upper = true;
		n = t->bend - t->bstart;
		if (n > TF_LEX_MAX_WORD)
			continue;
		/* an ASCII word: lower-case it in place of the generic case mapping */
		tf_ascii_lower_copy(buf, doc->text + t->bstart, n);
		e = tf_lex_find(buf, n);
		if (e != NULL && e->num.cls != NW_NONE)
			cx.lex[i] = (uint16_t) (e - tf_lexicon + 1);
	}
	/* text with no capital letter (lower-cased corpora) gives no case signal */
	cx.lower_text = !any_upper;
	mark_non_figures(&cx);
	/* how far the next numeral begins, within the sentence (FIG_FAR: none, or far) */
	cx.next_num = tf_alloc_array(doc->a, (size_t) doc->ntok, 1);
	for (int i = doc->ntok - 1, next = INT32_MAX; i >= 0; i--)
	{
		TF_TICK(doc);
		cx.next_num[i] = (uint8_t) (next - i < FIG_FAR ? next - i : FIG_FAR);
		if (fig_numeral_start(&cx, i))
			next = i;
		if (doc->tok[i].flags & TF_TF_SENT_START)
			next = INT32_MAX;
	}

	for (int i = 0; i < doc->ntok; i++)
	{
		int			next;

		TF_TICK(doc);
		if (!fig_free(&cx, i) || !may_start(&cx, i))
			continue;
		if (emit_list(doc, &cx, i))
			continue;
		if (emit_figure(doc, &cx, i, &next))
			i = next;
	}
	doc->a->free(doc->a->ctx, cx.next_num);
	doc->a->free(doc->a->ctx, cx.skip);
	doc->a->free(doc->a->ctx, cx.lex);
}
