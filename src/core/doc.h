/*
 * doc.h — the document a recogniser reads and writes (doc.c): its text and
 * tokens, the facts found so far, and the helpers every recogniser uses to
 * look at tokens and to add facts and their details.
 *
 * A recogniser includes this (through its own header) and nothing of
 * extract.c: the pipeline calls the recognisers, never the other way round.
 * Memory: per-token arrays of a stage come from tf_alloc_array on doc->a and
 * are freed before the stage returns; what a fact keeps (its norm, unit and
 * details) lives in doc->arena, freed with the result.  Every loop over the
 * document's tokens or facts calls TF_TICK once a turn.
 */
#ifndef TF_DOC_H
#define TF_DOC_H

#include "tf_internal.h"

/* room for the stages of stages.h (TF_NSTAGES) */
#define TF_MAX_STAGES 8

typedef struct tf_doc
{
	const tf_allocator *a;
	tf_arena   *arena;
	const char *text;
	size_t		len;
	tf_token   *tok;
	int			ntok;
	const tf_options *opts;

	/*
	 * The facts found so far, in segments of TF_FACT_SEG (tf_doc_fact):
	 * growing one array by doubling would hold the old and the new copy at
	 * once while the tokens are still there, the memory peak of a document.
	 * tf_extract makes one array of them once the tokens are freed.
	 */
	tf_fact   **factseg;
	int			nfacts;
	int			nseg;
	int			segcap;

	/*
	 * The interrupt countdown of TF_TICK: a pointer, so that the stages'
	 * helpers that see the document as const can count too.
	 */
	int32_t    *countdown;

	/*
	 * Country evidence gathered by the entity stage (mentions per alpha-2
	 * code), used where a figure depends on the document's country (Rs).
	 */
	int			country_hits[26 * 26];

	/* the document's language (tf_lang), computed on first need; -1: not yet */
	int			lang;

	/*
	 * Informal English that writes names in lower case (the entity stage
	 * sets it: gazetteer.c's lower_prose), where TF_GAZ_LOWER names are
	 * read in lower case too.
	 */
	bool		lower_names;

	/*
	 * The index of the first fact each stage added (TF_STAGE_*, stages.h;
	 * set by tf_doc_run_stages): a later stage can tell whose a fact is
	 * ("the tagger's persons" are facts from stage_first_fact[TF_STAGE_TAGGER]).
	 */
	int			stage_first_fact[TF_MAX_STAGES];
} tf_doc;

/* token text helpers */
static inline const char *
tf_tok_text(const tf_doc *doc, int i)
{
	return doc->text + doc->tok[i].bstart;
}

static inline size_t
tf_tok_len(const tf_doc *doc, int i)
{
	return doc->tok[i].bend - doc->tok[i].bstart;
}

/* true if token i is exactly the ASCII string s */
static inline bool
tf_tok_is(const tf_doc *doc, int i, const char *s)
{
	size_t		n = strlen(s);

	return i >= 0 && i < doc->ntok && tf_tok_len(doc, i) == n &&
		memcmp(tf_tok_text(doc, i), s, n) == 0;
}

/* true if token i is s[0..n) (lower-case ASCII) in any ASCII case */
static inline bool
tf_tok_is_ci_n(const tf_doc *doc, int i, const char *s, size_t n)
{
	return i >= 0 && i < doc->ntok && tf_tok_len(doc, i) == n &&
		tf_ascii_eq_ci(tf_tok_text(doc, i), s, n);
}

/*
 * true if token i is the lower-case ASCII string s in any ASCII case; inline
 * so that the length of a literal folds away
 */
static inline bool
tf_tok_is_ci(const tf_doc *doc, int i, const char *s)
{
	return tf_tok_is_ci_n(doc, i, s, strlen(s));
}

/* the first code point of token i */
static inline uint32_t
tf_tok_cp(const tf_doc *doc, int i)
{
	return tf_token_cp(doc->text, &doc->tok[i]);
}

/* true if token i is a single character (its first code point is all of it) */
static inline bool
tf_tok_one_char(const tf_doc *doc, int i)
{
	uint32_t	cp = tf_tok_cp(doc, i);
	size_t		n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;

	/* an invalid byte (U+FFFD in cp) is one character of one byte */
	if (cp == 0xFFFD && tf_tok_len(doc, i) == 1)
		return true;
	return tf_tok_len(doc, i) == n;
}

/* true if tokens i and i+1 touch (no whitespace between them) */
static inline bool
tf_tok_glued(const tf_doc *doc, int i)
{
	return i + 1 < doc->ntok && !(doc->tok[i + 1].flags & TF_TF_SPACE_BEFORE);
}

/* is token i an apostrophe glued to the word before it and to an "s" after it ("'s", "’s")? */
static inline bool
tf_tok_possessive(const tf_doc *doc, int i)
{
	uint32_t	cp;

	if (i < 1 || i + 1 >= doc->ntok || !tf_tok_glued(doc, i - 1) || !tf_tok_glued(doc, i))
		return false;
	cp = tf_tok_cp(doc, i);
	return (cp == '\'' || cp == 0x2019) && tf_tok_one_char(doc, i) &&
		(tf_tok_is(doc, i + 1, "s") || tf_tok_is(doc, i + 1, "S"));
}

static inline bool
tf_tok_free(const tf_doc *doc, int i)
{
	return i >= 0 && i < doc->ntok && doc->tok[i].claimed == 0;
}

/* true if no token of [first, last] is claimed */
extern bool tf_span_free(const tf_doc *doc, int first, int last);

/*
 * The entry of a sorted word table (tf_sorted_find's: each entry begins
 * with its word) that is word token i as written, its first letter upper
 * case if cap; NULL if none, or if the token is TF_TOK_FIND_MAX bytes or
 * more (longer than any word of such a table).
 */
#define TF_TOK_FIND_MAX 32
extern const void *tf_tok_sorted_find(const tf_doc *doc, int i, const void *table, size_t n,
									  size_t size, bool cap);
/* the same in a table that is an array in scope */
#define tf_tok_in_table(doc, i, table, cap) \
	tf_tok_sorted_find(doc, i, table, sizeof(table) / sizeof((table)[0]), sizeof((table)[0]), cap)

#define TF_FACT_SEG_BITS 10
#define TF_FACT_SEG (1 << TF_FACT_SEG_BITS)

/* fact k of the document, 0 <= k < nfacts */
static inline tf_fact *
tf_doc_fact(const tf_doc *doc, int k)
{
	return &doc->factseg[k >> TF_FACT_SEG_BITS][k & (TF_FACT_SEG - 1)];
}

/*
 * The kind of a fact a later stage found to be none (people.c: "Sunni" is no
 * person): tf_extract drops it, its tokens stay claimed.
 */
#define TF_KIND_DROPPED ((tf_kind) TF_NKINDS)

/*
 * Adds a fact spanning tokens [first, last] and claims them.  The returned
 * fact can be completed (norm, value, unit, detail) by the caller.
 */
extern tf_fact *tf_doc_add_fact(tf_doc *doc, tf_kind kind, int first, int last);
extern void tf_fact_set_detail_str(tf_doc *doc, tf_fact *f, const char *key,
								   const char *value);
extern void tf_fact_set_detail_num(tf_doc *doc, tf_fact *f, const char *key,
								   const tf_decimal *value);

/* one turn of a loop over the document: the interrupt countdown of tf_internal.h */
#define TF_TICK(doc) TF_CHECK_EVERY((doc)->a, *(doc)->countdown)

#endif							/* TF_DOC_H */
