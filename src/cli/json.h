/*
 * json.h — the little JSON the CLI needs: reading the string and scalar
 * members of one JSONL object, and writing JSON strings.
 */
#ifndef TF_CLI_JSON_H
#define TF_CLI_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef struct json_member
{
	const char *name;			/* member to look for */
	char	   *value;			/* malloc'd decoded string (or scalar text), or NULL */
	size_t		len;
	bool		is_string;		/* the value was a JSON string */
	bool		raw;			/* set by the caller: an array or object is kept as
								 * its JSON text (else it is skipped) */
} json_member;

/*
 * Parses one JSON object in s[0..len); for each wanted member that is a
 * string (or number), stores its decoded value.  Other members, nested
 * values included, are skipped.  Returns false on malformed JSON (with
 * nothing allocated).  Depth is bounded.
 */
extern bool json_read_object(const char *s, size_t len, json_member *members, int nmembers);
extern void json_free_members(json_member *members, int nmembers);

/*
 * The elements of the JSON array s[0..len) (a raw member), one per call:
 * *pos starts at 0; each call sets [*start, *end) to the next element's JSON
 * text and returns true, or returns false at the end or on malformed JSON.
 */
extern bool json_array_next(const char *s, size_t len, size_t *pos, size_t *start,
							size_t *end);

/*
 * Output through a buffer of our own: stdio's per-call locking and dispatch
 * was most of what writing the facts cost (fwrite and fputs: 60M
 * instructions on 700 kB of news, a tenth of the CLI's time).
 */
typedef struct json_out
{
	FILE	   *f;
	size_t		n;				/* bytes in buf */
	char		buf[1 << 16];
} json_out;

extern void json_out_flush(json_out *o);

static inline void
json_put(json_out *o, const char *s, size_t len)
{
	if (len > sizeof(o->buf) - o->n)
	{
		json_out_flush(o);
		if (len > sizeof(o->buf))
		{
			fwrite(s, 1, len, o->f);
			return;
		}
	}
	memcpy(o->buf + o->n, s, len);
	o->n += len;
}

static inline void
json_puts(json_out *o, const char *s)
{
	json_put(o, s, strlen(s));
}

/* Writes s[0..len) as a JSON string literal. */
extern void json_write_string(json_out *o, const char *s, size_t len);

#endif
