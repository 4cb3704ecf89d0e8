/*
 * fuzz_extract.c — the whole engine on arbitrary bytes.  Besides not
 * crashing, every fact must lie inside the text, and its character offsets
 * must agree with its byte offsets (what substr() relies on).
 */
#include "fuzz_facts.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tf_options	o;
	tf_result	r;

	tf_options_init(&o);
	/* the first byte picks a reference date or none */
	if (size > 0 && data[0] & 1)
	{
		o.ref_date.y = 2024;
		o.ref_date.m = 1 + data[0] % 12;
		o.ref_date.d = 1 + data[0] % 28;
	}
	tf_extract(&tf_malloc_allocator, (const char *) data, size, &o, &r);
	check_facts(&r, data, size);
	tf_result_free(&tf_malloc_allocator, &r);
	return 0;
}
