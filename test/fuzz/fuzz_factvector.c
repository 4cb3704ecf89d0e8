/*
 * fuzz_factvector.c — the factvector text parser and wire decoder on
 * arbitrary bytes.  The first byte picks the parser.  Whatever is accepted
 * must be a valid flat layout (tf_fv_check), its text form must parse back
 * to the same value, and its wire form must decode back to the same value.
 */
#include "factsearch.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tf_parse_error err;
	size_t		vsize,
				v2size,
				wlen;
	tf_fv_header *v,
			   *v2;
	char	   *text;
	uint8_t    *wire;

	if (size == 0)
		return 0;
	if (data[0] & 1)
		v = tf_fv_from_wire(&tf_malloc_allocator, 0, data + 1, size - 1, &vsize, &err);
	else
		v = tf_fv_parse_text(&tf_malloc_allocator, 0, (const char *) data + 1, size - 1,
							 &vsize, &err);
	if (v == NULL)
	{
		if (err.code == TF_OK)
			abort();
		return 0;
	}
	if (!tf_fv_check(v, vsize))
		abort();

	text = tf_fv_format_text(&tf_malloc_allocator, v);
	v2 = tf_fv_parse_text(&tf_malloc_allocator, 0, text, strlen(text), &v2size, &err);
	if (v2 == NULL || tf_fv_cmp(v, v2) != 0 || v2size != vsize)
		abort();
	free(v2);

	wlen = tf_fv_wire_size(v);
	wire = malloc(wlen);
	tf_fv_wire_write(v, wire);
	v2 = tf_fv_from_wire(&tf_malloc_allocator, 0, wire, wlen, &v2size, &err);
	if (v2 == NULL || v2size != vsize || memcmp(v, v2, vsize) != 0)
		abort();
	free(v2);
	free(wire);
	free(text);
	free(v);
	return 0;
}
