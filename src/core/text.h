/*
 * text.h — the lexical helpers of the engine (text.c): UTF-8 decoding, case
 * mapping, ASCII comparisons that ignore case, and binary search over the
 * sorted tables the stages keep their words in.
 *
 * Each exists once.  A stage that wants a word in lower case, a
 * case-insensitive comparison or a search of a sorted table calls these
 * rather than writing its own loop, so that the rules (which bytes are
 * letters, how a key is compared) are the same everywhere.
 */
#ifndef TF_TEXT_H
#define TF_TEXT_H

#include "textfacts.h"

#include <string.h>

/* ---- UTF-8 ---- */

/* next code point of s[*pos..len); invalid bytes give -1 and advance one byte */
extern int32_t tf_utf8_next(const char *s, size_t len, size_t *pos);

/*
 * Lower-cases s[0..len) into buf (code point by code point, ICU's simple
 * case mapping; ASCII fast path).  Returns the length written, or
 * (size_t) -1 if it does not fit.
 */
/* the UTF-8 of code point c (at most 0x10FFFF) into out[0..4); its length */
extern size_t tf_utf8_put(uint32_t c, char *out);

extern size_t tf_lower(const char *s, size_t len, char *buf, size_t bufsize);

/* ---- ASCII case ---- */

/*
 * Eight bytes at a time (SWAR): the bytes of a uint64_t, a byte test's
 * result a mask of the bytes' high bits.
 */
#define TF_ONES UINT64_C(0x0101010101010101)
#define TF_HIGHS UINT64_C(0x8080808080808080)

/* the bytes of w in [lo, hi]; w's high bits clear, so no sum carries out */
static inline uint64_t
tf_bytes_between(uint64_t w, unsigned lo, unsigned hi)
{
	return (w + TF_ONES * (0x80 - lo)) & ~(w + TF_ONES * (0x7F - hi)) & TF_HIGHS;
}

static inline char
tf_ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

static inline char
tf_ascii_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char) (c - 32) : c;
}

/* dst[0..n) = src[0..n) with ASCII capitals made small (no NUL added) */
static inline void
tf_ascii_lower_copy(char *dst, const char *src, size_t n)
{
	for (size_t k = 0; k < n; k++)
		dst[k] = tf_ascii_lower(src[k]);
}

/* dst[0..n) = src[0..n) with ASCII small letters made capitals (no NUL added) */
static inline void
tf_ascii_upper_copy(char *dst, const char *src, size_t n)
{
	for (size_t k = 0; k < n; k++)
		dst[k] = tf_ascii_upper(src[k]);
}

/* s[0..n) equals lower[0..n) (lower-case ASCII) in any ASCII case */
static inline bool
tf_ascii_eq_ci(const char *s, const char *lower, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (tf_ascii_lower(s[k]) != lower[k])
			return false;
	return true;
}

/* ---- sorted tables ---- */

/*
 * The hand-written tables of words are arrays of structs whose first member
 * is a `const char *` key, sorted by strcmp (bytewise); an array of
 * `const char *` is such a table too.  size is the size of an element.
 */

/* the index of the first element whose key is not below key (n if none) */
extern size_t tf_sorted_lower_bound(const void *table, size_t n, size_t size,
									const char *key);

/* the element whose key is key, or NULL */
extern const void *tf_sorted_find(const void *table, size_t n, size_t size,
								  const char *key);

/*
 * The same for the generated tables, whose elements begin with the key's
 * offset in the string pool of their file (a uint32_t; an array of offsets
 * is such a table too): see tf_pool_str.
 */
extern size_t tf_pool_lower_bound(const void *table, size_t n, size_t size, const char *pool,
								  const char *key);
extern const void *tf_pool_find(const void *table, size_t n, size_t size, const char *pool,
								const char *key);

#endif							/* TF_TEXT_H */
