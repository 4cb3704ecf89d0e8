/*
 * figures_amount.c — reading one amount: an optional sign and currency, a
 * numeral (numbers.c), and what follows it: a currency, a scale after a
 * code, a unit, a counted noun, the cents ("15 dollars 50", "$20 and 43c");
 * or a coin or a named unit of money without a numeral ("a dime", "a
 * grand").  What kind of fact the amount makes follows from what it carries.
 */
#include "figures.h"

/* the phrase [first, last] is a whole sentence (a caption or a query) */
bool
fig_whole_sentence(const fig_ctx *cx, int first, int last)
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
	if (fig_glued(cx, end) && fig_is_word(cx, end + 1) && !tf_tok_is_ci(doc, end + 1, "c") &&
		!tf_tok_is_ci(doc, end + 1, "p"))
		return false;
	/* "43c", "43 cents", "1 pence", "43 sen" */
	if (fig_match_currency(cx, end + 1, FIG_CUR_AFTER, &sub) && sub.form &&
		(sub.form->flags & TF_CF_SUB))
	{
		end = sub.last;
		named = true;
	}
	else if (fig_free(cx, end + 1) && fig_glued(cx, end) &&
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
					(fig_stop_word(cx, end + 1) && fig_cls(cx, end + 1) != NW_SCALE &&
					 fig_cls(cx, end + 1) != NW_AND && !fig_is_word(cx, end + 2))))
		return false;
	/* "$20 and 43" is a range when "between" opened it: the caller tried that first */
	fig_dec_int(&c, (uint64_t) n);
	if (!tf_decimal_shift(&c, -a->cur.digits) || !fig_dec_add(&a->value, &c))
		return false;
	a->last = end;
	return true;
}

/*
 * The currency a coin at token k would be: the next token's after "a" ("a
 * quarter"), else k's own ("nickel").  What fig_lone_coin and read_coin
 * both read: an amount matches it once.
 */
static bool
coin_currency(const fig_ctx *cx, int k, fig_currency *c)
{
	return fig_match_currency(cx, fig_cls(cx, k) == NW_A ? k + 1 : k, FIG_CUR_AFTER, c);
}

/*
 * "a quarter", "nickel": a coin named alone as the whole sentence (a price
 * tag, a caption, a query), which the numeral reader would take for a
 * fraction; in running text it is one.  c is the coin's currency at k
 * (coin_currency), NULL if none.
 */
static bool
lone_coin_of(const fig_ctx *cx, int k, const fig_currency *c)
{
	return c != NULL && c->form && (c->form->flags & TF_CF_COIN) &&
		fig_whole_sentence(cx, k, c->last);
}

bool
fig_lone_coin(const fig_ctx *cx, int k)
{
	fig_currency c;

	return coin_currency(cx, k, &c) && lone_coin_of(cx, k, &c);
}

/*
 * "1 $10", "10 $ 30 $", "we sold 4 EUR20 vouchers": a sign or a code after a
 * number belongs to the next number when it touches that one and not this
 * one; a sign also when both are spaced and the next number has no sign of
 * its own after it.
 */
static bool
sign_of_next(const fig_ctx *cx, const fig_currency *cur)
{
	const tf_doc *doc = cx->doc;
	int			s = cur->first,
				n = cur->last + 1;

	if (cur->form == NULL || !(cur->form->flags & (TF_CF_SYMBOL | TF_CF_CODE)) ||
		cur->first != cur->last ||
		n >= doc->ntok || doc->tok[n].type != TF_TOK_NUMBER || !fig_free(cx, n))
		return false;
	if (!(doc->tok[s].flags & TF_TF_SPACE_BEFORE))
		return false;
	if (!(doc->tok[n].flags & TF_TF_SPACE_BEFORE))
		return true;
	if (!(cur->form->flags & TF_CF_SYMBOL))
		return false;
	/* "10 $ 30 $" */
	return !(n + 1 < doc->ntok && tf_tok_cp(doc, n + 1) == tf_tok_cp(doc, s) &&
			 doc->tok[n + 1].type == doc->tok[s].type);
}

/* a sign before an amount at token k ("-5", "-$5", "minus five", "- 1,200,000"): the token after it */
static int
read_sign(const fig_ctx *cx, int k, bool *neg)
{
	const tf_doc *doc = cx->doc;

	/* "-5", "-$5": a sign that is not a hyphen inside a word */
	if (fig_is_dash(cx, k) && fig_free(cx, k + 1) && fig_glued(cx, k) &&
		(doc->tok[k + 1].type == TF_TOK_NUMBER || fig_is_punct(cx, k + 1, '.') ||
		 doc->tok[k + 1].type == TF_TOK_SYMBOL) &&
		(k == 0 || (doc->tok[k].flags & TF_TF_SPACE_BEFORE) ||
		 !(fig_is_word(cx, k - 1) || doc->tok[k - 1].type == TF_TOK_NUMBER)))
	{
		*neg = true;
		return k + 1;
	}
	/* "- 1,200,000" at the start of a sentence: tokenised text */
	if (fig_is_dash(cx, k) && (doc->tok[k].flags & TF_TF_SENT_START) && fig_free(cx, k + 1) &&
		doc->tok[k + 1].type == TF_TOK_NUMBER)
	{
		*neg = true;
		return k + 1;
	}
	if (fig_cls(cx, k) == NW_MINUS && fig_free(cx, k + 1) && fig_numeral_start(cx, k + 1))
	{
		*neg = true;
		return k + 1;
	}
	return k;
}

/*
 * Is "a dollar" at [k, last] an amount?  "A" is the number one only where
 * the text measures with it: a hedge or a comparison before it ("less than a
 * dollar"), a price, a level or a change ("costs a dollar", "cost him a
 * dollar", "sold for a dollar", "hit a dollar", "rose a dollar"), a rate after it ("a dollar a day", "a dime each"), or the
 * phrase alone (a price tag, a caption).  Elsewhere the noun is the unit in
 * general, no sum: "stretch a dollar", "steal a dollar to bribe the judge";
 * before a noun it is a modifier: "a dollar store".
 */
static bool
article_amount(const fig_ctx *cx, int k, int last)
{
	static const char *const price[] = {
		"for", "at", "to", "from", "cost", "costs", "costing", "paid", "pay", "pays",
		"paying", "worth", "charge", "charges", "charged", "charging", "fetch", "fetches",
		"fetched", "sell", "sells", "sold", "selling", "priced", "just", "only", "barely",
		"hit", "hits", "reach", "reached", "reaches", "topped", "tops", "exceeded", "exceeds",
		NULL
	};
	/* "cost him a dollar": the price word over its object */
	static const char *const object[] = {"me", "you", "him", "her", "us", "them", "it", NULL};
	const tf_doc *doc = cx->doc;
	int			h,
				p = k - 1;

	if (fig_whole_sentence(cx, k, last))
		return true;
	/* a noun after it makes it a modifier: "a dollar store", "a dime novel" */
	if (fig_is_word(cx, last + 1) && !fig_stop_word(cx, last + 1) && !fig_phrase_end(cx, last + 1) &&
		!tf_tok_is_ci(doc, last + 1, "per") && !tf_tok_is_ci(doc, last + 1, "each") &&
		!tf_tok_is_ci(doc, last + 1, "apiece") && !tf_tok_is_ci(doc, last + 1, "more") &&
		!tf_tok_is_ci(doc, last + 1, "less"))
		return false;
	if (fig_hedge_before(cx, k - 1, &h) || fig_change_before(cx, k))
		return true;
	for (int q = 0; object[q]; q++)
		if (tf_tok_is_ci(doc, p, object[q]))
		{
			p--;
			break;
		}
	for (int q = 0; price[q]; q++)
		if (tf_tok_is_ci(doc, p, price[q]) && fig_free(cx, p))
			return true;
	/* a rate: "a dollar a day", "a dime apiece", "a dollar per gallon" */
	if (fig_free(cx, last + 1) &&
		(((tf_tok_is_ci(doc, last + 1, "a") || tf_tok_is_ci(doc, last + 1, "an")) &&
		  fig_is_word(cx, last + 2)) ||
		 tf_tok_is_ci(doc, last + 1, "per") || tf_tok_is_ci(doc, last + 1, "each") ||
		 tf_tok_is_ci(doc, last + 1, "apiece")))
		return true;
	/* "a dollar and 50 cents" */
	return tf_tok_is_ci(doc, last + 1, "and") && fig_numeral_start(cx, last + 2);
}

/*
 * An amount without a numeral at token k: "a dollar", "a dime", "a grand"
 * (one of a named unit of money, where the text measures with it), "dime",
 * "quarter" (a coin, alone).  coin is the currency at k that coin_currency
 * matched, NULL if none.
 */
static bool
read_coin(const fig_ctx *cx, int k, const fig_currency *coin, amount *a)
{
	fig_currency c2;
	tf_decimal	one;
	int			start = k,
				last;
	bool		art = fig_cls(cx, k) == NW_A;

	/* "a dollar", "a dime", "a grand": one of a named unit of money */
	if (art && coin != NULL && coin->form && (coin->form->flags & TF_CF_NAME) &&
		!(coin->form->flags & TF_CF_SUB) &&
		(coin->form->target == TF_CUR_DOLLAR || (coin->form->flags & TF_CF_COIN)) &&
		article_amount(cx, k, coin->last))
	{
		c2 = *coin;
		start = k;
	}
	else
	{
		/* "dime", "quarter": a coin, alone, at k itself (coin_currency read the token after "a") */
		if (art ? !fig_match_currency(cx, k, FIG_CUR_AFTER, &c2) : coin == NULL)
			return false;
		if (!art)
			c2 = *coin;
		if (!c2.form || !(c2.form->flags & TF_CF_COIN))
			return false;
		start = k;
		a->whole_phrase = true;
		c2.first = k;
	}
	fig_dec_int(&one, 1);
	last = c2.first - 1;
	if (last < start)
		last = start - 1;
	a->num_first = start;
	a->num_last = last;
	a->value = one;
	a->unscaled = one;
	a->cur = c2;
	a->has_currency = true;
	a->has_unit = true;
	a->last = c2.last;
	return true;
}

/*
 * A currency after the number that ends before token *k: "5 million PKR",
 * "10 $", "20 euros", "12-cent", and a scale after the code ("75 USD
 * million").  False when the amount cannot be read.
 */
static bool
currency_after(const fig_ctx *cx, amount *a, int *k)
{
	fig_currency cur;
	int			c = *k;

	if (fig_glued_dash(cx, c))
		c++;
	if (!fig_match_currency(cx, c, FIG_CUR_AFTER, &cur) || sign_of_next(cx, &cur))
		return true;
	a->cur = cur;
	a->has_currency = true;
	a->last = cur.last;
	*k = cur.last + 1;
	/* "75 USD million" */
	if (a->scale == 0 && fig_cls(cx, *k) == NW_SCALE && fig_free(cx, *k) &&
		!(fig_lex(cx, *k)->flags & NWF_PLURAL))
	{
		a->unscaled = a->value;
		a->scale = fig_lex(cx, *k)->val;
		if (!tf_decimal_shift(&a->value, a->scale))
			return false;
		a->last = *k;
		(*k)++;
	}
	return true;
}

/*
 * Money: the value in units of its currency (a scale in the form, "MEUR";
 * minor units, "cents"; a coin's worth, "dimes"), the checks a name or a
 * slang amount needs, and the cents after it ("15 dollars 50").
 */
static bool
finish_money(const fig_ctx *cx, amount *a)
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
		/* "a grand jury": the slang amount is no adjective ("2 satoshis one day" ends it) */
		if (!a->whole_phrase && !fig_phrase_end(cx, a->last + 1) && !fig_stop_word(cx, a->last + 1) &&
			!fig_numeral_start(cx, a->last + 1))
			return false;
	}
	/* a name before the number ("dollar 22.5 million") only ends a phrase */
	if (a->cur_before && f && (f->flags & TF_CF_NAME) && a->scale == 0 &&
		!fig_phrase_end(cx, a->last + 1) && !fig_stop_word(cx, a->last + 1))
		return false;
	/* "15 dollars 50", "$20 and 43c": the cents, if any */
	(void) read_cents(cx, a, a->last + 1);
	return true;
}

/* the unit of a percentage or quantity after the number (token k), or its counted noun */
static bool
unit_after(const fig_ctx *cx, amount *a, int k)
{
	const tf_doc *doc = cx->doc;
	fig_unit	u;
	int			c = k,
				last;

	if (fig_glued_dash(cx, c))
		c++;
	/*
	 * "five-tenths of one percentage point", "nine-tenths of a percent": a
	 * part of one unit is that part of the unit
	 */
	if (c == k && (a->nflags & FIG_N_FRACTION) && tf_tok_is_ci(doc, k, "of") &&
		(fig_cls(cx, k + 1) == NW_A || (fig_cls(cx, k + 1) == NW_UNIT && fig_lex(cx, k + 1)->val == 1)) &&
		fig_free(cx, k + 1) && fig_match_unit(cx, k + 2, &u) && u.kind == U_PERCENT && u.pow10 == 0)
	{
		a->kind = TF_PERCENT;
		a->unit = u.canon;
		a->has_unit = true;
		a->last = u.last;
		return true;
	}
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
	else if (fig_duration_unit(cx, c, &last) && !(a->nflags & (FIG_N_POWER | FIG_N_FRACTION)) &&
			 (c == k || fig_dec_is_int(&a->value)))
	{
		/*
		 * "one month after", "a three-day strike": the calendar unit,
		 * singular; outside the span, as a counted noun is
		 */
		a->unit = tf_arena_strndup(doc->arena, tf_tok_text(doc, c), tf_tok_len(doc, c));
		a->counted = true;
	}
	else if (c == k && fig_counted_noun(cx, k) && !(a->nflags & (FIG_N_POWER | FIG_N_DECIMAL)))
	{
		a->unit = tf_arena_strndup(doc->arena, tf_tok_text(doc, k), tf_tok_len(doc, k));
		a->counted = true;
	}
	return true;
}

bool
fig_read_amount(const fig_ctx *cx, int i, amount *a)
{
	const tf_doc *doc = cx->doc;
	fig_numeral n;
	fig_currency cur,
				coin;
	int			k;
	bool		neg = false,
				has_coin = false;

	memset(a, 0, sizeof(*a));
	a->first = i;
	a->kind = TF_NUMBER;
	k = read_sign(cx, i, &neg);

	if (fig_match_currency(cx, k, FIG_CUR_BEFORE, &cur))
	{
		a->cur = cur;
		a->has_currency = true;
		a->cur_before = true;
		k = cur.last + 1;
		if (!neg && fig_is_dash(cx, k) && fig_glued(cx, k) && fig_glued(cx, k - 1) &&
			doc->tok[k + 1].type == TF_TOK_NUMBER)
		{
			neg = true;
			k++;
		}
	}

	if (!a->has_currency)
		has_coin = coin_currency(cx, k, &coin);
	if ((!a->has_currency && lone_coin_of(cx, k, has_coin ? &coin : NULL)) ||
		!fig_read_numeral(cx, k, a->has_currency, &n))
	{
		if (a->has_currency || !read_coin(cx, k, has_coin ? &coin : NULL, a))
			return false;
	}
	else
	{
		/* digits glued after letters ("A320", "MH17") are an identifier, unless a currency ("USD115") */
		if (doc->tok[n.first].type == TF_TOK_NUMBER && n.first > 0 && fig_glued(cx, n.first - 1) &&
			fig_is_word(cx, n.first - 1) && !a->has_currency)
			return false;
		a->num_first = n.first;
		a->num_last = n.last;
		a->value = n.value;
		a->unscaled = n.unscaled;
		a->scale = n.scale;
		a->nflags = n.flags;
		a->last = n.last;
		k = n.last + 1;
		if (!a->has_currency && !currency_after(cx, a, &k))
			return false;
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
	}
	if (a->has_currency ? !finish_money(cx, a) : !unit_after(cx, a, k))
		return false;
	/* digits that run on into letters are a code or an ordinal: "737MAX", "5G", "1st", "1990s" */
	if (a->last == a->num_last && fig_glued(cx, a->num_last) &&
		fig_is_word(cx, a->num_last + 1) && doc->tok[a->num_last].type == TF_TOK_NUMBER)
		return false;
	if (neg)
	{
		a->value.neg = !a->value.neg && a->value.coef != 0;
		a->unscaled.neg = a->value.neg;
	}
	return true;
}
