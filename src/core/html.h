/*
 * html.h — article bodies stored as HTML (html.c): the text without its
 * markup, which the tokenizer reads, and the way back to the offsets of the
 * text as given.
 */
#ifndef TF_HTML_H
#define TF_HTML_H

#include "tf_internal.h"

/* a stretch of the decoded text and the stretch of the original it stands for */
typedef struct tf_html_run
{
	uint32_t	cstart;			/* in the decoded text */
	uint32_t	ostart;			/* in the original */
	uint32_t	clen;
	uint32_t	olen;
	bool		copy;			/* copied byte for byte (else a tag or an entity) */
} tf_html_run;

typedef struct tf_html
{
	char	   *text;			/* the decoded text, NUL-terminated; from the allocator */
	size_t		len;
	tf_html_run *runs;			/* in order of cstart */
	int			nruns;
} tf_html;

/*
 * The text without its markup (tags, comments, scripts and styles; entities
 * decoded) into *out; false, with nothing allocated, when the text holds no
 * markup.  Never longer than the text.
 */
extern bool tf_html_clean(const tf_allocator *a, const char *text, size_t len, tf_html *out);

/* a span [*bpos, *bpos + *blen) of the decoded text, as the span of the original */
extern void tf_html_span(const tf_html *h, uint32_t *bpos, uint32_t *blen);

extern void tf_html_free(const tf_allocator *a, tf_html *h);

#endif							/* TF_HTML_H */
