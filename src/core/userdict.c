/*
 * userdict.c — the user dictionary: names a user adds, found like built-in
 * ones.
 *
 * Names are keyed as every name table of the engine (namekey.c) in a hash
 * table built at load time: an open-addressing table of entries and one of
 * name starts (first-token key -> most tokens of a name beginning with it),
 * so the entity stage pays one probe per token, as for the built-in tables.
 */
#include "namekey.h"

typedef struct ud_entry
{
	char	   *key;
	size_t		keylen;
	char	   *norm;
	uint8_t		kind;
	uint8_t		ntok;
	bool		caps;			/* a short all-caps name (ticker, acronym): capitals only */
	bool		lower_initial;	/* written with a small first letter ("iPhone") */
} ud_entry;

typedef struct ud_start
{
	char	   *key;
	size_t		keylen;
	int			maxtok;
} ud_start;

struct tf_userdict
{
	const tf_allocator *a;
	tf_arena   *arena;
	ud_entry   *entries;
	int			nentries;
	int			cap;
	uint32_t   *slots;			/* entry index + 1 */
	uint32_t	nslots;
	ud_start   *starts;
	int			nstarts;
	int			startcap;
	uint32_t   *start_slots;
	uint32_t	nstart_slots;
};

tf_userdict *
tf_userdict_create(const tf_allocator *a)
{
	tf_arena   *arena = tf_arena_create(a);
	tf_userdict *d = tf_arena_alloc(arena, sizeof(tf_userdict));

	memset(d, 0, sizeof(*d));
	d->a = a;
	d->arena = arena;
	return d;
}

void
tf_userdict_free(tf_userdict *d)
{
	if (d != NULL)
		tf_arena_destroy(d->arena);
}

int
tf_userdict_count(const tf_userdict *d)
{
	return d ? d->nentries : 0;
}

/*
 * Inserts item k into a hash table of item indexes (index + 1 per slot),
 * doubling and rehashing the table when it would pass half full, so that
 * adding n names costs O(n) probes in all.
 */
static void
slots_insert(tf_arena *arena, uint32_t **slots, uint32_t *nslots, int k, int n,
			 const char *(*key) (void *, int, size_t *), void *arg)
{
	size_t		len;
	const char *s;
	uint32_t	h;

	if ((uint32_t) n * 2 + 1 > *nslots)
	{
		uint32_t	size = *nslots ? *nslots * 2 : 64;

		*slots = tf_arena_alloc_array(arena, size, sizeof(uint32_t));
		memset(*slots, 0, size * sizeof(uint32_t));
		*nslots = size;
		/* rehash the items before k; k itself follows */
		for (int j = 0; j < k; j++)
		{
			s = key(arg, j, &len);
			h = tf_hash(s, len) & (size - 1);
			while ((*slots)[h] != 0)
				h = (h + 1) & (size - 1);
			(*slots)[h] = (uint32_t) j + 1;
		}
	}
	s = key(arg, k, &len);
	h = tf_hash(s, len) & (*nslots - 1);
	while ((*slots)[h] != 0)
		h = (h + 1) & (*nslots - 1);
	(*slots)[h] = (uint32_t) k + 1;
}

static const char *
entry_key(void *arg, int k, size_t *len)
{
	tf_userdict *d = arg;

	*len = d->entries[k].keylen;
	return d->entries[k].key;
}

static const char *
start_key(void *arg, int k, size_t *len)
{
	tf_userdict *d = arg;

	*len = d->starts[k].keylen;
	return d->starts[k].key;
}


bool
tf_userdict_add(tf_userdict *d, tf_kind kind, const char *name, size_t len,
				const char *norm, size_t normlen)
{
	tf_tokens	toks;
	tf_doc		doc;
	char		key[TF_USERDICT_MAX_NAME + 16];
	size_t		off = 0,
				firstlen = 0;
	int			e,
				s;
	ud_entry   *ent;
	bool		upper = true;
	bool		lower_initial = false;
	int			letters = 0;

	if (!(TF_KIND_BIT(kind) & TF_ENTITY_KINDS) || len == 0 || len > TF_USERDICT_MAX_NAME)
		return false;
	tf_tokenize(d->a, name, len, &toks);
	memset(&doc, 0, sizeof(doc));
	doc.text = name;
	doc.len = len;
	doc.tok = toks.tok;
	doc.ntok = toks.ntok;
	for (int i = 0; i < toks.ntok; i++)
	{
		if (!tf_name_key_append(&doc, i, i == 0, key, &off, sizeof(key)))
		{
			off = 0;
			break;
		}
		if (i == 0)
		{
			firstlen = off;
			lower_initial = toks.tok[0].type == TF_TOK_WORD && !(toks.tok[0].flags & TF_TF_CAP);
		}
		if (toks.tok[i].type == TF_TOK_WORD)
		{
			letters += (int) tf_char_count(name + toks.tok[i].bstart,
										   toks.tok[i].bend - toks.tok[i].bstart);
			if (!(toks.tok[i].flags & TF_TF_UPPER))
				upper = false;
		}
	}
	d->a->free(d->a->ctx, toks.tok);
	if (off == 0 || toks.ntok > 32 || toks.ntok == 0)
		return false;

	/* a later entry with the same key replaces the earlier one */
	e = tf_table_find(d->slots, d->nslots, key, off, entry_key, d);
	if (e < 0)
	{
		d->entries = tf_arena_grow(d->arena, d->entries, &d->cap, d->nentries + 1,
								   sizeof(ud_entry));
		e = d->nentries++;
		d->entries[e].key = tf_arena_strndup(d->arena, key, off);
		d->entries[e].keylen = off;
		slots_insert(d->arena, &d->slots, &d->nslots, e, d->nentries, entry_key, d);
	}
	ent = &d->entries[e];
	ent->kind = (uint8_t) kind;
	ent->ntok = (uint8_t) toks.ntok;
	ent->caps = upper && letters > 0 && letters <= 5;
	ent->lower_initial = lower_initial;
	ent->norm = normlen > 0 ? tf_arena_strndup(d->arena, norm, normlen)
		: tf_arena_strndup(d->arena, name, len);

	s = tf_table_find(d->start_slots, d->nstart_slots, key, firstlen, start_key, d);
	if (s < 0)
	{
		d->starts = tf_arena_grow(d->arena, d->starts, &d->startcap, d->nstarts + 1,
								  sizeof(ud_start));
		s = d->nstarts++;
		d->starts[s].key = tf_arena_strndup(d->arena, key, firstlen);
		d->starts[s].keylen = firstlen;
		d->starts[s].maxtok = 0;
		slots_insert(d->arena, &d->start_slots, &d->nstart_slots, s, d->nstarts, start_key, d);
	}
	if (d->starts[s].maxtok < toks.ntok)
		d->starts[s].maxtok = toks.ntok;
	return true;
}

/*
 * The longest user name starting at token i; sets *last, *kind and *norm.
 * Capitalisation: a name is found when its first letter is written as in the
 * dictionary's case class (a capitalised name needs a capital), and a short
 * all-caps name (a ticker) only in capitals.
 */
bool
tf_userdict_match(const tf_doc *doc, int i, int *last, tf_kind *kind, const char **norm)
{
	const tf_userdict *d = doc->opts->dict;
	char		key[TF_USERDICT_MAX_NAME + 16];
	size_t		keylen[33];
	size_t		off = 0;
	int			s,
				n,
				maxtok;

	if (d == NULL || d->nentries == 0 || doc->tok[i].type == TF_TOK_SYMBOL)
		return false;
	if (!tf_name_key_append(doc, i, true, key, &off, sizeof(key)))
		return false;
	s = tf_table_find(d->start_slots, d->nstart_slots, key, off, start_key, (void *) d);
	if (s < 0)
		return false;
	maxtok = d->starts[s].maxtok;
	keylen[0] = off;
	n = tf_name_keys_extend(doc, i, maxtok, key, sizeof(key), keylen);
	for (n = n - 1; n >= 0; n--)
	{
		int			e = tf_table_find(d->slots, d->nslots, key, keylen[n], entry_key, (void *) d);
		const ud_entry *ent;
		bool		ok = true;

		if (e < 0)
			continue;
		ent = &d->entries[e];
		if (ent->ntok != n + 1)
			continue;
		if (ent->caps)
		{
			for (int k = i; k <= i + n; k++)
				if (doc->tok[k].type == TF_TOK_WORD && !(doc->tok[k].flags & TF_TF_UPPER))
					ok = false;
		}
		else if (!ent->lower_initial && doc->tok[i].type == TF_TOK_WORD &&
				 !(doc->tok[i].flags & TF_TF_CAP))
			ok = false;			/* a capitalised name needs its capital */
		if (!ok)
			continue;
		*last = i + n;
		*kind = (tf_kind) ent->kind;
		*norm = ent->norm;
		return true;
	}
	return false;
}
