/*
 * extract.c — the pipeline: text -> tokens -> recognisers in a fixed order
 * -> overlaps resolved -> facts in text order, with character offsets.
 *
 * Recognisers run in a fixed order and claim the tokens of the facts they
 * make, so a later stage never reads a token an earlier one owns: entities
 * first (an org owns the country in its name), then dates (a year inside a
 * date is not a number), then the figures.  What they share (the document,
 * its tokens and facts) is doc.c; this file only runs them.  Also here: the
 * options' defaults and an allocator over malloc, for callers outside a
 * server.
 */
#include "stages.h"
#include "html.h"

#include <stdio.h>
#include <stdlib.h>

void
tf_options_init(tf_options *opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->kinds = TF_ALL_KINDS;
	opts->dollar = NULL;
}

static void *
malloc_alloc(void *ctx, size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "textfacts: out of memory\n");
		exit(2);
	}
	return p;
}

static void
malloc_free(void *ctx, void *ptr)
{
	free(ptr);
}

static void
malloc_error(void *ctx, const char *message)
{
	fprintf(stderr, "%s\n", message);
	exit(2);
}

const tf_allocator tf_malloc_allocator = {malloc_alloc, malloc_free, malloc_error, NULL, NULL};

static int
fact_cmp(const void *pa, const void *pb)
{
	const tf_fact *a = pa,
			   *b = pb;

	if (a->bpos != b->bpos)
		return a->bpos < b->bpos ? -1 : 1;
	if (a->blen != b->blen)
		return a->blen > b->blen ? -1 : 1;
	return (int) a->kind - (int) b->kind;
}

/*
 * Characters of text[from..to), a megabyte at a time with an interrupt
 * check between.  A slice ends before a byte that is no UTF-8 continuation
 * byte: no character the tokenizer read crosses such a byte, so the counts
 * add up to the tokenizer's.
 */
static size_t
count_chars(const tf_doc *doc, size_t from, size_t to)
{
	size_t		n = 0;

	while (to - from > ((size_t) 1 << 20))
	{
		size_t		e = from + ((size_t) 1 << 20);

		while (e < to && ((unsigned char) doc->text[e] & 0xC0) == 0x80)
			e++;
		n += tf_char_count(doc->text + from, e - from);
		from = e;
		tf_check_interrupts(doc->a);
	}
	return n + tf_char_count(doc->text + from, to - from);
}

/*
 * The recognisers, in the order of precedence (stages.h): each claims the
 * tokens of its facts, and a later stage reads only the tokens left.  A new
 * recogniser is one line here.
 */
static const struct
{
	const char *name;
	void		(*run) (tf_doc *doc);
}			stages[TF_NSTAGES] = {
	[TF_STAGE_ENTITIES] = {"entities", tf_recognize_entities},
	[TF_STAGE_DATES] = {"dates", tf_recognize_dates},
	[TF_STAGE_FIGURES] = {"figures", tf_recognize_figures},
	[TF_STAGE_TAGGER] = {"tagger", tf_recognize_tagger},
	[TF_STAGE_PEOPLE] = {"people", tf_recognize_people},
};

/* doc.h's TF_MAX_STAGES holds every stage (an array of negative size if not) */
typedef char tf_stages_fit[TF_NSTAGES <= TF_MAX_STAGES ? 1 : -1];

/* sentences[s - 1]: the span of sentence s, from its first token to its last */
static tf_span *
sentence_spans(tf_doc *doc, const tf_tokens *toks)
{
	tf_span    *sp = tf_arena_alloc_array(doc->arena, toks->nsentences, sizeof(tf_span));

	memset(sp, 0, (size_t) toks->nsentences * sizeof(tf_span));
	for (int i = 0; i < toks->ntok; i++)
	{
		uint32_t	s = toks->tok[i].sentence;

		TF_TICK(doc);
		if (s < 1 || s > toks->nsentences)
			continue;
		if (sp[s - 1].bend == 0)
			sp[s - 1].bstart = toks->tok[i].bstart;
		sp[s - 1].bend = toks->tok[i].bend;
	}
	return sp;
}

/* one array of the document's facts, sorted by start, longest first; the segments freed */
static tf_fact *
collect_facts(tf_doc *doc)
{
	const tf_allocator *a = doc->a;
	tf_fact    *facts = tf_alloc_array(a, (size_t) doc->nfacts, sizeof(tf_fact));

	for (int s = 0; s < doc->nseg; s++)
	{
		int			n_in = doc->nfacts - s * TF_FACT_SEG;

		memcpy(facts + (size_t) s * TF_FACT_SEG, doc->factseg[s],
			   (size_t) (n_in < TF_FACT_SEG ? n_in : TF_FACT_SEG) * sizeof(tf_fact));
		a->free(a->ctx, doc->factseg[s]);
		tf_check_interrupts(a);
	}
	if (doc->factseg != NULL)
		a->free(a->ctx, doc->factseg);
	doc->factseg = NULL;
	tf_sort(a, facts, (size_t) doc->nfacts, sizeof(tf_fact), fact_cmp);
	return facts;
}

/*
 * Resolves the overlaps the stages leave and keeps the kinds asked for (not
 * the facts a stage dropped), in text order; returns how many facts are kept.
 * A name inside an amount is part of its currency ("50 US dollars", "Hong
 * Kong dollars"), as a country inside an org's name is part of the org: the
 * amount owns it.  Facts are sorted by start, longest first, so a figure
 * comes before the names inside it.
 */
static int
resolve_overlaps(tf_doc *doc, tf_fact *facts, uint32_t kinds)
{
	uint32_t	fig_start = 0,
				fig_end = 0;
	int			n = 0;

	for (int k = 0; k < doc->nfacts; k++)
	{
		const tf_fact *f = &facts[k];

		TF_TICK(doc);
		if (f->kind == TF_KIND_DROPPED)
			continue;
		if (f->kind == TF_MONEY || f->kind == TF_QUANTITY)
		{
			if (f->bpos + f->blen > fig_end)
			{
				fig_start = f->bpos;
				fig_end = f->bpos + f->blen;
			}
		}
		else if ((TF_KIND_BIT(f->kind) & TF_ENTITY_KINDS) &&
				 f->bpos >= fig_start && f->bpos + f->blen <= fig_end)
			continue;
		if (kinds & TF_KIND_BIT(f->kind))
			facts[n++] = *f;
	}
	return n;
}

/*
 * Character offsets, counted once along the text: facts are in order of
 * their start, so each count goes on from the last one.
 */
static void
set_char_offsets(tf_doc *doc, tf_fact *facts, int n)
{
	size_t		at = 0,
				chars = 0;

	for (int k = 0; k < n; k++)
	{
		tf_fact    *f = &facts[k];

		TF_TICK(doc);
		if (f->bpos > at)
		{
			chars += count_chars(doc, at, f->bpos);
			at = f->bpos;
		}
		f->cpos = (uint32_t) chars;
		f->clen = (uint32_t) count_chars(doc, f->bpos, (size_t) f->bpos + f->blen);
	}
}

/*
 * The spans of the facts and sentences, read in the text without its markup,
 * as spans of the text the caller gave; the document's text is that one again.
 */
static void
html_spans(tf_doc *doc, tf_html *html, tf_fact *facts, int n, tf_span *sentences,
		   uint32_t nsentences)
{
	for (int k = 0; k < n; k++)
	{
		TF_TICK(doc);
		tf_html_span(html, &facts[k].bpos, &facts[k].blen);
	}
	for (uint32_t s = 0; sentences != NULL && s < nsentences; s++)
	{
		uint32_t	b = sentences[s].bstart,
					l = sentences[s].bend - sentences[s].bstart;

		TF_TICK(doc);
		tf_html_span(html, &b, &l);
		sentences[s].bstart = b;
		sentences[s].bend = b + l;
	}
	tf_html_free(doc->a, html);
}

void
tf_doc_open(tf_doc *doc, const tf_allocator *a, const char *text, size_t len,
			const tf_options *opts, int32_t *countdown, tf_tokens *toks)
{
	memset(doc, 0, sizeof(*doc));
	doc->a = a;
	doc->arena = tf_arena_create(a);
	doc->text = text;
	doc->len = len;
	doc->opts = opts;
	doc->lang = -1;
	*countdown = TF_INTERRUPT_EVERY;
	doc->countdown = countdown;
	tf_tokenize(a, text, len, toks);
	doc->tok = toks->tok;
	doc->ntok = toks->ntok;
}

void
tf_doc_run_stages(tf_doc *doc, tf_stage_fn until)
{
	size_t		s;

	for (s = 0; s < TF_NSTAGES; s++)
	{
		if (stages[s].run == until)
			break;
		tf_check_interrupts(doc->a);
		doc->stage_first_fact[s] = doc->nfacts;
		stages[s].run(doc);
	}
	for (; s < TF_NSTAGES; s++)
		doc->stage_first_fact[s] = doc->nfacts;
	tf_check_interrupts(doc->a);
}

void
tf_doc_close(tf_doc *doc)
{
	const tf_allocator *a = doc->a;

	if (doc->tok != NULL)
		a->free(a->ctx, doc->tok);
	for (int s = 0; s < doc->nseg; s++)
		a->free(a->ctx, doc->factseg[s]);
	if (doc->factseg != NULL)
		a->free(a->ctx, doc->factseg);
	tf_arena_destroy(doc->arena);
	memset(doc, 0, sizeof(*doc));
}

void
tf_extract(const tf_allocator *a, const char *text, size_t len,
		   const tf_options *opts, tf_result *out)
{
	tf_options	defaults;
	tf_tokens	toks;
	tf_doc		doc;
	tf_fact    *facts;
	int32_t		countdown;
	int			n;
	tf_html		html;
	bool		markup;
	tf_span    *sents = NULL;

	if (opts == NULL)
	{
		tf_options_init(&defaults);
		opts = &defaults;
	}
	memset(out, 0, sizeof(*out));
	/* HTML markup: the stages read the text without it (html.c) */
	markup = tf_html_clean(a, text, len, &html);
	/* text -> tokens */
	tf_doc_open(&doc, a, markup ? html.text : text, markup ? html.len : len, opts,
				&countdown, &toks);
	out->arena = doc.arena;

	/* tokens -> facts, stage by stage */
	tf_doc_run_stages(&doc, NULL);
	if (opts->sentences && toks.nsentences > 0)
		out->sentences = sents = sentence_spans(&doc, &toks);
	a->free(a->ctx, toks.tok);
	doc.tok = NULL;

	/* facts -> the result, now that the tokens' room is free */
	facts = collect_facts(&doc);
	n = resolve_overlaps(&doc, facts, opts->kinds);
	if (markup)
	{
		html_spans(&doc, &html, facts, n, sents, toks.nsentences);
		doc.text = text;
		doc.len = len;
	}
	set_char_offsets(&doc, facts, n);
	out->facts = facts;
	out->nfacts = n;
	out->nsentences = toks.nsentences;
}

void
tf_result_free(const tf_allocator *a, tf_result *res)
{
	if (res->facts != NULL)
		a->free(a->ctx, res->facts);
	tf_arena_destroy(res->arena);
	memset(res, 0, sizeof(*res));
}
