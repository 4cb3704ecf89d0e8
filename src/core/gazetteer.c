/*
 * gazetteer.c — finding the names of the compiled-in gazetteer in text.
 *
 * At each free token, one probe of the start table says whether any name
 * begins with that token and how many tokens the longest such name has; only
 * then are the longer keys built and probed, longest first, so the longest
 * name wins ("Latin America" over "America", "Islamic Republic of Pakistan"
 * over "Pakistan").
 */
#include "gazetteer.h"
#include "gazetteer_i18n.h"

static const tf_gaz_entry *
probe_entries(const char *key, size_t len)
{
	uint32_t	mask = tf_gaz_nslots - 1;
	uint32_t	h = tf_hash(key, len) & mask;

	for (uint32_t n = 0; n < tf_gaz_nslots; n++)
	{
		uint32_t	s = tf_gaz_slots[h];
		const tf_gaz_entry *e;

		if (s == 0)
			return NULL;
		e = &tf_gaz_entries[s - 1];
		if (strlen(e->key) == len && memcmp(e->key, key, len) == 0)
			return e;
		h = (h + 1) & mask;
	}
	return NULL;
}

const tf_gaz_entry *
tf_gaz_lookup(const char *key, size_t len)
{
	return probe_entries(key, len);
}

int
tf_gaz_start_maxtok(const char *key, size_t len)
{
	uint32_t	mask = tf_gaz_nstart_slots - 1;
	uint32_t	h = tf_hash(key, len) & mask;

	for (uint32_t n = 0; n < tf_gaz_nstart_slots; n++)
	{
		uint32_t	s = tf_gaz_start_slots[h];
		const tf_gaz_start *st;

		if (s == 0)
			return 0;
		st = &tf_gaz_starts[s - 1];
		if (strlen(st->key) == len && memcmp(st->key, key, len) == 0)
			return st->maxtok;
		h = (h + 1) & mask;
	}
	return 0;
}

/*
 * Appends the normalised text of token i to buf at *off (see gazetteer.h);
 * false if the key would not fit.
 */
static bool
append_token_key(const tf_doc *doc, int i, bool first, char *buf, size_t *off)
{
	const char *s = tf_tok_text(doc, i);
	size_t		n = tf_tok_len(doc, i);
	size_t		w;

	if (!first && (doc->tok[i].flags & TF_TF_SPACE_BEFORE))
	{
		if (*off + 1 >= TF_GAZ_MAX_KEY)
			return false;
		buf[(*off)++] = ' ';
	}
	/* a curly apostrophe reads as a straight one */
	if (n == 3 && doc->tok[i].cp == 0x2019)
	{
		if (*off + 1 >= TF_GAZ_MAX_KEY)
			return false;
		buf[(*off)++] = '\'';
		return true;
	}
	w = tf_lower(s, n, buf + *off, TF_GAZ_MAX_KEY - *off);
	if (w == (size_t) -1 || *off + w >= TF_GAZ_MAX_KEY)
		return false;
	*off += w;
	return true;
}

/* does the surface of tokens [first, last] meet the entry's case rules? */
static bool
case_ok(const tf_doc *doc, const tf_gaz_entry *e, int first, int last)
{
	const tf_token *t = &doc->tok[first];

	/* a name is written with a capital: "turkey" the bird, "us" the pronoun */
	if (t->type == TF_TOK_WORD && !(t->flags & TF_TF_CAP))
		return false;
	if (e->flags & TF_GAZ_UPPER)
	{
		for (int i = first; i <= last; i++)
			if (doc->tok[i].type == TF_TOK_WORD && !(doc->tok[i].flags & TF_TF_UPPER))
				return false;
		/*
		 * An all-caps line (a headline or dateline) says nothing about an
		 * acronym: "US" in "WHY US" is a pronoun.  Require a neighbour word that
		 * is not in capitals.
		 */
		{
			int			k;
			bool		mixed = false;

			for (k = first - 1; k >= 0 && k >= first - 3 && !mixed; k--)
				if (doc->tok[k].type == TF_TOK_WORD)
					mixed = !(doc->tok[k].flags & TF_TF_UPPER);
			for (k = last + 1; k < doc->ntok && k <= last + 3 && !mixed; k++)
				if (doc->tok[k].type == TF_TOK_WORD)
					mixed = !(doc->tok[k].flags & TF_TF_UPPER);
			if (!mixed)
				return false;
		}
	}
	return true;
}

/* is token i part of a handle, hashtag, e-mail address or URL? */
static bool
in_handle(const tf_doc *doc, int i)
{
	int			k = i;

	/* walk back over glued tokens to the start of the glued run */
	while (k > 0 && !(doc->tok[k].flags & TF_TF_SPACE_BEFORE))
	{
		uint32_t	cp = doc->tok[k - 1].cp;

		if (cp == '@' || cp == '#' || cp == '/' || cp == '_' ||
			(cp == '.' && k >= 2 && !(doc->tok[k - 1].flags & TF_TF_SPACE_BEFORE) &&
			 doc->tok[k - 2].type == TF_TOK_WORD && (doc->tok[k - 2].flags & TF_TF_LOWER) &&
			 (doc->tok[k].flags & TF_TF_LOWER)))
			return true;
		k--;
	}
	return false;
}

void
tf_recognize_entities(tf_doc *doc)
{
	char		key[TF_GAZ_MAX_KEY];
	size_t		keylen[256];

	for (int i = 0; i < doc->ntok; i++)
	{
		size_t		off = 0;
		int			maxtok;
		int			n;
		const tf_gaz_entry *best = NULL;
		int			bestlast = -1;
		tf_fact    *f;

		if (doc->tok[i].claimed || doc->tok[i].type == TF_TOK_SYMBOL)
			continue;
		if (!append_token_key(doc, i, true, key, &off))
			continue;
		maxtok = tf_gaz_start_maxtok(key, off);
		keylen[0] = off;
		/* with maxtok 0 no English name starts here; one in another language may */
		for (n = 1; n < maxtok && i + n < doc->ntok; n++)
		{
			if (doc->tok[i + n].sentence != doc->tok[i].sentence ||
				doc->tok[i + n].claimed ||
				!append_token_key(doc, i + n, false, key, &off))
				break;
			keylen[n] = off;
		}
		for (n = maxtok > 0 ? n - 1 : -1; n >= 0; n--)
		{
			const tf_gaz_entry *e = tf_gaz_lookup(key, keylen[n]);

			if (e != NULL && e->ntok == n + 1 && case_ok(doc, e, i, i + n))
			{
				best = e;
				bestlast = i + n;
				break;
			}
		}
		/* a user's name wins over a built-in one of the same extent or shorter */
		{
			int			ulast;
			tf_kind		ukind;
			const char *unorm;

			if (tf_userdict_match(doc, i, &ulast, &ukind, &unorm) && ulast >= bestlast &&
				!in_handle(doc, i))
			{
				f = tf_doc_add_fact(doc, ukind, i, ulast);
				f->norm = unorm;
				if (ukind == TF_COUNTRY && unorm[0] >= 'A' && unorm[0] <= 'Z' &&
					unorm[1] >= 'A' && unorm[1] <= 'Z' && unorm[2] == '\0')
					doc->country_hits[(unorm[0] - 'A') * 26 + (unorm[1] - 'A')]++;
				i = ulast;
				continue;
			}
		}
		/* a country named in another language, if longer than any English name */
		{
			int			ilast;
			const tf_i18n_entry *ie = tf_i18n_match(doc, i, &ilast);

			if (ie != NULL && ilast > bestlast && !in_handle(doc, i))
			{
				f = tf_doc_add_fact(doc, TF_COUNTRY, i, ilast);
				f->norm = ie->alpha2;
				doc->country_hits[(ie->alpha2[0] - 'A') * 26 + (ie->alpha2[1] - 'A')]++;
				i = ilast;
				continue;
			}
		}
		if (best == NULL || in_handle(doc, i))
			continue;
		/* a name does not end inside a word: "Pakistani" is not "Pakistan" + "i" */
		if (tf_tok_glued(doc, bestlast) && doc->tok[bestlast + 1].type == TF_TOK_WORD &&
			doc->tok[bestlast].type == TF_TOK_WORD)
			continue;
		/* "US$", "HK$": a currency qualifier, which the money stage reads */
		if (tf_tok_glued(doc, bestlast) && doc->tok[bestlast + 1].cp == '$')
			continue;
		f = tf_doc_add_fact(doc, (tf_kind) best->kind, i, bestlast);
		f->norm = best->norm;
		if (best->country)
			tf_fact_set_detail_str(doc, f, "country", best->country);
		if (best->acronym)
			tf_fact_set_detail_str(doc, f, "acronym", best->acronym);
		if (best->kind == TF_COUNTRY && best->norm[0] >= 'A' && best->norm[0] <= 'Z' &&
			best->norm[1] >= 'A' && best->norm[1] <= 'Z')
			doc->country_hits[(best->norm[0] - 'A') * 26 + (best->norm[1] - 'A')]++;
		i = bestlast;
	}
}

/* the ISO entry of an alpha-2 or alpha-3 code (upper case), or NULL */
static const tf_iso_country *
iso_by_code(const char *code, size_t len)
{
	for (uint32_t k = 0; k < tf_iso_ncountries; k++)
	{
		const char *c = len == 2 ? tf_iso_countries[k].alpha2 : tf_iso_countries[k].alpha3;

		if (memcmp(c, code, len) == 0)
			return &tf_iso_countries[k];
	}
	return NULL;
}

/*
 * A bump allocator over a caller's buffer, for tokenizing a short name
 * without touching the heap: a name under TF_GAZ_MAX_KEY bytes has at most
 * that many tokens, and the tokenizer's arrays for them (64 + 128 + 256
 * tokens at most) fit in the buffer, so error() cannot be reached.
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

		for (size_t k = 0; k < len; k++)
		{
			char		c = name[k];

			if (c >= 'a' && c <= 'z')
				c = (char) (c - 32);
			if (c < 'A' || c > 'Z')
				letters = false;
			up[k] = c;
		}
		if (letters)
		{
			const tf_iso_country *ic = iso_by_code(up, len);

			if (ic != NULL)
				return ic->alpha2;
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
			if (!append_token_key(&doc, i, i == 0, key, &n))
			{
				n = 0;
				break;
			}
	}
	if (n == 0)
		return NULL;
	e = tf_gaz_lookup(key, n);
	if (e == NULL || (e->kind != TF_COUNTRY && e->kind != TF_NATIONALITY))
		return NULL;
	return e->norm;
}
