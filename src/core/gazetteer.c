/*
 * gazetteer.c — finding the names of the compiled-in gazetteer in text.
 *
 * At each free token, one probe of the start table says whether any name
 * begins with that token and how many tokens the longest such name has; only
 * then are the longer keys built and probed, longest first, so the longest
 * name wins ("Latin America" over "America", "Islamic Republic of Pakistan"
 * over "Pakistan").
 *
 * The stage reads the document twice.  The first pass finds each token's
 * longest match once and keeps it, takes the organisations (table entries,
 * patterns such as "Ministry of Finance", acronyms a document defines), so
 * that an org owns the country in its name ("Radio Pakistan", "Bank of
 * England").  The second pass takes the countries, nationalities and places
 * from the kept matches, after the context rules a reader applies: a city
 * that is also a common word needs a preposition of place ("in Reading"), a
 * name inside a longer capitalised name is not one ("Michael Jordan",
 * "Washington Post").  Last, a name with several meanings (Georgia, Punjab,
 * Congo) takes the one whose country the rest of the document mentions.
 */
#include "entities.h"
#include "gazetteer_i18n.h"
#include "stages.h"

/* does the surface of tokens [first, last] meet the entry's case rules? */
static bool
case_ok(const tf_doc *doc, const tf_gaz_entry *e, int first, int last)
{
	const tf_token *t = &doc->tok[first];

	/*
	 * A name is written with a capital: "turkey" the bird, "us" the pronoun;
	 * in informal English a country or large place whose name is no word
	 * also all in lower case ("i live in malaysia").
	 */
	if (t->type == TF_TOK_WORD && !(t->flags & TF_TF_CAP))
	{
		if (!doc->lower_names || !(e->flags & TF_GAZ_LOWER))
			return false;
		for (int i = first; i <= last; i++)
			if (doc->tok[i].type == TF_TOK_WORD && !(doc->tok[i].flags & TF_TF_LOWER))
				return false;
		return true;
	}
	if (e->flags & TF_GAZ_UPPER)
	{
		for (int i = first; i <= last; i++)
			if (doc->tok[i].type == TF_TOK_WORD && !(doc->tok[i].flags & TF_TF_UPPER))
				return false;
		/*
		 * An all-caps line (a headline or dateline) says nothing about an
		 * acronym: "US" in "WHY US" is a pronoun.  Require a neighbour word that
		 * is not in capitals.
		 */
		{
			int			k;
			bool		mixed = false;

			for (k = first - 1; k >= 0 && k >= first - 3 && !mixed; k--)
				if (doc->tok[k].type == TF_TOK_WORD)
					mixed = !(doc->tok[k].flags & TF_TF_UPPER);
			for (k = last + 1; k < doc->ntok && k <= last + 3 && !mixed; k++)
				if (doc->tok[k].type == TF_TOK_WORD)
					mixed = !(doc->tok[k].flags & TF_TF_UPPER);
			if (!mixed)
				return false;
		}
	}
	return true;
}

/* tokens of a glued run that in_handle() reads back; a longer run is no prose */
#define MAX_GLUED_BACK 64

/* is token i part of a handle, hashtag, e-mail address or URL? */
static bool
in_handle(const tf_doc *doc, int i)
{
	int			k = i;

	/*
	 * Walk back over glued tokens to the start of the glued run, a bounded
	 * number of them: in a run of thousands ("a.b.c.d...") every name would
	 * otherwise walk back the whole run.
	 */
	while (k > 0 && !(doc->tok[k].flags & TF_TF_SPACE_BEFORE))
	{
		if (i - k >= MAX_GLUED_BACK)
			return true;
		uint32_t	cp = tf_tok_cp(doc, k - 1);

		if (cp == '@' || cp == '#' || cp == '/' || cp == '_' ||
			(cp == '.' && k >= 2 && !(doc->tok[k - 1].flags & TF_TF_SPACE_BEFORE) &&
			 doc->tok[k - 2].type == TF_TOK_WORD && (doc->tok[k - 2].flags & TF_TF_LOWER) &&
			 (doc->tok[k].flags & TF_TF_LOWER)))
			return true;
		k--;
	}
	return false;
}

/*
 * May a name start at token i?  It starts with a capital (case_ok), or in
 * lower case in informal English: most tokens cost no probe, and no call.
 */
static inline bool
may_start_name(const tf_doc *doc, int i)
{
	return doc->tok[i].type == TF_TOK_WORD &&
		((doc->tok[i].flags & TF_TF_CAP) || (doc->lower_names && (doc->tok[i].flags & TF_TF_LOWER))) &&
		!doc->tok[i].claimed;
}

/*
 * The longest entry (not a context word) starting at token i whose case
 * rules the text meets; *last is its last token.  One probe of the start
 * table, then one probe per candidate length.
 */
static const tf_gaz_entry *
longest_match(const tf_doc *doc, int i, int *last)
{
	char		key[TF_GAZ_MAX_KEY];
	size_t		keylen[16];
	size_t		off = 0;
	const tf_gaz_start *start;
	int			maxtok;
	int			n;

	if (!may_start_name(doc, i) || !tf_gaz_append_key(doc, i, true, key, &off))
		return NULL;
	/*
	 * Inside a hyphenated word: "anti-American", "pro-Moscow",
	 * "Inter-American"; but "India-Pakistan" joins two names.
	 */
	if (i >= 2 && tf_tok_cp(doc, i - 1) == '-' && tf_tok_glued(doc, i - 1) &&
		tf_tok_glued(doc, i - 2) && doc->tok[i - 2].type == TF_TOK_WORD)
	{
		const tf_gaz_entry *p;

		if (doc->tok[i - 2].flags & TF_TF_LOWER)
			return NULL;
		p = tf_gaz_token_entry(doc, i - 2);
		if (p == NULL || p->kind == TF_GAZ_KIND_NONE)
			return NULL;
	}
	start = tf_gaz_start_lookup(key, off);
	if (start == NULL)
		return NULL;
	maxtok = start->maxtok;
	keylen[0] = off;
	n = tf_name_keys_extend(doc, i, maxtok, key, TF_GAZ_MAX_KEY, keylen);
	for (n = n - 1; n >= 0; n--)
	{
		const tf_gaz_entry *e;

		/* only the lengths some name has cost a probe */
		if (!(start->lenmask & (1u << n)))
			continue;
		e = n == 0 ? (start->single ? &tf_gaz_entries[start->single - 1] : NULL) :
			tf_gaz_lookup(key, keylen[n]);

		if (e != NULL && (e->kind != TF_GAZ_KIND_NONE || (e->flags & TF_GAZ_BLOCK)) &&
			e->ntok == n + 1 &&
			case_ok(doc, e, i, i + n))
		{
			/* a name does not end inside a word: "Pakistani" is not "Pakistan" + "i" */
			if (tf_tok_glued(doc, i + n) && doc->tok[i + n + 1].type == TF_TOK_WORD)
				continue;
			/* "US$", "HK$", "US $5": a currency qualifier, which the money stage reads */
			if (i + n + 1 < doc->ntok && tf_tok_cp(doc, i + n + 1) == '$' &&
				(tf_tok_glued(doc, i + n) || (e->flags & TF_GAZ_UPPER)))
				continue;
			/*
			 * The first part of a hyphenated word ("U.S.-led", "Kabul-based"):
			 * the word is about something else, and no shorter name fits it.
			 */
			if (tf_tok_glued(doc, i + n) && tf_tok_cp(doc, i + n + 1) == '-' &&
				tf_tok_glued(doc, i + n + 1) && doc->tok[i + n + 2].type == TF_TOK_WORD &&
				(doc->tok[i + n + 2].flags & TF_TF_LOWER))
				return NULL;
			*last = i + n;
			return e;
		}
	}
	return NULL;
}

/* is token k a capitalised word of the same sentence, set off by a space only? */
static bool
cap_neighbour(const tf_doc *doc, int k, int sentence)
{
	return k >= 0 && k < doc->ntok && doc->tok[k].type == TF_TOK_WORD &&
		(doc->tok[k].flags & TF_TF_CAP) && doc->tok[k].sentence == (uint32_t) sentence;
}

/*
 * A dateline: a name in capitals opening a line and followed by a colon,
 * comma, dash or bracket ("ISLAMABAD:", "KARACHI, Oct 8 (Reuters) -").
 */
static bool
is_dateline(const tf_doc *doc, int first, int last)
{
	uint32_t	cp;

	if (!(doc->tok[first].flags & TF_TF_UPPER) ||
		!(first == 0 || (doc->tok[first].flags & TF_TF_NEWLINE_BEFORE)) ||
		last + 1 >= doc->ntok)
		return false;
	cp = tf_tok_cp(doc, last + 1);
	return cp == ':' || cp == ',' || cp == '(' || cp == '-' || cp == 0x2013 || cp == 0x2014;
}

/*
 * Does the text around tokens [first, last] let entry e be the name it
 * looks like?  See the file's first comment.
 */
static bool
context_ok(const tf_doc *doc, const tf_gaz_entry *e, int first, int last)
{
	int			s = (int) doc->tok[first].sentence;
	int			p = first - 1;
	int			n = last + 1;

	if (!(e->flags & (TF_GAZ_NAMECTX | TF_GAZ_COMMON)))
		return true;
	if (is_dateline(doc, first, last))
		return true;
	if (e->flags & TF_GAZ_NAMECTX)
	{
		/* after a title: "Mr. Jackson", "President Lincoln" */
		if (p >= 1 && tf_tok_cp(doc, p) == '.' && !(doc->tok[p].flags & TF_TF_SPACE_BEFORE) &&
			(tf_ent_ctx(doc, p - 1) & TF_CTX_TITLE))
			return false;
		if (cap_neighbour(doc, p, s) && (doc->tok[first].flags & TF_TF_SPACE_BEFORE) &&
			!doc->tok[p].claimed)
		{
			uint8_t		c = tf_ent_ctx(doc, p);

			if (c & TF_CTX_TITLE)
				return false;
			/*
			 * A capitalised word continues a name, also at the start of a
			 * sentence ("Michael Jordan"), unless it is a known word that
			 * begins no name ("In Jordan", "Meanwhile Jordan").
			 */
			if (!(c & (TF_CTX_TIME | TF_CTX_DIR | TF_CTX_FUNC | TF_CTX_LOC)))
				return false;
		}
		if (cap_neighbour(doc, n, s) && (doc->tok[n].flags & TF_TF_SPACE_BEFORE) &&
			!(tf_ent_ctx(doc, n) & (TF_CTX_TIME | TF_CTX_DIR | TF_CTX_FUNC | TF_CTX_LOC)))
			return false;
	}
	if (e->flags & TF_GAZ_COMMON)
	{
		/* "in Reading", "from Nice": never at the start of a sentence */
		if (doc->tok[first].flags & TF_TF_SENT_START)
			return false;
		if (p < 0 || doc->tok[p].type != TF_TOK_WORD || !(tf_ent_ctx(doc, p) & TF_CTX_LOC))
			return false;
	}
	return true;
}

/* the alpha-2 code an entry is evidence for: its norm or its country */
static int
entry_cc(const tf_gaz_entry *e)
{
	if (e->kind == TF_COUNTRY || e->kind == TF_NATIONALITY)
		return tf_gaz_cc_index(tf_gaz_norm(e));
	return tf_gaz_cc_index(tf_gaz_country(e));
}

/* sets a gazetteer fact's kind, norm and details from entry e */
static void
fact_from_entry(tf_doc *doc, int fact, const tf_gaz_entry *e, int first, int last)
{
	tf_fact    *f = tf_doc_fact(doc, fact);

	f->kind = (tf_kind) e->kind;
	f->norm = tf_gaz_norm(e);
	f->ndetail = 0;
	if (e->country_off)
		tf_fact_set_detail_str(doc, f, "country", tf_gaz_country(e));
	if (e->acronym_off)
		tf_fact_set_detail_str(doc, f, "acronym", tf_gaz_acronym(e));
	for (int k = first; k <= last; k++)
		doc->tok[k].claimed = (uint8_t) (1 + e->kind);
}

/* a fact whose entry has alternatives, chosen once the document is read */
typedef struct pending_alt
{
	int			fact;
	int			first;
	int			last;
	const tf_gaz_entry *e;
} pending_alt;

#define MAX_PENDING 256

/*
 * Chooses among the alternatives of an ambiguous name the one whose country
 * the document's unambiguous names point to most: a country (or a
 * nationality) by its mentions and its places, a place by the other places
 * of its country ("Atlanta, Georgia" is the US state; "Tbilisi, Georgia" the
 * country).  Ties keep the default, the most populous.
 */
static const tf_gaz_entry *
choose_alternative(const tf_gaz_entry *e, const int *ev_country, const int *ev_place)
{
	const tf_gaz_entry *best = e;
	int			bestscore = -1;
	bool		all_places = true;

	for (int k = 0; k <= e->nalt; k++)
		if (e[k].kind != TF_PLACE)
			all_places = false;
	for (int k = 0; k <= e->nalt; k++)
	{
		int			cc = entry_cc(&e[k]);
		int			score = 0;

		if (cc >= 0)
		{
			if (e[k].kind == TF_PLACE)
				score = ev_place[cc] + (all_places ? ev_country[cc] : 0);
			else
				score = ev_country[cc] + ev_place[cc];
		}
		if (score > bestscore)
		{
			best = &e[k];
			bestscore = score;
		}
	}
	return best;
}

/* keeps the first pass's match at token i: entry e (or none) ending at last */
static void
set_match(tf_ent_state *st, int i, const tf_gaz_entry *e, int last)
{
	st->match[i] = e != NULL ? (uint32_t) (e - tf_gaz_entries) + 1 : 0;
	st->match_len[i] = e != NULL ? (uint8_t) (last - i) : 0;
}

/* first pass: the longest match of every free token, and the organisations */
static void
pass_orgs(tf_ent_state *st)
{
	tf_doc	   *doc = st->doc;

	for (int i = 0; i < doc->ntok; i++)
	{
		const tf_gaz_entry *e;
		int			last = -1;
		int			r;

		TF_TICK(doc);
		if (doc->tok[i].claimed)
			continue;
		if (tf_tok_cp(doc, i) == '(' && (r = tf_acronym_unknown(st, i)) >= 0)
		{
			i = r;
			continue;
		}
		if (doc->tok[i].type != TF_TOK_WORD)
			continue;
		if ((doc->tok[i].flags & TF_TF_UPPER) && st->nlinks > 0 &&
			(r = tf_acronym_mention(st, i)) >= 0)
		{
			i = r;
			continue;
		}
		e = may_start_name(doc, i) ? longest_match(doc, i, &last) : NULL;
		if (e != NULL && in_handle(doc, i))
			e = NULL;
		/*
		 * A user's name wins over a built-in one of the same extent or
		 * shorter, whatever its kind, so it is taken in this first pass
		 * (where there is a dictionary: no call per word where none).
		 */
		{
			int			ulast;
			tf_kind		ukind;
			const char *unorm;

			if (doc->opts->dict != NULL && tf_userdict_match(doc, i, &ulast, &ukind, &unorm) &&
				(e == NULL || ulast >= last) && !in_handle(doc, i))
			{
				tf_fact    *f = tf_doc_add_fact(doc, ukind, i, ulast);

				f->norm = unorm;
				i = ulast;
				continue;
			}
		}
		if (e != NULL && e->kind == TF_GAZ_KIND_NONE)
		{
			/* a phrase that is no name hides the names inside it, from the tagger too */
			set_match(st, i, e, last);
			for (int k = i; k <= last; k++)
				doc->tok[k].flags |= TF_TF_NONAME;
			i = last;
			continue;
		}
		if (e != NULL && e->kind == TF_ORG)
		{
			int			fact = doc->nfacts;

			tf_doc_add_fact(doc, TF_ORG, i, last);
			fact_from_entry(doc, fact, e, i, last);
			r = tf_acronym_define(st, fact, last);
			i = r >= 0 ? r : last;
			continue;
		}
		set_match(st, i, e, last);
		/* both patterns start with a capital: most words ask neither */
		if (!(doc->tok[i].flags & TF_TF_CAP))
			continue;
		if ((r = tf_org_pattern(st, i)) >= 0)
			i = r;
		else if (e == NULL && (r = tf_org_short_form(st, i)) >= 0)
			i = r;		/* "the Fund", once the document named the IMF */
	}
}

/* second pass: countries, nationalities and places */
static void
pass_names(tf_ent_state *st)
{
	tf_doc	   *doc = st->doc;
	int			ev_country[26 * 26];
	int			ev_place[26 * 26];
	pending_alt pend[MAX_PENDING];
	int			npend = 0;

	memset(ev_country, 0, sizeof(ev_country));
	memset(ev_place, 0, sizeof(ev_place));
	for (int i = 0; i < doc->ntok; i++)
	{
		const tf_gaz_entry *e;
		int			last;
		int			fact;
		int			cc;
		int			r;

		TF_TICK(doc);
		if (doc->tok[i].claimed || doc->tok[i].type != TF_TOK_WORD)
			continue;
		if ((doc->tok[i].flags & TF_TF_UPPER) && st->nlinks > 0 &&
			(r = tf_acronym_mention(st, i)) >= 0)
		{
			i = r;
			continue;
		}
		e = tf_ent_match(st, i);
		last = tf_ent_match_last(st, i);
		if (e != NULL && e->kind == TF_GAZ_KIND_NONE)
		{
			i = last;
			continue;
		}
		/*
		 * A country named in another language, if longer than any English
		 * name, or as long as an English place name in a text of its language
		 * ("México" is the country in Spanish, not the Mexican state).
		 */
		{
			int			ilast;
			int			min_last = e == NULL ? i : e->kind == TF_PLACE ? last : last + 1;
			const tf_i18n_entry *ie;

			/* a foreign name starts with a capital too (tf_i18n_match): no call for most words */
			if ((e == NULL || e->kind != TF_ORG) && (doc->tok[i].flags & TF_TF_CAP) &&
				(ie = tf_i18n_match(doc, i, min_last, &ilast)) != NULL &&
				(e == NULL || ilast > last ||
				 (ilast == last && e->kind == TF_PLACE && tf_i18n_in_own_language(doc, ie))) &&
				!in_handle(doc, i))
			{
				tf_fact    *f = tf_doc_add_fact(doc, TF_COUNTRY, i, ilast);

				f->norm = tf_i18n_alpha2(ie);
				i = ilast;
				continue;
			}
		}
		if (e == NULL || e->kind == TF_ORG)
			continue;
		/* an org of the first pass took a token of this name: look again */
		if (!tf_span_free(doc, i, last))
		{
			e = longest_match(doc, i, &last);
			if (e == NULL || e->kind == TF_ORG || e->kind == TF_GAZ_KIND_NONE)
				continue;
		}
		if (!context_ok(doc, e, i, last))
			continue;
		fact = doc->nfacts;
		tf_doc_add_fact(doc, (tf_kind) e->kind, i, last);
		if (e->nalt > 0 && npend < MAX_PENDING)
		{
			pend[npend].fact = fact;
			pend[npend].first = i;
			pend[npend].last = last;
			pend[npend].e = e;
			npend++;
		}
		else
		{
			fact_from_entry(doc, fact, e, i, last);
			cc = entry_cc(e);
			if (cc >= 0)
			{
				if (e->kind == TF_PLACE)
					ev_place[cc]++;
				else
					ev_country[cc]++;
			}
		}
		r = tf_acronym_define(st, fact, last);
		i = r >= 0 ? r : last;
	}
	for (int k = 0; k < npend; k++)
	{
		const tf_gaz_entry *c = choose_alternative(pend[k].e, ev_country, ev_place);

		fact_from_entry(doc, pend[k].fact, c, pend[k].first, pend[k].last);
	}
	/* the country evidence later stages read (a bare "Rs" in a Pakistani text) */
	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(doc, k);
		const tf_detail *d;
		int			cc;

		TF_TICK(doc);
		if (f->kind == TF_COUNTRY || f->kind == TF_NATIONALITY)
			cc = tf_gaz_cc_index(f->norm);
		else if (f->kind == TF_PLACE && (d = tf_fact_detail(f, "country")) != NULL)
			cc = tf_gaz_cc_index(d->str);
		else
			cc = -1;
		if (cc >= 0)
			doc->country_hits[cc]++;
	}
}

/*
 * Is token i glued to a hyphen on either side: a part of a hyphenated name
 * ("Mazar-i-Sharif", "Jamaat-i-Islami"), no word of its own?
 */
static bool
in_hyphenated(const tf_doc *doc, int i)
{
	return (i > 0 && tf_tok_glued(doc, i - 1) && tf_tok_cp(doc, i - 1) == '-') ||
		(i + 1 < doc->ntok && tf_tok_glued(doc, i) && tf_tok_cp(doc, i + 1) == '-');
}

/*
 * Informal English that writes names in lower case: the pronoun "i" in lower
 * case, or a third of the sentences or more beginning with a lower-case
 * word ("we went to kerala").  Edited text never meets it; text that
 * another language's function words mark is left out, where "i" is a word
 * ("and" in Polish, "the" in Italian).
 */
static bool
lower_prose(tf_doc *doc)
{
	int			starts = 0,
				lower_starts = 0;
	bool		lower_i = false;

	for (int i = 0; i < doc->ntok; i++)
	{
		TF_TICK(doc);
		if (doc->tok[i].type != TF_TOK_WORD)
			continue;
		if (tf_tok_len(doc, i) == 1 && tf_tok_text(doc, i)[0] == 'i' && !in_hyphenated(doc, i))
			lower_i = true;
		if (doc->tok[i].flags & TF_TF_SENT_START)
		{
			starts++;
			lower_starts += (doc->tok[i].flags & TF_TF_LOWER) != 0;
		}
	}
	if (!lower_i && (lower_starts == 0 || lower_starts * 3 < starts))
		return false;
	return tf_doc_may_be_english(doc);
}

void
tf_recognize_entities(tf_doc *doc)
{
	tf_ent_state st;

	if (doc->ntok == 0)
		return;
	doc->lower_names = lower_prose(doc);
	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.match = tf_alloc_array(doc->a, (size_t) doc->ntok, sizeof(*st.match));
	st.match_len = tf_alloc_array(doc->a, (size_t) doc->ntok, sizeof(*st.match_len));
	memset(st.match, 0, (size_t) doc->ntok * sizeof(*st.match));
	memset(st.match_len, 0, (size_t) doc->ntok * sizeof(*st.match_len));
	pass_orgs(&st);
	tf_check_interrupts(doc->a);
	pass_names(&st);
	if (st.short_seen != NULL)
		doc->a->free(doc->a->ctx, st.short_seen);
	doc->a->free(doc->a->ctx, st.match);
	doc->a->free(doc->a->ctx, st.match_len);
}

