/*
 * doc.c — the document the recognisers share: the kinds of facts, adding a
 * fact (which claims its tokens, so that a later stage leaves them alone),
 * its details, and the question every stage asks before it adds one, whether
 * a span of tokens is still free.
 *
 * Facts grow in segments of TF_FACT_SEG (doc.h says why); details in the
 * result's arena, two at first, doubling (most facts with details have one
 * to three).
 */
#include "doc.h"
#include "text.h"

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


/*
 * tf_sorted_find's binary search, against the token's bytes where they lie:
 * a copy of the token and a call of strcmp at each step were most of what a
 * lookup cost, and most steps are decided by the first letter.
 */
const void *
tf_tok_sorted_find(const tf_doc *doc, int i, const void *table, size_t n, size_t size, bool cap)
{
	const unsigned char *s;
	size_t		len,
				lo = 0,
				hi = n;
	int			c0;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_WORD ||
		(len = tf_tok_len(doc, i)) >= TF_TOK_FIND_MAX || len == 0)
		return NULL;
	s = (const unsigned char *) tf_tok_text(doc, i);
	c0 = cap ? (unsigned char) tf_ascii_upper((char) s[0]) : s[0];
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const char *key;
		const unsigned char *w;
		int			c;

		memcpy(&key, (const char *) table + mid * size, sizeof(key));
		w = (const unsigned char *) key;
		/* strcmp's order of the entry and the word (which holds no NUL) */
		c = (int) w[0] - c0;
		if (c == 0)
		{
			size_t		k = 1;

			while (k < len && w[k] != '\0' && w[k] == s[k])
				k++;
			c = k < len ? (int) w[k] - (int) s[k] : w[k] != '\0';
		}
		if (c == 0)
			return (const char *) table + mid * size;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}
