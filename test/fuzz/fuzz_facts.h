/*
 * fuzz_facts.h — what every harness that extracts checks of the facts
 * (fuzz_extract, fuzz_extract_utf8, fuzz_userdict): each lies inside the
 * text and is at least one byte long, its character offsets agree with its
 * byte offsets (what substr() relies on), its kind has a name, its sentence
 * is one of the document's, and the facts come in text order.
 */
#ifndef FUZZ_FACTS_H
#define FUZZ_FACTS_H

#include "textfacts.h"

#include <stdlib.h>

/* characters in s[0..n), counted as the engine counts them */
static inline uint32_t
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

static inline void
check_facts(const tf_result *r, const uint8_t *text, size_t len)
{
	for (int i = 0; i < r->nfacts; i++)
	{
		const tf_fact *f = &r->facts[i];

		if ((size_t) f->bpos + f->blen > len || f->blen == 0 || f->clen == 0)
			abort();
		if (count_chars(text, f->bpos) != f->cpos ||
			count_chars(text + f->bpos, f->blen) != f->clen)
			abort();
		if (tf_kind_name(f->kind) == NULL || f->sentence < 1 || f->sentence > r->nsentences)
			abort();
		if (i > 0 && r->facts[i - 1].bpos > f->bpos)
			abort();
	}
}

#endif							/* FUZZ_FACTS_H */
