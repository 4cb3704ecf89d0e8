/*
 * fuzz_headline.c — the headline options parser and the headline itself on
 * arbitrary bytes.  Input: options, a NUL byte, then the document text.  The
 * headline must be made of the document's own text and the markers: once
 * the markers are removed, every character of it comes from the text.
 */
#include "factsearch.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* true if needle[0..m) occurs in hay[0..n) (inputs are small: naive is enough) */
static int
contains(const char *hay, size_t n, const char *needle, size_t m)
{
	for (size_t i = 0; i + m <= n; i++)
		if (memcmp(hay + i, needle, m) == 0)
			return 1;
	return 0;
}

static const char query_text[] = "country:PK | money>=1e6 | !org | date:2024 | org:Bank* | money:USD";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t		olen = nul ? (size_t) (nul - data) : size;
	const char *text = nul ? (const char *) nul + 1 : "";
	size_t		tlen = nul ? size - olen - 1 : 0;
	tf_headline_opts o;
	tf_parse_error err;
	tf_fq_header *q;
	size_t		qsize;
	char	   *h;
	tf_options	opts;

	if (!tf_headline_options((const char *) data, olen, &o, &err))
	{
		if (err.code == TF_OK || err.pos < 1 || (size_t) err.pos > olen + 1)
			abort();
		return 0;
	}
	if (o.max_fragments < 0)
		abort();
	/* fixed markers, so the output can be checked against the text */
	o.start_sel = "\x01";
	o.start_len = 1;
	o.stop_sel = "\x02";
	o.stop_len = 1;
	o.delimiter = "\x03";
	o.delimiter_len = 1;
	q = tf_fq_parse(&tf_malloc_allocator, 0, query_text, strlen(query_text), &qsize, &err);
	if (q == NULL)
		abort();
	tf_options_init(&opts);
	h = tf_headline(&tf_malloc_allocator, text, tlen, &opts, q, &o);
	{
		/*
		 * Each run between delimiters, markers removed, is a piece of the
		 * text (with the marker bytes removed from it too).
		 */
		size_t		n = strlen(h),
					start = 0,
					flen = 0;
		char	   *filtered = malloc(tlen + 1);

		for (size_t k = 0; k < tlen; k++)
			if (text[k] != '\x01' && text[k] != '\x02' && text[k] != '\x03')
				filtered[flen++] = text[k];

		for (size_t i = 0; i <= n; i++)
		{
			if (i < n && h[i] != '\x03')
				continue;
			{
				char	   *piece = malloc(i - start + 1);
				size_t		m = 0;

				for (size_t k = start; k < i; k++)
					if (h[k] != '\x01' && h[k] != '\x02')
						piece[m++] = h[k];
				if (m > 0 && !contains(filtered, flen, piece, m))
					abort();
				free(piece);
			}
			start = i + 1;
		}
		free(filtered);
	}
	free(h);
	free(q);
	return 0;
}
