/*
 * entities.h — state the entity stage shares between its files: the
 * gazetteer matches found once per token (gazetteer.c), the organisation
 * patterns and the acronyms a document defines (entities_org.c).
 */
#ifndef TF_ENTITIES_H
#define TF_ENTITIES_H

#include "gazetteer.h"

/* acronyms one document may define ("Federal Board of Revenue (FBR)") */
#define TF_MAX_LINKS 32

typedef struct tf_acro_link
{
	const char *acro;			/* points into the document's text */
	size_t		len;
	uint8_t		kind;
	const char *norm;
	const char *country;
} tf_acro_link;

typedef struct tf_ent_state
{
	tf_doc	   *doc;
	/*
	 * The longest gazetteer entry starting at each token, found by the first
	 * pass so that no token is probed twice (tf_ent_match, tf_ent_match_last):
	 * match[i] is 1 + its index in tf_gaz_entries, 0 for none; match_len[i]
	 * its tokens after the first.  5 bytes a token, which live next to the
	 * tokens while the stage runs.
	 */
	uint32_t   *match;
	uint8_t    *match_len;
	tf_acro_link links[TF_MAX_LINKS];
	int			nlinks;
	/* per row of tf_gaz_shorts: has the document named its org? (NULL: not yet asked) */
	bool	   *short_seen;
	int			short_scanned;	/* the facts read for it so far */
} tf_ent_state;

/* the first pass's match at token i, or NULL */
static inline const tf_gaz_entry *
tf_ent_match(const tf_ent_state *st, int i)
{
	return st->match[i] != 0 ? &tf_gaz_entries[st->match[i] - 1] : NULL;
}

/* the last token of the match at token i (when there is one) */
static inline int
tf_ent_match_last(const tf_ent_state *st, int i)
{
	return i + st->match_len[i];
}

/* the head-noun flags of token i ("Ministry", "Bank", "Airways"), 0 if none */
extern uint8_t tf_org_head_flags(const tf_doc *doc, int i);

/*
 * Organisation patterns whose head word is token i ("Ministry of Finance",
 * "Finance Ministry", "Bank of England", "Russian Central Bank", "Qatar
 * Airways"): adds the org fact and returns its last token, or -1.
 */
extern int	tf_org_pattern(tf_ent_state *st, int i);

/*
 * "(" ACRONYM ")" right after fact f (ending at token last) defines the
 * acronym for the rest of the document: adds the acronym's fact and returns
 * the last token used, or -1.
 */
extern int	tf_acronym_define(tf_ent_state *st, int fact, int last);

/*
 * At token i, "(": an unknown organisation's name written out before its
 * acronym ("Federal Board of Revenue (FBR)"); adds both facts and returns the
 * last token used, or -1.
 */
extern int	tf_acronym_unknown(tf_ent_state *st, int i);

/*
 * At token i, a mention of an acronym the document defined earlier: adds its
 * fact and returns its last token, or -1.
 */
extern int	tf_acronym_mention(tf_ent_state *st, int i);

/*
 * At token i, after "the": an org's short form ("the Fund") where the
 * document has named exactly one org of that short form (data/orgs.tsv):
 * adds its fact and returns i, or -1.
 */
extern int	tf_org_short_form(tf_ent_state *st, int i);

#endif							/* TF_ENTITIES_H */
