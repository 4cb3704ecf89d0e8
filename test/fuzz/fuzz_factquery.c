/*
 * fuzz_factquery.c — the factquery parser on arbitrary bytes.  Besides not
 * crashing: a query that parses has a canonical text that parses back to
 * the same canonical text, and matching it against a vector gives the same
 * answer as scanning every key of the vector with the term matcher (what a
 * GIN index does through comparePartial), and no key before a term's start
 * key matches it.
 */
#include "factsearch.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char vector_text[] =
	"'country:PK':3 'country:RU' 'org:International Monetary Fund' 'org:Bank of England' "
	"'person:Khawaja Muhammad Asif' 'money:USD:3000000000' 'money:PKR:-5.5' 'money:USD:0' "
	"'percent:%:6.9' 'percent:bp:200' 'number::70' 'number:businesspersons:12' "
	"'date:2024-09' 'date:XXXX-10' 'date:2024-10-08@2024-10-01..2024-10-08' 'date:2023-Q1'";

static tf_fv_header *vec;

/* the term's value by a full scan: any key that the matcher accepts */
static tf_tri
scan_term(void *ctx, const tf_fq_node *t)
{
	const tf_fq_header *q = ctx;

	for (uint32_t i = 0; i < vec->nkeys; i++)
	{
		size_t		len;
		const uint8_t *key = tf_fv_key(vec, i, &len);
		uint8_t		start[TF_KEY_MAX];
		bool		exact;
		size_t		slen = tf_fq_term_start(q, t, start, &exact);

		/* no key before the start may match: an index scan begins there */
		if (tf_key_cmp(key, len, start, slen) < 0)
		{
			if (tf_fq_term_match(q, t, key, len) == TF_KEY_MATCH)
				abort();
			continue;
		}
		if (tf_fq_term_match(q, t, key, len) == TF_KEY_MATCH)
		{
			if (exact && tf_key_cmp(key, len, start, slen) != 0)
				abort();		/* an exact term matched a key other than its start */
			return TF_TRUE;
		}
	}
	return TF_FALSE;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tf_parse_error err;
	size_t		qsize,
				q2size;
	tf_fq_header *q,
			   *q2;
	char	   *text,
			   *text2;

	if (vec == NULL)
	{
		size_t		vsize;

		vec = tf_fv_parse_text(&tf_malloc_allocator, 0, vector_text, strlen(vector_text),
							   &vsize, &err);
		if (vec == NULL)
			abort();
	}
	q = tf_fq_parse(&tf_malloc_allocator, 0, (const char *) data, size, &qsize, &err);
	if (q == NULL)
	{
		if (err.code == TF_OK || err.pos < 1 || (size_t) err.pos > size + 1)
			abort();
		return 0;
	}
	text = tf_fq_format(&tf_malloc_allocator, q);
	q2 = tf_fq_parse(&tf_malloc_allocator, 0, text, strlen(text), &q2size, &err);
	if (q2 == NULL)
		abort();				/* canonical text must parse */
	text2 = tf_fq_format(&tf_malloc_allocator, q2);
	if (strcmp(text, text2) != 0 || qsize != q2size || memcmp(q, q2, qsize) != 0)
		abort();				/* and give the same query */
	if (tf_fq_match(q, vec) != (tf_fq_eval(q, scan_term, q) == TF_TRUE))
		abort();
	free(text);
	free(text2);
	free(q);
	free(q2);
	return 0;
}
