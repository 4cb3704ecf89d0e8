/*
 * extract.c — the pipeline: text -> tokens -> recognisers -> sorted facts.
 *
 * Recognisers run in a fixed order and claim the tokens of the facts they
 * make, so a later stage never reads a token an earlier one owns: entities
 * first (an org owns the country in its name), then dates (a year inside a
 * date is not a number), then the figures.
 */
#include "tf_internal.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const kind_names[TF_NKINDS] = {
	"person", "org", "country", "place", "nationality",
	"money", "percent", "number", "quantity", "date"
};

const char *
tf_kind_name(tf_kind kind)
{
	if ((int) kind < 0 || kind >= TF_NKINDS)
		return NULL;
	return kind_names[kind];
}

int
tf_kind_from_name(const char *name, size_t len)
{
	for (int k = 0; k < TF_NKINDS; k++)
		if (strlen(kind_names[k]) == len && memcmp(kind_names[k], name, len) == 0)
			return k;
	return -1;
}

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

bool
tf_tok_is_ci(const tf_doc *doc, int i, const char *s)
{
	return tf_tok_is_ci_n(doc, i, s, strlen(s));
}

bool
tf_ascii_eq_ci(const char *s, const char *lower, size_t n)
{
	for (size_t k = 0; k < n; k++)
	{
		char		c = s[k];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c + 32);
		if (c != lower[k])
			return false;
	}
	return true;
}

bool
tf_tok_is_ci_n(const tf_doc *doc, int i, const char *s, size_t n)
{
	return i >= 0 && i < doc->ntok && tf_tok_len(doc, i) == n &&
		tf_ascii_eq_ci(tf_tok_text(doc, i), s, n);
}

bool
tf_span_free(const tf_doc *doc, int first, int last)
{
	if (first < 0 || last >= doc->ntok || first > last)
		return false;
	for (int i = first; i <= last; i++)
		if (doc->tok[i].claimed)
			return false;
	return true;
}

tf_fact *
tf_doc_add_fact(tf_doc *doc, tf_kind kind, int first, int last)
{
	tf_fact    *f;

	doc->facts = tf_arena_grow(doc->arena, doc->facts, &doc->factcap,
							   doc->nfacts + 1, sizeof(tf_fact));
	f = &doc->facts[doc->nfacts++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->bpos = doc->tok[first].bstart;
	f->blen = doc->tok[last].bend - doc->tok[first].bstart;
	f->cpos = doc->tok[first].cstart;
	f->clen = doc->tok[last].cend - doc->tok[first].cstart;
	f->sentence = doc->tok[first].sentence;
	for (int i = first; i <= last; i++)
		doc->tok[i].claimed = (uint8_t) (1 + kind);
	return f;
}

void
tf_fact_set_detail_str(tf_doc *doc, tf_fact *f, const char *key, const char *value)
{
	if (f->ndetail >= TF_MAX_DETAIL || value == NULL)
		return;
	f->detail[f->ndetail].key = key;
	f->detail[f->ndetail].str = value;
	f->detail[f->ndetail].is_num = false;
	f->ndetail++;
}

void
tf_fact_set_detail_num(tf_fact *f, const char *key, const tf_decimal *value)
{
	if (f->ndetail >= TF_MAX_DETAIL)
		return;
	f->detail[f->ndetail].key = key;
	f->detail[f->ndetail].str = NULL;
	f->detail[f->ndetail].num = *value;
	f->detail[f->ndetail].is_num = true;
	f->ndetail++;
}

const tf_detail *
tf_fact_detail(const tf_fact *f, const char *key)
{
	for (int k = 0; k < f->ndetail; k++)
		if (strcmp(f->detail[k].key, key) == 0)
			return &f->detail[k];
	return NULL;
}

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

void
tf_extract(const tf_allocator *a, const char *text, size_t len,
		   const tf_options *opts, tf_result *out)
{
	tf_options	defaults;
	tf_tokens	toks;
	tf_doc		doc;
	int			n;

	if (opts == NULL)
	{
		tf_options_init(&defaults);
		opts = &defaults;
	}
	memset(out, 0, sizeof(*out));
	memset(&doc, 0, sizeof(doc));
	doc.a = a;
	doc.arena = tf_arena_create(a);
	doc.text = text;
	doc.len = len;
	doc.opts = opts;
	doc.lang = -1;
	out->arena = doc.arena;

	tf_tokenize(a, text, len, &toks);
	doc.tok = toks.tok;
	doc.ntok = toks.ntok;

	tf_check_interrupts(a);
	tf_recognize_entities(&doc);
	tf_check_interrupts(a);
	tf_recognize_dates(&doc);
	tf_check_interrupts(a);
	tf_recognize_figures(&doc);
	tf_check_interrupts(a);

	a->free(a->ctx, toks.tok);

	if (doc.nfacts > 1)
		qsort(doc.facts, (size_t) doc.nfacts, sizeof(tf_fact), fact_cmp);

	/*
	 * Keep the kinds asked for, in text order.  A name inside an amount is
	 * part of its currency ("50 US dollars", "Hong Kong dollars"), as a
	 * country inside an org's name is part of the org: the amount owns it.
	 * Facts are sorted by start, longest first, so a figure comes before the
	 * names inside it.
	 */
	n = 0;
	{
		uint32_t	fig_start = 0,
					fig_end = 0;

		for (int k = 0; k < doc.nfacts; k++)
		{
			const tf_fact *f = &doc.facts[k];

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
			if (opts->kinds & TF_KIND_BIT(f->kind))
				doc.facts[n++] = *f;
		}
	}
	out->facts = doc.facts;
	out->nfacts = n;
	out->nsentences = toks.nsentences;
}

void
tf_result_free(const tf_allocator *a, tf_result *res)
{
	tf_arena_destroy(res->arena);
	memset(res, 0, sizeof(*res));
}
