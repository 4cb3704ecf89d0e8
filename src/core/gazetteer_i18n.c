/*
 * gazetteer_i18n.c — finding country names written in other languages
 * ("Russland", "Россия", "Pakistán").
 *
 * Lookup works as the English gazetteer's: one probe of the start table per
 * token, longer keys only where a name starts.  Gates keep a translated name
 * from misfiring: a name in Latin script is never read in English text (where
 * "Argentine" and "Salvador" are an adjective and a person); one that is a
 * common English word ("Island") only in text of its own language; one that
 * is a common word of its own language only inside a sentence; an
 * abbreviation only in capitals.
 */
#include "gazetteer_i18n.h"

#define I18N_MAX_KEY 160

static const tf_i18n_entry *
probe(const char *key, size_t len)
{
	int			k = tf_slots_find(tf_i18n_slots, tf_i18n_nslots, tf_i18n_entries,
								  sizeof(tf_i18n_entry), tf_i18n_pool, key, len);

	return k < 0 ? NULL : &tf_i18n_entries[k];
}

static int
start_maxtok(const char *key, size_t len)
{
	int			k = tf_slots_find(tf_i18n_start_slots, tf_i18n_start_nslots, tf_i18n_starts,
								  sizeof(tf_i18n_start), tf_i18n_pool, key, len);

	return k < 0 ? 0 : tf_i18n_starts[k].maxtok;
}

static bool
gates_pass(tf_doc *doc, const tf_i18n_entry *e, int first, int last)
{
	if (!(doc->tok[first].flags & TF_TF_CAP))
		return false;
	if (e->flags & TF_I18N_UPPER)
	{
		for (int i = first; i <= last; i++)
			if (doc->tok[i].type == TF_TOK_WORD && !(doc->tok[i].flags & TF_TF_UPPER))
				return false;
	}
	if ((e->flags & TF_I18N_OWNWORD) && (doc->tok[first].flags & TF_TF_SENT_START))
		return false;
	if (e->flags & (TF_I18N_GATED | TF_I18N_LATIN))
	{
		if (doc->lang < 0)
			doc->lang = (int) tf_doc_language(doc);
		if ((e->flags & TF_I18N_LATIN) && doc->lang == TF_LANG_EN)
			return false;
		if ((e->flags & TF_I18N_GATED) &&
			(doc->lang == TF_LANG_UNKNOWN || !(e->langs & (1u << doc->lang))))
			return false;
	}
	return true;
}

/*
 * Case endings of country names: Russian and Ukrainian nouns decline
 * ("Германии", "Пакистана", "Россией"), German ones take a genitive -s
 * ("Russlands").  An inflected one-word name is looked up under each
 * nominative it may come from, in the languages the rule belongs to.  This is
 * a suffix table, not a morphology: multi-word names and other languages'
 * inflections are a known limit.
 */
typedef struct inflection
{
	const char *ending;			/* as written (lower case, UTF-8) */
	const char *nominative;		/* what replaces it */
	uint8_t		elen;			/* their lengths in bytes */
	uint8_t		nlen;
	uint16_t	langs;			/* languages the rule belongs to */
} inflection;

/*
 * The lengths are the literals' own, so that a key costs no strlen per
 * rule: match_inflected runs on every capitalised word that starts no name.
 */
#define INFL(ending, nominative, langs) \
	{ending, nominative, sizeof(ending) - 1, sizeof(nominative) - 1, langs}

#define CYR ((1u << TF_LANG_RU) | (1u << TF_LANG_UK) | (1u << TF_LANG_BG))

static const inflection inflections[] = {
	INFL("\xd0\xb8\xd0\xb8", "\xd0\xb8\xd1\x8f", CYR),	/* -ии -> -ия */
	INFL("\xd0\xb8\xd1\x8e", "\xd0\xb8\xd1\x8f", CYR),	/* -ию -> -ия */
	INFL("\xd0\xb8\xd0\xb5\xd0\xb9", "\xd0\xb8\xd1\x8f", CYR),	/* -ией -> -ия */
	INFL("\xd1\x96\xd1\x97", "\xd1\x96\xd1\x8f", CYR),	/* uk -ії -> -ія */
	INFL("\xd1\x96\xd1\x8e", "\xd1\x96\xd1\x8f", CYR),	/* uk -ію -> -ія */
	INFL("\xd1\x8b", "\xd0\xb0", CYR),	/* -ы -> -а */
	INFL("\xd0\xb5", "\xd0\xb0", CYR),	/* -е -> -а */
	INFL("\xd1\x83", "\xd0\xb0", CYR),	/* -у -> -а */
	INFL("\xd0\xbe\xd0\xb9", "\xd0\xb0", CYR),	/* -ой -> -а */
	INFL("\xd0\xb0", "", CYR),	/* -а -> (consonant stem) */
	INFL("\xd1\x83", "", CYR),	/* -у -> */
	INFL("\xd0\xb5", "", CYR),	/* -е -> */
	INFL("\xd0\xbe\xd0\xbc", "", CYR),	/* -ом -> */
	INFL("s", "", 1u << TF_LANG_DE),	/* Russlands -> Russland */
	{NULL, NULL, 0, 0, 0}
};

/* a one-token name under the nominatives its ending may come from */
static const tf_i18n_entry *
match_inflected(tf_doc *doc, int i, const char *key, size_t len)
{
	char		nom[I18N_MAX_KEY];

	if (len < 5)
		return NULL;
	for (int k = 0; inflections[k].ending != NULL; k++)
	{
		size_t		el = inflections[k].elen;
		size_t		nl = inflections[k].nlen;
		const tf_i18n_entry *e;

		/* the last byte first: most keys end in none of the endings' */
		if (len <= el + 2 || key[len - 1] != inflections[k].ending[el - 1] ||
			memcmp(key + len - el, inflections[k].ending, el) != 0 ||
			len - el + nl >= sizeof(nom))
			continue;
		memcpy(nom, key, len - el);
		memcpy(nom + len - el, inflections[k].nominative, nl);
		e = probe(nom, len - el + nl);
		if (e != NULL && e->ntok == 1 && (e->langs & inflections[k].langs) &&
			gates_pass(doc, e, i, i))
			return e;
	}
	return NULL;
}

const tf_i18n_entry *
tf_i18n_match(tf_doc *doc, int i, int min_last, int *last)
{
	char		key[I18N_MAX_KEY];
	size_t		keylen[256];
	size_t		off = 0;
	int			maxtok;
	int			n;

	/* every name starts with a capital (gates_pass): most tokens cost nothing */
	if (doc->tok[i].type != TF_TOK_WORD || !(doc->tok[i].flags & TF_TF_CAP) ||
		!tf_name_key_append(doc, i, true, key, &off, sizeof(key)))
		return NULL;
	maxtok = start_maxtok(key, off);
	if (maxtok == 0)
	{
		const tf_i18n_entry *e = i >= min_last ? match_inflected(doc, i, key, off) : NULL;

		if (e != NULL)
			*last = i;
		return e;
	}
	keylen[0] = off;
	n = tf_name_keys_extend(doc, i, maxtok, key, sizeof(key), keylen);
	for (n = n - 1; n >= 0 && i + n >= min_last; n--)
	{
		const tf_i18n_entry *e = probe(key, keylen[n]);

		if (e != NULL && e->ntok == n + 1 && gates_pass(doc, e, i, i + n))
		{
			*last = i + n;
			return e;
		}
	}
	return NULL;
}

bool
tf_i18n_in_own_language(tf_doc *doc, const tf_i18n_entry *e)
{
	if (doc->lang < 0)
		doc->lang = (int) tf_doc_language(doc);
	return doc->lang != TF_LANG_UNKNOWN && (e->langs & (1u << doc->lang)) != 0;
}
