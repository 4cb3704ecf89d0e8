/* fuzz_json.c — the CLI's JSONL reader on arbitrary bytes. */
#include "json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_member m[3] = {{"id", NULL, 0, false, false}, {"text", NULL, 0, false, false},
	{"ref_date", NULL, 0, false, false}};

	if (json_read_object((const char *) data, size, m, 3))
	{
		for (int k = 0; k < 3; k++)
			if (m[k].value != NULL && (m[k].len > size || strlen(m[k].value) > m[k].len))
				abort();
		json_free_members(m, 3);
	}
	return 0;
}
