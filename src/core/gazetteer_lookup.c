/*
 * gazetteer_lookup.c — lookups in the compiled-in gazetteer
 * (generated/gazetteer_data.c): a name's entries by key, the starts of names,
 * the context class of a word, and tf_country_code, the public question
 * "which country is this name".  Below the entity stage (gazetteer.c) and its
 * organisation patterns (entities_org.c), which both ask these.
 */
#include "gazetteer.h"

const tf_gaz_entry *
tf_gaz_lookup(const char *key, size_t len)
{
	int			k = tf_slots_find(tf_gaz_slots, tf_gaz_nslots, tf_gaz_entries,
								  sizeof(tf_gaz_entry), tf_gaz_pool, key, len);

	return k < 0 ? NULL : &tf_gaz_entries[k];
}

const tf_gaz_start *
tf_gaz_start_lookup(const char *key, size_t len)
{
	int			k = tf_slots_find(tf_gaz_start_slots, tf_gaz_nstart_slots, tf_gaz_starts,
								  sizeof(tf_gaz_start), tf_gaz_pool, key, len);

	return k < 0 ? NULL : &tf_gaz_starts[k];
}

int
tf_gaz_start_maxtok(const char *key, size_t len)
{
	const tf_gaz_start *st = tf_gaz_start_lookup(key, len);

	return st != NULL ? st->maxtok : 0;
}

bool
tf_gaz_append_key(const tf_doc *doc, int i, bool first, char *buf, size_t *off)
{
	return tf_name_key_append(doc, i, first, buf, off, TF_GAZ_MAX_KEY);
}

const tf_gaz_entry *
tf_gaz_token_entry(const tf_doc *doc, int i)
{
	char		key[TF_GAZ_MAX_KEY];
	size_t		off = 0;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_WORD ||
		tf_tok_len(doc, i) >= 24 ||
		!tf_gaz_append_key(doc, i, true, key, &off))
		return NULL;
	return tf_gaz_lookup(key, off);
}

uint8_t
tf_ent_ctx(const tf_doc *doc, int i)
{
	const tf_gaz_entry *e = tf_gaz_token_entry(doc, i);

	return e != NULL ? e->ctx : 0;
}

/* the ISO entry of an alpha-2 or alpha-3 code (upper case), or NULL */
static const tf_iso_country *
iso_by_code(const char *code, size_t len)
{
	for (uint32_t k = 0; k < tf_iso_ncountries; k++)
	{
		const char *c = len == 2 ? tf_iso_alpha2(&tf_iso_countries[k]) : tf_iso_alpha3(&tf_iso_countries[k]);

		if (memcmp(c, code, len) == 0)
			return &tf_iso_countries[k];
	}
	return NULL;
}

/*
 * A bump allocator over a caller's buffer, for tokenizing a short name
 * without touching the heap: a name under TF_GAZ_MAX_KEY bytes has at most
 * that many tokens, and the tokenizer's one exact array for them fits in the
 * buffer, so error() cannot be reached.
 */
typedef struct stack_buf
{
	char	   *base;
	size_t		size;
	size_t		used;
} stack_buf;

static void *
stack_alloc(void *ctx, size_t size)
{
	stack_buf  *b = ctx;
	void	   *p;

	size = (size + 15) & ~(size_t) 15;
	if (b->size - b->used < size)
		return NULL;			/* unreachable for names under TF_GAZ_MAX_KEY */
	p = b->base + b->used;
	b->used += size;
	return p;
}

static void
stack_free(void *ctx, void *ptr)
{
}

const char *
tf_country_code(const char *name, size_t len)
{
	char		key[TF_GAZ_MAX_KEY];
	size_t		n;
	const tf_gaz_entry *e;
	tf_tokens	toks;

	if (len == 2 || len == 3)
	{
		char		up[3];
		bool		letters = true;

		tf_ascii_upper_copy(up, name, len);
		for (size_t k = 0; k < len; k++)
			if (up[k] < 'A' || up[k] > 'Z')
				letters = false;
		if (letters)
		{
			const tf_iso_country *ic = iso_by_code(up, len);

			if (ic != NULL)
				return tf_iso_alpha2(ic);
		}
	}
	if (len == 0 || len >= TF_GAZ_MAX_KEY)
		return NULL;

	/*
	 * Build the key as the tokenizer would see the name in text, so "U.S.",
	 * "Côte d’Ivoire" and "south  korea" find their entries.
	 */
	{
		tf_doc		doc;
		union
		{
			char		c[16384];
			long double align;
		}			mem;
		stack_buf	sb = {mem.c, sizeof(mem.c), 0};
		tf_allocator sa = {stack_alloc, stack_free, NULL, NULL, &sb};

		tf_tokenize(&sa, name, len, &toks);
		if (toks.tok == NULL)
			return NULL;
		memset(&doc, 0, sizeof(doc));
		doc.text = name;
		doc.len = len;
		doc.tok = toks.tok;
		doc.ntok = toks.ntok;
		n = 0;
		for (int i = 0; i < toks.ntok; i++)
			if (!tf_gaz_append_key(&doc, i, i == 0, key, &n))
			{
				n = 0;
				break;
			}
	}
	if (n == 0)
		return NULL;
	e = tf_gaz_lookup(key, n);
	if (e == NULL)
		return NULL;
	/* the first meaning that is a country ("Georgia"), by its alpha-2 code */
	for (int k = 0; k <= e->nalt; k++)
		if ((e[k].kind == TF_COUNTRY || e[k].kind == TF_NATIONALITY) &&
			tf_gaz_cc_index(tf_gaz_norm(&e[k])) >= 0)
			return tf_gaz_norm(&e[k]);
	return NULL;
}
