/*
 * dates.c — dates: absolute and relative, resolved against the reference date
 * as TIMEX3 values.  (Recognition comes with the dates issue; until then this
 * stage finds nothing.)
 */
#include "tf_internal.h"

void
tf_recognize_dates(tf_doc *doc)
{
}
