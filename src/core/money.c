/*
 * money.c — currency forms: signs, codes and names of currencies, matched
 * against the generated tables (generated/currency_data.c) and resolved to ISO 4217.
 *
 * A form is looked up by its tokens, lower-cased and joined by single spaces
 * ("HK$" -> "hk $", "Pakistani rupees" -> "pakistani rupees"), one hash
 * lookup per token read (tf_currency_steps): the longest form wins, and the
 * search ends at a key that is no form and begins none (mostly the first
 * token's).
 *
 * What a form names:
 *   - one currency ("€", "USD", "Swiss francs", "Malaysia ringgit");
 *   - the caller's dollar ("$", "dollars", "cents"): USD unless the
 *     extraction's dollar option says otherwise;
 *   - a family ("rupees", "Rs", "₨", "francs", "dinars", "¥"): the current
 *     currencies of that name, chosen by the countries the document mentions
 *     (doc->country_hits, counted by the entity stage, which runs first); with
 *     no such country the family's default ("pounds" are sterling, "¥" is the
 *     yen), or its one member in use today ("guilders": ANG), or no unit at
 *     all rather than a guess ("Rs" with no country).  A member that is no
 *     longer legal tender ("francs": FRF) is chosen only in a text of its era
 *     (the year of the dates near the amount: era_at) and its countries.
 */
#include "figures.h"

const tf_currency *
fig_currency_by_code(const char *code)
{
	if (code == NULL || strlen(code) != 3)
		return NULL;
	return tf_pool_find(tf_currencies, (size_t) tf_ncurrencies, sizeof(tf_currency),
						tf_currency_pool, code);
}

bool
tf_currency_known(const char *code)
{
	return fig_currency_by_code(code) != NULL;
}

bool
tf_currency_code(const char *s, size_t len, char out[4])
{
	if (len != 3)
		return false;
	tf_ascii_upper_copy(out, s, 3);
	out[3] = '\0';
	return tf_currency_known(out);
}

/*
 * The document's evidence of each country, counted once per document: the
 * entity stage's count of country names, and its nationality facts
 * ("Pakistani officials").
 */
static const int *
evidence_table(const fig_ctx *cx)
{
	fig_ctx    *mcx = (fig_ctx *) cx;
	const tf_doc *doc = cx->doc;

	if (mcx->evidence == NULL)
	{
		int		   *ev = tf_arena_alloc(doc->arena, sizeof(int) * 26 * 26);

		memcpy(ev, doc->country_hits, sizeof(int) * 26 * 26);
		for (int k = 0; k < doc->nfacts; k++)
		{
			const char *n = tf_doc_fact(doc, k)->norm;

			TF_TICK(doc);
			if (tf_doc_fact(doc, k)->kind == TF_NATIONALITY && n && n[0] >= 'A' && n[0] <= 'Z' &&
				n[1] >= 'A' && n[1] <= 'Z' && n[2] == '\0')
				ev[(n[0] - 'A') * 26 + (n[1] - 'A')]++;
		}
		mcx->evidence = ev;
	}
	return mcx->evidence;
}

/* mentions of the countries that use currency c today */
static int
evidence(const fig_ctx *cx, const tf_currency *c)
{
	const int  *ev;
	int			hits = 0;

	if (c == NULL)
		return 0;
	ev = evidence_table(cx);
	for (const char *t = tf_cur_territories(c); t[0] && t[1]; t += 2)
		if (t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z')
			hits += ev[(t[0] - 'A') * 26 + (t[1] - 'A')];
	return hits;
}

/* the year of a date's TIMEX3 value ("1995", "1995-06", "FY1995"; "199X" the decade's middle), or 0 */
static int
norm_year(const char *n)
{
	int			y = 0,
				k;

	if (n == NULL)
		return 0;
	if (n[0] == 'F' && n[1] == 'Y')
		n += 2;
	for (k = 0; k < 4 && n[k] >= '0' && n[k] <= '9'; k++)
		y = y * 10 + (n[k] - '0');
	if (k == 3 && n[3] == 'X')
		return y * 10 + 5;
	return k == 4 ? y : 0;
}

/*
 * The era of an amount at token at: the year of the last date the text gives
 * in the amount's sentence, else in the sentence before; else the year of
 * the reference date; else the latest year the text gives; 0 when there is
 * none.  The dates stage ran before: its facts are the dates.  The years of
 * the sentences are read once per document.
 */
static int
era_at(const fig_ctx *cx, int at)
{
	fig_ctx    *mcx = (fig_ctx *) cx;
	const tf_doc *doc = cx->doc;
	uint32_t	s = doc->tok[at].sentence;

	if (mcx->sent_year == NULL)
	{
		uint32_t	nsent = doc->tok[doc->ntok - 1].sentence + 1;
		int		   *sy = tf_arena_alloc_array(doc->arena, nsent, sizeof(int));

		memset(sy, 0, sizeof(int) * nsent);
		mcx->latest_year = 0;
		for (int k = 0; k < doc->nfacts; k++)
		{
			const tf_fact *f = tf_doc_fact(doc, k);
			int			y;

			TF_TICK(doc);
			if (f->kind != TF_DATE || (y = norm_year(f->norm)) == 0 || f->sentence >= nsent)
				continue;
			sy[f->sentence] = y;
			if (y > mcx->latest_year)
				mcx->latest_year = y;
		}
		mcx->sent_year = sy;
	}
	if (cx->sent_year[s] != 0)
		return cx->sent_year[s];
	if (s > 0 && cx->sent_year[s - 1] != 0)
		return cx->sent_year[s - 1];
	if (doc->opts->ref_date.y != 0)
		return doc->opts->ref_date.y;
	return cx->latest_year;
}

/*
 * May currency c be meant in an era?  A currency that is no more (the French
 * franc) only in a text whose era is within its years of legal tender; one
 * still in use from its first year, or when the era is unknown (0).
 */
static bool
of_era(const tf_currency *c, int era)
{
	if (!c->current)
		return era != 0 && era >= c->since && era <= c->until;
	return era == 0 || era >= c->since;
}

/*
 * The currency a form names in this document, or NULL (unknown).  *unsafe_ok
 * is false when the form is an English word and no country of its currency
 * is mentioned.  A family's members are those of the amount's era (at is
 * its first token); of these, the one whose countries the text names most,
 * else the family's default, else its one member in use today.
 */
static const tf_currency *
resolve(const fig_ctx *cx, const tf_currency_form *f, int at, bool *evidence_ok)
{
	const tf_doc *doc = cx->doc;
	const tf_currency *best = NULL,
			   *today = NULL;
	int			besthits = 0,
				ntoday = 0,
				era = -1;
	bool		tie = false;
	const char *codes = tf_cform_codes(f);
	size_t		n = strlen(codes);

	*evidence_ok = true;
	if (f->target == TF_CUR_DOLLAR)
	{
		const char *d = doc->opts->dollar ? doc->opts->dollar : "USD";
		const tf_currency *c = fig_currency_by_code(d);

		return c;
	}
	for (size_t k = 0; k + 3 <= n; k += 3)
	{
		char		code[4];
		const tf_currency *c;
		int			h;

		memcpy(code, codes + k, 3);
		code[3] = '\0';
		c = fig_currency_by_code(code);
		h = evidence(cx, c);
		if (f->target == TF_CUR_FIXED)
		{
			if ((f->flags & TF_CF_UNSAFE) && h == 0)
				*evidence_ok = false;
			return c;
		}
		if (c == NULL)
			continue;
		if (era < 0)
			era = era_at(cx, at);
		if (!of_era(c, era))
			continue;
		if (c->current)
		{
			today = c;
			ntoday++;
		}
		if (h > besthits)
		{
			best = c;
			besthits = h;
			tie = false;
		}
		else if (h > 0 && h == besthits)
			tie = true;
	}
	if (best != NULL && !tie)
		return best;
	/*
	 * No country of the family named, and the text counts in lakhs and crores
	 * ("5 lakh rupees", "Rs 4 crore"): India's rupee.  English text counts in
	 * lakhs and crores mostly in India (Pakistan's and Sri Lanka's English
	 * press writes millions); a text about another rupee country names one of
	 * its places, which the evidence above counts first.  A tie stays
	 * unresolved.
	 */
	if (best == NULL && cx->counts_in_lakhs && f->target == TF_CUR_FAMILY)
		for (size_t k = 0; k + 3 <= n; k += 3)
			if (memcmp(codes + k, "INR", 3) == 0)
				return fig_currency_by_code("INR");
	if (f->flags & TF_CF_UNSAFE)
		*evidence_ok = false;
	if (f->deflt_off != 0)
		return fig_currency_by_code(tf_cform_deflt(f));
	/* "20 guilders", "escudos": the family's one currency in use today */
	return ntoday == 1 && f->target == TF_CUR_FAMILY ? today : NULL;
}

/* is word token i written all in capitals (or, in lower-cased text, at all)? */
static bool
case_fits(const fig_ctx *cx, int i, const tf_currency_form *f)
{
	const tf_token *t = &cx->doc->tok[i];

	if (!(f->flags & TF_CF_CASE) || t->type != TF_TOK_WORD || cx->lower_text)
		return true;
	if (f->flags & TF_CF_CODE)
		return (t->flags & TF_TF_UPPER) || ((f->flags & TF_CF_LOWER) && (t->flags & TF_TF_LOWER));
	return (t->flags & TF_TF_CAP) != 0;
}

/* the step whose key is key[0..len), or NULL: no key is or begins with it */
static const tf_currency_step *
find_step(const char *key, size_t len)
{
	int			k = tf_slots_find(tf_currency_steps_slots, tf_currency_steps_nslots,
								  tf_currency_steps, sizeof(tf_currency_step), tf_currency_pool,
								  key, len);

	return k < 0 ? NULL : &tf_currency_steps[k];
}

/* the matcher's key buffer: more than the longest key (48 bytes) and a token */
#define CUR_KEY_SIZE 128

/*
 * Appends token j, lower-cased, to key[0..klen) (CUR_KEY_SIZE bytes); the
 * key's new length, or 0 when it does not fit.
 */
static size_t
key_append(const tf_doc *doc, int j, char *key, size_t klen)
{
	size_t		len = tf_tok_len(doc, j),
				n;

	if (doc->tok[j].flags & TF_TF_ASCII)
	{
		/* what tf_lower makes of ASCII, without its walk over code points */
		if (klen + len >= CUR_KEY_SIZE - 2)
			return 0;
		tf_ascii_lower_copy(key + klen, tf_tok_text(doc, j), len);
		return klen + len;
	}
	n = tf_lower(tf_tok_text(doc, j), len, key + klen, CUR_KEY_SIZE - klen - 1);
	if (n == (size_t) -1 || klen + n >= CUR_KEY_SIZE - 2)
		return 0;
	return klen + n;
}

/* a byte's place in tf_currency_first_filter: a lower-case letter, or any other */
static int
filter_bucket(char c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' : 26;
}

/* may token i, in ASCII, be the first token of a key?  (a lookup tells for sure) */
static bool
first_may(const tf_doc *doc, int i)
{
	const char *s = tf_tok_text(doc, i);
	size_t		n = tf_tok_len(doc, i);

	if (!(doc->tok[i].flags & TF_TF_ASCII) || n == 0 || n >= TF_CUR_FILTER_LEN)
		return true;
	return (tf_currency_first_filter[n][filter_bucket(tf_ascii_lower(s[0]))] &
			(1u << filter_bucket(tf_ascii_lower(s[n - 1])))) != 0;
}

/*
 * The step of token i alone (NULL: no form begins with it), read once per
 * token: the matcher and the main loop's filter ask it of the same token
 * again and again (before and after a number, for a coin, for cents).
 * Inline, as name_token: most matches end at these two.
 */
static inline const tf_currency_step *
token_step(const fig_ctx *cx, int i)
{
	int			k = i & (FIG_STEP_CACHE - 1);
	uint16_t	c;

	if (cx->steps->tok[k] == i)
		c = cx->steps->step[k];
	else
	{
		char		key[CUR_KEY_SIZE];
		size_t		n = first_may(cx->doc, i) ? key_append(cx->doc, i, key, 0) : 0;
		const tf_currency_step *st = n > 0 ? find_step(key, n) : NULL;

		c = st != NULL ? (uint16_t) (st - tf_currency_steps + 2) : 1;
		cx->steps->tok[k] = i;
		cx->steps->step[k] = c;
	}
	return c >= 2 && c - 2 < tf_ncurrency_steps ? &tf_currency_steps[c - 2] : NULL;
}

/* the form of a step, or NULL */
static const tf_currency_form *
step_form(const tf_currency_step *st)
{
	return st != NULL && st->form != 0 && st->form <= tf_ncurrency_forms ?
		&tf_currency_forms[st->form - 1] : NULL;
}

/* the shape of a code with M (million) or K (thousand) before it: "MEUR", "MAUD" */
static inline bool
scaled_code_shape(const tf_doc *doc, int i)
{
	const char *s = tf_tok_text(doc, i);

	return doc->tok[i].type == TF_TOK_WORD && tf_tok_len(doc, i) == 4 &&
		(doc->tok[i].flags & TF_TF_UPPER) && (s[0] == 'M' || s[0] == 'K');
}

/* "MEUR", "MAUD": a code with M (million) or K (thousand) before it */
static bool
scaled_code(const fig_ctx *cx, int i, fig_currency *out)
{
	const tf_doc *doc = cx->doc;
	const char *s = tf_tok_text(doc, i);
	char		key[4];
	const tf_currency_form *f;
	bool		ev;

	if (!scaled_code_shape(doc, i))
		return false;
	tf_ascii_lower_copy(key, s + 1, 3);
	key[3] = '\0';
	f = step_form(find_step(key, 3));
	if (f == NULL || !(f->flags & TF_CF_CODE) || (f->flags & TF_CF_UNSAFE) ||
		f->target != TF_CUR_FIXED)
		return false;
	out->form = f;
	out->first = out->last = i;
	out->scale = s[0] == 'M' ? 6 : 3;
	{
		const tf_currency *c = resolve(cx, f, i, &ev);

		out->iso = c ? tf_cur_code(c) : NULL;
		out->digits = c ? c->digits : 2;
	}
	return true;
}

/* the shape of a code glued before a dollar sign: "cad$", "MXN$" */
static inline bool
code_dollar_shape(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;

	return doc->tok[i].type == TF_TOK_WORD && tf_tok_len(doc, i) == 3 &&
		tf_tok_glued(doc, i) && tf_tok_cp(doc, i + 1) == '$' && fig_free(cx, i + 1);
}

/* "cad$", "MXN$": a code glued before a dollar sign */
static bool
code_dollar(const fig_ctx *cx, int i, fig_currency *out)
{
	const tf_doc *doc = cx->doc;
	char		key[4];
	const tf_currency *c;

	if (!code_dollar_shape(cx, i))
		return false;
	if (tf_lower(tf_tok_text(doc, i), 3, key, sizeof(key)) != 3)
		return false;
	tf_ascii_upper_copy(key, key, 3);
	c = fig_currency_by_code(key);
	if (c == NULL || !c->current)
		return false;
	out->form = NULL;
	out->first = i;
	out->last = i + 1;
	out->iso = tf_cur_code(c);
	out->digits = c->digits;
	out->scale = 0;
	return true;
}

/*
 * Can token i be part of a currency's name?  A free token, or one the entity
 * stage read as a country, nationality or place: "US dollars", "Hong Kong
 * dollars", "Pakistani rupees" (the entity's fact stays; the money fact
 * spans it too).
 */
static inline bool
name_token(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;
	int			c;

	if (i < 0 || i >= doc->ntok || cx->skip[i])
		return false;
	c = doc->tok[i].claimed;
	return c == 0 || c == 1 + TF_COUNTRY || c == 1 + TF_NATIONALITY || c == 1 + TF_PLACE;
}

/*
 * The parts of a sign written apart in tokenised, lower-cased text ("c $
 * 1.34"); but "a $3 billion" is no A$, nor the "' s $ 500 million" of a
 * tokenised possessive an S$.
 */
static bool
spaced_sign_lower(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;

	return !(fig_lex(cx, i) && (fig_lex(cx, i)->flags & NWF_STOP)) &&
		!(i > 0 && (tf_tok_cp(doc, i - 1) == '\'' || tf_tok_cp(doc, i - 1) == 0x2019));
}

/*
 * The parts of a sign i..j written apart in cased text: "A $ 250 million",
 * "C $9.625", "US $ 5".  The letters are a country's initials only in
 * capitals and right before a number (the article is "a" inside a sentence:
 * "a $3 billion" keeps the dollar option); the article "A" that opens a
 * sentence ("A $ 5 fee") is no initial.
 */
static bool
spaced_sign(const fig_ctx *cx, int i, int j)
{
	const tf_doc *doc = cx->doc;

	if (j + 1 >= doc->ntok || doc->tok[j + 1].type != TF_TOK_NUMBER)
		return false;
	for (int k = i; k < j; k++)
		if (doc->tok[k].type == TF_TOK_WORD && !(doc->tok[k].flags & TF_TF_UPPER))
			return false;
	return !((doc->tok[i].flags & TF_TF_SENT_START) && fig_lex(cx, i) &&
			 (fig_lex(cx, i)->flags & NWF_STOP));
}

bool
fig_currency_may_begin(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;
	size_t		n = tf_tok_len(doc, i);
	const tf_currency_step *st;

	if (n >= 32)
		return false;
	/* "MEUR", "cad$" */
	if (scaled_code_shape(doc, i) || code_dollar_shape(cx, i))
		return true;
	st = token_step(cx, i);
	/* the token lower-cased is the step's key: one of 32 bytes or more is not read here */
	return st != NULL && strlen(tf_currency_pool + st->key_off) < 32;
}

bool
fig_match_currency(const fig_ctx *cx, int i, int where, fig_currency *out)
{
	const tf_doc *doc = cx->doc;
	char		key[CUR_KEY_SIZE];
	size_t		klen = 0;
	const tf_currency_form *best = NULL;
	const tf_currency_step *first;
	int			bestlast = -1;

	memset(out, 0, sizeof(*out));
	if (!name_token(cx, i) || doc->tok[i].type == TF_TOK_NUMBER)
		return false;
	if (fig_free(cx, i) && code_dollar(cx, i, out))
		return true;
	/* most tokens begin no form: token_step knows it without the key */
	first = token_step(cx, i);
	for (int j = i; first != NULL && j < doc->ntok && j - i < tf_currency_max_tokens; j++)
	{
		const tf_currency_step *st;
		const tf_currency_form *f;

		if (!name_token(cx, j) || doc->tok[j].type == TF_TOK_NUMBER)
			break;
		if (j > i && (doc->tok[j].flags & TF_TF_SENT_START) && doc->tok[j].type == TF_TOK_WORD)
			break;
		if (j > i)
			key[klen++] = ' ';
		if ((klen = key_append(doc, j, key, klen)) == 0)
			break;
		st = j == i ? first : find_step(key, klen);
		if (st == NULL)
			break;
		if ((f = step_form(st)) == NULL)
			continue;
		/* coins and slang amounts follow their count: "ten dimes", "10 grand" */
		if ((f->flags & (TF_CF_AFTER | TF_CF_COIN | TF_CF_UNSAFE)) && where != FIG_CUR_AFTER &&
			!(f->flags & TF_CF_CODE))
			continue;
		if ((f->flags & TF_CF_AFTER) && where != FIG_CUR_AFTER)
			continue;
		if (!case_fits(cx, i, f))
			continue;
		/* the parts of a sign are written together ("HK$"), except in tokenised text */
		if ((f->flags & TF_CF_SYMBOL) && j > i)
		{
			bool		together = true;

			for (int k = i; k < j; k++)
				if (!tf_tok_glued(doc, k))
					together = false;
			/*
			 * "c $ 1.34" in tokenised text, but "a $3 billion" is no A$, nor
			 * the "' s $ 500 million" of a tokenised possessive an S$
			 */
			if (!together && !(cx->lower_text ? spaced_sign_lower(cx, i) : spaced_sign(cx, i, j)))
				continue;
		}
		/* a name does not end inside a longer word */
		if (doc->tok[j].type == TF_TOK_WORD && tf_tok_glued(doc, j) &&
			doc->tok[j + 1].type == TF_TOK_WORD)
			continue;
		best = f;
		bestlast = j;
	}
	if (best == NULL)
		return scaled_code(cx, i, out);
	/*
	 * A demonym alone is the people, not their money: "five Sudanese
	 * nationals", "2,00,000 Sudanese refugees" (the entity stage read it);
	 * "five Sudanese pounds" has the currency's own word.
	 */
	if (doc->tok[bestlast].claimed == 1 + TF_NATIONALITY)
		return false;
	/* the weight, not the money: "5 pounds of rice", "a 50 pound potato sack" */
	if (best->target == TF_CUR_FAMILY && best->deflt_off != 0 &&
		strcmp(tf_cform_deflt(best), "GBP") == 0 &&
		(best->flags & TF_CF_NAME) &&
		(tf_tok_is_ci(doc, bestlast + 1, "of") ||
		 (tf_tok_is_ci(doc, bestlast, "pound") && bestlast + 1 < doc->ntok &&
		  doc->tok[bestlast + 1].type == TF_TOK_WORD &&
		  (doc->tok[bestlast + 1].flags & TF_TF_LOWER) &&
		  !(fig_lex(cx, bestlast + 1) && (fig_lex(cx, bestlast + 1)->flags & NWF_STOP)))))
		return false;
	/*
	 * A name that is also an English word ("won", "marks", "Afghanis") is a
	 * currency only in lower case and with a country of it in the text.
	 */
	if ((best->flags & TF_CF_UNSAFE) && (best->flags & TF_CF_NAME) && !cx->lower_text &&
		(doc->tok[bestlast].flags & (TF_TF_CAP | TF_TF_UPPER)) &&
		!(doc->tok[bestlast].flags & TF_TF_SENT_START))
		return false;
	{
		bool		ev;
		const tf_currency *c = resolve(cx, best, i, &ev);

		if (!ev)
			return false;
		out->form = best;
		out->first = i;
		out->last = bestlast;
		out->iso = c ? tf_cur_code(c) : NULL;
		out->digits = c ? c->digits : 2;
		/* a caller's dollar that the table does not know keeps its code */
		if (c == NULL && best->target == TF_CUR_DOLLAR && doc->opts->dollar)
			out->iso = doc->opts->dollar;
	}
	return true;
}
