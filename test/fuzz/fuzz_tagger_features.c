/*
 * fuzz_tagger_features.c — the person tagger's feature extraction on
 * arbitrary bytes: the document's stages run up to the tagger, then the
 * document information is built and every segment the tagger would decode
 * gets its features (the segments of training when the first byte is odd).
 * What it promises: segments lie inside the document, are at most
 * TF_TAG_MAX_SEG tokens, do not overlap and move forward; each of the
 * decoder's holds a token no earlier stage claimed; every token of a segment has at
 * most TF_TAG_MAX_FEATS features, each a non-zero hash; and the tagger's
 * person start lies inside its span.
 */
#include "stages.h"
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct seg_check
{
	const tf_tag_docinfo *di;
	int			last_end;		/* the previous segment's last token */
	bool		training;
} seg_check;

static void
check_segment(tf_doc *doc, int first, int last, void *arg)
{
	seg_check  *sc = arg;
	int			n = last - first + 1;
	uint32_t   *feats;
	uint8_t    *nfeats;

	if (first < 0 || last >= doc->ntok || first > last || n > TF_TAG_MAX_SEG ||
		first <= sc->last_end)
		abort();
	if (!sc->training)
	{
		bool		open = false;

		for (int i = first; i <= last; i++)
			open |= tf_tok_free(doc, i);
		if (!open)
			abort();
	}
	sc->last_end = last;
	feats = malloc((size_t) n * TF_TAG_MAX_FEATS * sizeof(uint32_t));
	nfeats = malloc((size_t) n);
	if (feats == NULL || nfeats == NULL)
		abort();
	tf_tag_features(doc, sc->di, first, last, feats, nfeats);
	for (int k = 0; k < n; k++)
	{
		if (nfeats[k] > TF_TAG_MAX_FEATS)
			abort();
		for (int j = 0; j < nfeats[k]; j++)
			if (feats[k * TF_TAG_MAX_FEATS + j] == 0)
				abort();
	}
	{
		int			s = tf_tag_person_start(doc, first, last);

		if (s < first || s > last)
			abort();
	}
	free(feats);
	free(nfeats);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tf_options	o;
	tf_doc		doc;
	tf_tokens	toks;
	int32_t		countdown;
	tf_tag_docinfo di;
	seg_check	sc;

	tf_options_init(&o);
	tf_doc_open(&doc, &tf_malloc_allocator, (const char *) data, size, &o, &countdown, &toks);
	tf_doc_run_stages(&doc, tf_recognize_tagger);
	tf_tag_docinfo_build(&doc, &di);
	sc.di = &di;
	sc.last_end = -1;
	sc.training = size > 0 && (data[0] & 1);
	tf_tag_segments(&doc, sc.training, check_segment, &sc);
	tf_tag_docinfo_free(&doc, &di);
	tf_doc_close(&doc);
	return 0;
}
