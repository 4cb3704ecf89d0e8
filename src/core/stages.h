/*
 * stages.h — the recognisers, in the order tf_extract (extract.c) runs them.
 *
 * A recogniser is one function over the document: it reads the tokens no
 * earlier stage claimed (tf_tok_free, tf_span_free), adds a fact for each
 * thing it recognises (tf_doc_add_fact, which claims the fact's tokens) and
 * frees whatever it allocated before it returns.  The order is the order of
 * precedence: entities first (an organisation owns the country in its name),
 * then dates (a year inside a date is no number), then the figures, then the
 * tagger, which reads what all of them found and names what is left.
 *
 * A new recogniser (the person tagger is next) is a function declared here,
 * defined in its own files under src/core, and one line in the table of
 * stages in extract.c, at the place its precedence gives it.  See
 * src/core/README.md.
 */
#ifndef TF_STAGES_H
#define TF_STAGES_H

#include "doc.h"

/* the stages' places in the order tf_extract runs them (extract.c's table) */
typedef enum tf_stage
{
	TF_STAGE_ENTITIES,
	TF_STAGE_DATES,
	TF_STAGE_FIGURES,
	TF_STAGE_TAGGER,
	TF_STAGE_PEOPLE,
	TF_NSTAGES
} tf_stage;

/* countries, nationalities, places, organisations (gazetteer.c) */
extern void tf_recognize_entities(tf_doc *doc);
/* dates (dates.c) */
extern void tf_recognize_dates(tf_doc *doc);
/* money, percentages, quantities, counts, numbers (figures.c) */
extern void tf_recognize_figures(tf_doc *doc);
/* people, and orgs and places no list has: the trained tagger (tagger.c) */
extern void tf_recognize_tagger(tf_doc *doc);
/*
 * the tagger's names corrected, the persons' titles and one name per person
 * (people.c): adds no fact, may change a fact's kind or drop it
 */
extern void tf_recognize_people(tf_doc *doc);

/*
 * The pipeline in parts, for tf_extract and for tools that look at the
 * document between the stages (the tagger's trainer, src/train): a document
 * tokenized (its token array in *toks), the stages run in order up to but
 * not including `until` (NULL: all), and everything freed.  Where each stage
 * began is in doc->stage_first_fact; the stages not run begin at the end.
 */
typedef void (*tf_stage_fn) (tf_doc *doc);
extern void tf_doc_open(tf_doc *doc, const tf_allocator *a, const char *text, size_t len,
						const tf_options *opts, int32_t *countdown, tf_tokens *toks);
extern void tf_doc_run_stages(tf_doc *doc, tf_stage_fn until);
extern void tf_doc_close(tf_doc *doc);

#endif							/* TF_STAGES_H */
