/*
 * tf_internal.h — what the engine's stages share and callers never see:
 * the arena, the per-document state and the recogniser entry points.
 */
#ifndef TF_INTERNAL_H
#define TF_INTERNAL_H

#include "textfacts.h"
#include "text.h"

#include <string.h>

/* ---- arena: bump allocation in chunks from the caller's allocator ---- */

typedef struct tf_arena_chunk
{
	struct tf_arena_chunk *next;
	size_t		size;
	size_t		used;
	/* data follows, max-aligned */
} tf_arena_chunk;

typedef struct tf_arena
{
	const tf_allocator *a;
	tf_arena_chunk *head;
} tf_arena;

extern tf_arena *tf_arena_create(const tf_allocator *a);
extern void *tf_arena_alloc(tf_arena *arena, size_t size);
extern char *tf_arena_strndup(tf_arena *arena, const char *s, size_t len);
extern void tf_arena_destroy(tf_arena *arena);

/* A growable array in the arena; returns the (possibly moved) array. */
extern void *tf_arena_grow(tf_arena *arena, void *array, int *cap, int need,
						   size_t elemsize);

/*
 * n * size bytes, refused through error() (TF_MSG_TOO_LARGE) when the
 * product overflows or passes TF_MAX_ALLOC: every array whose length comes
 * from the document is sized through these.
 */
extern size_t tf_array_size(const tf_allocator *a, size_t n, size_t size);

static inline void *
tf_alloc_array(const tf_allocator *a, size_t n, size_t size)
{
	return a->alloc(a->ctx, tf_array_size(a, n > 0 ? n : 1, size));
}

static inline void *
tf_arena_alloc_array(tf_arena *arena, size_t n, size_t size)
{
	return tf_arena_alloc(arena, tf_array_size(arena->a, n, size));
}

/* ---- cancellation ---- */

static inline void
tf_check_interrupts(const tf_allocator *a)
{
	if (a->check_interrupts)
		a->check_interrupts(a->ctx);
}

/*
 * Every loop over a document's text, tokens, facts or sentences counts its
 * turns down and calls the caller's interrupt check once every
 * TF_INTERRUPT_EVERY of them: a decrement per turn rather than an indirect
 * call, and a turn does bounded work, so a cancel is honoured within a few
 * milliseconds wherever the engine is.  counter is an int32_t lvalue: the
 * document's (doc->countdown) or a loop's own.
 */
#define TF_INTERRUPT_EVERY 4096

#define TF_CHECK_EVERY(a, counter) \
	do { \
		if (--(counter) <= 0) \
		{ \
			(counter) = TF_INTERRUPT_EVERY; \
			tf_check_interrupts(a); \
		} \
	} while (0)

/* one turn of a loop over the document */
#define TF_TICK(doc) TF_CHECK_EVERY((doc)->a, *(doc)->countdown)

/*
 * Sorts n elements of size bytes stably (a merge sort, as glibc's qsort is
 * for arrays it can double), checking for interrupts as it goes; its scratch
 * space comes from a (n pointers).
 */
extern void tf_sort(const tf_allocator *a, void *base, size_t n, size_t size,
					int (*cmp) (const void *, const void *));

/* ---- the document being read ---- */

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

/* true if token i equals the ASCII string s ignoring ASCII case */
extern bool tf_tok_is_ci(const tf_doc *doc, int i, const char *s);
/* ... the same for s[0..n), s lower case */
extern bool tf_tok_is_ci_n(const tf_doc *doc, int i, const char *s, size_t n);

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

static inline bool
tf_tok_free(const tf_doc *doc, int i)
{
	return i >= 0 && i < doc->ntok && doc->tok[i].claimed == 0;
}

/* true if no token of [first, last] is claimed */
extern bool tf_span_free(const tf_doc *doc, int first, int last);

#define TF_FACT_SEG_BITS 10
#define TF_FACT_SEG (1 << TF_FACT_SEG_BITS)

/* fact k of the document, 0 <= k < nfacts */
static inline tf_fact *
tf_doc_fact(const tf_doc *doc, int k)
{
	return &doc->factseg[k >> TF_FACT_SEG_BITS][k & (TF_FACT_SEG - 1)];
}

/*
 * Adds a fact spanning tokens [first, last] and claims them.  The returned
 * fact can be completed (norm, value, unit, detail) by the caller.
 */
extern tf_fact *tf_doc_add_fact(tf_doc *doc, tf_kind kind, int first, int last);
extern void tf_fact_set_detail_str(tf_doc *doc, tf_fact *f, const char *key,
								   const char *value);
extern void tf_fact_set_detail_num(tf_doc *doc, tf_fact *f, const char *key,
								   const tf_decimal *value);

/* ---- stages, in the order tf_extract runs them ---- */

/* countries, nationalities, places, orgs (gazetteer.c) */
extern void tf_recognize_entities(tf_doc *doc);
/*
 * The longest user-dictionary name at token i (userdict.c): sets *last,
 * *kind and *norm.  The entity stage prefers it over a built-in name of the
 * same extent.
 */
extern bool tf_userdict_match(const tf_doc *doc, int i, int *last, tf_kind *kind,
							  const char **norm);
/* dates (dates.c) */
extern void tf_recognize_dates(tf_doc *doc);
/* money, percentages, quantities, counts, numbers (figures.c) */
extern void tf_recognize_figures(tf_doc *doc);

/*
 * true if unit[0..len) is the canonical name of a unit the figures stage
 * writes for facts of kind (TF_PERCENT: %, pp, bp; TF_QUANTITY: barrel,
 * tonne, m3, MW, ...) (figures_units.c); what a fact key may hold.
 */
extern bool tf_unit_canonical(tf_kind kind, const char *unit, size_t len);

/* ---- numbers (numbers.c) ---- */

/*
 * Reads a number starting at token i: digits with grouping and decimals,
 * optionally followed by a scale word.  On success fills *value, sets *last to
 * the last token used and returns true.
 */
typedef struct tf_number
{
	tf_decimal	value;
	int			first;
	int			last;
	bool		has_scale;
} tf_number;

extern bool tf_read_number(const tf_doc *doc, int i, bool allow_m, tf_number *out);
/* the value of the digits of number token i (grouping checked) */
extern bool tf_number_token_value(const tf_doc *doc, int i, tf_decimal *out);
/* the power of ten of scale word token i ("billion" -> 9), or -1 */
extern int	tf_scale_word(const tf_doc *doc, int i, bool allow_m);

/*
 * Appends the normalised key text of token i to buf[*off..cap) (namekey.c);
 * false if it would not fit.  first: no separator before it.
 */
extern bool tf_name_key_append(const tf_doc *doc, int i, bool first, char *buf,
							   size_t *off, size_t cap);

/*
 * Extends the key of token i (key[0..keylen[0]) already built) token by token
 * while the tokens are free and of the same sentence, up to maxtok tokens in
 * all, recording each length in keylen[n]; returns how many keys there are.
 * The candidates of a name lookup, longest last.
 */
extern int	tf_name_keys_extend(const tf_doc *doc, int i, int maxtok, char *key, size_t cap,
								size_t *keylen);

/*
 * The item of an open-addressing name table (namekey.c) whose key is
 * key[0..len): slots hold item index + 1 (0 empty), nslots is a power of two,
 * probing is linear from tf_hash; -1 if none.
 */
extern int	tf_table_find(const uint32_t *slots, uint32_t nslots, const char *key, size_t len,
						  const char *(*getkey) (void *arg, int k, size_t *len), void *arg);

/* FNV-1a, the hash of the generated gazetteer tables */
static inline uint32_t
tf_hash(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

#endif							/* TF_INTERNAL_H */
