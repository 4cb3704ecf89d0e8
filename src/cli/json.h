/*
 * json.h — the little JSON the CLI needs: reading the string and scalar
 * members of one JSONL object, and writing JSON strings.
 */
#ifndef TF_CLI_JSON_H
#define TF_CLI_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

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

/* Writes s[0..len) as a JSON string literal. */
extern void json_write_string(FILE *out, const char *s, size_t len);

#endif
