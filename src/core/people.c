/*
 * people.c — who a person is: the title or role the text gives a person,
 * and one name per person across the document.
 *
 * This stage runs after every stage that adds persons and after the entity
 * stage, whose countries and nationalities a title may name.  It claims no
 * token and adds no fact: it completes the persons that are there.
 *
 * Titles.  A title is a run of title words with at least one head (a title
 * such as "Minister", "Mr" or a role such as "spokesman"; modifiers such as
 * "Deputy", "Prime", "Defense" only qualify one; data/context_words.tsv
 * lists them, read through the gazetteer's context classes).  It stands
 *   before the name:      Defense Minister Khawaja Muhammad Asif
 *                         Russia's Ambassador to Pakistan Albert P. Khorev
 *   after it, in commas:  Alexei Overchuk, Russia's deputy prime minister,
 *   before it, in commas: the prime minister, Shehbaz Sharif
 * and goes to detail.title as written ("Ambassador to Pakistan").  A
 * country whose title it is ("Russia's", "Pakistani", "President of
 * France") goes to detail.country; the country a title points to ("to
 * Pakistan") does not: the ambassador is not Pakistan's.
 *
 * One name per person.  Every mention of a person gets detail.entity, a
 * number shared by the mentions of one person, in the order of first
 * mention.  A mention of one word ("Asif", "Mr Overchuk" whose span is
 * "Overchuk") or the last words of a longer name ("Muhammad Asif") is the
 * person of the one full name in the document that ends with those words,
 * and takes that name as its norm; where two full names end so ("Benazir
 * Bhutto", "Zulfikar Ali Bhutto"), the mention stays a person of its own
 * rather than a guess.  Names compare as written, capitals included.
 */
#include "stages.h"
#include "gazetteer.h"
#include "lexicon.h"

/* what a word can be in a title (its context classes in the gazetteer) */
#define HEAD_CTX	(TF_CTX_TITLE | TF_CTX_ROLE)
#define TITLE_CTX	(TF_CTX_TITLE | TF_CTX_ROLE | TF_CTX_TITLEMOD)

/* a title found around a person: tokens [first, last], and whose it is */
typedef struct title_span
{
	int			first;
	int			last;
	const char *country;		/* alpha-2 of the title's country, or NULL */
} title_span;

/* a person mention: the fact and its tokens */
typedef struct mention
{
	const tf_doc *doc;
	int			fact;			/* index of the fact */
	uint32_t	bpos;			/* its byte offset */
	int			first;			/* its tokens */
	int			last;
	int			words;			/* its words, initials not counted */
	int			name;			/* the first mention of the same name (sorted index) */
	int			full;			/* the full name it takes (sorted index), or -1 */
	int			root;			/* the mention that numbers its entity (sorted index) */
	int			norm_fact;		/* the fact whose norm it takes */
	int			entity;			/* 1-based */
} mention;

typedef struct people_state
{
	tf_doc	   *doc;
	int		   *fact_at;		/* per token: index of the fact covering it, or -1 */
} people_state;

/* ---- tokens ---- */

/* the token that starts at byte b, or -1 */
static int
token_at(const tf_doc *doc, uint32_t b)
{
	int			lo = 0,
				hi = doc->ntok;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (doc->tok[mid].bstart < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->ntok && doc->tok[lo].bstart == b ? lo : -1;
}

/* the last token of a fact that starts at token first and ends at byte end */
static int
token_last(const tf_doc *doc, int first, uint32_t end)
{
	int			i = first;

	while (i + 1 < doc->ntok && doc->tok[i + 1].bstart < end)
	{
		TF_TICK(doc);
		i++;
	}
	return i;
}

static bool
is_word(const tf_doc *doc, int i)
{
	return i >= 0 && i < doc->ntok && doc->tok[i].type == TF_TOK_WORD;
}

/* the title classes of token i; none for an honorific, which is the name's */
static uint8_t
title_ctx(const tf_doc *doc, int i)
{
	uint8_t		c = is_word(doc, i) ? tf_ent_ctx(doc, i) : 0;

	return (c & TF_CTX_HONORIFIC) ? 0 : c & TITLE_CTX;
}

/* is token i an apostrophe glued to an "s" after it, that is "'s" or "’s"? */
static bool
possessive_at(const tf_doc *doc, int i)
{
	uint32_t	cp;

	if (i < 1 || i + 1 >= doc->ntok || !tf_tok_glued(doc, i - 1) || !tf_tok_glued(doc, i))
		return false;
	cp = tf_tok_cp(doc, i);
	return (cp == '\'' || cp == 0x2019) && tf_tok_one_char(doc, i) &&
		(tf_tok_is(doc, i + 1, "s") || tf_tok_is(doc, i + 1, "S"));
}

/* the fact covering token i if it is of kind k, else NULL */
static const tf_fact *
fact_of_kind(const people_state *st, int i, tf_kind k)
{
	const tf_fact *f;

	if (i < 0 || i >= st->doc->ntok || st->fact_at[i] < 0)
		return NULL;
	f = tf_doc_fact(st->doc, st->fact_at[i]);
	return f->kind == k ? f : NULL;
}

/* the first token of the fact covering token i */
static int
fact_first(const people_state *st, int i)
{
	const tf_fact *f = tf_doc_fact(st->doc, st->fact_at[i]);

	return token_at(st->doc, f->bpos);
}

/* is the word before token i a preposition of place ("in", "from": the gazetteer's) or "of"/"to"? */
static bool
after_preposition(const tf_doc *doc, int i)
{
	return is_word(doc, i - 1) &&
		((tf_ent_ctx(doc, i - 1) & TF_CTX_LOC) || tf_tok_is_ci(doc, i - 1, "of") ||
		 tf_tok_is_ci(doc, i - 1, "to"));
}

/*
 * The owner of a title whose first word is token i, right before it:
 * "Russia's", "Pakistani", "U.S." (a country before a title is its
 * attribute), "Karachi's" or "the IMF's" (a place's or an org's, which
 * names no country).  Returns whether there is one; *country is its alpha-2
 * code or NULL, *first where it begins.
 */
static bool
title_owner(const people_state *st, int i, const char **country, int *first)
{
	const tf_doc *doc = st->doc;
	const tf_fact *f;

	*country = NULL;
	if ((((f = fact_of_kind(st, i - 1, TF_NATIONALITY)) != NULL) ||
		 /* a country as an attribute, not the object of a preposition ("in Afghanistan General X") */
		 ((f = fact_of_kind(st, i - 1, TF_COUNTRY)) != NULL &&
		  !after_preposition(doc, fact_first(st, i - 1)))) && f->norm != NULL)
	{
		*country = f->norm;
		*first = fact_first(st, i - 1);
		return true;
	}
	if (possessive_at(doc, i - 2) && i - 3 >= 0 && st->fact_at[i - 3] >= 0)
	{
		f = tf_doc_fact(doc, st->fact_at[i - 3]);
		if (f->kind == TF_COUNTRY)
			*country = f->norm;
		else if (f->kind != TF_PLACE && f->kind != TF_ORG)
			return false;
		*first = fact_first(st, i - 3);
		return true;
	}
	return false;
}

/* widens title t to the modifiers before its owner ("former Lebanese prime minister") */
static void
title_take_owner(const people_state *st, title_span *t)
{
	const char *country;
	int			ofirst;

	if (!title_owner(st, t->first, &country, &ofirst))
		return;
	if (country != NULL)
		t->country = country;
	while (ofirst > 0 && (title_ctx(st->doc, ofirst - 1) & TF_CTX_TITLEMOD))
	{
		TF_TICK(st->doc);
		t->first = --ofirst;
	}
}

/*
 * Reads a title that ends at token last, walking back: title words, a
 * hyphen between two of them ("Secretary-General"), an abbreviated title's
 * full stop ("Mr."), and "of X" or "to X" with X a country, place or org
 * ("Minister of Finance" is all title words).  Fills *t and returns true if
 * the run holds a head.
 */
static bool
read_title_back(const people_state *st, int last, title_span *t)
{
	const tf_doc *doc = st->doc;
	int			i = last,
				first = -1;
	bool		head = false;
	const char *of_country = NULL;

	while (i >= 0)
	{
		uint8_t		c;

		TF_TICK(doc);
		if (tf_tok_is(doc, i, ".") && i == last && i > 0 && tf_tok_glued(doc, i - 1) &&
			(title_ctx(doc, i - 1) & TF_CTX_TITLE))
		{
			i--;				/* "Mr." */
			continue;
		}
		if ((c = title_ctx(doc, i)) != 0)
		{
			head |= (c & HEAD_CTX) != 0;
			first = i;
			i--;
			if (i > 0 && tf_tok_is(doc, i, "-") && tf_tok_glued(doc, i) &&
				tf_tok_glued(doc, i - 1) && title_ctx(doc, i - 1) != 0)
				i--;
			continue;
		}
		/* "Secretary of State": "of" between two title words */
		if (first >= 0 && tf_tok_is(doc, i, "of") && title_ctx(doc, i - 1) != 0)
		{
			i--;
			continue;
		}
		/* "Foreign Ministry spokesman", "al-Qaida leader": the org a title is of */
		if (first >= 0 && st->fact_at[i] >= 0 && tf_doc_fact(doc, st->fact_at[i])->kind == TF_ORG &&
			!tf_tok_is_ci(doc, fact_first(st, i) - 1, "of") &&
			!tf_tok_is_ci(doc, fact_first(st, i) - 1, "to"))
		{
			first = fact_first(st, i);
			i = first - 1;
			continue;
		}
		/* "of Pakistan", "to Pakistan", "of the Central Bank" after a head */
		if (st->fact_at[i] >= 0)
		{
			const tf_fact *f = tf_doc_fact(doc, st->fact_at[i]);
			int			ff = token_at(doc, f->bpos);
			int			p = ff - 1;

			if (f->kind != TF_COUNTRY && f->kind != TF_PLACE && f->kind != TF_ORG)
				break;
			if (tf_tok_is_ci(doc, p, "the"))
				p--;
			if ((tf_tok_is_ci(doc, p, "of") || tf_tok_is_ci(doc, p, "to") ||
				 tf_tok_is_ci(doc, p, "for")) && (title_ctx(doc, p - 1) & HEAD_CTX))
			{
				if (tf_tok_is_ci(doc, p, "of") && f->kind == TF_COUNTRY && of_country == NULL)
					of_country = f->norm;
				i = p - 1;
				continue;
			}
		}
		break;
	}
	if (first < 0 || !head)
		return false;
	t->first = first;
	t->last = last;
	if (tf_tok_is(doc, last, "."))
		t->last = last;
	t->country = of_country;
	return true;
}

/* lower-case words before a title that an article opens ("a former factional commander") */
#define MAX_TITLE_WORDS 3

/*
 * A title before the person at token first: right before the name, or
 * ahead of it in commas ("the prime minister, Shehbaz Sharif", "Karachi's
 * police chief, Waseem Ahmed", "a former factional commander, Agha Shah"),
 * where an article, an owner or the sentence's start opens it.
 */
static bool
title_before(const people_state *st, int first, title_span *t)
{
	const tf_doc *doc = st->doc;
	const char *country;
	int			ofirst,
				k;

	if (read_title_back(st, first - 1, t))
	{
		title_take_owner(st, t);
		return true;
	}
	if (!tf_tok_is(doc, first - 1, ",") || !read_title_back(st, first - 2, t))
		return false;
	if (title_owner(st, t->first, &country, &ofirst))
	{
		title_take_owner(st, t);
		return true;
	}
	for (k = t->first - 1; k >= 0 && k >= t->first - MAX_TITLE_WORDS; k--)
	{
		if (tf_tok_is_ci(doc, k, "the") || tf_tok_is_ci(doc, k, "a") || tf_tok_is_ci(doc, k, "an"))
		{
			t->first = k + 1;
			return true;
		}
		if (!is_word(doc, k) || !(doc->tok[k].flags & TF_TF_LOWER))
			break;
	}
	return (doc->tok[t->first].flags & TF_TF_SENT_START) != 0;
}

/*
 * A title in apposition after the person ending at token last: a comma, an
 * optional "the", "a", owner, then title words (and "of X"), then a comma,
 * a full stop, a semicolon or the sentence's end.
 */
static bool
title_after(const people_state *st, int last, title_span *t)
{
	const tf_doc *doc = st->doc;
	int			i = last + 1,
				start,
				end;
	const char *owner = NULL;
	const tf_fact *f;

	if (!tf_tok_is(doc, i, ","))
		return false;
	i++;
	if (tf_tok_is_ci(doc, i, "the") || tf_tok_is_ci(doc, i, "a") || tf_tok_is_ci(doc, i, "an"))
		i++;
	else if ((f = fact_of_kind(st, i, TF_NATIONALITY)) != NULL)
	{
		owner = f->norm;
		i = token_last(doc, i, f->bpos + f->blen) + 1;
	}
	else if ((f = fact_of_kind(st, i, TF_COUNTRY)) != NULL)
	{
		int			e = token_last(doc, i, f->bpos + f->blen);

		if (!possessive_at(doc, e + 1))
			return false;
		owner = f->norm;
		i = e + 3;
	}
	start = i;
	/* the run of title words, and any "of X" / "to X" after a head */
	end = -1;
	while (i < doc->ntok)
	{
		TF_TICK(doc);
		if (title_ctx(doc, i) != 0)
		{
			end = i++;
			if (tf_tok_is(doc, i, "-") && tf_tok_glued(doc, i - 1) && tf_tok_glued(doc, i) &&
				title_ctx(doc, i + 1) != 0)
				i++;
			continue;
		}
		if (end >= 0 && (title_ctx(doc, end) & HEAD_CTX) &&
			(tf_tok_is_ci(doc, i, "of") || tf_tok_is_ci(doc, i, "to") ||
			 tf_tok_is_ci(doc, i, "for")))
		{
			int			j = i + 1;

			if (tf_tok_is_ci(doc, j, "the"))
				j++;
			if (j < doc->ntok && st->fact_at[j] >= 0 &&
				((f = tf_doc_fact(doc, st->fact_at[j]))->kind == TF_COUNTRY ||
				 f->kind == TF_PLACE || f->kind == TF_ORG) &&
				token_at(doc, f->bpos) == j)
			{
				if (tf_tok_is_ci(doc, i, "of") && f->kind == TF_COUNTRY && owner == NULL)
					owner = f->norm;
				end = token_last(doc, j, f->bpos + f->blen);
				i = end + 1;
				continue;
			}
		}
		break;
	}
	if (end < 0 || !read_title_back(st, end, t) || t->first != start)
		return false;
	/* the apposition ends there */
	if (i < doc->ntok && doc->tok[i].sentence == doc->tok[last].sentence &&
		!tf_tok_is(doc, i, ",") && !tf_tok_is(doc, i, ".") && !tf_tok_is(doc, i, ";") &&
		!tf_tok_is(doc, i, ")"))
		return false;
	if (owner != NULL)
		t->country = owner;
	return true;
}

static void
set_title(people_state *st, tf_fact *f, const title_span *t)
{
	tf_doc	   *doc = st->doc;
	const tf_token *a = &doc->tok[t->first],
			   *b = &doc->tok[t->last];

	tf_fact_set_detail_str(doc, f, "title",
						   tf_arena_strndup(doc->arena, doc->text + a->bstart,
											b->bend - a->bstart));
	if (t->country != NULL)
		tf_fact_set_detail_str(doc, f, "country", t->country);
}

/* ---- one name per person ---- */

/* two tokens with the same text, capitals included */
static bool
same_token(const tf_doc *doc, int i, int j)
{
	return tf_tok_len(doc, i) == tf_tok_len(doc, j) &&
		memcmp(tf_tok_text(doc, i), tf_tok_text(doc, j), tf_tok_len(doc, i)) == 0;
}

static int
token_cmp(const tf_doc *doc, int i, int j)
{
	size_t		li = tf_tok_len(doc, i),
				lj = tf_tok_len(doc, j);
	int			c = memcmp(tf_tok_text(doc, i), tf_tok_text(doc, j), li < lj ? li : lj);

	return c != 0 ? c : li < lj ? -1 : li > lj;
}

/*
 * Mentions ordered by their last word, then by their words from the last
 * one back, then in text order: the mentions that share a last word are
 * one run, and in it the mentions of one name are adjacent.
 */
static int
mention_cmp(const void *pa, const void *pb)
{
	const mention *a = pa,
			   *b = pb;
	const tf_doc *doc = a->doc;
	int			k = 0;

	for (;; k++)
	{
		bool		ea = a->last - k < a->first,
					eb = b->last - k < b->first;
		int			c;

		if (ea || eb)
		{
			if (ea != eb)
				return ea ? -1 : 1;
			break;
		}
		if ((c = token_cmp(doc, a->last - k, b->last - k)) != 0)
			return c;
	}
	return a->bpos < b->bpos ? -1 : a->bpos > b->bpos;
}

static int
mention_text_cmp(const void *pa, const void *pb)
{
	const mention *a = pa,
			   *b = pb;

	return a->bpos < b->bpos ? -1 : a->bpos > b->bpos;
}

/* the words of a mention, initials ("P.") not counted */
static int
word_count(const tf_doc *doc, const mention *m)
{
	int			n = 0;

	for (int i = m->first; i <= m->last; i++)
		n += is_word(doc, i) && !tf_tok_one_char(doc, i);
	return n;
}

/* do two mentions have the same tokens? */
static bool
same_name(const tf_doc *doc, const mention *a, const mention *b)
{
	if (a->last - a->first != b->last - b->first)
		return false;
	for (int k = 0; k <= a->last - a->first; k++)
		if (!same_token(doc, a->first + k, b->first + k))
			return false;
	return true;
}

/* does mention a end with all of mention b's tokens and more? */
static bool
ends_with(const tf_doc *doc, const mention *a, const mention *b)
{
	int			nb = b->last - b->first;

	if (nb >= a->last - a->first)
		return false;
	for (int k = 0; k <= nb; k++)
		if (!same_token(doc, a->last - k, b->last - k))
			return false;
	return true;
}

/*
 * The names one short mention is compared with: at most this many full
 * names of a run.  A document with more full names that share one last
 * word leaves the mention unlinked rather than spending quadratic time.
 */
#define MAX_CANDIDATES 64

/*
 * Links each short mention (one or two words) to the one full name of the
 * document that ends with it: m[k].full, the first mention of that name.
 * m is sorted by mention_cmp.
 */
static void
link_mentions(tf_doc *doc, mention *m, int n)
{
	int		   *names = tf_alloc_array(doc->a, MAX_CANDIDATES, sizeof(int));
	int			g = 0;

	while (g < n)
	{
		int			e = g + 1,
					nnames = 0;
		bool		overflow = false;

		/* the run of mentions with this last word, and its full names */
		for (int k = g; k < n && (k == g || same_token(doc, m[k].last, m[g].last)); k++)
		{
			TF_TICK(doc);
			e = k + 1;
			m[k].full = -1;
			m[k].name = (k > g && same_name(doc, &m[k - 1], &m[k])) ? m[k - 1].name : k;
			if (m[k].name == k && m[k].words >= 2)
			{
				if (nnames < MAX_CANDIDATES)
					names[nnames++] = k;
				else
					overflow = true;
			}
		}
		for (int k = g; k < e; k++)
		{
			int			cand = -1;
			bool		ambiguous = overflow;

			TF_TICK(doc);
			if (m[k].words >= 3 || m[k].name != k)
				continue;		/* a full name, or a later mention of a name */
			for (int c = 0; c < nnames && !ambiguous; c++)
			{
				const mention *x = &m[names[c]];

				if (!ends_with(doc, x, &m[k]))
					continue;
				if (cand < 0 || ends_with(doc, x, &m[cand]))
					cand = names[c];	/* the longer of two nested names */
				else if (!ends_with(doc, &m[cand], x))
					ambiguous = true;
			}
			if (cand >= 0 && !ambiguous)
				m[k].full = cand;
		}
		/* the later mentions of a name follow its first */
		for (int k = g; k < e; k++)
			if (m[k].name != k)
				m[k].full = m[m[k].name].full;
		g = e;
	}
	doc->a->free(doc->a->ctx, names);
}

/*
 * The entity of each mention: the first mention of the full name it links
 * to (or of its own name); numbered 1, 2, ... in the order of the text.
 */
static void
number_entities(tf_doc *doc, mention *m, int n)
{
	int		   *num = tf_alloc_array(doc->a, n, sizeof(int));
	int			next = 0;

	for (int k = 0; k < n; k++)
	{
		int			r = m[k].full >= 0 ? m[k].full : m[k].name;

		/* a full name's own root: the first mention of its name */
		m[k].root = m[r].name;
		m[k].norm_fact = m[m[k].root].fact;
		num[k] = 0;
	}
	/* in text order, the first mention of each root numbers it */
	tf_sort(doc->a, m, n, sizeof(mention), mention_text_cmp);
	for (int t = 0; t < n; t++)
	{
		TF_TICK(doc);
		if (num[m[t].root] == 0)
			num[m[t].root] = ++next;
		m[t].entity = num[m[t].root];
	}
	doc->a->free(doc->a->ctx, num);
}

void
tf_recognize_people(tf_doc *doc)
{
	people_state st;
	mention    *m;
	int			n = 0;

	if (!(doc->opts->kinds & TF_KIND_BIT(TF_PERSON)))
		return;
	for (int k = 0; k < doc->nfacts; k++)
	{
		TF_TICK(doc);
		n += tf_doc_fact(doc, k)->kind == TF_PERSON;
	}
	if (n == 0)
		return;

	st.doc = doc;
	st.fact_at = tf_alloc_array(doc->a, doc->ntok, sizeof(int));
	for (int i = 0; i < doc->ntok; i++)
		st.fact_at[i] = -1;
	m = tf_alloc_array(doc->a, n, sizeof(mention));
	n = 0;
	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(doc, k);
		int			first = token_at(doc, f->bpos),
					last;

		TF_TICK(doc);
		if (first < 0)
			continue;
		last = token_last(doc, first, f->bpos + f->blen);
		for (int i = first; i <= last; i++)
			st.fact_at[i] = k;
		if (f->kind == TF_PERSON)
		{
			m[n].doc = doc;
			m[n].fact = k;
			m[n].bpos = f->bpos;
			m[n].first = first;
			m[n].last = last;
			m[n].words = word_count(doc, &m[n]);
			n++;
		}
	}

	/*
	 * A word of a title the tagger took into a name ("Secretary of State
	 * Colin Powell" tagged "State Colin Powell") goes back to the title, where
	 * two words of the name remain; not from a name the user's dictionary
	 * gave (its norm is another text), nor a title class word that is also a
	 * name ("Khawaja").
	 */
	for (int k = 0; k < n; k++)
	{
		tf_fact    *f = tf_doc_fact(doc, m[k].fact);
		int			first = m[k].first;

		TF_TICK(doc);
		if (f->norm == NULL || strlen(f->norm) != f->blen ||
			memcmp(f->norm, doc->text + f->bpos, f->blen) != 0)
			continue;
		while (first < m[k].last &&
			   (title_ctx(doc, first) & (TF_CTX_TITLEMOD | TF_CTX_ROLE)) &&
			   !(title_ctx(doc, first) & TF_CTX_TITLE))
			first++;
		/* an honorific before the name is the name's ("Khawaja Muhammad Asif") */
		while (first == m[k].first && first > 0 && is_word(doc, first - 1) &&
			   (tf_ent_ctx(doc, first - 1) & TF_CTX_HONORIFIC) && tf_tok_free(doc, first - 1) &&
			   doc->tok[first - 1].sentence == doc->tok[first].sentence)
		{
			m[k].first = --first;
			first = m[k].first;
			f->bpos = doc->tok[first].bstart;
			f->blen = doc->tok[m[k].last].bend - f->bpos;
			f->norm = tf_arena_strndup(doc->arena, doc->text + f->bpos, f->blen);
			m[k].bpos = f->bpos;
			m[k].words = word_count(doc, &m[k]);
		}
		if (first == m[k].first)
			continue;
		m[k].first = first;
		if (word_count(doc, &m[k]) < 2)
		{
			m[k].first = token_at(doc, f->bpos);
			continue;
		}
		f->bpos = doc->tok[first].bstart;
		f->blen = doc->tok[m[k].last].bend - f->bpos;
		f->norm = tf_arena_strndup(doc->arena, doc->text + f->bpos, f->blen);
		m[k].bpos = f->bpos;
		m[k].words = word_count(doc, &m[k]);
	}

	/* titles */
	for (int k = 0; k < n; k++)
	{
		title_span t;

		TF_TICK(doc);
		if (title_before(&st, m[k].first, &t) || title_after(&st, m[k].last, &t))
			set_title(&st, tf_doc_fact(doc, m[k].fact), &t);
	}

	/* one name per person */
	tf_sort(doc->a, m, n, sizeof(mention), mention_cmp);
	link_mentions(doc, m, n);
	number_entities(doc, m, n);
	for (int k = 0; k < n; k++)
	{
		tf_fact    *f = tf_doc_fact(doc, m[k].fact);
		tf_decimal	e = {(uint64_t) m[k].entity, 0, false};

		TF_TICK(doc);
		if (m[k].norm_fact != m[k].fact)
			f->norm = tf_doc_fact(doc, m[k].norm_fact)->norm;
		tf_fact_set_detail_num(doc, f, "entity", &e);
	}
	doc->a->free(doc->a->ctx, m);
	doc->a->free(doc->a->ctx, st.fact_at);
}
