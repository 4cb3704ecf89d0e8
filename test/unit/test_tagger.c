/*
 * Unit tests of the person tagger's parts (src/core/tagger*.c): the BILOU
 * constraints and Viterbi, the features (deterministic, bounded, sensitive
 * to what they claim to see), the segments it decodes, the first names, and
 * that the committed model is well formed.  What the tagger finds in text
 * is tested through tf_extract in test_tagger_stage.c and by test/accept.
 */
#include "tap.h"
#include "stages.h"
#include "tagger.h"

#define NT TF_TAG_NTAGS
#define NE (TF_TAG_NTAGS + 1)

static const int PER_B = TF_TAG(TF_TC_PER, TF_TB_B),
			PER_I = TF_TAG(TF_TC_PER, TF_TB_I),
			PER_L = TF_TAG(TF_TC_PER, TF_TB_L),
			PER_U = TF_TAG(TF_TC_PER, TF_TB_U),
			ORG_I = TF_TAG(TF_TC_ORG, TF_TB_I),
			ORG_L = TF_TAG(TF_TC_ORG, TF_TB_L);

static void
test_constraints(void)
{
	ok(tf_tag_allowed(NT, 0) && tf_tag_allowed(NT, PER_B) && tf_tag_allowed(NT, PER_U),
	   "a segment starts with O, B or U");
	ok(!tf_tag_allowed(NT, PER_I) && !tf_tag_allowed(NT, PER_L), "... never with I or L");
	ok(tf_tag_allowed(PER_B, PER_I) && tf_tag_allowed(PER_B, PER_L) &&
	   tf_tag_allowed(PER_I, PER_L), "B-PER goes on with I-PER or L-PER");
	ok(!tf_tag_allowed(PER_B, 0) && !tf_tag_allowed(PER_B, ORG_L) &&
	   !tf_tag_allowed(PER_I, ORG_I) && !tf_tag_allowed(PER_B, PER_B),
	   "an open name never closes on O, another class or a new B");
	ok(!tf_tag_allowed(PER_B, NT) && !tf_tag_allowed(PER_I, NT) &&
	   tf_tag_allowed(PER_L, NT) && tf_tag_allowed(0, NT), "no name left open at the end");
	ok(!tf_tag_allowed(0, PER_I) && !tf_tag_allowed(PER_U, PER_L), "I and L only inside a name");
}

static void
test_viterbi(void)
{
	float		emit[4 * NT],
				trans[NE * NE];
	uint8_t		out[4];
	bool		legal = true;

	memset(trans, 0, sizeof(trans));
	memset(emit, 0, sizeof(emit));
	/* emissions that prefer an illegal sequence: I-PER first, O last */
	emit[0 * NT + PER_I] = 5;
	emit[1 * NT + PER_I] = 5;
	emit[2 * NT + PER_L] = 1;
	emit[3 * NT + 0] = 1;
	tf_tag_viterbi(emit, 4, trans, out);
	for (int k = 0; k <= 4; k++)
		legal &= tf_tag_allowed(k == 0 ? NT : out[k - 1], k == 4 ? NT : out[k]);
	ok(legal, "Viterbi returns a legal sequence where the emissions prefer an illegal one");
	ok(out[0] == PER_B && out[1] == PER_I && out[2] == PER_L && out[3] == 0,
	   "... the best legal one: B I L O (got %d %d %d %d)", out[0], out[1], out[2], out[3]);

	/* a transition score decides between equal emissions */
	memset(emit, 0, sizeof(emit));
	emit[0 * NT + PER_U] = 1;
	emit[0 * NT + 0] = 1;
	trans[NT * NE + PER_U] = 2;
	tf_tag_viterbi(emit, 1, trans, out);
	ok(out[0] == PER_U, "transition scores count (start -> U-PER)");
}

/* the features of token i of text */
static int
features_of(const char *text, int i, uint32_t *f)
{
	tf_options	o;
	tf_doc		doc;
	tf_tokens	toks;
	int32_t		cd;
	tf_tag_docinfo di;
	uint32_t	feats[TF_TAG_MAX_SEG * TF_TAG_MAX_FEATS];
	uint8_t		nf[TF_TAG_MAX_SEG];
	int			n;

	tf_options_init(&o);
	tf_doc_open(&doc, &tf_malloc_allocator, text, strlen(text), &o, &cd, &toks);
	tf_doc_run_stages(&doc, tf_recognize_tagger);
	tf_tag_docinfo_build(&doc, &di);
	tf_tag_features(&doc, &di, i, i, feats, nf);
	n = nf[0];
	memcpy(f, feats, n * sizeof(uint32_t));
	tf_tag_docinfo_free(&doc, &di);
	tf_doc_close(&doc);
	return n;
}

static int
ndiff(const uint32_t *a, int na, const uint32_t *b, int nb)
{
	int			d = 0;

	for (int k = 0; k < na && k < nb; k++)
		d += a[k] != b[k];
	return d + (na > nb ? na - nb : nb - na);
}

static void
test_features(void)
{
	uint32_t	a[TF_TAG_MAX_FEATS],
				b[TF_TAG_MAX_FEATS];
	int			na,
				nb;
	bool		nonzero = true;

	na = features_of("We met John Smith in Lahore.", 2, a);
	nb = features_of("We met John Smith in Lahore.", 2, b);
	ok(na > 20 && na <= TF_TAG_MAX_FEATS, "a token has %d features, at most %d", na,
	   TF_TAG_MAX_FEATS);
	ok(na == nb && memcmp(a, b, na * sizeof(uint32_t)) == 0, "the same text gives the same features");
	for (int k = 0; k < na; k++)
		nonzero &= a[k] != 0;
	ok(nonzero, "no feature is 0 (the model's empty key)");

	nb = features_of("We met Jack Smith in Lahore.", 2, b);
	ok(ndiff(a, na, b, nb) > 5 && ndiff(a, na, b, nb) < na / 2,
	   "another first name changes the word's own features only (%d differ)", ndiff(a, na, b, nb));
	nb = features_of("We met John Smith in Lahore.", 3, b);
	ok(ndiff(a, na, b, nb) > na / 2, "another token: most features differ");
	nb = features_of("We met john Smith in Lahore.", 2, b);
	ok(ndiff(a, na, b, nb) > 3, "case is seen (%d differ)", ndiff(a, na, b, nb));
	/* the gazetteer's country claim is a feature of the word after it */
	na = features_of("We met Pakistan Smith.", 3, a);
	nb = features_of("We met Pakistanx Smith.", 3, b);
	ok(ndiff(a, na, b, nb) > 0, "what an earlier stage made of a neighbour is seen");
	/* document features: the same word capitalised inside a sentence elsewhere */
	na = features_of("Smith said so.", 0, a);
	nb = features_of("Smith said so. We met Smith.", 0, b);
	ok(ndiff(a, na, b, nb) >= 1, "a sentence-initial word sees the word capitalised elsewhere");
}

typedef struct seg_rec
{
	int			n;
	int			first[8],
				last[8];
} seg_rec;

static void
record_seg(tf_doc *doc, int first, int last, void *arg)
{
	seg_rec    *r = arg;

	if (r->n < 8)
	{
		r->first[r->n] = first;
		r->last[r->n] = last;
	}
	r->n++;
}

/* the segments of text, its earlier stages run (they claim tokens) */
static seg_rec
segments_of(const char *text, bool training)
{
	tf_options	o;
	tf_doc		doc;
	tf_tokens	toks;
	int32_t		cd;
	seg_rec		r;

	memset(&r, 0, sizeof(r));
	tf_options_init(&o);
	tf_doc_open(&doc, &tf_malloc_allocator, text, strlen(text), &o, &cd, &toks);
	tf_doc_run_stages(&doc, tf_recognize_tagger);
	tf_tag_segments(&doc, training, record_seg, &r);
	tf_doc_close(&doc);
	return r;
}

static void
test_segments(void)
{
	seg_rec		r;
	char	   *big;

	r = segments_of("the cat sat on the mat and then the dog sat on it", false);
	ok(r.n == 0, "no capital, no segment");
	/* tokens: 0 the 1 cat 2 sat 3 on 4 the 5 mat 6 with 7 John 8 Smith 9 of 10 the 11 bank 12 today */
	r = segments_of("the cat sat on the mat with John Smith of the bank today", false);
	ok(r.n == 1 && r.first[0] == 7 && r.last[0] == 8,
	   "a segment is the capitals, no word around them (%d: %d-%d)", r.n, r.first[0], r.last[0]);
	/* 0 He 1 met 2 the 3 Minister 4 of 5 the 6 Interior 7 and 8 then 9 some 10 other 11 Ahmed */
	r = segments_of("He met the Minister of the Interior and then some other Ahmed", false);
	ok(r.n == 2 && r.first[0] == 3 && r.last[0] == 6 && r.first[1] == 11 && r.last[1] == 11,
	   "capitals %d tokens apart are one segment, more apart two (%d: %d-%d)", TF_TAG_GAP + 1,
	   r.n, r.first[0], r.last[0]);
	r = segments_of("Ahmed went. the cat sat", false);
	ok(r.n == 1 && r.first[0] == 0 && r.last[0] == 0, "a segment stays inside its sentence");
	/* 0 They 1 flew 2 to 3 New 4 Delhi 5 on 6 Monday: places and weekdays are claimed */
	r = segments_of("They flew to New Delhi on Monday", false);
	ok(r.n == 0, "no segment whose capitals an earlier stage all claimed (%d)", r.n);
	r = segments_of("They flew to New Delhi on Monday", true);
	ok(r.n == 1 && r.first[0] == 3 && r.last[0] == 4,
	   "training reads it all the same (%d: %d-%d)", r.n, r.first[0], r.last[0]);
	/* 0 Ahmed 1 Khan 2 flew 3 to 4 Pakistan 5 on 6 Monday */
	r = segments_of("Ahmed Khan flew to Pakistan on Monday", false);
	ok(r.n == 1 && r.first[0] == 0 && r.last[0] == 1,
	   "a claimed capital apart from other capitals is no part of a segment (%d: %d-%d)", r.n,
	   r.first[0], r.last[0]);
	/* 0 at 1 a 2 Royal 3 Dutch 4 Shell 5 plant */
	r = segments_of("at a Royal Dutch Shell plant", false);
	ok(r.n == 1 && r.first[0] == 2 && r.last[0] == 4,
	   "a claimed capital beside others is (%d: %d-%d)", r.n, r.first[0], r.last[0]);

	/* a long run of capitals is cut into segments of at most TF_TAG_MAX_SEG */
	big = malloc(4 * 1000 + 1);
	for (int k = 0; k < 1000; k++)
		memcpy(big + 4 * k, "Abc ", 4);
	big[4000] = '\0';
	r = segments_of(big, false);
	ok(r.n >= 1000 / TF_TAG_MAX_SEG && r.last[0] - r.first[0] + 1 <= TF_TAG_MAX_SEG,
	   "a long capitalised run: %d segments of at most %d", r.n, TF_TAG_MAX_SEG);
	free(big);
}

static void
test_first_names(void)
{
	int			k;

	k = tf_slots_find(tf_first_name_slots, tf_first_name_nslots, tf_first_names,
					  sizeof(tf_first_name), tf_first_name_pool, "john", 4);
	ok(k >= 0 && (tf_first_names[k].flags & 1), "john is a male first name");
	k = tf_slots_find(tf_first_name_slots, tf_first_name_nslots, tf_first_names,
					  sizeof(tf_first_name), tf_first_name_pool, "mary", 4);
	ok(k >= 0 && (tf_first_names[k].flags & 2), "mary is a female first name");
	k = tf_slots_find(tf_first_name_slots, tf_first_name_nslots, tf_first_names,
					  sizeof(tf_first_name), tf_first_name_pool, "pakistan", 8);
	ok(k < 0, "pakistan is no first name");
}

static void
test_model(void)
{
	const tf_tag_model *m = &tf_tagger_model;
	uint32_t	nkeys = 0,
				ndense = 0;
	bool		rows_ok = true;

	ok(m->nslots > 0 && (m->nslots & (m->nslots - 1)) == 0, "the model's table is a power of two (%u)",
	   m->nslots);
	for (uint32_t s = 0; s < m->nslots; s++)
	{
		uint32_t	start = m->slots[s].row >> 5,
					count = m->slots[s].row & 31;

		if (m->slots[s].key == 0)
			continue;
		nkeys++;
		if (count == 0)			/* a dense row: its lanes beyond the tags are zero */
		{
			rows_ok &= start < m->ndense;
			for (int t = NT; t < TF_TAG_LANES && rows_ok; t++)
				rows_ok &= m->dense[(size_t) start * TF_TAG_LANES + t] == 0;
			ndense++;
			continue;
		}
		rows_ok &= count <= NT && count < TF_TAG_DENSE_MIN && start + count <= m->nweights;
		for (uint32_t j = 0; j < count && rows_ok; j++)
			rows_ok &= (m->weights[start + j] >> 16) < NT;
	}
	ok(nkeys > 10000 && (uint64_t) nkeys * 2 <= (uint64_t) m->nslots,
	   "it holds %u features, at most half full", nkeys);
	ok(ndense == m->ndense && ndense > 0, "%u of them dense, each row once", ndense);
	ok(rows_ok, "every feature's weights lie inside the tables, with tags below %d", NT);
	ok(m->scale > 0, "its scale is positive");
}

int
main(void)
{
	test_constraints();
	test_viterbi();
	test_features();
	test_segments();
	test_first_names();
	test_model();
	return tap_done();
}
