/*
 * namekey.c — the normalised key of a run of tokens, as every name table of
 * the engine is keyed (see gazetteer.h): tokens lower-cased by ICU's simple
 * case mapping, curly apostrophes made straight, joined by one space where
 * the text had whitespace and by nothing where they touch.
 */
#include "namekey.h"

bool
tf_name_key_append(const tf_doc *doc, int i, bool first, char *buf, size_t *off,
				   size_t cap)
{
	const char *s = tf_tok_text(doc, i);
	size_t		n = tf_tok_len(doc, i);
	size_t		w;

	if (!first && (doc->tok[i].flags & TF_TF_SPACE_BEFORE))
	{
		if (*off + 1 >= cap)
			return false;
		buf[(*off)++] = ' ';
	}
	/* an ASCII word, most of them, lower-cased here: as tf_lower would, without its call */
	if (doc->tok[i].flags & TF_TF_ASCII)
	{
		if (*off + n >= cap)
			return false;
		tf_ascii_lower_copy(buf + *off, s, n);
		*off += n;
		buf[*off] = '\0';
		return true;
	}
	/* a curly apostrophe reads as a straight one */
	if (tf_tok_cp(doc, i) == 0x2019 && n == 3)
	{
		if (*off + 1 >= cap)
			return false;
		buf[(*off)++] = '\'';
		return true;
	}
	w = tf_lower(s, n, buf + *off, cap - *off);
	if (w == (size_t) -1 || *off + w >= cap)
		return false;
	*off += w;
	return true;
}

int
tf_name_keys_extend(const tf_doc *doc, int i, int maxtok, char *key, size_t cap,
					size_t *keylen)
{
	size_t		off = keylen[0];
	int			n;

	for (n = 1; n < maxtok && i + n < doc->ntok; n++)
	{
		if (doc->tok[i + n].sentence != doc->tok[i].sentence || doc->tok[i + n].claimed ||
			!tf_name_key_append(doc, i + n, false, key, &off, cap))
			break;
		keylen[n] = off;
	}
	return n;
}

/*
 * Open addressing over a power-of-two table of item indexes (index + 1 per
 * slot, 0 empty), as every name table of the engine is laid out; getkey
 * gives item k's key.  Returns the item whose key is key[0..len), or -1.
 */
int
tf_table_find(const uint32_t *slots, uint32_t nslots, const char *key, size_t len,
			  const char *(*getkey) (void *, int, size_t *), void *arg)
{
	uint32_t	h;

	if (nslots == 0)
		return -1;
	h = tf_hash(key, len) & (nslots - 1);
	for (uint32_t n = 0; n < nslots; n++)
	{
		uint32_t	s = slots[h];
		size_t		klen;
		const char *k;

		if (s == 0)
			return -1;
		k = getkey(arg, (int) s - 1, &klen);
		if (klen == len && memcmp(k, key, len) == 0)
			return (int) s - 1;
		h = (h + 1) & (nslots - 1);
	}
	return -1;
}
