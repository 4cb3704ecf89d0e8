/*
 * namekey.h — names as every name table of the engine keys them (namekey.c),
 * the open-addressing tables they are looked up in, and the user dictionary's
 * lookup (userdict.c).
 */
#ifndef TF_NAMEKEY_H
#define TF_NAMEKEY_H

#include "doc.h"

/*
 * Appends the normalised key text of token i to buf[*off..cap) (namekey.c);
 * false if it would not fit.  first: no separator before it.
 */
extern bool tf_name_key_append(const tf_doc *doc, int i, bool first, char *buf,
							   size_t *off, size_t cap);

/*
 * Extends the key of token i (key[0..keylen[0]) already built) token by token
 * while the tokens are free and of the same sentence, up to maxtok tokens in
 * all, recording each length in keylen[n]; returns how many keys there are.
 * The candidates of a name lookup, longest last.
 */
extern int	tf_name_keys_extend(const tf_doc *doc, int i, int maxtok, char *key, size_t cap,
								size_t *keylen);

/*
 * The item of an open-addressing name table (namekey.c) whose key is
 * key[0..len): slots hold item index + 1 (0 empty), nslots is a power of two,
 * probing is linear from tf_hash; -1 if none.
 */
extern int	tf_table_find(const uint32_t *slots, uint32_t nslots, const char *key, size_t len,
						  const char *(*getkey) (void *arg, int k, size_t *len), void *arg);

/*
 * The longest user-dictionary name at token i (userdict.c): sets *last,
 * *kind and *norm.  The entity stage prefers it over a built-in name of the
 * same extent.
 */
extern bool tf_userdict_match(const tf_doc *doc, int i, int *last, tf_kind *kind,
							  const char **norm);

#endif							/* TF_NAMEKEY_H */
