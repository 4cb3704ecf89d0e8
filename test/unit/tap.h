/*
 * tap.h — a minimal TAP producer for the C unit tests of src/core, and
 * helpers to run the engine on a string.  scripts/test counts the "ok" and
 * "not ok" lines.
 */
#ifndef TF_TAP_H
#define TF_TAP_H

#include "textfacts.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	tap_n = 0;
static int	tap_failed = 0;

static inline void
tap_ok(int cond, const char *file, int line, const char *fmt, ...)
{
	va_list		ap;

	tap_n++;
	printf("%s %d - ", cond ? "ok" : "not ok", tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
	{
		tap_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
}

#define ok(cond, ...) tap_ok((cond) ? 1 : 0, __FILE__, __LINE__, __VA_ARGS__)

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

/* ---- engine helpers ---- */

static tf_result tap_res;
static const char *tap_text;

/* extracts the facts of s with options o */
static inline const tf_result *
facts_with_options(const char *s, const tf_options *o)
{
	if (tap_res.arena)
		tf_result_free(&tf_malloc_allocator, &tap_res);
	tap_text = s;
	tf_extract(&tf_malloc_allocator, s, strlen(s), o, &tap_res);
	return &tap_res;
}

/* extracts the facts of s (with ref date "YYYY-MM-DD" or NULL) */
static inline const tf_result *
facts_of(const char *s, const char *ref)
{
	tf_options	o;

	tf_options_init(&o);
	if (ref)
		sscanf(ref, "%d-%d-%d", &o.ref_date.y, &o.ref_date.m, &o.ref_date.d);
	return facts_with_options(s, &o);
}

/* extracts the facts of s with a user dictionary (NULL: none) */
static inline const tf_result *
facts_with_dict(const char *s, const tf_userdict *dict)
{
	tf_options	o;

	tf_options_init(&o);
	o.dict = dict;
	return facts_with_options(s, &o);
}

/* the first fact of the last extraction with this kind and surface, or NULL */
static inline const tf_fact *
find_fact(const char *kind, const char *surface)
{
	for (int i = 0; i < tap_res.nfacts; i++)
	{
		const tf_fact *f = &tap_res.facts[i];

		if (strcmp(tf_kind_name(f->kind), kind) == 0 && f->blen == strlen(surface) &&
			memcmp(tap_text + f->bpos, surface, f->blen) == 0)
			return f;
	}
	return NULL;
}

/* number of facts of a kind in the last extraction */
static inline int
count_kind(const char *kind)
{
	int			n = 0;

	for (int i = 0; i < tap_res.nfacts; i++)
		if (strcmp(tf_kind_name(tap_res.facts[i].kind), kind) == 0)
			n++;
	return n;
}

/* the decimal as text (static buffer) */
static inline const char *
dec_str(const tf_decimal *d)
{
	static char buf[TF_DECIMAL_BUFSIZE];

	tf_decimal_format(d, buf, sizeof(buf));
	return buf;
}

/* true if fact f has value v (as text) and unit u (NULL: none) */
static inline int
fact_is(const tf_fact *f, const char *v, const char *u)
{
	if (f == NULL)
		return 0;
	if (v == NULL ? f->has_value : (!f->has_value || strcmp(dec_str(&f->value), v) != 0))
		return 0;
	if (u == NULL ? f->unit != NULL : (f->unit == NULL || strcmp(f->unit, u) != 0))
		return 0;
	return 1;
}

#endif
