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
#include "lexicon.h"
#include "text.h"

/* ---- the model ---- */

void
tf_tag_model_add(const tf_tag_model *m, uint32_t key, int32_t *score)
{
	uint32_t	mask = m->nslots - 1;

	for (uint32_t h = key & mask, n = 0; n < m->nslots; h = (h + 1) & mask, n++)
	{
		uint32_t	k = m->keys[h];

		if (k == key)
		{
			uint32_t	start = m->rows[h] >> 5,
						count = m->rows[h] & 31;

			if (start + count > m->nweights)
				return;			/* a broken model adds nothing */
			for (uint32_t j = 0; j < count; j++)
				if (m->tags[start + j] < TF_TAG_NTAGS)
					score[m->tags[start + j]] += m->weights[start + j];
			return;
		}
		if (k == 0)
			return;
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

/* the best of prev[a] + trans[a][b] over the tags a that b may follow; its a in *arg */
static float
best_before(const float *prev, const float *trans, int b, int *arg)
{
	float		m = NEG_SCORE;

	*arg = 0;
	for (int a = 0; a < TF_TAG_NTAGS; a++)
	{
		float		s;

		if (prev[a] <= NEG_SCORE || !tf_tag_allowed(a, b))
			continue;
		s = prev[a] + trans[a * (TF_TAG_NTAGS + 1) + b];
		if (s > m)
		{
			m = s;
			*arg = a;
		}
	}
	return m;
}

void
tf_tag_viterbi(const float *emit, int n, const float *trans, uint8_t *out)
{
	enum
	{
		NT = TF_TAG_NTAGS, NE = TF_TAG_NTAGS + 1
	};
	float		best[TF_TAG_MAX_SEG][NT];
	uint8_t		back[TF_TAG_MAX_SEG][NT];
	int			bt = 0;

	if (n <= 0 || n > TF_TAG_MAX_SEG)
		return;
	for (int b = 0; b < NT; b++)
		best[0][b] = tf_tag_allowed(NT, b) ? trans[NT * NE + b] + emit[b] : NEG_SCORE;
	for (int k = 1; k < n; k++)
		for (int b = 0; b < NT; b++)
		{
			int			arg;
			float		m = best_before(best[k - 1], trans, b, &arg);

			best[k][b] = m <= NEG_SCORE ? NEG_SCORE : m + emit[k * NT + b];
			back[k][b] = (uint8_t) arg;
		}
	best_before(best[n - 1], trans, NT, &bt);
	for (int k = n - 1; k >= 0; k--)
	{
		out[k] = (uint8_t) bt;
		if (k > 0)
			bt = back[k][bt];
	}
}

/* ---- the stage ---- */

typedef struct tag_state
{
	const tf_tag_model *m;
	tf_tag_docinfo di;
	uint8_t    *tags;			/* per token; 0 outside the segments */
	float		trans[(TF_TAG_NTAGS + 1) * (TF_TAG_NTAGS + 1)];
	uint32_t	feats[TF_TAG_MAX_SEG * TF_TAG_MAX_FEATS];
	uint8_t		nfeats[TF_TAG_MAX_SEG];
	float		emit[TF_TAG_MAX_SEG * TF_TAG_NTAGS];
} tag_state;

static void
decode_segment(tf_doc *doc, int first, int last, void *arg)
{
	tag_state  *st = arg;
	int			n = last - first + 1;

	tf_tag_features(doc, &st->di, first, last, st->feats, st->nfeats);
	for (int k = 0; k < n; k++)
	{
		int32_t		score[TF_TAG_NTAGS] = {0};
		const uint32_t *f = st->feats + (size_t) k * TF_TAG_MAX_FEATS;

		TF_TICK(doc);
		for (int j = 0; j < st->nfeats[k]; j++)
			tf_tag_model_add(st->m, f[j], score);
		for (int t = 0; t < TF_TAG_NTAGS; t++)
			st->emit[k * TF_TAG_NTAGS + t] = (float) score[t] * st->m->scale;
	}
	tf_tag_viterbi(st->emit, n, st->trans, st->tags + first);
}

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
		 lw->dotted != NULL))
		return true;
	return false;
}

/* adds the fact of a name of class cls over tokens [first, last] */
static void
emit_span(tf_doc *doc, int cls, int first, int last)
{
	tf_fact    *f;

	if (cls == TF_TC_MISC)
		return;
	/* a name never takes in a token an earlier stage owns: trim, or give up */
	while (first <= last && !tf_tok_free(doc, first))
		first++;
	while (last >= first && !tf_tok_free(doc, last))
		last--;
	if (first > last || !tf_span_free(doc, first, last))
		return;
	/* names end in a word or a full stop of an initial; a person's titles stay out */
	while (last > first && doc->tok[last].type != TF_TOK_WORD)
		last--;
	if (cls == TF_TC_PER)
	{
		while (first < last && (tf_ent_ctx(doc, first) & TF_CTX_TITLE))
			first++;
		while (first < last && tf_tok_is(doc, first, "."))
			first++;
		if (doc->tok[first].type != TF_TOK_WORD)
			return;
		if (first == last && never_a_person(doc, first))
			return;
		f = tf_doc_add_fact(doc, TF_PERSON, first, last);
		f->norm = tf_arena_strndup(doc->arena, tf_tok_text(doc, first),
								   doc->tok[last].bend - doc->tok[first].bstart);
		return;
	}
	if (doc->tok[first].type != TF_TOK_WORD || !(doc->tok[first].flags & TF_TF_CAP))
		return;
	if (cls == TF_TC_ORG)
		tf_doc_add_fact(doc, TF_ORG, first, last);
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
		if (ge != NULL && (ge->kind == TF_COUNTRY || ge->kind == TF_PLACE))
		{
			f = tf_doc_add_fact(doc, (tf_kind) ge->kind, first, last);
			f->norm = ge->norm;
			if (ge->kind == TF_PLACE && ge->country != NULL)
				tf_fact_set_detail_str(doc, f, "country", ge->country);
		}
		else
			tf_doc_add_fact(doc, TF_PLACE, first, last);
	}
}

static bool
is_person_word(const tf_tag_docinfo *di, const tf_doc *doc, int i)
{
	uint8_t    *fl = tf_tag_doc_slot(di, tf_tag_word_key(doc, i));

	return fl != NULL && (*fl & TF_TAG_DOC_PERSON);
}

/*
 * Label consistency: a run of capitalised words the tagger left O, each of
 * which the document tags as part of a person's name elsewhere, is that
 * person.
 */
static void
repeat_people(tf_doc *doc, tag_state *st)
{
	tf_tag_docinfo *di = &st->di;

	if (di->mask == 0)
		return;
	/* the document info's flags get one more bit: a word of a person's name */
	for (int i = 0; i < doc->ntok; i++)
	{
		uint8_t    *fl;

		TF_TICK(doc);
		if (st->tags[i] == 0 || TF_TAG_CLASS(st->tags[i]) != TF_TC_PER ||
			doc->tok[i].type != TF_TOK_WORD || !(doc->tok[i].flags & TF_TF_CAP) ||
			tf_tok_len(doc, i) < 2 || never_a_person(doc, i))
			continue;
		if ((fl = tf_tag_doc_slot(di, tf_tag_word_key(doc, i))) != NULL)
			*fl |= TF_TAG_DOC_PERSON;
	}
	for (int i = 0; i < doc->ntok; i++)
	{
		int			last = i - 1;

		TF_TICK(doc);
		while (last + 1 < doc->ntok && st->tags[last + 1] == 0 && tf_tok_free(doc, last + 1) &&
			   (doc->tok[last + 1].flags & TF_TF_CAP) && doc->tok[last + 1].type == TF_TOK_WORD &&
			   is_person_word(di, doc, last + 1) &&
			   (last < i || doc->tok[last + 1].sentence == doc->tok[i].sentence))
			last++;
		if (last >= i)
		{
			emit_span(doc, TF_TC_PER, i, last);
			i = last;
		}
	}
}

void
tf_recognize_people(tf_doc *doc)
{
	tag_state  *st;
	int			cls = -1,
				start = 0;

	if (!(doc->opts->kinds & TF_KIND_BIT(TF_PERSON)) || tf_tagger_model.nslots == 0 ||
		doc->ntok == 0)
		return;
	st = doc->a->alloc(doc->a->ctx, sizeof(tag_state));
	st->m = &tf_tagger_model;
	for (int k = 0; k < (TF_TAG_NTAGS + 1) * (TF_TAG_NTAGS + 1); k++)
		st->trans[k] = (float) st->m->trans[k] * st->m->scale;
	st->tags = tf_alloc_array(doc->a, (size_t) doc->ntok, 1);
	memset(st->tags, 0, (size_t) doc->ntok);
	tf_tag_docinfo_build(doc, &st->di);
	tf_tag_segments(doc, decode_segment, st);

	/* tags -> facts */
	for (int i = 0; i < doc->ntok; i++)
	{
		int			t = st->tags[i];

		TF_TICK(doc);
		if (t == 0)
		{
			cls = -1;
			continue;
		}
		switch (TF_TAG_PART(t))
		{
			case TF_TB_U:
				emit_span(doc, TF_TAG_CLASS(t), i, i);
				cls = -1;
				break;
			case TF_TB_B:
				cls = TF_TAG_CLASS(t);
				start = i;
				break;
			case TF_TB_L:
				if (cls == TF_TAG_CLASS(t))
					emit_span(doc, cls, start, i);
				cls = -1;
				break;
			default:
				break;
		}
	}
	repeat_people(doc, st);
	tf_tag_docinfo_free(doc, &st->di);
	doc->a->free(doc->a->ctx, st->tags);
	doc->a->free(doc->a->ctx, st);
}
