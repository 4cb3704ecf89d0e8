/*
 * figures_context.c — what the words around a figure say: a hedge before it
 * ("over", "nearly"), kept in detail.approx and out of the span; whether a
 * bare number is a figure at all or part of a year, a date, a clock time or
 * a name ("Boeing 737"); what an amount of money is of (detail.object); a
 * verb of change before a range ("rose 2% to 3%"); and the shapes with
 * digits that are no figures (URLs, phone numbers, dates, "COVID-19"),
 * marked before the stage's pass.
 */
#include "figures.h"

/* a hedge phrase, lower case, and its length (known to the compiler) */
typedef struct hedge
{
	const char *s;
	size_t		len;
} hedge;

#define HEDGE(s) {s, sizeof(s) - 1}

static const hedge hedges[] = {
	HEDGE("more than"), HEDGE("less than"), HEDGE("fewer than"), HEDGE("greater than"),
	HEDGE("higher than"), HEDGE("lower than"), HEDGE("smaller than"), HEDGE("larger than"),
	HEDGE("bigger than"), HEDGE("up to"), HEDGE("at least"), HEDGE("at most"),
	HEDGE("as much as"), HEDGE("as many as"), HEDGE("as high as"), HEDGE("as low as"),
	HEDGE("as little as"), HEDGE("as few as"), HEDGE("no more than"), HEDGE("no less than"),
	HEDGE("not more than"), HEDGE("not less than"), HEDGE("close to"), HEDGE("near"),
	HEDGE("nearly"), HEDGE("almost"), HEDGE("about"), HEDGE("around"), HEDGE("approximately"),
	HEDGE("roughly"), HEDGE("some"), HEDGE("over"), HEDGE("under"), HEDGE("below"),
	HEDGE("above"), HEDGE("just over"), HEDGE("just under"), HEDGE("well over"),
	HEDGE("well under"), HEDGE("upwards of"), HEDGE("in excess of"), HEDGE("an estimated"),
	HEDGE("estimated"), HEDGE("exceeding"), HEDGE("approx"), HEDGE("circa"),
	HEDGE("around about"), HEDGE("more or less")
};

/*
 * Does hedge h end at token e, its words free tokens of one sentence?  Its
 * first token, or -1.  Read from the last word back, so that most hedges
 * fail at once on the word before a number.
 */
static int
hedge_ends_at(const fig_ctx *cx, const hedge *h, int e)
{
	size_t		end = h->len;
	int			t = e;

	for (;;)
	{
		size_t		start = end;

		while (start > 0 && h->s[start - 1] != ' ')
			start--;
		if (!fig_free(cx, t) || !tf_tok_is_ci_n(cx->doc, t, h->s + start, end - start))
			return -1;
		if (start == 0)
			return t;
		if (cx->doc->tok[t].flags & TF_TF_SENT_START)
			return -1;
		end = start - 1;
		t--;
	}
}

/* the hedge phrase that ends at token e (lower case, static), or NULL; *first gets its start */
const char *
fig_hedge_before(const fig_ctx *cx, int e, int *first)
{
	const char *best = NULL;
	int			bestfirst = e + 1;
	char		last;

	/* every hedge ends in a word: most tokens before a number are none */
	if (e < 0 || e >= cx->doc->ntok || cx->doc->tok[e].type != TF_TOK_WORD ||
		tf_tok_len(cx->doc, e) == 0)
	{
		*first = bestfirst;
		return NULL;
	}
	last = tf_ascii_lower(tf_tok_text(cx->doc, e)[tf_tok_len(cx->doc, e) - 1]);
	/* the most words win; of as many, the first in the table */
	for (size_t k = 0; k < sizeof(hedges) / sizeof(hedges[0]); k++)
	{
		int			j;

		if (hedges[k].s[hedges[k].len - 1] != last)
			continue;
		j = hedge_ends_at(cx, &hedges[k], e);
		if (j >= 0 && j < bestfirst)
		{
			best = hedges[k].s;
			bestfirst = j;
		}
	}
	*first = bestfirst;
	return best;
}

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

/* number tokens k and k + 2: plain integers of at most three digits, the second below the first */
static bool
descending_pair(const tf_doc *doc, int k)
{
	int			n1,
				n2;
	int64_t		a = 0,
				b = 0;

	if (!fig_plain_int(doc, k, &n1) || !fig_plain_int(doc, k + 2, &n2) || n1 > 3 || n2 > 3)
		return false;
	for (int j = 0; j < n1; j++)
		a = a * 10 + (tf_tok_text(doc, k)[j] - '0');
	for (int j = 0; j < n2; j++)
		b = b * 10 + (tf_tok_text(doc, k + 2)[j] - '0');
	return b < a;
}

/*
 * Is this bare number a part of something else: a year, a day of a month, a
 * clock time, a model name or an identifier, or the pronoun "one"?
 */
bool
fig_not_a_figure(const fig_ctx *cx, const amount *a)
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
			/* "June 29 and 30", "on May 3, 4 or 5": more days of the same month */
			for (int q = p; !a->counted && q >= 2 && q > p - 8 &&
				 (tf_tok_is_ci(doc, q, "and") || tf_tok_is_ci(doc, q, "or") || fig_is_punct(cx, q, ',') ||
				  tf_tok_is_ci(doc, q, "to")) &&
				 doc->tok[q - 1].type == TF_TOK_NUMBER; q -= 2)
			{
				int			nd;
				int64_t		d = -1;

				if (fig_plain_int(doc, q - 1, &nd) && nd <= 2)
				{
					d = 0;
					for (int j = 0; j < nd; j++)
						d = d * 10 + (tf_tok_text(doc, q - 1)[j] - '0');
				}
				if (d < 1 || d > 31)
					break;
				if (month_at(cx, q - 2))
					return true;
			}
		}
		/* "10 am", "10 a.m.", "10 o'clock" */
		if (fig_cls(cx, l + 1) == NW_CLOCK ||
			((tf_tok_is_ci(doc, l + 1, "a") || tf_tok_is_ci(doc, l + 1, "p")) &&
			 fig_is_punct(cx, l + 2, '.') && tf_tok_is_ci(doc, l + 3, "m")) ||
			tf_tok_is_ci(doc, l + 1, "o'clock") ||
			(tf_tok_is_ci(doc, l + 1, "o") && tf_tok_is_ci(doc, l + 3, "clock")))
			return true;
		/* "Boeing 737", "Article 370", "COVID 19": a name's number */
		if (p >= 0 && fig_is_word(cx, p) && (doc->tok[p].flags & (TF_TF_CAP | TF_TF_UPPER)) &&
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
	if ((a->nflags & FIG_N_SPELLED) && fig_is_word(cx, f) && (doc->tok[f].flags & TF_TF_CAP) &&
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
		/* "a permanent one.": an adjective's noun, after "a" and before the phrase's end */
		if (f >= 2 && (tf_tok_is_ci(doc, f - 2, "a") || tf_tok_is_ci(doc, f - 2, "an")) &&
			fig_is_word(cx, f - 1) && (doc->tok[f - 1].flags & TF_TF_LOWER) &&
			!fig_stop_word(cx, f - 1) && fig_phrase_end(cx, l + 1))
			return true;
		/*
		 * "One was sent to Sudan, another to Yemen": one of several, as a
		 * pronoun (no noun after it: "One person died and another ..." counts)
		 */
		if (fig_stop_word(cx, l + 1) || fig_phrase_end(cx, l + 1))
			for (int k = l + 1; k < doc->ntok && k <= l + 12 &&
				 doc->tok[k].sentence == doc->tok[f].sentence; k++)
				if (tf_tok_is_ci(doc, k, "another"))
					return true;
	}
	return false;
}

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
			(t->flags & TF_TF_SENT_START) || fig_stop_word(cx, j))
		{
			/*
			 * "$10 billion in new Prudential shares": a name inside the
			 * phrase, which goes on after it; what came before the name is
			 * no phrase of its own
			 */
			if (end >= i && t->type == TF_TOK_WORD && (t->flags & TF_TF_CAP) &&
				!(t->flags & TF_TF_SENT_START) && j + 1 < doc->ntok && fig_is_word(cx, j + 1) &&
				(doc->tok[j + 1].flags & TF_TF_LOWER) && !fig_stop_word(cx, j + 1))
				return false;
			break;
		}
		n = tf_tok_len(doc, j);
		/* adverbs ("annually") end it */
		if (n > 3 && memcmp(tf_tok_text(doc, j) + n - 2, "ly", 2) == 0)
			break;
		end = j;
		words++;
		j++;
		/* "long-term", "write-off": the word after a hyphen belongs to the one before */
		while (fig_glued_dash(cx, j) && j + 1 < doc->ntok && fig_free(cx, j + 1) &&
			   doc->tok[j + 1].type == TF_TOK_WORD && (doc->tok[j + 1].flags & TF_TF_LOWER))
		{
			end = j + 1;
			j += 2;
		}
	}
	/*
	 * a participle at the end is the verb of the clause: "a $7 billion loan
	 * agreed ...", "$27 million hidden in foreign accounts" (a word in -en or
	 * -wn before a preposition)
	 */
	while (end >= i)
	{
		size_t		n = tf_tok_len(doc, end);
		const char *s = tf_tok_text(doc, end);

		if (((n > 4 && memcmp(s + n - 2, "ed", 2) == 0) ||
			 (n > 4 && (memcmp(s + n - 2, "en", 2) == 0 || memcmp(s + n - 2, "wn", 2) == 0) &&
			  fig_stop_word(cx, end + 1) && fig_cls(cx, end + 1) != NW_AND)) &&
			!(end > i && fig_is_dash(cx, end - 1)))
		{
			end--;
			while (end >= i && !fig_is_word(cx, end))
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

	if (fig_hedge_before(cx, j, &h))
		j = h - 1;
	for (int steps = 0; j >= 0 && steps < 4; steps++)
	{
		for (int k = 0; det[k]; k++)
			if (tf_tok_is_ci(doc, j, det[k]))
				return true;
		/* a possessive: "Pakistan's $3 billion loan" */
		if (tf_tok_cp(doc, j) == 's' && j > 0 && (tf_tok_cp(doc, j - 1) == '\'' || tf_tok_cp(doc, j - 1) == 0x2019))
			return true;
		if (!fig_is_word(cx, j) || !(doc->tok[j].flags & TF_TF_LOWER) || fig_stop_word(cx, j))
		{
			/* "last-gasp": a hyphen inside an adjective */
			if (fig_glued_dash(cx, j) && fig_is_word(cx, j - 1))
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
void
fig_set_object(tf_doc *doc, const fig_ctx *cx, tf_fact *fact, int first, int last)
{
	int			a,
				b,
				h;

	/* "worth more than $1.5 billion": over the hedge */
	if (fig_hedge_before(cx, first - 1, &h))
		first = h;
	if (first >= 2 && tf_tok_is_ci(doc, first - 1, "worth"))
	{
		int			j = first - 2,
					e = j;

		while (j >= 0 && e - j < 6 && fig_free(cx, j) && fig_is_word(cx, j) &&
			   ((doc->tok[j].flags & TF_TF_LOWER) ||
				((doc->tok[j].flags & TF_TF_SENT_START) && (doc->tok[j].flags & TF_TF_CAP))))
		{
			/* "ships and aircraft worth ...": one "and" between two nouns */
			if (fig_stop_word(cx, j) &&
				!(fig_cls(cx, j) == NW_AND && j < e && j > 0 && fig_is_word(cx, j - 1) &&
				  (doc->tok[j - 1].flags & TF_TF_LOWER) && !fig_stop_word(cx, j - 1)))
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
	/*
	 * "$48 billion in assets"; but after a verb of change, "in" says where
	 * or when the change was: "fell one dollar in electronic trading"
	 */
	if ((tf_tok_is_ci(doc, last + 1, "of") ||
		 (tf_tok_is_ci(doc, last + 1, "in") && !fig_move_before(cx, first))) &&
		noun_phrase_after(cx, last + 2, &a, &b))
		goto found;
	return;
found:
	tf_fact_set_detail_str(doc, fact, "object",
						   tf_arena_strndup(doc->arena, tf_tok_text(doc, a),
											doc->tok[b].bend - doc->tok[a].bstart));
}

/*
 * Is the word before the amount at first (over a hedge) one of these stems
 * (a stem matches the word and up to three letters more)?
 */
static bool
stem_before(const fig_ctx *cx, int first, const char *const *stems)
{
	const tf_doc *doc = cx->doc;
	int			p = first - 1,
				h;
	const char *w;
	size_t		n;

	if (fig_hedge_before(cx, p, &h))
		p = h - 1;
	if (!fig_is_word(cx, p))
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

/* verbs of a level that moves by itself: "rose", "fell", "slipped" */
static const char *const moves[] = {
	"rose", "rise", "risen", "rising", "fell", "fall", "grew", "grow", "jump", "climb",
	"slip", "slid", "drop", "declin", "gain", "edg", "plung", "plummet", "soar", "surg",
	"tumbl", "sank", "sink", "sunk", "advanc", "retreat", "shrank", "shrink", "slump", "dipp",
	"dip", "spik", NULL
};

/*
 * "prices rose 0.3 percent to 5.2 percent": after a verb of change (or "by"),
 * "X unit to Y unit" is a change and a level, two figures; "a loan of $2bn to
 * $3bn" is a range.  The word before the amount (over a hedge) decides.
 */
bool
fig_change_before(const fig_ctx *cx, int first)
{
	/* and the verbs and words that move a level by an amount */
	static const char *const moved[] = {
		"increas", "decreas", "lost", "los", "shed", "add", "up", "down", "by", "cut", "rais",
		"lower", "reduc", "boost", "expand", "contract", "doubl", "tripl", "widen", "narrow",
		"hike", "trimm", NULL
	};

	return stem_before(cx, first, moves) || stem_before(cx, first, moved);
}

bool
fig_move_before(const fig_ctx *cx, int first)
{
	return stem_before(cx, first, moves);
}

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
 * Marks the tokens of shapes that contain digits but are no figures in the
 * glued run of tokens (no space inside) i..e, of two tokens or more: URLs
 * and e-mail addresses, phone numbers ("+1-222-2222"), dates and times
 * ("2024-10-08", "8/10/2024", "10:30", "1995-01", "2023/24"), and numbers
 * glued to a word by a hyphen ("COVID-19", "F-16", "mid-2024").  The
 * stage's first pass finds the runs (a token alone is none of these).
 */
void
fig_mark_non_figures(fig_ctx *cx, int i, int e)
{
	const tf_doc *doc = cx->doc;
	int			nnum = 0;
	bool		url = false,
				phone = false;

	if (i < 0 || e >= doc->ntok || e <= i)
		return;
	for (int k = i; k <= e; k++)
	{
		const tf_token *t = &doc->tok[k];

		TF_TICK(doc);
		if (t->type == TF_TOK_NUMBER)
			nnum++;
		if (tf_tok_cp(doc, k) == ':' && k + 2 <= e && tf_tok_cp(doc, k + 1) == '/' && tf_tok_cp(doc, k + 2) == '/')
			url = true;
		if (tf_tok_cp(doc, k) == '@' && k > i && k < e && fig_is_word(cx, k + 1))
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
			/*
			 * "won 4-0", "scored 282-4": a score or a tally, whose second
			 * number is below the first (a range never falls), is no figure
			 */
			else if ((sep == '-' || sep == 0x2013) && descending_pair(doc, k))
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
			fig_is_word(cx, k - 2))
			cx->skip[k] = 1;
}
