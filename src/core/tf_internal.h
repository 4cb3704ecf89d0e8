/*
 * tf_internal.h — the engine's infrastructure, which callers never see: the
 * arena, sized allocation, interrupt checks, the stable sort and the hash of
 * the name tables.  The document the recognisers read is in doc.h, the
 * lexical helpers in text.h.
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

/*
 * Sorts n elements of size bytes stably (a merge sort, as glibc's qsort is
 * for arrays it can double), checking for interrupts as it goes; its scratch
 * space comes from a (n pointers).
 */
extern void tf_sort(const tf_allocator *a, void *base, size_t n, size_t size,
					int (*cmp) (const void *, const void *));

/* FNV-1a, the hash of the generated name and word tables */
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

/*
 * A slot of a generated hash table (the gazetteer's, the lexicon's): the
 * item's index + 1 (0: empty) and its key's full hash, which lets a probe
 * pass a slot without reading its key.  Linear probing over a power of two
 * (data/gen_gazetteer.py, hash_table).
 */
typedef struct tf_slot
{
	uint32_t	idx;
	uint32_t	hash;
} tf_slot;

/*
 * A string of a generated table: the tables hold offsets into a pool of
 * their file's strings instead of pointers, which the dynamic linker would
 * relocate in every process that loads the library (data/gen_gazetteer.py,
 * StrPool).  Offset 0 is no string.
 */
static inline const char *
tf_pool_str(const char *pool, uint32_t off)
{
	return off != 0 ? pool + off : NULL;
}

/*
 * The index of the item whose key is key[0..len) in such a table, or -1.
 * items is an array of elements of size bytes whose first member is the
 * key's offset in pool (a uint32_t; the key is NUL-terminated).
 */
static inline int
tf_slots_find(const tf_slot *slots, uint32_t nslots, const void *items, size_t size,
			  const char *pool, const char *key, size_t len)
{
	uint32_t	mask = nslots - 1;
	uint32_t	full = tf_hash(key, len);
	uint32_t	h = full & mask;

	for (uint32_t n = 0; n < nslots; n++)
	{
		uint32_t	s = slots[h].idx;

		if (s == 0)
			return -1;
		if (slots[h].hash == full)
		{
			uint32_t	off;
			const char *k;

			memcpy(&off, (const char *) items + (size_t) (s - 1) * size, sizeof(off));
			k = pool + off;
			/* no strlen: strncmp stops at the stored key's end (text keys hold no NUL) */
			if (strncmp(k, key, len) == 0 && k[len] == '\0')
				return (int) s - 1;
		}
		h = (h + 1) & mask;
	}
	return -1;
}

#endif							/* TF_INTERNAL_H */
