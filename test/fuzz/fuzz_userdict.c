/*
 * fuzz_userdict.c — the user dictionary's builder (tf_userdict_add) and its
 * lookup on arbitrary bytes.  Input: entries, one a line, then an empty line
 * and the document.  An entry's first byte picks the kind (any of the
 * kinds, figure kinds included, which must be refused); the rest is the
 * name, then optionally a TAB and the canonical form.  What the builder
 * promises: an empty name, a name over TF_USERDICT_MAX_NAME bytes or a kind
 * that is not an entity kind is refused; an accepted entry adds at most one
 * name (a repeated key replaces); a refused one adds none.  The extraction
 * with the dictionary must keep every fact inside the text, in its
 * document's sentences.
 */
#include "fuzz_facts.h"

#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const char *end = s + size;
	tf_userdict *d = tf_userdict_create(&tf_malloc_allocator);
	tf_options	o;
	tf_result	r;

	while (s < end && *s != '\n')
	{
		const char *nl = memchr(s, '\n', (size_t) (end - s));
		const char *eol = nl ? nl : end;
		tf_kind		kind = (tf_kind) ((uint8_t) s[0] % (TF_NKINDS + 1));
		const char *name = s + 1;
		const char *tab = memchr(name, '\t', (size_t) (eol - name));
		size_t		len = (size_t) ((tab ? tab : eol) - name);
		const char *norm = tab ? tab + 1 : NULL;
		size_t		normlen = tab ? (size_t) (eol - tab - 1) : 0;
		int			before = tf_userdict_count(d);
		bool		added;

		added = tf_userdict_add(d, kind, name, len, norm, normlen);
		if (added && (kind >= TF_NKINDS || !(TF_KIND_BIT(kind) & TF_ENTITY_KINDS) ||
					  len == 0 || len > TF_USERDICT_MAX_NAME))
			abort();
		if (tf_userdict_count(d) - before != 0 && (!added || tf_userdict_count(d) - before != 1))
			abort();
		s = nl ? nl + 1 : end;
	}
	if (s < end)
		s++;					/* the empty line */

	tf_options_init(&o);
	o.dict = d;
	tf_extract(&tf_malloc_allocator, s, (size_t) (end - s), &o, &r);
	check_facts(&r, (const uint8_t *) s, (size_t) (end - s));
	tf_result_free(&tf_malloc_allocator, &r);
	tf_userdict_free(d);
	return 0;
}
