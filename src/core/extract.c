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

	if (doc->opts->max_facts > 0 && (uint32_t) doc->nfacts >= doc->opts->max_facts)
		doc->a->error(doc->a->ctx, TF_MSG_TOO_MANY_FACTS);
	if (doc->nfacts == INT32_MAX)
		doc->a->error(doc->a->ctx, TF_MSG_TOO_MANY_FACTS);
	if ((doc->nfacts & (TF_FACT_SEG - 1)) == 0)
	{
		/* a new segment; the table of segments is small (8 bytes per 1024 facts) */
		if (doc->nseg == doc->segcap)
		{
			int			newcap = doc->segcap > 0 ? doc->segcap * 2 : 16;
			tf_fact   **grown = tf_alloc_array(doc->a, (size_t) newcap, sizeof(tf_fact *));

			if (doc->nseg > 0)
				memcpy(grown, doc->factseg, (size_t) doc->nseg * sizeof(tf_fact *));
			if (doc->factseg != NULL)
				doc->a->free(doc->a->ctx, doc->factseg);
			doc->factseg = grown;
			doc->segcap = newcap;
		}
		doc->factseg[doc->nseg++] = tf_alloc_array(doc->a, TF_FACT_SEG, sizeof(tf_fact));
	}
	f = tf_doc_fact(doc, doc->nfacts++);
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->bpos = doc->tok[first].bstart;
	f->blen = doc->tok[last].bend - doc->tok[first].bstart;
	f->sentence = doc->tok[first].sentence;
	for (int i = first; i <= last; i++)
		doc->tok[i].claimed = (uint8_t) (1 + kind);
	return f;
}

/*
 * The next detail slot of f: details grow in the arena by doubling from two
 * (most facts with details have one to three), so a fact pays for the
 * details it has.  NULL when f has TF_MAX_DETAIL already.
 */
static tf_detail *
next_detail(tf_doc *doc, tf_fact *f)
{
	int			n = f->ndetail;
	tf_detail  *d = (tf_detail *) f->detail;

	if (n >= TF_MAX_DETAIL)
		return NULL;
	/* full when n is 0, 2, 4 (the capacity is always the power of two >= n) */
	if (n == 0 || (n >= 2 && (n & (n - 1)) == 0))
	{
		tf_detail  *grown = tf_arena_alloc_array(doc->arena, n == 0 ? 2 : (size_t) n * 2,
												 sizeof(tf_detail));

		if (n > 0)
			memcpy(grown, d, (size_t) n * sizeof(tf_detail));
		d = grown;
		f->detail = d;
	}
	f->ndetail = n + 1;
	return &d[n];
}

void
tf_fact_set_detail_str(tf_doc *doc, tf_fact *f, const char *key, const char *value)
{
	tf_detail  *d;

	if (value == NULL || (d = next_detail(doc, f)) == NULL)
		return;
	d->key = key;
	d->str = value;
	d->is_num = false;
}

void
tf_fact_set_detail_num(tf_doc *doc, tf_fact *f, const char *key, const tf_decimal *value)
{
	tf_detail  *d = next_detail(doc, f);

	if (d == NULL)
		return;
	d->key = key;
	d->str = NULL;
	d->num = *value;
	d->is_num = true;
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

void
tf_extract(const tf_allocator *a, const char *text, size_t len,
		   const tf_options *opts, tf_result *out)
{
	tf_options	defaults;
	tf_tokens	toks;
	tf_doc		doc;
	tf_fact    *facts;
	int32_t		countdown = TF_INTERRUPT_EVERY;
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
	doc.countdown = &countdown;
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

	if (opts->sentences && toks.nsentences > 0)
	{
		tf_span    *sp = tf_arena_alloc_array(doc.arena, toks.nsentences, sizeof(tf_span));

		memset(sp, 0, (size_t) toks.nsentences * sizeof(tf_span));
		for (int i = 0; i < toks.ntok; i++)
		{
			uint32_t	s = toks.tok[i].sentence;

			TF_TICK(&doc);
			if (s < 1 || s > toks.nsentences)
				continue;
			if (sp[s - 1].bend == 0)
				sp[s - 1].bstart = toks.tok[i].bstart;
			sp[s - 1].bend = toks.tok[i].bend;
		}
		out->sentences = sp;
	}
	a->free(a->ctx, toks.tok);
	doc.tok = NULL;

	/* one array of the facts, now that the tokens' room is free */
	facts = tf_alloc_array(a, (size_t) doc.nfacts, sizeof(tf_fact));
	for (int s = 0; s < doc.nseg; s++)
	{
		int			n_in = doc.nfacts - s * TF_FACT_SEG;

		memcpy(facts + (size_t) s * TF_FACT_SEG, doc.factseg[s],
			   (size_t) (n_in < TF_FACT_SEG ? n_in : TF_FACT_SEG) * sizeof(tf_fact));
		a->free(a->ctx, doc.factseg[s]);
		tf_check_interrupts(a);
	}
	if (doc.factseg != NULL)
		a->free(a->ctx, doc.factseg);
	doc.factseg = NULL;

	tf_sort(a, facts, (size_t) doc.nfacts, sizeof(tf_fact), fact_cmp);

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
			const tf_fact *f = &facts[k];

			TF_TICK(&doc);
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
				facts[n++] = *f;
		}
	}

	/*
	 * Character offsets, counted once along the text: facts are in order of
	 * their start, so each count goes on from the last one.
	 */
	{
		size_t		at = 0,
					chars = 0;

		for (int k = 0; k < n; k++)
		{
			tf_fact    *f = &facts[k];

			TF_TICK(&doc);
			if (f->bpos > at)
			{
				chars += count_chars(&doc, at, f->bpos);
				at = f->bpos;
			}
			f->cpos = (uint32_t) chars;
			f->clen = (uint32_t) count_chars(&doc, f->bpos, (size_t) f->bpos + f->blen);
		}
	}
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
