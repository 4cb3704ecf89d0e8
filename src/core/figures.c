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
 *
 * The files of the stage (figures.h): this one runs the pass and joins
 * ranges; figures_amount.c reads an amount, numbers*.c its numeral, money.c
 * its currency, figures_units.c its unit; figures_context.c reads the words
 * around it; figures_decimal.c is the arithmetic.
 */
#include "figures.h"
#include "stages.h"

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
 * Are a and b, read "by a to b", the ends of one range?  A range's ends are
 * close: the high end less than three times the low ("$3 million to $4
 * million", "3 to 4 million" in the high end's scale).  The level a change
 * reaches is mostly far above the change ("by 3,000 to 456,000", "by 0.2
 * percent to 5.1 percent", "by $300,000 to $4 million").
 */
static bool
close_ends(const amount *a, const amount *b)
{
	tf_decimal	three,
				lo,
				hi;

	if (a->value.neg || b->value.neg)
		return false;
	/* "3 to 4 million": the low end in the high end's scale, as join_range reads it */
	if (a->scale == 0 && b->scale > 0 && tf_decimal_cmp(&a->unscaled, &b->unscaled) < 0)
	{
		lo = a->unscaled;
		hi = b->unscaled;
	}
	else
	{
		lo = a->value;
		hi = b->value;
	}
	fig_dec_int(&three, 3);
	return fig_dec_mul(&lo, &three) && tf_decimal_cmp(&hi, &lo) < 0;
}

/* is hedge h one of a lower (1) or an upper (-1) bound, or neither (0)? */
static int
bound_of(const char *h)
{
	static const char *const lower[] = {"more than", "greater than", "higher than", "above",
	"over", "at least", "no less than", "not less than", NULL};
	static const char *const upper[] = {"less than", "fewer than", "smaller than", "lower than",
	"below", "under", "at most", "up to", "no more than", "not more than", NULL};

	for (int k = 0; lower[k]; k++)
		if (strcmp(h, lower[k]) == 0)
			return 1;
	for (int k = 0; upper[k]; k++)
		if (strcmp(h, upper[k]) == 0)
			return -1;
	return 0;
}

/*
 * "more than 40 and less than 50", "at most 100 and at least 20": two
 * bounds of one thing joined by "and" are one range, from the lower bound
 * to the upper, when the lower is below the upper ("more than 40 and less
 * than 10" are two ranges, open on either side).  On success *a is the
 * range (its value the low end) and *b the high end, read after "and" at s.
 */
static bool
bounded_range(const fig_ctx *cx, const char *approx, amount *a, int s, amount *b)
{
	int			ba = bound_of(approx);

	if (ba == 0)
		return false;
	for (int e = s + 1; e <= s + 3 && e + 1 < cx->doc->ntok; e++)
	{
		int			hf;
		const char *h = fig_hedge_before(cx, e, &hf);
		amount		lo,
					hi;
		int			end;

		if (h == NULL || hf != s + 1 || bound_of(h) != -ba || !fig_read_amount(cx, e + 1, b) ||
			b->coin || a->coin)
			continue;
		lo = ba > 0 ? *a : *b;
		hi = ba > 0 ? *b : *a;
		if (!join_range(&lo, &hi))
			return false;
		end = b->last;
		lo.first = a->first;
		*a = lo;
		*b = hi;
		b->last = end;			/* the span ends where the text's second bound does */
		return true;
	}
	return false;
}

/*
 * A hedge over the article of the thing the amount measures: "as much as a
 * 95 percent debt reduction", "nearly a 10% rise" (the amount is hedged; the
 * article is the noun's and stays out of the span).  A preposition that is
 * also a hedge is none there: "under a $5 million contract" is that contract.
 */
static const char *
hedge_over_article(const fig_ctx *cx, int art, int *hfirst)
{
	static const char *const prepositions[] = {"over", "under", "below", "above", "some",
	"estimated", "around", NULL};
	const char *h = fig_hedge_before(cx, art - 1, hfirst);

	for (int k = 0; h != NULL && prepositions[k] != NULL; k++)
		if (strcmp(h, prepositions[k]) == 0)
			h = NULL;
	return h;
}

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
				by = false,
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
	if (!fig_read_amount(cx, i, &a))
		return false;
	last = a.last;
	if (a.whole_phrase && !fig_whole_sentence(cx, a.first, a.last))
		return false;

	if (a.first > 0)
	{
		int			p = a.first - 1;

		approx = fig_hedge_before(cx, p, &hfirst);
		if (approx)
			p = hfirst - 1;
		else if (fig_cls(cx, p) == NW_A && fig_free(cx, p))
			approx = hedge_over_article(cx, p, &hfirst);
		between = tf_tok_is_ci(doc, p, "between") && fig_free(cx, p);
		by = tf_tok_is_ci(doc, p, "by") && fig_free(cx, p);
		/* "rose from 5% to 6%" is a change; "ranging from $6 to $18 billion" a range */
		from = tf_tok_is_ci(doc, p, "from") &&
			!(tf_tok_is_ci(doc, p - 1, "ranging") || tf_tok_is_ci(doc, p - 1, "range") ||
			  tf_tok_is_ci(doc, p - 1, "ranges") || tf_tok_is_ci(doc, p - 1, "ranged"));
	}

	/* a range: "$3-5 billion", "between $2 and $3 billion", "$2bn to $3bn", "10-20 dollars" */
	{
		int			s = last + 1;
		bool		sep = false,
					close = false;

		if (fig_free(cx, s))
		{
			/* a dash joins digits only: "three-nought-four" is no range */
			if (fig_is_dash(cx, s) && !a.counted && !(a.nflags & FIG_N_SPELLED) &&
				s + 1 < doc->ntok && !fig_is_word(cx, s + 1))
				sep = true;
			else if (tf_tok_is_ci(doc, s, "and") && between)
				sep = true;
			/*
			 * "cut results by $3 million to $4 million" is by how much, a
			 * range; "fell by 0.2 percent to 5.1 percent" and "fell by 3,000
			 * to 456,000" a change and the level it reached.  After "by" the
			 * two are told apart by their ends (close_ends)
			 */
			else if (tf_tok_is_ci(doc, s, "to") && by && !a.counted)
				sep = close = true;
			/*
			 * "rose 0.3 percent to 5.2 percent" is a change and a level;
			 * "rose 2 to 3 percent" a range
			 */
			else if (tf_tok_is_ci(doc, s, "to") && !from && !a.counted &&
					 !(a.has_unit && fig_change_before(cx, a.first)))
				sep = true;
		}
		if (sep && !a.coin && fig_read_amount(cx, s + 1, &b) && !b.coin &&
			(!close || close_ends(&a, &b)))
		{
			amount		joined = a;

			if (join_range(&joined, &b))
			{
				a = joined;
				ranged = true;
				last = b.last;
			}
		}
		else if (!sep && approx && tf_tok_is_ci(doc, s, "and") && fig_free(cx, s) &&
				 bounded_range(cx, approx, &a, s, &b))
		{
			approx = NULL;
			ranged = true;
			last = b.last;
		}
	}
	if (!ranged && a.kind == TF_NUMBER && fig_not_a_figure(cx, &a))
		return false;
	/* "plus or minus 3.1 percent": a margin either way, not a negative figure */
	if (approx == NULL && fig_cls(cx, a.first) == NW_MINUS && tf_tok_is_ci(doc, a.first - 1, "or") &&
		tf_tok_is_ci(doc, a.first - 2, "plus") && fig_free(cx, a.first - 1) && fig_free(cx, a.first - 2))
	{
		a.value.neg = false;
		a.first -= 2;
		approx = "plus or minus";
	}
	/* "a 6%-plus growth rate", "$5 million-plus": at least the amount */
	if (approx == NULL && fig_glued(cx, last) && fig_is_dash(cx, last + 1) &&
		fig_glued(cx, last + 1) && tf_tok_is_ci(doc, last + 2, "plus"))
		approx = "plus";
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
		fig_set_object(doc, cx, f, a.first, last);
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

	if (np == 0 || (tf_tok_glued(doc, i) && fig_is_word(cx, i + 1)))
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

/*
 * "the % of increase", "what % of voters": the percent sign used as the noun
 * "percentage", after a determiner and before "of".  A percentage with no
 * value (the text gives none); the unit is "%".
 */
static bool
emit_bare_percent(tf_doc *doc, const fig_ctx *cx, int i)
{
	static const char *const determiners[] = {"the", "a", "what", "which", "this", "that", NULL};
	tf_fact    *f;
	bool		det = false;

	if (tf_tok_cp(doc, i) != '%' || i == 0 ||
		!(doc->tok[i].flags & TF_TF_SPACE_BEFORE) || !tf_tok_is_ci(doc, i + 1, "of") ||
		!fig_free(cx, i - 1))
		return false;
	for (int k = 0; determiners[k] && !det; k++)
		det = tf_tok_is_ci(doc, i - 1, determiners[k]);
	if (!det)
		return false;
	f = tf_doc_add_fact(doc, TF_PERCENT, i, i);
	f->has_value = false;
	f->unit = "%";
	return true;
}

/* can a figure start at token i?  (a cheap filter before the readers) */
static bool
may_start(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;
	const tf_token *t = &doc->tok[i];

	if (cx->next_num[i] == 0)
		return true;
	if (fig_cls(cx, i) == NW_MINUS)
		return true;
	/*
	 * a dash begins an amount as its sign, before a number, a point or a
	 * sign ("-5", "-.5", "-$5"; fig_read_amount's read_sign), or as a
	 * currency of its own: a hyphen between words does not
	 */
	if (fig_is_dash(cx, i))
		return (i + 1 < doc->ntok && (doc->tok[i + 1].type == TF_TOK_NUMBER ||
									  doc->tok[i + 1].type == TF_TOK_SYMBOL ||
									  fig_is_punct(cx, i + 1, '.'))) ||
			fig_currency_may_begin(cx, i);
	if (t->type == TF_TOK_SYMBOL)
		return true;
	if (t->type == TF_TOK_WORD)
	{
		size_t		n = tf_tok_len(doc, i);

		if (cx->next_num[i] > tf_currency_max_tokens + 2)
			return (t->flags & TF_TF_SENT_START) && fig_lone_coin(cx, i);
		/* a currency word before a number, or "percent of": a number follows soon */
		if ((tf_tok_cp(doc, i) | 0x20) == 'p' || fig_currency_may_begin(cx, i))
			return true;
		/*
		 * a scale or other number word of three or four letters ("lakh",
		 * "mln", "doz"), with which the numeral reader may begin: the loop
		 * has tried these along with the codes of that length ("MEUR",
		 * "cad$"), and still does
		 */
		return (n == 4 || (n == 3 && tf_tok_glued(doc, i))) &&
			fig_cls(cx, i) != NW_NONE && fig_cls(cx, i) != NW_OTHER;
	}
	return false;
}

/*
 * May the ASCII word w[0..n) (1 <= n <= TF_LEX_MAX_WORD) be a word of the
 * lexicon the stage keeps (a class of its own: number words, scales,
 * function words)?  Most words of a text are none, and the generated
 * filter of their lengths and first and last letters spares them the
 * lookup.
 */
static bool
lex_may(const char *w, size_t n)
{
	char		c0 = tf_ascii_lower(w[0]),
				c1 = tf_ascii_lower(w[n - 1]);

	/* not letters: no filter, the lookup decides */
	if (c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z')
		return true;
	return (tf_lexicon_num_last[n][c0 - 'a'] & (1u << (c1 - 'a'))) != 0;
}

void
tf_recognize_figures(tf_doc *doc)
{
	fig_ctx		cx;
	fig_step_cache steps;
	bool		any_upper = false;

	if (doc->ntok == 0)
		return;
	/* next_num's distances are compared with this: FIG_FAR must be beyond it */
	if (tf_currency_max_tokens + 2 >= FIG_FAR || tf_lexicon_size >= UINT16_MAX ||
		tf_ncurrency_steps + 2 > UINT16_MAX)
		doc->a->error(doc->a->ctx, "textfacts: figures tables out of range");
	cx.doc = doc;
	cx.evidence = NULL;
	cx.sent_year = NULL;
	cx.latest_year = 0;
	cx.counts_in_lakhs = false;
	/*
	 * the per-token arrays in one block (one allocation, not three: a
	 * sentence's whole stage is a few thousand instructions), the one of
	 * uint16_t first for its alignment
	 */
	cx.lex = tf_alloc_array(doc->a, (size_t) doc->ntok, sizeof(uint16_t) + 2);
	cx.skip = (uint8_t *) (cx.lex + doc->ntok);
	cx.next_num = cx.skip + doc->ntok;
	memset(cx.skip, 0, (size_t) doc->ntok);
	memset(steps.tok, 0xFF, sizeof(steps.tok));
	cx.steps = &steps;
	cx.units.built = false;
	/* each token's lexicon entry; and the glued runs of tokens, for fig_mark_non_figures */
	for (int i = 0, run = 0; i < doc->ntok; i++)
	{
		const tf_token *t = &doc->tok[i];
		char		buf[TF_LEX_MAX_WORD + 1];
		size_t		n;
		const tf_lexword *e;

		TF_TICK(doc);
		if (!tf_tok_glued(doc, i))
		{
			if (i > run)
				fig_mark_non_figures(&cx, run, i);
			run = i + 1;
		}
		cx.lex[i] = 0;
		if (t->type != TF_TOK_WORD || !(t->flags & TF_TF_ASCII))
			continue;
		if (t->flags & (TF_TF_CAP | TF_TF_UPPER))
			any_upper = true;
		n = t->bend - t->bstart;
		if (n == 0 || n > TF_LEX_MAX_WORD)
			continue;
		if (!lex_may(doc->text + t->bstart, n))
			continue;
		/* an ASCII word: lower-case it in place of the generic case mapping */
		tf_ascii_lower_copy(buf, doc->text + t->bstart, n);
		e = tf_lex_find(buf, n);
		if (e != NULL && e->num.cls != NW_NONE)
			cx.lex[i] = (uint16_t) (e - tf_lexicon + 1);
		/* "5 lakh", "four crore": the Indian numbering, a hint to the rupee (money.c) */
		if (e != NULL && e->num.cls == NW_SCALE && (e->num.val == 5 || e->num.val == 7) &&
			!(e->num.flags & NWF_ABBREV) && i > 0 &&
			(doc->tok[i - 1].type == TF_TOK_NUMBER || fig_cls(&cx, i - 1) == NW_UNIT ||
			 fig_cls(&cx, i - 1) == NW_TEEN || fig_cls(&cx, i - 1) == NW_TENS ||
			 fig_cls(&cx, i - 1) == NW_HUNDRED || fig_cls(&cx, i - 1) == NW_SCALE))
			cx.counts_in_lakhs = true;
	}
	/* text with no capital letter (lower-cased corpora) gives no case signal */
	cx.lower_text = !any_upper;
	/*
	 * how far the next numeral begins, within the sentence (FIG_FAR: none, or
	 * far); 0 where one may begin.  No token the main loop reaches is claimed
	 * after this (a figure claims tokens up to where the loop goes on), and
	 * the loop reads only free ones: the 0s stay true.
	 */
	for (int i = doc->ntok - 1, next = INT32_MAX; i >= 0; i--)
	{
		TF_TICK(doc);
		if (fig_numeral_start(&cx, i))
			next = i;
		cx.next_num[i] = (uint8_t) (next - i < FIG_FAR ? next - i : FIG_FAR);
		if (doc->tok[i].flags & TF_TF_SENT_START)
			next = INT32_MAX;
	}

	for (int i = 0; i < doc->ntok; i++)
	{
		int			next;

		TF_TICK(doc);
		if (!fig_free(&cx, i) || emit_bare_percent(doc, &cx, i) || !may_start(&cx, i))
			continue;
		if (emit_list(doc, &cx, i))
			continue;
		if (emit_figure(doc, &cx, i, &next))
			i = next;
	}
	doc->a->free(doc->a->ctx, cx.lex);
}
