/*
 * tagger.c — the person tagger's stage: people, and the organisations and
 * places no list has, found by a trained sequence tagger (an averaged
 * perceptron over hashed features, BILOU tags, Viterbi under the BILOU
 * constraints; tagger.h).
 *
 * It runs after the gazetteer, the dates and the figures, so it sees what
 * they made of each token (a feature) and adds facts only on tokens none of
 * them claimed: the gazetteer's countries, nationalities and places keep
 * their ISO norms, the user's dictionary wins, and a date or an amount is
 * never part of a name.  It decodes only segments around capitalised words
 * (tf_tag_segments); the rest of the text costs one look at each token.
 *
 * What a tag sequence becomes (emit_span): PER a person whose norm is the
 * name as written, without the titles before it (President, Mr); ORG an org
 * and LOC a place, both without a norm unless the gazetteer knows the name;
 * MISC nothing.  A person is never a single title word, month, weekday or
 * function word, nor a name the gazetteer lists as a country, nationality
 * or org.  Last, a capitalised word left untagged that the document tagged
 * as a person's name elsewhere is that person again ("Asif" after
 * "Khawaja Muhammad Asif").
 */
#include "stages.h"
#include "tagger.h"
#include "gazetteer.h"
#include "entities.h"
#include "lexicon.h"
#include "text.h"

/* ---- the model ---- */

#define NO_ROW UINT32_MAX		/* a feature the model does not have */

/* the row of feature key (its slot's row), or NO_ROW */
static inline uint32_t
model_row(const tf_tag_model *m, uint32_t key)
{
	uint32_t	mask = m->nslots - 1;

	for (uint32_t h = key & mask, n = 0; n < m->nslots; h = (h + 1) & mask, n++)
	{
		uint32_t	k = m->slots[h].key;

		if (k == key)
			return m->slots[h].row;
		if (k == 0)
			break;
	}
	return NO_ROW;
}

/* the address of a row's weights, or NULL for none or a row beyond the tables */
static inline const void *
row_data(const tf_tag_model *m, uint32_t row)
{
	uint32_t	start = row >> 5,
				count = row & 31;

	if (row == NO_ROW)
		return NULL;
	if (count == 0)
		return start < m->ndense ? (const void *) (m->dense + (size_t) start * TF_TAG_LANES) : NULL;
	return start + count <= m->nweights ? (const void *) (m->weights + start) : NULL;
}

/*
 * Scores are added eight lanes at a time, in the vector types of GCC and
 * clang: the compiler makes of them the vector instructions the target has
 * (SSE2 on any x86-64), where the plain loop of int16 into int32 stayed
 * one lane at a time at -O2 (a fifth of the tagger's instructions).
 */
typedef int16_t lanes16 __attribute__((vector_size(16)));
typedef int32_t lanes32 __attribute__((vector_size(32)));

/* score[0..TF_TAG_LANES) += the int16 d[0..TF_TAG_LANES) */
static inline void
lanes_add16(int32_t *score, const int16_t *d)
{
	for (int g = 0; g < TF_TAG_LANES; g += 8)
	{
		lanes16		h;
		lanes32		s;

		memcpy(&h, d + g, sizeof(h));
		memcpy(&s, score + g, sizeof(s));
		s += __builtin_convertvector(h, lanes32);
		memcpy(score + g, &s, sizeof(s));
	}
}

/* score[0..TF_TAG_LANES) += the int32 d[0..TF_TAG_LANES) */
static inline void
lanes_add32(int32_t *score, const int32_t *d)
{
	for (int g = 0; g < TF_TAG_LANES; g += 8)
	{
		lanes32		a,
					s;

		memcpy(&a, d + g, sizeof(a));
		memcpy(&s, score + g, sizeof(s));
		s += a;
		memcpy(score + g, &s, sizeof(s));
	}
}

/* adds a row's weights to score[TF_TAG_LANES] */
static inline void
row_add(const tf_tag_model *m, uint32_t row, int32_t *score)
{
	const void *p = row_data(m, row);
	uint32_t	count = row & 31;

	if (p == NULL)
		return;					/* not in the model, or a broken model: nothing */
	if (count == 0)
	{
		lanes_add16(score, p);
		return;
	}
	for (uint32_t j = 0; j < count; j++)
	{
		uint32_t	w = ((const uint32_t *) p)[j];

		if ((w >> 16) < TF_TAG_NTAGS)
			score[w >> 16] += (int16_t) (w & 0xFFFF);
	}
}

/*
 * The class features' weights summed per class key (tf_tag_features_split),
 * for each of the three positions: a small open-addressing table filled as
 * the document's keys come (a document has a few dozen of them).  When a
 * table is full, a key's sum is computed each time it comes.
 */
#define CLASS_MEMO 64			/* a power of two */

typedef struct class_memo
{
	uint32_t	key[3][CLASS_MEMO];	/* key + 1; 0 is an empty entry */
	int32_t		sum[3][CLASS_MEMO][TF_TAG_LANES];
} class_memo;

static void
class_memo_reset(class_memo *cm)
{
	memset(cm->key, 0, sizeof(cm->key));
}

/* adds the weights of the class features of key at position p to score */
static void
class_add(const tf_tag_model *m, class_memo *cm, int p, uint32_t key, int32_t *score)
{
	uint32_t	h = (key * 0x9e3779b1u) >> 26;	/* the top 6 bits: CLASS_MEMO */
	int32_t    *sum = NULL;
	uint32_t	f[TF_TAG_CLASS_FEATS];
	int			nf;

	for (int n = 0; n < CLASS_MEMO; n++, h = (h + 1) & (CLASS_MEMO - 1))
	{
		if (cm->key[p][h] == key + 1)
		{
			lanes_add32(score, cm->sum[p][h]);
			return;
		}
		if (cm->key[p][h] == 0)
		{
			sum = cm->sum[p][h];
			cm->key[p][h] = key + 1;
			break;
		}
	}
	nf = tf_tag_class_features(p, key, f);
	if (sum == NULL)
	{
		/* the table is full: add them one by one */
		for (int j = 0; j < nf; j++)
			row_add(m, model_row(m, f[j]), score);
		return;
	}
	memset(sum, 0, TF_TAG_LANES * sizeof(int32_t));
	for (int j = 0; j < nf; j++)
		row_add(m, model_row(m, f[j]), sum);
	lanes_add32(score, sum);
}

/*
 * The emission scores emit[k * TF_TAG_NTAGS + t] of n tokens whose features
 * are feats[k * TF_TAG_MAX_FEATS + j], j < nfeats[k], and class keys
 * keys[k * 3 + p] (tf_tag_features_split).
 *
 * The features are looked up a few tokens at a time, in three passes: fetch
 * their slots ahead, then read the slots and fetch the rows they point to
 * ahead, then add the rows.  The model is megabytes, most lookups miss the
 * caches twice (slot, then row), and misses that overlap cost about one; a
 * few tokens at a time keep what was fetched in the caches until it is
 * read.
 */
#define EMIT_CHUNK 4

static void
model_emit(const tf_tag_model *m, class_memo *cm, const uint32_t *feats, const uint8_t *nfeats,
		   const uint32_t *keys, int n, float *emit)
{
	uint32_t	mask = m->nslots - 1;
	uint32_t	rows[EMIT_CHUNK * TF_TAG_MAX_FEATS];

	for (int k0 = 0; k0 < n; k0 += EMIT_CHUNK)
	{
		int			k1 = k0 + EMIT_CHUNK < n ? k0 + EMIT_CHUNK : n;

		for (int k = k0; k < k1; k++)
			for (int j = 0; j < nfeats[k]; j++)
				__builtin_prefetch(&m->slots[feats[(size_t) k * TF_TAG_MAX_FEATS + j] & mask]);
		for (int k = k0; k < k1; k++)
			for (int j = 0; j < nfeats[k]; j++)
			{
				uint32_t	r = model_row(m, feats[(size_t) k * TF_TAG_MAX_FEATS + j]);

				rows[(k - k0) * TF_TAG_MAX_FEATS + j] = r;
				__builtin_prefetch(row_data(m, r));
			}
		for (int k = k0; k < k1; k++)
		{
			int32_t		score[TF_TAG_LANES] = {0};

			for (int j = 0; j < nfeats[k]; j++)
				row_add(m, rows[(k - k0) * TF_TAG_MAX_FEATS + j], score);
			for (int p = 0; p < 3; p++)
				class_add(m, cm, p, keys[k * 3 + p], score);
			for (int t = 0; t < TF_TAG_NTAGS; t++)
				emit[k * TF_TAG_NTAGS + t] = (float) score[t] * m->scale;
		}
	}
}

/* ---- decoding ---- */

bool
tf_tag_allowed(int a, int b)
{
	bool		a_open = a != TF_TAG_NTAGS && a != 0 &&
		(TF_TAG_PART(a) == TF_TB_B || TF_TAG_PART(a) == TF_TB_I);

	if (b == TF_TAG_NTAGS)		/* the end: no name left open */
		return !a_open;
	if (a_open)					/* inside a name: go on or close it, same class */
		return b != 0 && TF_TAG_CLASS(b) == TF_TAG_CLASS(a) &&
			(TF_TAG_PART(b) == TF_TB_I || TF_TAG_PART(b) == TF_TB_L);
	/* outside: O, or a name begins */
	return b == 0 || TF_TAG_PART(b) == TF_TB_B || TF_TAG_PART(b) == TF_TB_U;
}

#define NEG_SCORE (-1e30f)

/*
 * The tags each tag may follow (tf_tag_allowed's BILOU constraints as
 * lists, the order in which the best is taken): B or I of its class before
 * an I or L, else O, L or U; row TF_TAG_NTAGS is the end of the segment.
 * Constant tables, so that the decoder's inner loop is only additions and
 * comparisons.
 */
#define OUTSIDE_OF(x) {0, TF_TAG(0, TF_TB_L), TF_TAG(0, TF_TB_U), TF_TAG(1, TF_TB_L), \
	TF_TAG(1, TF_TB_U), TF_TAG(2, TF_TB_L), TF_TAG(2, TF_TB_U), TF_TAG(3, TF_TB_L), TF_TAG(3, TF_TB_U)}
#define INSIDE_OF(c) {TF_TAG(c, TF_TB_B), TF_TAG(c, TF_TB_I)}
#define NOUTSIDE (1 + 2 * TF_TAG_NCLASS)

static const uint8_t before_tags[TF_TAG_NTAGS + 1][NOUTSIDE] = {
	OUTSIDE_OF(0),
	OUTSIDE_OF(0), INSIDE_OF(0), INSIDE_OF(0), OUTSIDE_OF(0),
	OUTSIDE_OF(0), INSIDE_OF(1), INSIDE_OF(1), OUTSIDE_OF(0),
	OUTSIDE_OF(0), INSIDE_OF(2), INSIDE_OF(2), OUTSIDE_OF(0),
	OUTSIDE_OF(0), INSIDE_OF(3), INSIDE_OF(3), OUTSIDE_OF(0),
	OUTSIDE_OF(0)
};

static inline int
nbefore(int b)
{
	return b != 0 && b != TF_TAG_NTAGS &&
		(TF_TAG_PART(b) == TF_TB_I || TF_TAG_PART(b) == TF_TB_L) ? 2 : NOUTSIDE;
}

/*
 * The best of prev[a] + col[c] over the nb tags a = cand[c] that a tag b may
 * follow, col[c] being trans[a][b] (its a in *arg)
 */
static inline float
best_before(const float *prev, const uint8_t *cand, const float *col, int nb, int *arg)
{
	float		m = NEG_SCORE;

	*arg = 0;
	for (int c = 0; c < nb; c++)
	{
		float		pa = prev[cand[c]],
					s;

		if (pa <= NEG_SCORE)
			continue;
		s = pa + col[c];
		if (s > m)
		{
			m = s;
			*arg = cand[c];
		}
	}
	return m;
}

/*
 * The Viterbi lattice of a segment: the best score of a sequence that ends
 * in each tag at each token, and the tag before it on that sequence.
 */
typedef struct tag_lattice
{
	float		best[TF_TAG_MAX_SEG][TF_TAG_NTAGS];
	uint8_t		back[TF_TAG_MAX_SEG][TF_TAG_NTAGS];
} tag_lattice;

/*
 * The transition scores as the decoder reads them: for each tag b, those
 * of the tags it may follow, in before_tags[b]'s order (tt[b][c] is
 * trans[before_tags[b][c]][b]), and from the start of a segment.  Built
 * once for a model (the stage) or a segment (training, whose scores move).
 */
typedef struct tag_columns
{
	uint8_t		nb[TF_TAG_NTAGS + 1];
	float		start[TF_TAG_NTAGS];
	float		tt[TF_TAG_NTAGS + 1][NOUTSIDE];
} tag_columns;

static void
columns_of(const float *trans, tag_columns *c)
{
	enum
	{
		NT = TF_TAG_NTAGS, NE = TF_TAG_NTAGS + 1
	};

	for (int b = 0; b < NE; b++)
	{
		c->nb[b] = (uint8_t) nbefore(b);
		for (int k = 0; k < c->nb[b]; k++)
			c->tt[b][k] = trans[before_tags[b][k] * NE + b];
	}
	for (int b = 0; b < NT; b++)
		c->start[b] = c->nb[b] == NOUTSIDE ? trans[NT * NE + b] : NEG_SCORE;
}

/*
 * The best tag sequence, the lattice's rows computed from token `from` on:
 * rows before it are already there (a row depends only on the one before it
 * and its token's emission scores, so a caller who changed no emission
 * before `from` gets the sequence a whole pass would give).
 */
static void
viterbi_from(const float *emit, int n, const tag_columns *c, tag_lattice *L, int from,
			 uint8_t *out)
{
	enum
	{
		NT = TF_TAG_NTAGS
	};
	int			bt = 0;

	if (n <= 0 || n > TF_TAG_MAX_SEG || from < 0 || from >= n)
		return;
	if (from == 0)
		for (int b = 0; b < NT; b++)
			L->best[0][b] = c->start[b] <= NEG_SCORE ? NEG_SCORE : c->start[b] + emit[b];
	for (int k = from > 0 ? from : 1; k < n; k++)
	{
		const float *prev = L->best[k - 1];

		for (int b = 0; b < NT; b++)
		{
			int			arg;
			float		m = best_before(prev, before_tags[b], c->tt[b], c->nb[b], &arg);

			L->best[k][b] = m <= NEG_SCORE ? NEG_SCORE : m + emit[k * NT + b];
			L->back[k][b] = (uint8_t) arg;
		}
	}
	best_before(L->best[n - 1], before_tags[NT], c->tt[NT], c->nb[NT], &bt);
	for (int k = n - 1; k >= 0; k--)
	{
		out[k] = (uint8_t) bt;
		if (k > 0)
			bt = L->back[k][bt];
	}
}

void
tf_tag_viterbi(const float *emit, int n, const float *trans, uint8_t *out)
{
	tag_lattice L;
	tag_columns c;

	columns_of(trans, &c);
	viterbi_from(emit, n, &c, &L, 0, out);
}

/* ---- the stage ---- */

typedef struct tag_state
{
	const tf_tag_model *m;
	tf_tag_docinfo di;
	uint8_t    *tags;			/* per token; 0 outside the segments */
	float		trans[(TF_TAG_NTAGS + 1) * (TF_TAG_NTAGS + 1)];
	tag_columns cols;			/* of trans */
	uint32_t	feats[TF_TAG_MAX_SEG * TF_TAG_MAX_FEATS];
	uint8_t		nfeats[TF_TAG_MAX_SEG];
	uint32_t	keys[TF_TAG_MAX_SEG * 3];	/* class keys */
	class_memo	memo;
	float		emit[TF_TAG_MAX_SEG * TF_TAG_NTAGS];
	uint8_t		seg_tags[TF_TAG_MAX_SEG];
	tag_lattice lat;			/* the segment's */
	tag_lattice alt;			/* span_margin's */
} tag_state;

/* true if token i may not be a person's name on its own */
static bool
never_a_person(const tf_doc *doc, int i)
{
	const tf_gaz_entry *ge = tf_gaz_token_entry(doc, i);
	char		low[TF_LEX_MAX_WORD + 1];
	size_t		n = tf_lower(tf_tok_text(doc, i), tf_tok_len(doc, i), low, sizeof(low));
	const tf_lexword *lw;

	if (doc->tok[i].type != TF_TOK_WORD)
		return true;
	if (tf_ent_ctx(doc, i) & (TF_CTX_TITLE | TF_CTX_TIME | TF_CTX_FUNC))
		return true;
	if (ge != NULL && (ge->kind == TF_COUNTRY || ge->kind == TF_NATIONALITY || ge->kind == TF_ORG))
		return true;
	if (n != (size_t) -1 && (lw = tf_lex_find(low, n)) != NULL &&
		(lw->date.cls == DW_MONTH || lw->date.cls == DW_WEEKDAY || lw->num.cls == NW_OTHER ||
		 lw->dotted_off != 0))
		return true;
	return false;
}

static bool
is_person_word(const tf_tag_docinfo *di, const tf_doc *doc, int i)
{
	uint8_t    *fl = tf_tag_doc_slot(di, tf_tag_word_key(doc, i));

	return fl != NULL && (*fl & TF_TAG_DOC_PERSON);
}

/*
 * The lower-case words a person's name may hold ("Osama bin Laden", "Vincent
 * van Gogh", "Ahmed al-Ani"); the lexicon has none of them.  Sorted.
 */
static const char *const particles[] = {
	"al", "ben", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn",
	"la", "le", "van", "von", "y"
};

#define is_particle(doc, i) (tf_tok_in_table(doc, i, particles, false) != NULL)

/*
 * The legal forms a company's name ends in, which the entity stage's head
 * nouns (entities_org.c) do not list: they make an org of a name the tagger
 * took for a person's ("Evil Corp").  Sorted, as written.
 */
static const char *const legal_forms[] = {
	"AG", "Co", "Corp", "GmbH", "Holdings", "Inc", "LLC", "LLP", "Limited", "Ltd", "PLC", "plc"
};

#define is_legal_form(doc, i) (tf_tok_in_table(doc, i, legal_forms, false) != NULL)

/*
 * One word left of a longer name that held a country or another stage's
 * fact ("Pakistan Petroleum") is a person's name only with some evidence
 * beyond the tagger's: a first name, a title before it, or a longer name of
 * a person in the document with it.  (For a lone word the tagger found
 * alone, that evidence would cost more people than wrong ones: news names
 * people by their surnames.)
 */
static bool
lone_name_ok(const tf_doc *doc, const tf_tag_docinfo *di, int i)
{
	int			before = i - 1;

	if (before >= 0 && tf_tok_is(doc, before, ".") && tf_tok_glued(doc, before - 1))
		before--;
	return tf_tag_is_first_name(doc, i) || is_person_word(di, doc, i) ||
		(before >= 0 && (tf_ent_ctx(doc, before) & TF_CTX_TITLE));
}

/* adds a person over [first, last] unless the rules say it is none */
static void
add_person(tf_doc *doc, const tf_tag_docinfo *di, int first, int last, bool trimmed)
{
	tf_fact    *f;

	while (last > first && doc->tok[last].type != TF_TOK_WORD)
		last--;
	if (doc->tok[first].type != TF_TOK_WORD || !(doc->tok[first].flags & TF_TF_CAP))
		return;
	if (first == last && (never_a_person(doc, first) || (trimmed && !lone_name_ok(doc, di, first))))
		return;
	/*
	 * A word before a title is part of the title ("Prime Minister", "Army
	 * General"), one before an org's head noun or legal form part of the
	 * org's name ("Pakistan Petroleum Limited")
	 */
	if (last + 1 < doc->ntok && ((tf_ent_ctx(doc, last + 1) & TF_CTX_TITLE) ||
								 tf_org_head_flags(doc, last + 1) || is_legal_form(doc, last + 1)))
		return;
	f = tf_doc_add_fact(doc, TF_PERSON, first, last);
	f->norm = tf_arena_strndup(doc->arena, tf_tok_text(doc, first),
							   doc->tok[last].bend - doc->tok[first].bstart);
}

/*
 * The person of a span the tagger tagged PER: without its titles, and cut
 * at a lower-case word that is no particle of a name ("Zarghuna Bibi met
 * Alexei Overchuk" is two people).
 */
static void
emit_person(tf_doc *doc, const tf_tag_docinfo *di, int first, int last, bool trimmed)
{
	int			start = tf_tag_person_start(doc, first, last);

	for (int i = start; i <= last; i++)
		if (doc->tok[i].type == TF_TOK_WORD && (doc->tok[i].flags & TF_TF_LOWER) &&
			!is_particle(doc, i))
		{
			if (i > start)
				add_person(doc, di, start, i - 1, trimmed);
			start = i + 1;
		}
	if (start <= last)
		add_person(doc, di, start, last, trimmed);
}

/*
 * The least margin (span_margin) of a name of each class that the stage
 * keeps, in the model's units.  A place the tagger finds and no gazetteer
 * knows is right little more than half the time on human-annotated web text
 * (UNER EWT dev) when its margin is small; a margin of 30 keeps the
 * precision of places there at 0.90 (0.84 without it), for 0.05 of their
 * recall.  For people and orgs the margin tells the right from the wrong
 * too little to be worth a threshold.  A new model needs the value checked
 * again (test/accept/entities.sh guards the precision).
 */
static const float min_margin[TF_TAG_NCLASS] = {0, 0, 30, 0};

/*
 * A company named after its country ("Pakistan Petroleum Limited", "Indian
 * Oil Corp"): the words of an org that ends in a legal form or an org's head
 * noun right after a country or nationality the gazetteer took.  They are no
 * org of their own ("Petroleum Limited"); the country stays.
 */
static bool
after_country(const tf_doc *doc, int first, int last)
{
	uint8_t		c = first > 0 ? doc->tok[first - 1].claimed : 0;

	return (c == 1 + TF_COUNTRY || c == 1 + TF_NATIONALITY) &&
		(doc->tok[first].flags & TF_TF_SPACE_BEFORE) &&
		!(doc->tok[first].flags & TF_TF_NEWLINE_BEFORE) &&
		(is_legal_form(doc, last) || tf_org_head_flags(doc, last));
}

/*
 * Is token first right after an organisation's "'s" ("the Defense
 * Ministry's Space Division")?  What an org has is its unit, office or
 * product more often than a place no list knows; such a name is no place.
 */
static bool
after_org_possessive(const tf_doc *doc, int first)
{
	return first >= 3 && tf_tok_possessive(doc, first - 2) &&
		doc->tok[first - 3].claimed == 1 + TF_ORG;
}

/* adds the fact of a name of class cls over tokens [first, last] */
static void
emit_span(tf_doc *doc, const tf_tag_docinfo *di, int cls, int first, int last)
{
	tf_fact    *f;
	bool		trimmed = false;

	if (cls == TF_TC_MISC)
		return;
	/*
	 * Words the document tags as a person's name elsewhere, after a title
	 * or not, are that person, whatever the tagger made of them here
	 * ("Asif said", "Colonel Sanders" after "Harlan David Sanders").
	 */
	if (cls != TF_TC_PER)
	{
		bool		person = true;
		int			i = first < last && (tf_ent_ctx(doc, first) & TF_CTX_TITLE) ? first + 1 : first;

		for (; i <= last && person; i++)
			person = is_person_word(di, doc, i);
		if (person)
			cls = TF_TC_PER;
	}
	/* an account or a tag ("@RusEmbPakistan", "#Karachi") is no name as written */
	if (first > 0 && tf_tok_glued(doc, first - 1) &&
		(tf_tok_is(doc, first - 1, "@") || tf_tok_is(doc, first - 1, "#")))
		return;
	/* a name never takes in a token an earlier stage owns: trim, or give up */
	while (first <= last && !tf_tok_free(doc, first))
	{
		first++;
		trimmed = true;
	}
	while (last >= first && !tf_tok_free(doc, last))
	{
		last--;
		trimmed = true;
	}
	if (first > last || !tf_span_free(doc, first, last))
		return;
	for (int i = first; i <= last; i++)
		if (doc->tok[i].flags & TF_TF_NONAME)
			return;
	/* a name ends in a capitalised word ("Evil Corp", not "Evil Corp and") */
	while (last > first && (doc->tok[last].type != TF_TOK_WORD ||
							!(doc->tok[last].flags & (TF_TF_CAP | TF_TF_UPPER))))
		last--;
	/* a person's name does not end in an org's head noun or legal form ("Nina Holdings") */
	if (cls == TF_TC_PER && first < last &&
		(tf_org_head_flags(doc, last) || is_legal_form(doc, last)))
		cls = TF_TC_ORG;
	if (cls == TF_TC_PER)
	{
		emit_person(doc, di, first, last, trimmed);
		return;
	}
	if (doc->tok[first].type != TF_TOK_WORD || !(doc->tok[first].flags & TF_TF_CAP))
		return;
	if (cls == TF_TC_ORG)
	{
		/*
		 * An acronym the document gives in brackets after a name is the
		 * entity stage's: it is an org when the name spells it, and none
		 * when the stage left it ("the SRA" after "Sindh Revenue Board
		 * (SRA)").
		 */
		if (first == last && (doc->tok[first].flags & TF_TF_UPPER))
		{
			uint8_t    *fl = tf_tag_doc_slot(di, tf_tag_word_key(doc, first));

			if (fl != NULL && (*fl & TF_TAG_DOC_BRACKETED))
				return;
		}
		if (after_country(doc, first, last))
			return;
		/* "Honest Corp and Plain Corp" are two companies */
		for (int k = first + 2; k < last; k++)
			if (tf_tok_is(doc, k, "and") && is_legal_form(doc, k - 1))
			{
				emit_span(doc, di, cls, first, k - 1);
				emit_span(doc, di, cls, k + 1, last);
				return;
			}
		tf_doc_add_fact(doc, TF_ORG, first, last);
	}
	else
	{
		char		key[TF_GAZ_MAX_KEY];
		size_t		off = 0;
		bool		fits = true;
		const tf_gaz_entry *ge = NULL;

		for (int i = first; i <= last && fits; i++)
			fits = tf_gaz_append_key(doc, i, i == first, key, &off);
		if (fits)
			ge = tf_gaz_lookup(key, off);
		/* a place that is also a common word is a place only where the entity stage says */
		if (ge != NULL && (ge->flags & TF_GAZ_COMMON))
			return;
		if (ge != NULL && (ge->kind == TF_COUNTRY || ge->kind == TF_PLACE))
		{
			f = tf_doc_add_fact(doc, (tf_kind) ge->kind, first, last);
			f->norm = tf_gaz_norm(ge);
			if (ge->kind == TF_PLACE && ge->country_off != 0)
				tf_fact_set_detail_str(doc, f, "country", tf_gaz_country(ge));
		}
		else if (!after_org_possessive(doc, first))
			tf_doc_add_fact(doc, TF_PLACE, first, last);
	}
}

/* the score of the tag sequence tags[0..n) */
static float
sequence_score(const tag_state *st, const uint8_t *tags, int n)
{
	const int	NE = TF_TAG_NTAGS + 1;
	float		sc = 0;

	for (int k = 0; k <= n; k++)
	{
		int			a = k == 0 ? TF_TAG_NTAGS : tags[k - 1],
					b = k == n ? TF_TAG_NTAGS : tags[k];

		sc += st->trans[a * NE + b];
		if (k < n)
			sc += st->emit[k * TF_TAG_NTAGS + b];
	}
	return sc;
}

/*
 * How sure the tagger is of the name [s, e] of a segment of n tokens: the
 * score of its best sequence less that of the best one with these tokens
 * outside any name.
 */
static float
span_margin(tag_state *st, int n, int s, int e)
{
	float		emit2[TF_TAG_MAX_SEG * TF_TAG_NTAGS];
	uint8_t		alt[TF_TAG_MAX_SEG];
	float		best = sequence_score(st, st->seg_tags, n);

	memcpy(emit2, st->emit, (size_t) n * TF_TAG_NTAGS * sizeof(float));
	for (int k = s; k <= e; k++)
		for (int t = 1; t < TF_TAG_NTAGS; t++)
			emit2[k * TF_TAG_NTAGS + t] = NEG_SCORE;
	/* nothing before s changed: the segment's lattice rows hold, decode from s */
	memcpy(st->alt.best, st->lat.best, (size_t) s * sizeof(st->lat.best[0]));
	memcpy(st->alt.back, st->lat.back, (size_t) s * sizeof(st->lat.back[0]));
	viterbi_from(emit2, n, &st->cols, &st->alt, s, alt);
	return best - sequence_score(st, alt, n);
}

/* the names of the segment of n tokens from first whose margin is too small become O */
static void
weigh_segment(tag_state *st, int first, int n)
{
	int			start = 0,
				cls = -1;

	memcpy(st->seg_tags, st->tags + first, n);
	for (int k = 0; k < n; k++)
	{
		int			t = st->seg_tags[k];

		if (t == 0)
			cls = -1;
		else if (TF_TAG_PART(t) == TF_TB_B)
		{
			cls = TF_TAG_CLASS(t);
			start = k;
		}
		else if (TF_TAG_PART(t) == TF_TB_U || (TF_TAG_PART(t) == TF_TB_L && cls == TF_TAG_CLASS(t)))
		{
			if (TF_TAG_PART(t) == TF_TB_U)
				start = k;
			if (min_margin[TF_TAG_CLASS(t)] > 0 &&
				span_margin(st, n, start, k) < min_margin[TF_TAG_CLASS(t)])
				memset(st->tags + first + start, 0, k - start + 1);
			cls = -1;
		}
	}
}

static void
decode_segment(tf_doc *doc, int first, int last, void *arg)
{
	tag_state  *st = arg;
	int			n = last - first + 1;

	tf_tag_features_split(doc, &st->di, first, last, st->feats, st->nfeats, st->keys);
	TF_TICK(doc);
	model_emit(st->m, &st->memo, st->feats, st->nfeats, st->keys, n, st->emit);
	viterbi_from(st->emit, n, &st->cols, &st->lat, 0, st->tags + first);
	weigh_segment(st, first, n);
}

/* the document info's flags get one more bit: a word of a person's name of two words or more */
static void
mark_people(tf_doc *doc, tag_state *st)
{
	for (int i = 0; i < doc->ntok; i++)
	{
		uint8_t    *fl;

		TF_TICK(doc);
		if (st->tags[i] == 0 || TF_TAG_CLASS(st->tags[i]) != TF_TC_PER ||
			TF_TAG_PART(st->tags[i]) == TF_TB_U ||
			doc->tok[i].type != TF_TOK_WORD || !(doc->tok[i].flags & TF_TF_CAP) ||
			tf_tok_len(doc, i) < 2 || never_a_person(doc, i))
			continue;
		if ((fl = tf_tag_doc_slot(&st->di, tf_tag_word_key(doc, i))) != NULL)
			*fl |= TF_TAG_DOC_PERSON;
	}
}

/* the names the tags give */
static void
tags_to_facts(tf_doc *doc, tag_state *st)
{
	int			start = 0,
				cls = -1;

	for (int i = 0; i < doc->ntok; i++)
	{
		int			t = st->tags[i];

		TF_TICK(doc);
		if (t == 0)
			cls = -1;
		else if (TF_TAG_PART(t) == TF_TB_B)
		{
			cls = TF_TAG_CLASS(t);
			start = i;
		}
		else if (TF_TAG_PART(t) == TF_TB_U)
			emit_span(doc, &st->di, TF_TAG_CLASS(t), i, i);
		else if (TF_TAG_PART(t) == TF_TB_L && cls == TF_TAG_CLASS(t))
		{
			emit_span(doc, &st->di, cls, start, i);
			cls = -1;
		}
	}
}

/*
 * Label consistency: a run of capitalised words the tagger left O, each of
 * which the document tags as part of a person's name elsewhere, is that
 * person.
 */
static void
repeat_people(tf_doc *doc, tag_state *st)
{
	for (int i = 0; i < doc->ntok; i++)
	{
		int			last = i - 1;

		TF_TICK(doc);
		while (last + 1 < doc->ntok && st->tags[last + 1] == 0 && tf_tok_free(doc, last + 1) &&
			   (doc->tok[last + 1].flags & TF_TF_CAP) && doc->tok[last + 1].type == TF_TOK_WORD &&
			   is_person_word(&st->di, doc, last + 1) &&
			   (last < i || doc->tok[last + 1].sentence == doc->tok[i].sentence))
			last++;
		if (last >= i)
		{
			emit_span(doc, &st->di, TF_TC_PER, i, last);
			i = last;
		}
	}
}

/*
 * The stage's state is on the stack (about 80 kB): allocated afresh for
 * each document, a block that size went back to the system with the
 * document and its pages faulted in again with the next one (8,000 page
 * faults and a TLB flush a document on the VOA bench text, a fifth of the
 * stage's time); the stack's pages stay.
 */
void
tf_recognize_tagger(tf_doc *doc)
{
	tag_state	state;
	tag_state  *st = &state;

	if (!(doc->opts->kinds & TF_KIND_BIT(TF_PERSON)) || tf_tagger_model.nslots == 0 ||
		doc->ntok == 0)
		return;
	st->m = &tf_tagger_model;
	for (int k = 0; k < (TF_TAG_NTAGS + 1) * (TF_TAG_NTAGS + 1); k++)
		st->trans[k] = (float) st->m->trans[k] * st->m->scale;
	columns_of(st->trans, &st->cols);
	class_memo_reset(&st->memo);
	st->tags = tf_alloc_array(doc->a, (size_t) doc->ntok, 1);
	memset(st->tags, 0, (size_t) doc->ntok);
	tf_tag_docinfo_build(doc, &st->di);
	tf_tag_segments(doc, false, decode_segment, st);
	mark_people(doc, st);
	tags_to_facts(doc, st);
	repeat_people(doc, st);
	tf_tag_docinfo_free(doc, &st->di);
	doc->a->free(doc->a->ctx, st->tags);
}
