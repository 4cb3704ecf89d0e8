/*
 * fuzz_extract_utf8.c — the whole engine on valid UTF-8 only.  fuzz_extract
 * feeds raw bytes, most of which the decoder rejects early; here each input
 * byte is turned into one character, so the fuzzer spends its time on what
 * the stages after decoding see: letters of many scripts, currency signs,
 * digits of other scripts, combining marks, noncharacters, spaces and
 * punctuation, mixed with the input's own ASCII.  Byte 0x80 + k picks the
 * k-th entry of a table of such characters; an ASCII byte stays itself.
 * The facts must lie inside the text, on character boundaries, in order,
 * and every sentence number must be one of the document's.
 */
#include "fuzz_facts.h"

#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* code points that decide something in the engine, or that it must survive */
static const uint32_t specials[] = {
	0x00A0, 0x00A3, 0x00A5, 0x00B5, 0x00BD, 0x00C9, 0x00E9, 0x00F1, 0x00FC, 0x0130,
	0x0131, 0x0300, 0x0301, 0x0308, 0x0327, 0x0394, 0x03BC, 0x0410, 0x0430, 0x0451,
	0x05D0, 0x0627, 0x0660, 0x0665, 0x06F5, 0x0966, 0x096F, 0x0E3F, 0x1E9E, 0x200B,
	0x200C, 0x200D, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x202F, 0x2060,
	0x20A8, 0x20A9, 0x20AA, 0x20AC, 0x20B9, 0x20BA, 0x20BD, 0x20BF, 0x2153, 0x215F,
	0x2212, 0x2030, 0x2031, 0x3000, 0x3001, 0x3002, 0x4E07, 0x5104, 0x5186, 0xFE50,
	0xFDD0, 0xFEFF, 0xFF04, 0xFF10, 0xFF19, 0xFFE5, 0xFFFD, 0xFFFE, 0xFFFF, 0x1D7CE,
	0x1F4B5, 0x1F600, 0x1FFFE, 0x10FFFF, 0x0085, 0x2028, 0x2029, 0x000B, 0x00AD, 0x034F,
};
#define NSPECIALS (sizeof(specials) / sizeof(specials[0]))

static size_t
put_utf8(uint8_t *out, uint32_t cp)
{
	if (cp < 0x80)
	{
		out[0] = (uint8_t) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (uint8_t) (0xC0 | cp >> 6);
		out[1] = (uint8_t) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (uint8_t) (0xE0 | cp >> 12);
		out[1] = (uint8_t) (0x80 | (cp >> 6 & 0x3F));
		out[2] = (uint8_t) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (uint8_t) (0xF0 | cp >> 18);
	out[1] = (uint8_t) (0x80 | (cp >> 12 & 0x3F));
	out[2] = (uint8_t) (0x80 | (cp >> 6 & 0x3F));
	out[3] = (uint8_t) (0x80 | (cp & 0x3F));
	return 4;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *text;
	size_t		len = 0;
	size_t	   *cstart;			/* byte offset of each character */
	size_t		nchars = 0;
	tf_options	o;
	tf_result	r;

	if (size == 0)
		return 0;
	text = malloc(size * 4 + 1);
	cstart = malloc((size + 1) * sizeof(size_t));
	/* the first byte picks a reference date or none */
	tf_options_init(&o);
	if (data[0] & 1)
	{
		/* years 1 .. 9999, the range SQL passes on, both ends included */
		o.ref_date.y = (data[0] >> 1) == 127 ? 9999 : 1 + (data[0] >> 1) * 78;
		o.ref_date.m = 1 + data[0] % 12;
		o.ref_date.d = 1 + data[0] % 28;
	}
	for (size_t i = 1; i < size; i++)
	{
		uint32_t	cp = data[i] < 0x80 ? data[i] : specials[(data[i] - 0x80) % NSPECIALS];

		cstart[nchars++] = len;
		len += put_utf8(text + len, cp);
	}
	cstart[nchars] = len;

	tf_extract(&tf_malloc_allocator, (const char *) text, len, &o, &r);
	check_facts(&r, text, len);
	/* every character here is valid: the offsets are exactly these */
	for (int i = 0; i < r.nfacts; i++)
		if ((size_t) r.facts[i].cpos + r.facts[i].clen > nchars ||
			cstart[r.facts[i].cpos] != r.facts[i].bpos ||
			cstart[r.facts[i].cpos + r.facts[i].clen] != (size_t) r.facts[i].bpos + r.facts[i].blen)
			abort();
	tf_result_free(&tf_malloc_allocator, &r);
	free(cstart);
	free(text);
	return 0;
}
