/*
 * fuzz_extract.c — the whole engine on arbitrary bytes.  Besides not
 * crashing, every fact must lie inside the text, and its character offsets
 * must agree with its byte offsets (what substr() relies on).
 */
#include "textfacts.h"

#include <stdlib.h>
#include <string.h>

/* characters in s[0..n), counted as the engine counts them */
static uint32_t
count_chars(const uint8_t *s, size_t n)
{
	uint32_t	c = 0;

	for (size_t i = 0; i < n;)
	{
		size_t		k = 1;

		/* a valid lead byte followed by enough continuation bytes is one char */
		if (s[i] >= 0xC2 && s[i] <= 0xF4)
		{
			size_t		need = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
			size_t		j;

			for (j = 1; j < need && i + j < n && (s[i + j] & 0xC0) == 0x80; j++)
				;
			if (j == need)
			{
				/* reject overlongs and surrogates the way the decoder does */
				uint32_t	cp = s[i] & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);

				for (j = 1; j < need; j++)
					cp = (cp << 6) | (s[i + j] & 0x3F);
				if (!((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
					  (cp >= 0xD800 && cp <= 0xDFFF)))
					k = need;
			}
		}
		i += k;
		c++;
	}
	return c;
}

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
	for (int i = 0; i < r.nfacts; i++)
	{
		const tf_fact *f = &r.facts[i];

		if ((size_t) f->bpos + f->blen > size || f->blen == 0)
			abort();
		if (count_chars(data, f->bpos) != f->cpos ||
			count_chars(data + f->bpos, f->blen) != f->clen)
			abort();
		if (tf_kind_name(f->kind) == NULL || f->sentence < 1 || f->sentence > r.nsentences)
			abort();
		if (i > 0 && r.facts[i - 1].bpos > f->bpos)
			abort();
	}
	tf_result_free(&tf_malloc_allocator, &r);
	return 0;
}
