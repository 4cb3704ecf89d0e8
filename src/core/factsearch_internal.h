/*
 * factsearch_internal.h — what factkey.c, factvector.c and factquery_*.c
 * share and callers never see: error reporting with character positions,
 * big-endian helpers and the key parser with its position in a larger input.
 */
#ifndef TF_FACTSEARCH_INTERNAL_H
#define TF_FACTSEARCH_INTERNAL_H

#include "factsearch.h"
#include "tf_internal.h"

#include <stdarg.h>

/*
 * Sets *err: the code, the 1-based character position of byte off of input
 * (characters counted as UTF-8 lead bytes), a hint (or NULL) and a message
 * from fmt.
 */
extern void tf_set_error(tf_parse_error *err, tf_errcode code, const char *input,
						 size_t off, const char *hint, const char *fmt,...)
#if defined(__GNUC__)
			__attribute__((format(printf, 6, 7)))
#endif
			;

/*
 * The key parser of tf_factkey_from_text, reading input[off..off+len) so
 * that error positions count from the start of the whole input.
 */
extern size_t tf_factkey_parse(const char *input, size_t off, size_t len, uint8_t *out,
							   tf_parse_error *err);

/* the length of s[0..len) cut to at most max bytes at a character boundary */
extern int	tf_clip(const char *s, size_t len, size_t max);

/* The error hint that lists the kinds. */
extern const char tf_kinds_hint[];
/* The error hint of a date that is not on the calendar (2024-13, 99999). */
extern const char tf_calendar_hint[];

static inline uint32_t
tf_get_be32(const uint8_t *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) |
		((uint32_t) p[2] << 8) | (uint32_t) p[3];
}

static inline uint16_t
tf_get_be16(const uint8_t *p)
{
	return (uint16_t) (((uint16_t) p[0] << 8) | p[1]);
}

static inline void
tf_put_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t) (v >> 24);
	p[1] = (uint8_t) (v >> 16);
	p[2] = (uint8_t) (v >> 8);
	p[3] = (uint8_t) v;
}

static inline void
tf_put_be16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t) (v >> 8);
	p[1] = (uint8_t) v;
}

/* the date key's flag byte */
#define TF_DATE_NONE		0x00
#define TF_DATE_INTERVAL	0x01
/* bytes before a date key's norm */
#define TF_DATE_HDR(flag)	((flag) == TF_DATE_INTERVAL ? 10 : 2)

/*
 * A growing output buffer over the caller's allocator.  Its text may not
 * pass max bytes (tf_buf_init: TF_MAX_ALLOC - 1): an append that would calls
 * error() with TF_MSG_OUTPUT_TOO_LONG, before anything is allocated.
 */
typedef struct tf_buf
{
	const tf_allocator *a;
	char	   *data;
	size_t		len;
	size_t		cap;
	size_t		max;
} tf_buf;

extern void tf_buf_init(tf_buf *b, const tf_allocator *a);
extern void tf_buf_append(tf_buf *b, const char *s, size_t n);
extern void tf_buf_putc(tf_buf *b, char c);
extern void tf_buf_puts(tf_buf *b, const char *s);
/* s[0..n) between two quote characters, a quote or a backslash in it after a backslash */
extern void tf_buf_put_quoted(tf_buf *b, const char *s, size_t n, char quote);

#endif							/* TF_FACTSEARCH_INTERNAL_H */
