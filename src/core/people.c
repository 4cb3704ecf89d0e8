/*
 * people.c — who a person is: the title or role the text gives a person,
 * and one name per person across the document.
 *
 * This stage runs after every stage that adds persons and after the entity
 * stage, whose countries and nationalities a title may name.  It claims no
 * token and adds no fact: it corrects the tagger's names it can tell are
 * wrong, then completes the persons that are there.
 *
 * Corrections.  The tagger reads a name's shape and context; some words
 * say more about what a name is than the tagger weighs (the tables and
 * rules are below, correct_tagger):
 *   a people's words only:         "Sunni", "Darfuri Arab" (tribes)   dropped
 *   the last word an org's head:   "Whitney Museum", "JoongAng Ilbo"  org
 *   a place's, an award's, a storm's word: "Paseo de la Reforma", "Tony
 *                                  Awards", "Hurricane Paula"        dropped
 *   an org of the tagger that opens with a title and ends in a name
 *   ("Secretary of" + "State Colin Powell", "General Ratko Mladic"): the
 *   name is the person, the title its detail.title.
 * Only the tagger's facts are corrected, never the user's dictionary's.
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
 * rather than a guess.  After a title that goes with a given name ("Prince
 * Saud"), one word is the one full name that begins with it after such a
 * title ("Prince Saud al-Faisal").  Names compare as written, capitals
 * included.
 */
#include "stages.h"
#include "entities.h"
#include "lexicon.h"
#include "tagger.h"

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

/*
 * What the stage has read of a token, each once: correct_tagger asks of a
 * name's first word up to six times, and the titles read the words around
 * a person again for each way a title stands.  A cache of the tokens read
 * last (people_state's words, slot tok modulo WORD_MEMO_SLOTS), not an
 * array per token: the questions come a person at a time, and five bytes a
 * token were a tenth of a long text's peak memory, which this stage holds.
 */
#define WORD_MEMO_SLOTS 1024	/* a power of two */

typedef struct word_memo
{
	int32_t		tok;			/* the token it holds, or -1 */
	uint8_t		read;			/* which of the others are set (MEMO_*) */
	uint8_t		pw;				/* its PW_* flags */
	uint8_t		pw_cap;			/* the same of the word capitalised */
	uint8_t		ctx;			/* its context classes (tf_ent_ctx) */
	uint8_t		kind;			/* its gazetteer entry's kind, or
								 * TF_GAZ_KIND_NONE without one */
} word_memo;

#define MEMO_PW			0x01
#define MEMO_PW_CAP		0x02
#define MEMO_ENTRY		0x04	/* ctx and kind */

typedef struct people_state
{
	tf_doc	   *doc;
	word_memo  *words;			/* WORD_MEMO_SLOTS of the tokens read last */
	int		   *fact_at;		/* per token: index of the fact covering it, or -1 */
	int		   *first_of;		/* per fact: its first token or -1, kept as facts move */
	int		   *last_of;		/* per fact: its last token (no fact moves its end) */
	int		   *kind_of;		/* per fact: person_kind of a tagger's person,
								 * IS_RETITLED, else IS_PERSON */
	bool	   *grouped;		/* per fact: a person of a people's words only (all_group_words) */

	/*
	 * The words of the persons' names and the first words of those of two
	 * words or more (person_name_words), or NULL until correct_tagger first
	 * asks: few documents ever do.
	 */
	struct name_word *names;
	struct name_word *leads;
	int			nnames;
	int			nleads;
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

static bool
is_word(const tf_doc *doc, int i)
{
	return i >= 0 && i < doc->ntok && doc->tok[i].type == TF_TOK_WORD;
}

/* the memo slot of token i, emptied when it held another token */
static word_memo *
memo_of(const people_state *st, int i)
{
	word_memo  *w = &st->words[i & (WORD_MEMO_SLOTS - 1)];

	if (w->tok != i)
	{
		w->tok = i;
		w->read = 0;
	}
	return w;
}

/* the memo of word i with its gazetteer entry's ctx and kind, or NULL for no word */
static const word_memo *
word_entry(const people_state *st, int i)
{
	word_memo  *w;

	if (!is_word(st->doc, i))
		return NULL;
	w = memo_of(st, i);
	if (!(w->read & MEMO_ENTRY))
	{
		const tf_gaz_entry *e = tf_gaz_token_entry(st->doc, i);

		w->ctx = e != NULL ? e->ctx : 0;
		w->kind = e != NULL ? e->kind : TF_GAZ_KIND_NONE;
		w->read |= MEMO_ENTRY;
	}
	return w;
}

/* the context classes of token i (tf_ent_ctx) */
static uint8_t
word_ctx(const people_state *st, int i)
{
	const word_memo *w = word_entry(st, i);

	return w != NULL ? w->ctx : 0;
}

/* the kind of token i's gazetteer entry, TF_GAZ_KIND_NONE without one */
static uint8_t
word_kind(const people_state *st, int i)
{
	const word_memo *w = word_entry(st, i);

	return w != NULL ? w->kind : TF_GAZ_KIND_NONE;
}

/* the title classes of token i; none for an honorific, which is the name's */
static uint8_t
title_ctx(const people_state *st, int i)
{
	uint8_t		c = word_ctx(st, i);

	return (c & TF_CTX_HONORIFIC) ? 0 : c & TITLE_CTX;
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
	return st->first_of[st->fact_at[i]];
}

/* the last token of the fact covering token i */
static int
fact_last(const people_state *st, int i)
{
	return st->last_of[st->fact_at[i]];
}

/* is the word before token i a preposition of place ("in", "from": the gazetteer's) or "of"/"to"? */
static bool
after_preposition(const people_state *st, int i)
{
	const tf_doc *doc = st->doc;

	return is_word(doc, i - 1) &&
		((word_ctx(st, i - 1) & TF_CTX_LOC) || tf_tok_is_ci(doc, i - 1, "of") ||
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
		  !after_preposition(st, fact_first(st, i - 1)))) && f->norm != NULL)
	{
		*country = f->norm;
		*first = fact_first(st, i - 1);
		return true;
	}
	if (tf_tok_possessive(doc, i - 2) && i - 3 >= 0 && st->fact_at[i - 3] >= 0)
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
	while (ofirst > 0 && (title_ctx(st, ofirst - 1) & TF_CTX_TITLEMOD))
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
			(title_ctx(st, i - 1) & TF_CTX_TITLE))
		{
			i--;				/* "Mr." */
			continue;
		}
		if ((c = title_ctx(st, i)) != 0)
		{
			head |= (c & HEAD_CTX) != 0;
			first = i;
			i--;
			if (i > 0 && tf_tok_is(doc, i, "-") && tf_tok_glued(doc, i) &&
				tf_tok_glued(doc, i - 1) && title_ctx(st, i - 1) != 0)
				i--;
			continue;
		}
		/* "Secretary of State": "of" between two title words */
		if (first >= 0 && tf_tok_is(doc, i, "of") && title_ctx(st, i - 1) != 0)
		{
			i--;
			continue;
		}
		/* "Secretary of the Interior": "of the" between two title words */
		if (first >= 0 && tf_tok_is(doc, i, "the") && tf_tok_is(doc, i - 1, "of") &&
			(title_ctx(st, i - 2) & HEAD_CTX))
		{
			i -= 2;
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
			int			ff = fact_first(st, i);
			int			p = ff - 1;

			if (f->kind != TF_COUNTRY && f->kind != TF_PLACE && f->kind != TF_ORG)
				break;
			if (tf_tok_is_ci(doc, p, "the"))
				p--;
			if ((tf_tok_is_ci(doc, p, "of") || tf_tok_is_ci(doc, p, "to") ||
				 tf_tok_is_ci(doc, p, "for")) && (title_ctx(st, p - 1) & HEAD_CTX))
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
		i = fact_last(st, i) + 1;
	}
	else if ((f = fact_of_kind(st, i, TF_COUNTRY)) != NULL)
	{
		int			e = fact_last(st, i);

		if (!tf_tok_possessive(doc, e + 1))
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
		if (title_ctx(st, i) != 0)
		{
			end = i++;
			if (tf_tok_is(doc, i, "-") && tf_tok_glued(doc, i - 1) && tf_tok_glued(doc, i) &&
				title_ctx(st, i + 1) != 0)
				i++;
			continue;
		}
		if (end >= 0 && (title_ctx(st, end) & HEAD_CTX) &&
			(tf_tok_is_ci(doc, i, "of") || tf_tok_is_ci(doc, i, "to") ||
			 tf_tok_is_ci(doc, i, "for")))
		{
			int			j = i + 1;

			if (tf_tok_is_ci(doc, j, "the"))
				j++;
			if (j < doc->ntok && st->fact_at[j] >= 0 &&
				((f = tf_doc_fact(doc, st->fact_at[j]))->kind == TF_COUNTRY ||
				 f->kind == TF_PLACE || f->kind == TF_ORG) &&
				fact_first(st, j) == j)
			{
				if (tf_tok_is_ci(doc, i, "of") && f->kind == TF_COUNTRY && owner == NULL)
					owner = f->norm;
				end = fact_last(st, j);
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

/* ---- persons that are none, and names in an org ---- */

/*
 * The words that tell a span the tagger called a person is something else:
 * the words for a people (a faith, a sect, an ethnic group: the demonyms
 * the gazetteer has no country for), and the head words of the names of
 * things that are no person.  Only this stage reads them, so they live here
 * and not in the gazetteer's context classes (whose byte is full, and which
 * the tagger's features read: a new entry there would change its input).
 * Sorted by strcmp, as written.
 */
#define PW_GROUP		0x01	/* a people's word: "Sunni", "Arab", "Darfuri" */
#define PW_ORG			0x02	/* last word of an org's name: "Museum", "Ilbo" */
#define PW_PLACE		0x04	/* last word of a place's name: "Street", "Valley" */
#define PW_THING		0x08	/* last word of a name of no entity: an award,
								 * an event, a plan ("Tony Awards", "Davis Cup") */
#define PW_WEAK_ORG		0x10	/* an org's last word after a people's word only
								 * ("Catholic Church"; "Church" is a surname too) */
#define PW_LEAD_PLACE	0x20	/* first word of a place's name: "Paseo", "Mount" */
#define PW_LEAD_THING	0x40	/* first word of a name of no entity, or the word
								 * before it: "Hurricane", "Tropical Storm" */

typedef struct person_word
{
	const char *word;
	uint8_t		flags;
} person_word;

static const person_word person_words[] = {
	{"Academy", PW_ORG}, {"Accord", PW_THING}, {"Accords", PW_THING}, {"Act", PW_THING},
	{"Agreement", PW_THING}, {"Airport", PW_PLACE}, {"Alawite", PW_GROUP},
	{"Alawites", PW_GROUP}, {"Anglican", PW_GROUP}, {"Anglicans", PW_GROUP},
	{"Arab", PW_GROUP}, {"Arabs", PW_GROUP}, {"Avenida", PW_LEAD_PLACE},
	{"Avenue", PW_PLACE}, {"Average", PW_THING}, {"Award", PW_THING}, {"Awards", PW_THING},
	{"Baloch", PW_GROUP}, {"Baluch", PW_GROUP}, {"Baptist", PW_GROUP},
	{"Baptists", PW_GROUP}, {"Bedouin", PW_GROUP}, {"Bedouins", PW_GROUP},
	{"Berber", PW_GROUP}, {"Berbers", PW_GROUP}, {"Bosniak", PW_GROUP},
	{"Bosniaks", PW_GROUP}, {"Boulevard", PW_PLACE | PW_LEAD_PLACE}, {"Brothers", PW_ORG},
	{"Buddhist", PW_GROUP}, {"Buddhists", PW_GROUP}, {"Calle", PW_LEAD_PLACE},
	{"Camp", PW_LEAD_PLACE}, {"Canal", PW_PLACE}, {"Cape", PW_LEAD_PLACE},
	{"Cathedral", PW_PLACE}, {"Catholic", PW_GROUP}, {"Catholics", PW_GROUP},
	{"Championship", PW_THING}, {"Championships", PW_THING}, {"Chechen", PW_GROUP},
	{"Chechens", PW_GROUP}, {"Christian", PW_GROUP}, {"Christians", PW_GROUP},
	{"Chronicle", PW_ORG}, {"Church", PW_WEAK_ORG}, {"Churches", PW_WEAK_ORG},
	{"Clinic", PW_ORG}, {"College", PW_ORG}, {"Community", PW_WEAK_ORG},
	{"Conference", PW_THING}, {"Convention", PW_THING}, {"Copt", PW_GROUP},
	{"Coptic", PW_GROUP}, {"Copts", PW_GROUP}, {"Courier", PW_ORG}, {"Croat", PW_GROUP},
	{"Croats", PW_GROUP}, {"Cup", PW_THING}, {"Cyclone", PW_LEAD_THING}, {"Daily", PW_ORG},
	{"Dam", PW_PLACE}, {"Darfuri", PW_GROUP}, {"Darfuris", PW_GROUP}, {"Desert", PW_PLACE},
	{"District", PW_PLACE}, {"Doctrine", PW_THING}, {"Druze", PW_GROUP},
	{"Evangelical", PW_GROUP}, {"Evangelicals", PW_GROUP}, {"Festival", PW_THING},
	{"Fort", PW_LEAD_PLACE}, {"Foundation", PW_ORG}, {"Fulani", PW_GROUP},
	{"Gallery", PW_ORG}, {"Games", PW_THING}, {"Gazette", PW_ORG}, {"Globe", PW_ORG},
	{"Gypsies", PW_GROUP}, {"Gypsy", PW_GROUP}, {"Hausa", PW_GROUP}, {"Hazara", PW_GROUP},
	{"Hazaras", PW_GROUP}, {"Heights", PW_PLACE}, {"Herald", PW_ORG},
	{"Highway", PW_PLACE}, {"Hindu", PW_GROUP}, {"Hindus", PW_GROUP},
	{"Hispanic", PW_GROUP}, {"Hispanics", PW_GROUP}, {"Hospital", PW_ORG},
	{"Hotel", PW_ORG}, {"Hurricane", PW_LEAD_THING}, {"Hutu", PW_GROUP},
	{"Hutus", PW_GROUP}, {"Igbo", PW_GROUP}, {"Ilbo", PW_ORG}, {"Index", PW_THING},
	{"Inquirer", PW_ORG}, {"Institution", PW_ORG}, {"Isla", PW_LEAD_PLACE},
	{"Islamic", PW_GROUP}, {"Islamist", PW_GROUP}, {"Islamists", PW_GROUP},
	{"Island", PW_PLACE}, {"Islands", PW_PLACE}, {"Ismaili", PW_GROUP},
	{"Ismailis", PW_GROUP}, {"Jabal", PW_LEAD_PLACE}, {"Jebel", PW_LEAD_PLACE},
	{"Jew", PW_GROUP}, {"Jewish", PW_GROUP}, {"Jews", PW_GROUP}, {"Journal", PW_ORG},
	{"Kashmiri", PW_GROUP}, {"Kashmiris", PW_GROUP}, {"Kikuyu", PW_GROUP},
	{"Kurd", PW_GROUP}, {"Kurdish", PW_GROUP}, {"Kurds", PW_GROUP},
	{"Lago", PW_LEAD_PLACE}, {"Lake", PW_LEAD_PLACE}, {"Latino", PW_GROUP},
	{"Latinos", PW_GROUP}, {"Library", PW_ORG}, {"Lutheran", PW_GROUP},
	{"Lutherans", PW_GROUP}, {"Maasai", PW_GROUP}, {"Magazine", PW_ORG},
	{"Marathon", PW_THING}, {"Maronite", PW_GROUP}, {"Maronites", PW_GROUP},
	{"Masai", PW_GROUP}, {"Medal", PW_THING}, {"Methodist", PW_GROUP},
	{"Methodists", PW_GROUP}, {"Monitor", PW_ORG}, {"Mormon", PW_GROUP},
	{"Mormons", PW_GROUP}, {"Moslem", PW_GROUP}, {"Moslems", PW_GROUP},
	{"Mosque", PW_PLACE}, {"Mount", PW_LEAD_PLACE}, {"Mountains", PW_PLACE},
	{"Museum", PW_ORG}, {"Museums", PW_ORG}, {"Muslim", PW_GROUP}, {"Muslims", PW_GROUP},
	{"News", PW_ORG}, {"Nippo", PW_ORG}, {"Observer", PW_ORG}, {"Olympics", PW_THING},
	{"Open", PW_THING}, {"Operation", PW_LEAD_THING}, {"Oromo", PW_GROUP},
	{"Orthodox", PW_GROUP}, {"Ossetian", PW_GROUP}, {"Ossetians", PW_GROUP},
	{"Palace", PW_PLACE}, {"Paseo", PW_LEAD_PLACE}, {"Pashtun", PW_GROUP},
	{"Pashtuns", PW_GROUP}, {"Peninsula", PW_PLACE}, {"Pentecostal", PW_GROUP},
	{"Piazza", PW_LEAD_PLACE}, {"Plan", PW_THING}, {"Plaza", PW_PLACE | PW_LEAD_PLACE},
	{"Port", PW_LEAD_PLACE}, {"Post", PW_ORG}, {"Prison", PW_PLACE}, {"Prize", PW_THING},
	{"Prizes", PW_THING}, {"Protestant", PW_GROUP}, {"Protestants", PW_GROUP},
	{"Protocol", PW_THING}, {"Province", PW_PLACE}, {"Pushtun", PW_GROUP},
	{"Pushtuns", PW_GROUP}, {"Radio", PW_ORG}, {"Road", PW_PLACE}, {"Rohingya", PW_GROUP},
	{"Rua", PW_LEAD_PLACE}, {"Rue", PW_LEAD_PLACE}, {"Saint", PW_LEAD_PLACE},
	{"Salafi", PW_GROUP}, {"Salafis", PW_GROUP}, {"Salafist", PW_GROUP},
	{"Salafists", PW_GROUP}, {"School", PW_ORG}, {"Seminary", PW_ORG}, {"Serb", PW_GROUP},
	{"Serbs", PW_GROUP}, {"Shia", PW_GROUP}, {"Shias", PW_GROUP}, {"Shiite", PW_GROUP},
	{"Shiites", PW_GROUP}, {"Shimbun", PW_ORG}, {"Sikh", PW_GROUP}, {"Sikhs", PW_GROUP},
	{"Sinhalese", PW_GROUP}, {"Society", PW_ORG}, {"Square", PW_PLACE},
	{"St", PW_LEAD_PLACE}, {"Stadium", PW_PLACE}, {"Storm", PW_LEAD_THING},
	{"Strait", PW_PLACE}, {"Street", PW_PLACE}, {"Sufi", PW_GROUP}, {"Sufis", PW_GROUP},
	{"Summit", PW_THING}, {"Sunni", PW_GROUP}, {"Sunnis", PW_GROUP}, {"Tamil", PW_GROUP},
	{"Tamils", PW_GROUP}, {"Tatar", PW_GROUP}, {"Tatars", PW_GROUP}, {"Telegraph", PW_ORG},
	{"Television", PW_ORG}, {"Temple", PW_WEAK_ORG}, {"Times", PW_ORG},
	{"Tournament", PW_THING}, {"Treaty", PW_THING}, {"Tribune", PW_ORG},
	{"Trophy", PW_THING}, {"Tuareg", PW_GROUP}, {"Tuaregs", PW_GROUP}, {"Tutsi", PW_GROUP},
	{"Tutsis", PW_GROUP}, {"Typhoon", PW_LEAD_THING}, {"Uighur", PW_GROUP},
	{"Uighurs", PW_GROUP}, {"Uyghur", PW_GROUP}, {"Uyghurs", PW_GROUP},
	{"Valley", PW_PLACE}, {"Wadi", PW_LEAD_PLACE}, {"Wahhabi", PW_GROUP},
	{"Wahhabis", PW_GROUP}, {"Weekly", PW_ORG}, {"Western", PW_GROUP},
	{"Westerner", PW_GROUP}, {"Westerners", PW_GROUP}, {"Xhosa", PW_GROUP},
	{"Yazidi", PW_GROUP}, {"Yazidis", PW_GROUP}, {"Yoruba", PW_GROUP},
	{"Zoroastrian", PW_GROUP}, {"Zulu", PW_GROUP}, {"Zulus", PW_GROUP}
};

/* the PW_* flags of token i, as written or, with cap, capitalised ("hurricane") */
static uint8_t
pw_flags_as(const people_state *st, int i, bool cap)
{
	word_memo  *w;
	uint8_t    *flags;
	uint8_t		bit = cap ? MEMO_PW_CAP : MEMO_PW;

	if (!is_word(st->doc, i))
		return 0;
	w = memo_of(st, i);
	flags = cap ? &w->pw_cap : &w->pw;
	if (!(w->read & bit))
	{
		const person_word *p = tf_tok_in_table(st->doc, i, person_words, cap);

		*flags = p != NULL ? p->flags : 0;
		w->read |= bit;
	}
	return *flags;
}

#define pw_flags(st, i) pw_flags_as(st, i, false)

/* is token i a people's word: one of the table's, or a nationality the gazetteer lists? */
static bool
group_word(const people_state *st, int i)
{
	return (pw_flags(st, i) & PW_GROUP) || word_kind(st, i) == TF_NATIONALITY;
}

/* the words of tokens [first, last], initials and particles not counted */
static int
span_words(const tf_doc *doc, int first, int last)
{
	int			n = 0;

	for (int i = first; i <= last; i++)
		n += is_word(doc, i) && !tf_tok_one_char(doc, i) && !(doc->tok[i].flags & TF_TF_LOWER);
	return n;
}

/* are all the words of tokens [first, last] a people's words ("Sunni Arab")? */
static bool
all_group_words(const people_state *st, int first, int last)
{
	for (int i = first; i <= last; i++)
		if (is_word(st->doc, i) && !group_word(st, i))
			return false;
	return true;
}

/*
 * Is the name at token first one of a storm or the like: its first word or
 * the word before it a PW_LEAD_THING ("Storm Ophelia", "Hurricane Paula",
 * "tropical storm Jose")?
 */
static bool
storm_name(const people_state *st, int first)
{
	const tf_doc *doc = st->doc;

	return (pw_flags(st, first) & PW_LEAD_THING) ||
		(first > 0 && doc->tok[first - 1].sentence == doc->tok[first].sentence &&
		 (pw_flags_as(st, first - 1, true) & PW_LEAD_THING));
}

/* what a person of the tagger over tokens [first, last] is */
#define IS_PERSON	(-1)
#define IS_NONE		(-2)		/* no entity: dropped */
#define IS_RETITLED	(-3)		/* an org of the tagger correct_tagger made a person */

static int
person_kind(const people_state *st, int first, int last)
{
	const tf_doc *doc = st->doc;
	uint8_t		lead = pw_flags(st, first),
				head = pw_flags(st, last);

	if (all_group_words(st, first, last))
		return IS_NONE;			/* "Sunni", "Darfuri Arab" (tribes) */
	if (storm_name(st, first))
		return IS_NONE;			/* "Hurricane Paula", "tropical storm Jose" */
	if (first == last)
		return IS_PERSON;
	if ((head & PW_ORG) || tf_org_head_flags(doc, last) ||
		((head & PW_WEAK_ORG) && group_word(st, last - 1)))
		return TF_ORG;			/* "Whitney Museum", "JoongAng Ilbo", "Catholic Church" */
	/*
	 * "Russell Square", "Paseo de la Reforma": no person, but no place fact
	 * either.  A place no gazetteer lists is the tagger's only with a margin
	 * (tagger.c's min_margin keeps their precision), and this span never
	 * had one as a place; nor does it say which country.
	 */
	if ((head & (PW_PLACE | PW_THING)) || (lead & (PW_LEAD_PLACE | PW_LEAD_THING)))
		return IS_NONE;			/* also "Tony Awards", "Davis Cup" */
	return IS_PERSON;
}

/*
 * The words of the persons' names of the document, sorted by their text: a
 * word some person's name holds is a name's, whatever else it may be
 * ("Christian" after "Christian Wulff").
 */
typedef struct name_word
{
	const tf_doc *doc;
	int			tok;
	int			who;			/* a mention (sorted index), where one is meant */
} name_word;

static int
name_word_cmp(const void *pa, const void *pb)
{
	const name_word *a = pa,
			   *b = pb;

	return token_cmp(a->doc, a->tok, b->tok);
}

/* the first of the sorted words w[0..n) that is not below token i's */
static int
names_lower_bound(const tf_doc *doc, const name_word *w, int n, int i)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (token_cmp(doc, w[mid].tok, i) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool
in_names(const tf_doc *doc, const name_word *w, int n, int i)
{
	int			lo = names_lower_bound(doc, w, n, i);

	return lo < n && token_cmp(doc, w[lo].tok, i) == 0;
}

static int	person_name_words(people_state *st, bool leads, name_word **w);

/*
 * Is token i's text a word of a person's name of the document (with leads,
 * the first word of a name of two words or more)?  The list is built on the
 * first question.
 */
static bool
in_person_names(people_state *st, bool leads, int i)
{
	name_word **w = leads ? &st->leads : &st->names;
	int		   *n = leads ? &st->nleads : &st->nnames;

	if (*w == NULL)
		*n = person_name_words(st, leads, w);
	return in_names(st->doc, *w, *n, i);
}

/*
 * Is fact k the tagger's, of kind kind?  Its persons' norm is their text
 * (but the user's dictionary's persons are the entity stage's facts).
 */
static bool
tagger_fact(const tf_doc *doc, int k, tf_kind kind)
{
	const tf_fact *f = tf_doc_fact(doc, k);

	if (k < doc->stage_first_fact[TF_STAGE_TAGGER] || k >= doc->stage_first_fact[TF_STAGE_PEOPLE] ||
		f->kind != kind)
		return false;
	return kind != TF_PERSON || (f->norm != NULL && strlen(f->norm) == f->blen &&
								 memcmp(f->norm, doc->text + f->bpos, f->blen) == 0);
}

/* fact k over tokens [first, last] becomes one of kind (its norm: none, as the tagger's orgs) */
static void
set_kind(people_state *st, int k, int first, int last, int kind)
{
	tf_doc	   *doc = st->doc;
	tf_fact    *f = tf_doc_fact(doc, k);

	f->kind = kind == IS_NONE ? TF_KIND_DROPPED : (tf_kind) kind;
	f->norm = NULL;
	for (int i = first; i <= last; i++)
	{
		TF_TICK(doc);
		if (kind == IS_NONE)
			st->fact_at[i] = -1;
		else
			doc->tok[i].claimed = (uint8_t) (1 + kind);
	}
}

/*
 * Can token i be a word of a person's name inside an org of the tagger?  A
 * capitalised word that is no title, org head or name of a country,
 * nationality or org; an initial ("J."); a particle ("de", "bin") between
 * two such words.
 */
static bool
org_name_word(const people_state *st, int i, int last)
{
	const tf_doc *doc = st->doc;
	uint8_t		kind;

	if (tf_tok_is(doc, i, ".") && i > 0 && tf_tok_glued(doc, i - 1) && tf_tok_one_char(doc, i - 1))
		return true;
	/* "Johnson-Sirleaf" */
	if (tf_tok_is(doc, i, "-") && i > 0 && i < last && tf_tok_glued(doc, i - 1) && tf_tok_glued(doc, i))
		return true;
	if (!is_word(doc, i))
		return false;
	if (doc->tok[i].flags & TF_TF_LOWER)
		return i < last && tf_tok_len(doc, i) <= 5 && (doc->tok[i + 1].flags & TF_TF_CAP) &&
			!(word_ctx(st, i) & TF_CTX_NAME_CLASSES);
	if (!(doc->tok[i].flags & (TF_TF_CAP | TF_TF_UPPER)) || title_ctx(st, i) != 0 ||
		(word_ctx(st, i) & TF_CTX_NAME_CLASSES) || tf_org_head_flags(doc, i) ||
		(pw_flags(st, i) & ~PW_GROUP) != 0 || group_word(st, i))
		return false;
	kind = word_kind(st, i);
	return kind != TF_COUNTRY && kind != TF_NATIONALITY && kind != TF_ORG;
}

/*
 * A person the tagger took into an org with the title before the name: the
 * org over tokens [a, b] opens with title words ("State Colin Powell" after
 * "Secretary of", "General Ratko Mladic", "Interior Dirk Kempthorne" after
 * "Secretary of the") and ends in a name.  The title, read back from its
 * last word, must hold a head; between the title words and the name there
 * may be a "for" or "of" object of the title ("State for African Affairs
 * Connie Newman"), after which the name starts at a first name.  A name of
 * one word needs more: a first name, or a word of a person's name elsewhere
 * in the document ("General Musharraf"; not "General Motors").  Sets *t to
 * the whole title, *name to the name's first token.
 */
static bool
title_in_org(people_state *st, int a, int b, title_span *t, int *name)
{
	const tf_doc *doc = st->doc;
	int			p = a,
				r,
				words;

	while (p <= b && title_ctx(st, p) != 0)
	{
		TF_TICK(doc);
		p++;
		/* "Secretary of State", "Secretary-General" inside the org */
		if (p < b && (tf_tok_is(doc, p, "of") || tf_tok_is(doc, p, "-")) &&
			title_ctx(st, p + 1) != 0)
			p++;
	}
	/* "Saint Louis Rams", "Saint Lawrence Seaway": a title that opens place names too */
	if (p == a || p > b || (pw_flags(st, a) & PW_LEAD_PLACE))
		return false;
	for (r = b + 1; r > p && org_name_word(st, r - 1, b); r--)
		TF_TICK(doc);
	if (r > b || doc->tok[r].flags & TF_TF_LOWER)
		return false;
	if (r > p)
	{
		/* the title's object: the name starts at the first first name after it */
		if (!tf_tok_is(doc, p, "for") && !tf_tok_is(doc, p, "of"))
			return false;
		while (r <= b && !(is_word(doc, r) && tf_tag_is_first_name(doc, r)))
			r++;
		if (r > b || span_words(doc, r, b) < 2)
			return false;
	}
	words = span_words(doc, r, b);
	if (words == 0 || (words == 1 && !tf_tag_is_first_name(doc, b) &&
					   !in_person_names(st, false, b)))
		return false;
	if (!read_title_back(st, p - 1, t))
		return false;
	title_take_owner(st, t);
	t->last = r - 1;
	*name = r;
	return true;
}

/*
 * Sets into *w the words of the names of the document's persons, sorted
 * (not those of a people's words only, nor those of the tagger that
 * person_kind makes something else, nor the orgs correct_tagger has made
 * persons so far: the lists are the names as the tagger gave them, whenever
 * they are built); with leads, only the first words of names of two words
 * or more.  Returns how many.
 */
static int
person_name_words(people_state *st, bool leads, name_word **w)
{
	tf_doc	   *doc = st->doc;
	int			n = 0;

	*w = NULL;
	for (int pass = 0; pass < 2; pass++)
	{
		for (int k = 0; k < doc->nfacts; k++)
		{
			const tf_fact *f = tf_doc_fact(doc, k);
			int			first = st->first_of[k],
						last = st->last_of[k];

			TF_TICK(doc);
			if (f->kind != TF_PERSON || first < 0)
				continue;
			if (st->grouped[k] || st->kind_of[k] != IS_PERSON ||
				(leads && span_words(doc, first, last) < 2))
				continue;
			for (int i = first; i <= (leads ? first : last); i++)
				if (is_word(doc, i))
				{
					if (pass == 1)
					{
						(*w)[n].doc = doc;
						(*w)[n].tok = i;
					}
					n++;
				}
		}
		if (pass == 0)
		{
			*w = tf_alloc_array(doc->a, n > 0 ? n : 1, sizeof(name_word));
			n = 0;
		}
	}
	tf_sort(doc->a, *w, n, sizeof(name_word), name_word_cmp);
	return n;
}

/*
 * What the tagger named and got wrong in a way this stage can tell: a
 * person that is a people ("Sunni"), an org ("Whitney Museum"), a place
 * ("Paseo de la Reforma") or nothing ("Tony Awards", "Hurricane Paula"),
 * and an org that is a title and a person ("State Colin Powell" after
 * "Secretary of").  A people's word that is a first name and opens a
 * person's name in the document stays a person ("Christian" after
 * "Christian Wulff"; not "Catholic" after "Roman Catholic", which the
 * tagger may call a person).  A later mention of a storm's name by itself
 * ("As Ophelia continues", after "Tropical Storm Ophelia") is the storm's.
 */
static void
correct_tagger(people_state *st)
{
	tf_doc	   *doc = st->doc;
	name_word  *storms = tf_alloc_array(doc->a, doc->nfacts, sizeof(name_word));
	int			nstorms = 0;

	/* what each of the tagger's persons is, once: the name lists and the loop ask */
	st->kind_of = tf_alloc_array(doc->a, doc->nfacts > 0 ? doc->nfacts : 1, sizeof(int));
	st->grouped = tf_alloc_array(doc->a, doc->nfacts > 0 ? doc->nfacts : 1, sizeof(bool));
	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(doc, k);
		int			first = st->first_of[k],
					last = st->last_of[k];

		TF_TICK(doc);
		st->kind_of[k] = IS_PERSON;
		st->grouped[k] = false;
		if (first < 0 || f->kind != TF_PERSON)
			continue;
		if (tagger_fact(doc, k, TF_PERSON))
			st->kind_of[k] = person_kind(st, first, last);
		st->grouped[k] = all_group_words(st, first, last);
	}
	st->names = st->leads = NULL;

	for (int k = 0; k < doc->nfacts; k++)
	{
		tf_fact    *f = tf_doc_fact(doc, k);
		int			first = st->first_of[k],
					last = st->last_of[k],
					kind,
					name;
		title_span	t;

		TF_TICK(doc);
		if (first < 0)
			continue;
		if ((kind = st->kind_of[k]) != IS_PERSON)
		{
			bool		named = false;

			for (int i = first; i <= last && st->grouped[k] && !named; i++)
				named = is_word(doc, i) && tf_tag_is_first_name(doc, i) &&
					in_person_names(st, true, i);
			if (named)
				continue;
			if (storm_name(st, first))
			{
				storms[nstorms].doc = doc;
				storms[nstorms++].tok = last;
			}
			set_kind(st, k, first, last, kind);
		}
		else if (tagger_fact(doc, k, TF_ORG) &&
				 title_in_org(st, first, last, &t, &name))
		{
			st->kind_of[k] = IS_RETITLED;
			for (int i = first; i < name; i++)
				st->fact_at[i] = -1;
			f->kind = TF_PERSON;
			f->bpos = doc->tok[name].bstart;
			f->blen = doc->tok[last].bend - f->bpos;
			st->first_of[k] = name;
			f->norm = tf_arena_strndup(doc->arena, doc->text + f->bpos, f->blen);
			for (int i = name; i <= last; i++)
				doc->tok[i].claimed = (uint8_t) (1 + TF_PERSON);
			set_title(st, f, &t);
		}
	}
	/* the storms' names by themselves */
	tf_sort(doc->a, storms, nstorms, sizeof(name_word), name_word_cmp);
	for (int k = 0; k < doc->nfacts && nstorms > 0; k++)
	{
		tf_fact    *f = tf_doc_fact(doc, k);
		int			first = st->first_of[k];

		TF_TICK(doc);
		if (first >= 0 && f->kind == TF_PERSON &&
			st->last_of[k] == first &&
			tagger_fact(doc, k, TF_PERSON) && in_names(doc, storms, nstorms, first))
			set_kind(st, k, first, first, IS_NONE);
	}
	doc->a->free(doc->a->ctx, storms);
	if (st->names != NULL)
		doc->a->free(doc->a->ctx, st->names);
	if (st->leads != NULL)
		doc->a->free(doc->a->ctx, st->leads);
	doc->a->free(doc->a->ctx, st->kind_of);
	doc->a->free(doc->a->ctx, st->grouped);
}

/* ---- one name per person ---- */

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
 * The titles that go with a given name, not a surname: "Prince Saud" is
 * the "Prince Saud al-Faisal" of the document, "Pope Benedict" its "Pope
 * Benedict XVI".  Sorted.
 */
static const char *const given_name_titles[] = {
	"Emir", "Emperor", "Empress", "King", "Pope", "Prince", "Princess", "Queen", "Shaikh",
	"Sheik", "Sheikh", "Sultan"
};

static bool
after_given_name_title(const tf_doc *doc, int first)
{
	return tf_tok_in_table(doc, first - 1, given_name_titles, false) != NULL;
}

/*
 * Links a one-word mention after such a title ("Prince Saud") that no full
 * name ends with to the one full name that begins with it and that the
 * document gives after such a title too ("Prince Saud al-Faisal"; not
 * "Abdullah Gul" for "King Abdullah").  The later mentions of the word
 * follow.  m is sorted by mention_cmp.
 */
static void
link_given_names(tf_doc *doc, mention *m, int n)
{
	name_word  *full = tf_alloc_array(doc->a, n, sizeof(name_word));
	int			nfull = 0;

	for (int k = 0; k < n; k++)
	{
		TF_TICK(doc);
		if (m[k].words >= 2 && after_given_name_title(doc, m[k].first))
		{
			full[nfull].doc = doc;
			full[nfull].tok = m[k].first;
			full[nfull++].who = k;
		}
	}
	tf_sort(doc->a, full, nfull, sizeof(name_word), name_word_cmp);
	for (int k = 0; k < n && nfull > 0; k++)
	{
		int			lo,
					cand = -1;
		bool		ambiguous = false;

		TF_TICK(doc);
		if (m[k].words != 1 || m[k].first != m[k].last || m[k].full >= 0 ||
			!after_given_name_title(doc, m[k].first))
			continue;
		for (lo = names_lower_bound(doc, full, nfull, m[k].first);
			 lo < nfull && token_cmp(doc, full[lo].tok, m[k].first) == 0 && !ambiguous; lo++)
		{
			TF_TICK(doc);
			if (cand < 0)
				cand = full[lo].who;
			else
				ambiguous = !same_name(doc, &m[cand], &m[full[lo].who]);
		}
		if (cand < 0 || ambiguous)
			continue;
		/* this mention's name: all its mentions, adjacent in m */
		for (int j = m[k].name; j < n && m[j].name == m[k].name; j++)
			m[j].full = m[cand].name;
	}
	doc->a->free(doc->a->ctx, full);
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
	/* persons, and the orgs of the tagger that may hold one */
	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(doc, k);

		TF_TICK(doc);
		n += f->kind == TF_PERSON || (f->kind == TF_ORG && f->norm == NULL);
	}
	if (n == 0)
		return;

	st.doc = doc;
	st.words = tf_alloc_array(doc->a, WORD_MEMO_SLOTS, sizeof(word_memo));
	for (int k = 0; k < WORD_MEMO_SLOTS; k++)
		st.words[k].tok = -1;
	st.fact_at = tf_alloc_array(doc->a, doc->ntok, sizeof(int));
	st.first_of = tf_alloc_array(doc->a, doc->nfacts, sizeof(int));
	st.last_of = tf_alloc_array(doc->a, doc->nfacts, sizeof(int));
	for (int i = 0; i < doc->ntok; i++)
		st.fact_at[i] = -1;
	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(doc, k);
		int			first = st.first_of[k] = token_at(doc, f->bpos),
					last;

		TF_TICK(doc);
		st.last_of[k] = -1;
		if (first < 0)
			continue;
		last = st.last_of[k] = token_last(doc, first, f->bpos + f->blen);
		for (int i = first; i <= last; i++)
			st.fact_at[i] = k;
	}
	correct_tagger(&st);

	m = tf_alloc_array(doc->a, n, sizeof(mention));
	n = 0;
	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(doc, k);

		TF_TICK(doc);
		if (f->kind != TF_PERSON || (m[n].first = st.first_of[k]) < 0)
			continue;
		m[n].doc = doc;
		m[n].fact = k;
		m[n].bpos = f->bpos;
		m[n].last = st.last_of[k];
		m[n].words = word_count(doc, &m[n]);
		n++;
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
			   (title_ctx(&st, first) & (TF_CTX_TITLEMOD | TF_CTX_ROLE)) &&
			   !(title_ctx(&st, first) & TF_CTX_TITLE))
			first++;
		/* an honorific before the name is the name's ("Khawaja Muhammad Asif") */
		while (first == m[k].first && first > 0 && is_word(doc, first - 1) &&
			   (word_ctx(&st, first - 1) & TF_CTX_HONORIFIC) && tf_tok_free(doc, first - 1) &&
			   doc->tok[first - 1].sentence == doc->tok[first].sentence)
		{
			m[k].first = --first;
			first = m[k].first;
			st.first_of[m[k].fact] = first;
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
			m[k].first = st.first_of[m[k].fact];
			continue;
		}
		st.first_of[m[k].fact] = first;
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
		if (tf_fact_detail(tf_doc_fact(doc, m[k].fact), "title") != NULL)
			continue;			/* the title an org of the tagger held */
		if (title_before(&st, m[k].first, &t) || title_after(&st, m[k].last, &t))
			set_title(&st, tf_doc_fact(doc, m[k].fact), &t);
	}

	/* one name per person */
	tf_sort(doc->a, m, n, sizeof(mention), mention_cmp);
	link_mentions(doc, m, n);
	link_given_names(doc, m, n);
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
	doc->a->free(doc->a->ctx, st.first_of);
	doc->a->free(doc->a->ctx, st.last_of);
	doc->a->free(doc->a->ctx, st.words);
}
