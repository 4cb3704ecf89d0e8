/*
 * tagger.h — the person tagger's private header: tags, features, the model's
 * layout and the decoder, shared by the stage (tagger.c), the features
 * (tagger_features.c), the generated model (generated/tagger_model.c) and
 * the training tool (src/train/tf_train.c), which links src/core so that
 * training and decoding compute the very same features.
 *
 * Tags are BILOU over four classes (PER, ORG, LOC, MISC): tag 0 is O and
 * class c has B = 1 + 4c, I = 2 + 4c, L = 3 + 4c, U = 4 + 4c.  MISC is
 * learnt only to keep the names wikigold and GMB call MISC out of the other
 * classes; it never becomes a fact.
 *
 * The tagger decodes only segments: runs of capitalised words inside one
 * sentence, at most TF_TAG_MAX_SEG tokens at a time; their features read
 * TF_TAG_CONTEXT tokens to each side.  Everything else is O without a look
 * (tf_tag_segments).
 */
#ifndef TF_TAGGER_H
#define TF_TAGGER_H

#include "doc.h"

#define TF_TAG_NCLASS	4
#define TF_TAG_NTAGS	(1 + 4 * TF_TAG_NCLASS)
enum
{
	TF_TC_PER = 0, TF_TC_ORG, TF_TC_LOC, TF_TC_MISC
};
enum
{
	TF_TB_B = 1, TF_TB_I, TF_TB_L, TF_TB_U
};
#define TF_TAG(cls, part)	(1 + 4 * (cls) + (part) - 1)
#define TF_TAG_CLASS(t)		(((t) - 1) / 4)
#define TF_TAG_PART(t)		(((t) - 1) % 4 + 1)

/*
 * words of context a token's features read on each side, the most tokens
 * between two capitalised words of one segment, and the longest segment
 */
#define TF_TAG_CONTEXT	1
#define TF_TAG_GAP		3
#define TF_TAG_MAX_SEG	128
/* the most features of one token */
#define TF_TAG_MAX_FEATS 56

/* ---- first names (generated/first_names_data.c, data/gen_first_names.py) ---- */

typedef struct tf_first_name
{
	uint32_t	key_off;		/* lower case, in tf_first_name_pool (tf_pool_str) */
	uint8_t		flags;			/* 1 male, 2 female */
} tf_first_name;

extern const tf_first_name tf_first_names[];
extern const char tf_first_name_pool[];
extern const uint32_t tf_first_names_size;
extern const tf_slot tf_first_name_slots[];
extern const uint32_t tf_first_name_nslots;

/* ---- words of place names (generated/place_words_data.c, data/gen_place_words.py) ---- */

/* tf_hash of the lower-cased word, sorted; flags 1 a one-word place, 2 a word of a longer one */
extern const uint32_t tf_place_word_hashes[];
extern const uint8_t tf_place_word_flags[];
extern const uint32_t tf_place_words_size;

/* ---- features (tagger_features.c) ---- */

/*
 * What the features of one document need beyond its tokens: the words
 * written capitalised elsewhere in it (tf_tag_docinfo_build).
 */
typedef struct tf_tag_docinfo
{
	uint32_t   *keys;			/* hash of a lower-cased word, 0: empty */
	uint8_t    *flags;			/* TF_TAG_DOC_* */
	uint32_t	mask;			/* slots - 1; 0 when there are none */
	struct tf_tag_word *words;	/* the words' values seen so far (tagger_features.c) */
	uint32_t	words_mask;		/* its slots - 1 */
} tf_tag_docinfo;

#define TF_TAG_DOC_CAP_INNER 0x01	/* capitalised, not first of its sentence */
#define TF_TAG_DOC_IN_SEQ	0x02	/* inside a run of two or more capitalised words */
#define TF_TAG_DOC_PERSON	0x04	/* tagged as a word of a person's name (tagger.c) */
#define TF_TAG_DOC_BRACKETED 0x08	/* in brackets after a capitalised word: "Board (SRA)" */

extern void tf_tag_docinfo_build(tf_doc *doc, tf_tag_docinfo *di);
extern void tf_tag_docinfo_free(tf_doc *doc, tf_tag_docinfo *di);
/* true if token i is a first name of the lists (generated/first_names_data.c) */
extern bool tf_tag_is_first_name(const tf_doc *doc, int i);
/* the key of token i's word in lower case, as the document info keys it */
extern uint32_t tf_tag_word_key(const tf_doc *doc, int i);
/* the flags of a capitalised word of the document, or NULL if it has none */
extern uint8_t *tf_tag_doc_slot(const tf_tag_docinfo *di, uint32_t key);

/*
 * The segments to decode: calls fn(doc, first, last, arg) for each run of
 * capitalised words [first, last] (at most TF_TAG_MAX_SEG tokens, at most
 * TF_TAG_GAP others between two; a word an earlier stage claimed only
 * beside another capital) with a word no earlier stage claimed; training
 * (tf_train) takes the runs without one too.
 */
typedef void (*tf_tag_segment_fn) (tf_doc *doc, int first, int last, void *arg);
extern void tf_tag_segments(tf_doc *doc, bool training, tf_tag_segment_fn fn, void *arg);

/*
 * The features of tokens [first, last]: feats[(k - first) * TF_TAG_MAX_FEATS
 * + j] for j < nfeats[k - first], each a non-zero 32-bit hash.
 */
extern void tf_tag_features(const tf_doc *doc, const tf_tag_docinfo *di, int first, int last,
							uint32_t *feats, uint8_t *nfeats);

/*
 * The same features for decoding, the class features apart: seven of them
 * read only a few bits of a neighbour's or the token's classes (which fact
 * an earlier stage made of it, the gazetteer's kind and context class, a
 * first name...), and a document holds few such combinations.  feats and
 * nfeats get the others; keys[(k - first) * 3 + p] the class key of
 * position p (0 the token before, 1 the token, 2 the one after), whose
 * features tf_tag_class_features(p, key, f) gives (it returns how many, at
 * most TF_TAG_CLASS_FEATS).  The decoder sums their weights once per key
 * and document (tagger.c).
 */
#define TF_TAG_CLASS_FEATS 7
extern void tf_tag_features_split(const tf_doc *doc, const tf_tag_docinfo *di, int first,
								  int last, uint32_t *feats, uint8_t *nfeats, uint32_t *keys);
extern int	tf_tag_class_features(int p, uint32_t key, uint32_t *f);

/*
 * The first token of the person's name in a person span [first, last]: after
 * the last title word before its last token ("Deputy Prime Minister Alexei
 * Overchuk", "Mr. Khorev"): titles stay out of a person's span, in the
 * training (tf_train) as in the stage.
 */
extern int	tf_tag_person_start(const tf_doc *doc, int first, int last);

/* ---- decoding (tagger.c) ---- */

/* true if tag b may follow tag a (BILOU; TF_TAG_NTAGS stands for the edges) */
extern bool tf_tag_allowed(int a, int b);

/*
 * The best tag sequence of n tokens given emission scores emit[k *
 * TF_TAG_NTAGS + t] and transition scores trans[a * TF_TAG_NTAGS + b] (a, b
 * up to TF_TAG_NTAGS, which is the start or end of the segment), under the
 * BILOU constraints.  n <= TF_TAG_MAX_SEG.
 */
extern void tf_tag_viterbi(const float *emit, int n, const float *trans, uint8_t *out);

/* ---- the model (generated/tagger_model.c, made by build/tf_train) ---- */

/*
 * Features are an open-addressing table of their hashes (slots[s].key, 0
 * empty, linear probing from key & (nslots - 1), at most half full).  A
 * feature's weights are integers (a score is weight * scale), stored one of
 * two ways, chosen by how many of its tags have a weight that is not zero:
 *
 * - sparse, for few: weights[start .. start + count), start = row >> 5,
 *   count = row & 31 (1 to TF_TAG_NTAGS), each tag << 16 | (uint16_t) weight;
 * - dense, for many (count field 0): the TF_TAG_LANES int16 of dense[start *
 *   TF_TAG_LANES ...], one per tag, zero beyond TF_TAG_NTAGS.
 *
 * The frequent features (the bias, the classes of a token and its
 * neighbours, short affixes) have a weight for nearly every tag; as dense
 * rows of a fixed width their addition is a few vector instructions instead
 * of a loop with a branch and a scattered store per weight, which was half
 * of the tagger's time.  Rare features stay sparse: smaller, so that the
 * table misses the caches less.  Key and row side by side, and the weights
 * of a feature side by side: a feature costs one or two cache lines.
 */
#define TF_TAG_LANES		24	/* TF_TAG_NTAGS rounded up to a multiple of 8 */
#define TF_TAG_DENSE_MIN	8	/* a feature with this many weights or more is dense */

typedef struct tf_tag_slot
{
	uint32_t	key;
	uint32_t	row;
} tf_tag_slot;

typedef struct tf_tag_model
{
	const tf_tag_slot *slots;
	uint32_t	nslots;			/* a power of two */
	const uint32_t *weights;
	uint32_t	nweights;
	const int16_t *dense;		/* ndense rows of TF_TAG_LANES */
	uint32_t	ndense;
	const int32_t *trans;		/* (TF_TAG_NTAGS + 1)^2 */
	float		scale;
} tf_tag_model;

extern const tf_tag_model tf_tagger_model;


#endif							/* TF_TAGGER_H */
